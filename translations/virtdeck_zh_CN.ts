<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GuestCreationService</name>
    <message>
        <source>libvirt finds no UEFI firmware on this host: install the ovmf package.</source>
        <translation>libvirt 在此主机上找不到 UEFI 固件：请安装 ovmf 软件包。</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s capabilities: %1</source>
        <translation>无法读取主机的功能信息：%1</translation>
    </message>
    <message>
        <source>Cannot ask libvirt for UEFI firmware: %1</source>
        <translation>无法向 libvirt 查询 UEFI 固件：%1</translation>
    </message>
    <message>
        <source>Cannot list the guests: %1</source>
        <translation>无法列出虚拟机：%1</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation>存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation>无法在存储池“%2”中创建卷“%1”：%3</translation>
    </message>
    <message>
        <source>libvirt refused the guest: %1
The new volume &quot;%2&quot; could not be removed: %3</source>
        <translation>libvirt 拒绝了该虚拟机：%1
无法删除新建的卷“%2”：%3</translation>
    </message>
    <message>
        <source>libvirt refused the guest: %1</source>
        <translation>libvirt 拒绝了该虚拟机：%1</translation>
    </message>
</context>
<context>
    <name>HostBridgeService</name>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>Cannot list guests: %1</source>
        <translation>无法列出虚拟机：%1</translation>
    </message>
</context>
<context>
    <name>NetworkFormValidator</name>
    <message>
        <source>Enter the subnet in CIDR notation, e.g. %1.</source>
        <translation>请以 CIDR 格式输入子网，例如 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length: write it as address/prefix, e.g. %2.</source>
        <translation>“%1”缺少前缀长度：请写成“地址/前缀”形式，例如 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 subnet (e.g. %2).</source>
        <translation>“%1”不是 IPv6 子网（例如 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 subnet (e.g. %2).</source>
        <translation>“%1”不是 IPv4 子网（例如 %2）。</translation>
    </message>
    <message>
        <source>The prefix length of &quot;%1&quot; must be a number from 1 to %2.</source>
        <translation>“%1”的前缀长度必须是 1 到 %2 之间的数字。</translation>
    </message>
    <message>
        <source>A /%1 subnet has no room for a gateway and guests: use /%2 or shorter.</source>
        <translation>/%1 子网容纳不下网关和虚拟机：请使用 /%2 或更短的前缀。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set: the subnet is %2/%3.</source>
        <translation>“%1”设置了主机位：子网应为 %2/%3。</translation>
    </message>
    <message>
        <source>Enter the host&apos;s address in %1 (the guests&apos; gateway).</source>
        <translation>请输入宿主机在 %1 中的地址（即虚拟机的网关）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation>“%1”不是有效的地址。</translation>
    </message>
    <message>
        <source>The gateway %1 is outside the subnet %2.</source>
        <translation>网关 %1 不在子网 %2 内。</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s own network or broadcast address; the gateway needs a host address.</source>
        <translation>%1 是该子网的网络地址或广播地址；网关需要使用主机地址。</translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2.</source>
        <translation>%1 不在子网 %2 内。</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s network or broadcast address.</source>
        <translation>%1 是该子网的网络地址或广播地址。</translation>
    </message>
    <message>
        <source>Enter the first address DHCP may hand out.</source>
        <translation>请输入 DHCP 可分配的起始地址。</translation>
    </message>
    <message>
        <source>Enter the last address DHCP may hand out.</source>
        <translation>请输入 DHCP 可分配的结束地址。</translation>
    </message>
    <message>
        <source>The DHCP range ends (%1) before it starts (%2).</source>
        <translation>DHCP 范围的结束地址（%1）早于起始地址（%2）。</translation>
    </message>
    <message>
        <source>The DHCP range %1 – %2 covers the gateway %3: start it after the gateway or end it before.</source>
        <translation>DHCP 范围 %1 – %2 包含了网关 %3：请让范围从网关之后开始，或在网关之前结束。</translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation>请输入网络名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid network name: use letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; and &quot;+&quot;, starting with a letter or digit, at most 64 characters.</source>
        <translation>“%1”不是有效的网络名称：只能使用字母、数字、“-”、“_”、“.”和“+”，以字母或数字开头，最多 64 个字符。</translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; already exists on this host.</source>
        <translation>此主机上已存在名为“%1”的网络。</translation>
    </message>
    <message>
        <source>Bridged mode needs the name of an existing host bridge, e.g. br0.</source>
        <translation>桥接模式需要指定一个已有的宿主机网桥名称，例如 br0。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid bridge name: at most 15 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation>“%1”不是有效的网桥名称：最多 15 个字母、数字、“-”、“_”或“.”。</translation>
    </message>
    <message>
        <source>The host has no bridge named &quot;%1&quot;.</source>
        <translation>宿主机上没有名为“%1”的网桥。</translation>
    </message>
    <message>
        <source>The host already has an interface named &quot;%1&quot;; libvirt creates the bridge of this network itself.</source>
        <translation>宿主机上已有名为“%1”的接口；此网络的网桥由 libvirt 自行创建。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid interface name.</source>
        <translation>“%1”不是有效的接口名称。</translation>
    </message>
    <message>
        <source>A network on a host bridge takes its addresses from the bridge&apos;s LAN: turn off IPv4 and IPv6 here.</source>
        <translation>使用宿主机网桥的网络从网桥所在局域网获取地址：请在此关闭 IPv4 和 IPv6。</translation>
    </message>
    <message>
        <source>A NAT, routed or open network needs at least one subnet.</source>
        <translation>NAT、路由或开放网络至少需要一个子网。</translation>
    </message>
    <message>
        <source>NAT works on IPv4 only: give the network an IPv4 subnet.</source>
        <translation>NAT 仅适用于 IPv4：请为网络指定 IPv4 子网。</translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>Network &quot;%1&quot;: %2</source>
        <translation>网络“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot list networks: %1</source>
        <translation>无法列出网络：%1</translation>
    </message>
    <message>
        <source>Cannot define network &quot;%1&quot;: %2</source>
        <translation>无法定义网络“%1”：%2</translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; was defined but autostart could not be set: %2</source>
        <translation>网络“%1”已定义，但无法设置自动启动：%2</translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; was defined but did not start: %2</source>
        <translation>网络“%1”已定义，但未能启动：%2</translation>
    </message>
    <message>
        <source>Cannot define the network: %1</source>
        <translation>无法定义网络：%1</translation>
    </message>
    <message>
        <source>Cannot start network &quot;%1&quot;: %2</source>
        <translation>无法启动网络“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot stop network &quot;%1&quot;: %2</source>
        <translation>无法停止网络“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete network &quot;%1&quot;: %2</source>
        <translation>无法删除网络“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot change autostart of network &quot;%1&quot;: %2</source>
        <translation>无法更改网络“%1”的自动启动设置：%2</translation>
    </message>
    <message>
        <source>Cannot read network &quot;%1&quot;: %2</source>
        <translation>无法读取网络“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read the DHCP leases of &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”的 DHCP 租约：%2</translation>
    </message>
</context>
<context>
    <name>NewGuestValidator</name>
    <message>
        <source>Enter a name for the new guest.</source>
        <translation>请输入新虚拟机的名称。</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>名称超过 %1 个字符。</translation>
    </message>
    <message>
        <source>Use letters, digits and . _ + - only, starting with a letter or digit.</source>
        <translation>只能使用字母、数字和 . _ + -，且必须以字母或数字开头。</translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists on this host.</source>
        <translation>此主机上已存在名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>Choose an ISO image or a CD-ROM device.</source>
        <translation>请选择 ISO 镜像或光驱设备。</translation>
    </message>
    <message>
        <source>Give the full path of the ISO image on the host (starting with /).</source>
        <translation>请提供 ISO 镜像在主机上的完整路径（以 / 开头）。</translation>
    </message>
    <message>
        <source>Enter the URL of the install tree.</source>
        <translation>请输入安装树的 URL。</translation>
    </message>
    <message>
        <source>The install tree must be an http, https, ftp or nfs URL with a host.</source>
        <translation>安装树必须是带主机名的 http、https、ftp 或 nfs URL。</translation>
    </message>
    <message>
        <source>Give the full path of the tree&apos;s kernel on the host: VirtDeck boots it directly and does not download it.</source>
        <translation>请提供安装树内核在主机上的完整路径：VirtDeck 会直接用它启动，不会下载。</translation>
    </message>
    <message>
        <source>Give the full path of the initrd on the host.</source>
        <translation>请提供 initrd 在主机上的完整路径。</translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>请选择一个模板。</translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation>虚拟机至少需要一个 vCPU。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): give the guest at most that many.</source>
        <translation>
            <numerusform>主机有 %n 个 CPU：虚拟机最多只能分配这么多。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the guest at least %1 MiB of memory.</source>
        <translation>请为虚拟机分配至少 %1 MiB 内存。</translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory: the guest cannot have more.</source>
        <translation>主机只有 %1 MiB 内存：虚拟机的内存不能超过此值。</translation>
    </message>
    <message>
        <source>Importing needs an existing disk image: choose a volume or a file.</source>
        <translation>导入需要一个已有的磁盘镜像：请选择一个卷或文件。</translation>
    </message>
    <message>
        <source>Choose an active storage pool.</source>
        <translation>请选择一个活动的存储池。</translation>
    </message>
    <message>
        <source>Enter a name for the new volume.</source>
        <translation>请输入新卷的名称。</translation>
    </message>
    <message>
        <source>The volume name may not contain / or start with a dot.</source>
        <translation>卷名称不能包含 /，也不能以点开头。</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; already has a volume named &quot;%2&quot;.</source>
        <translation>存储池“%1”中已有名为“%2”的卷。</translation>
    </message>
    <message>
        <source>The disk size must be greater than 0.</source>
        <translation>磁盘大小必须大于 0。</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; has only %2 free.</source>
        <translation>存储池“%1”只剩 %2 可用空间。</translation>
    </message>
    <message>
        <source>Choose a volume.</source>
        <translation>请选择一个卷。</translation>
    </message>
    <message>
        <source>Give the full path of the disk image on the host (starting with /).</source>
        <translation>请提供磁盘镜像在主机上的完整路径（以 / 开头）。</translation>
    </message>
    <message>
        <source>An installation from a URL needs a disk to install to.</source>
        <translation>从 URL 安装需要一个用于安装的磁盘。</translation>
    </message>
    <message>
        <source>Choose a host bridge.</source>
        <translation>请选择一个宿主机网桥。</translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation>请选择一个虚拟网络。</translation>
    </message>
    <message>
        <source>Network boot (PXE) needs a network interface.</source>
        <translation>网络启动（PXE）需要一个网络接口。</translation>
    </message>
    <message>
        <source>UEFI firmware (OVMF) is not available on this host.</source>
        <translation>此主机上没有可用的 UEFI 固件（OVMF）。</translation>
    </message>
</context>
<context>
    <name>OsInfoCatalog</name>
    <message>
        <source>Generic or unknown OS</source>
        <translation>通用或未知操作系统</translation>
    </message>
</context>
<context>
    <name>OsInfoLoader</name>
    <message>
        <source>Cannot read the libosinfo database (package osinfo-db): %1</source>
        <translation>无法读取 libosinfo 数据库（osinfo-db 软件包）：%1</translation>
    </message>
    <message>
        <source>The libosinfo database is empty: install the osinfo-db package.</source>
        <translation>libosinfo 数据库为空：请安装 osinfo-db 软件包。</translation>
    </message>
</context>
<context>
    <name>StorageFormValidator</name>
    <message>
        <source>Enter the pool&apos;s XML definition.</source>
        <translation>请输入存储池的 XML 定义。</translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation>请输入存储池名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pool name: use letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; and &quot;+&quot;, starting with a letter or digit.</source>
        <translation>“%1”不是有效的存储池名称：只能使用字母、数字、“-”、“_”、“.”和“+”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>A pool named &quot;%1&quot; already exists on this host.</source>
        <translation>此主机上已存在名为“%1”的存储池。</translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation>请输入%1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute, clean path (e.g. /var/lib/libvirt/images).</source>
        <translation>“%1”不是规范的绝对路径（例如 /var/lib/libvirt/images）。</translation>
    </message>
    <message>
        <source>pool&apos;s directory</source>
        <translation>存储池目录</translation>
    </message>
    <message>
        <source>mount point</source>
        <translation>挂载点</translation>
    </message>
    <message>
        <source>Enter the file server&apos;s host name or address.</source>
        <translation>请输入文件服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation>“%1”不是主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the share&apos;s name.</source>
        <translation>请输入共享名称。</translation>
    </message>
    <message>
        <source>exported directory</source>
        <translation>导出目录</translation>
    </message>
    <message>
        <source>A volume group&apos;s target is /dev/&lt;group name&gt;, or leave it empty.</source>
        <translation>卷组的目标路径为 /dev/&lt;卷组名&gt;，也可以留空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume group name.</source>
        <translation>“%1”不是有效的卷组名称。</translation>
    </message>
    <message>
        <source>Building a new volume group needs at least one device, e.g. /dev/sdb; to use an existing group, do not build.</source>
        <translation>构建新卷组至少需要一个设备，例如 /dev/sdb；如要使用已有卷组，请不要构建。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device path under /dev.</source>
        <translation>“%1”不是 /dev 下的设备路径。</translation>
    </message>
    <message>
        <source>Pools of type &quot;%1&quot; are created from XML.</source>
        <translation>“%1”类型的存储池需通过 XML 创建。</translation>
    </message>
    <message>
        <source>Enter a name for the volume.</source>
        <translation>请输入卷名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name: no &quot;/&quot; and not &quot;.&quot; or &quot;..&quot;.</source>
        <translation>“%1”不是有效的卷名称：不能包含“/”，也不能是“.”或“..”。</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in this pool.</source>
        <translation>此存储池中已存在名为“%1”的卷。</translation>
    </message>
    <message>
        <source>The format must be raw or qcow2.</source>
        <translation>格式必须为 raw 或 qcow2。</translation>
    </message>
    <message>
        <source>The volume needs a size larger than zero.</source>
        <translation>卷的大小必须大于零。</translation>
    </message>
    <message>
        <source>An overlay cannot be smaller than its backing volume.</source>
        <translation>覆盖层不能小于其后备卷。</translation>
    </message>
    <message>
        <source>The allocation cannot exceed the capacity.</source>
        <translation>分配量不能超过容量。</translation>
    </message>
    <message>
        <source>Only qcow2 volumes can have a backing volume.</source>
        <translation>只有 qcow2 卷才能有后备卷。</translation>
    </message>
    <message>
        <source>Enter a name for the copy.</source>
        <translation>请输入副本名称。</translation>
    </message>
    <message>
        <source>That is the volume&apos;s current size.</source>
        <translation>这就是卷的当前大小。</translation>
    </message>
    <message>
        <source>Shrinking a volume destroys the data at its end; tick &quot;Allow shrinking&quot; if that is what you want.</source>
        <translation>缩小卷会销毁其末尾的数据；如确需如此，请勾选“允许缩小”。</translation>
    </message>
</context>
<context>
    <name>StorageService</name>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation>存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation>存储池“%2”中的卷“%1”：%3</translation>
    </message>
    <message>
        <source>Cannot list storage pools: %1</source>
        <translation>无法列出存储池：%1</translation>
    </message>
    <message>
        <source>Cannot define the pool: %1</source>
        <translation>无法定义存储池：%1</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but could not be built: %2</source>
        <translation>存储池“%1”已定义，但无法构建：%2</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but did not start: %2</source>
        <translation>存储池“%1”已定义，但未能启动：%2</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but autostart could not be set: %2</source>
        <translation>存储池“%1”已定义，但无法设置自动启动：%2</translation>
    </message>
    <message>
        <source>Cannot change autostart of pool &quot;%1&quot;: %2</source>
        <translation>无法更改存储池“%1”的自动启动设置：%2</translation>
    </message>
    <message>
        <source>Cannot read pool &quot;%1&quot;: %2</source>
        <translation>无法读取存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot list the volumes of pool &quot;%1&quot;: %2</source>
        <translation>无法列出存储池“%1”中的卷：%2</translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation>无法在存储池“%2”中创建卷“%1”：%3</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot clone &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation>无法将“%1”克隆为“%2”：%3</translation>
    </message>
    <message>
        <source>Cannot resize &quot;%1&quot;: %2</source>
        <translation>无法调整“%1”的大小：%2</translation>
    </message>
    <message>
        <source>Cannot wipe &quot;%1&quot;: %2</source>
        <translation>无法擦除“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot;: %2</source>
        <translation>无法删除“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot read volume &quot;%1&quot;: %2</source>
        <translation>无法读取卷“%1”：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddConnectionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Connect &amp;automatically when VirtDeck starts</source>
        <translation>VirtDeck 启动时自动连接(&amp;A)</translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation>添加连接</translation>
    </message>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation>QEMU/KVM（系统）</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>Libvirt test driver</source>
        <translation>Libvirt 测试驱动</translation>
    </message>
    <message>
        <source>Remote QEMU/KVM over SSH</source>
        <translation>通过 SSH 连接远程 QEMU/KVM</translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation>自定义 URI</translation>
    </message>
    <message>
        <source>Optional: your local user name</source>
        <translation>可选，默认为本地用户名</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>主机名或地址</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>System instance</source>
        <translation>系统实例</translation>
    </message>
    <message>
        <source>User session</source>
        <translation>用户会话</translation>
    </message>
    <message>
        <source>Empty: the built-in test:///default host</source>
        <translation>留空则使用内置的 test:///default 主机</translation>
    </message>
    <message>
        <source>For example qemu+tls://host.example.org/system</source>
        <translation>例如 qemu+tls://host.example.org/system</translation>
    </message>
    <message>
        <source>Optional: shown instead of the URI</source>
        <translation>可选，显示此名称而非 URI</translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation>虚拟机管理程序(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>主机(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>连接到(&amp;C)：</translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation>主机文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Libvirt URI:</source>
        <translation>Libvirt URI(&amp;L)：</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>The test driver file must be given as an absolute path, for example %1.</source>
        <translation>测试驱动文件必须使用绝对路径，例如 %1。</translation>
    </message>
    <message>
        <source>Choose a Test Driver Host File</source>
        <translation>选择测试驱动主机文件</translation>
    </message>
    <message>
        <source>Libvirt host XML (*.xml);;All files (*)</source>
        <translation>Libvirt 主机 XML (*.xml);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddDiskDialog</name>
    <message>
        <source>Create a &amp;new volume</source>
        <translation>创建新卷(&amp;N)</translation>
    </message>
    <message>
        <source>Use an &amp;existing file, volume or ISO</source>
        <translation>使用已有的文件、卷或 ISO(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>Add Disk to %1</source>
        <translation>向 %1 添加磁盘</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>磁盘</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>VirtIO</source>
        <translation>VirtIO</translation>
    </message>
    <message>
        <source>SATA</source>
        <translation>SATA</translation>
    </message>
    <message>
        <source>SCSI</source>
        <translation>SCSI</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2（精简置备，支持快照）</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2 or an ISO</source>
        <translation>/var/lib/libvirt/images/disk.qcow2 或 ISO</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>设备(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation>总线(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>卷名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>路径(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation>缓存模式(&amp;C)：</translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation>应用于(&amp;T)：</translation>
    </message>
    <message>
        <source>Cannot list storage pools: %1</source>
        <translation>无法列出存储池：%1</translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation>%1（可用 %2）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未激活）</translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddNicDialog</name>
    <message>
        <source>&amp;Link up</source>
        <translation>链路已连接(&amp;L)</translation>
    </message>
    <message>
        <source>Add Network Card to %1</source>
        <translation>向 %1 添加网卡</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>宿主机网桥</translation>
    </message>
    <message>
        <source>virtio (fastest, needs drivers on Windows)</source>
        <translation>virtio（最快，Windows 上需要驱动）</translation>
    </message>
    <message>
        <source>e1000 (Intel)</source>
        <translation>e1000（Intel）</translation>
    </message>
    <message>
        <source>rtl8139 (Realtek)</source>
        <translation>rtl8139（Realtek）</translation>
    </message>
    <message>
        <source>generated: 52:54:00:xx:xx:xx</source>
        <translation>自动生成：52:54:00:xx:xx:xx</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>连接到(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation>MAC 地址(&amp;C)：</translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation>应用于(&amp;T)：</translation>
    </message>
    <message>
        <source>br0</source>
        <translation>br0</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ApplicationOptions</name>
    <message>
        <source>Manage KVM/QEMU guests through libvirt.</source>
        <translation>通过 libvirt 管理 KVM/QEMU 虚拟机。</translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (repeatable), for example qemu:///system.</source>
        <translation>连接到指定的 libvirt URI（可多次指定），例如 qemu:///system。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Open the console of the named guest.</source>
        <translation>打开指定名称虚拟机的控制台。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Open the details window of the named guest.</source>
        <translation>打开指定名称虚拟机的详情窗口。</translation>
    </message>
    <message>
        <source>Open the host overview of the first connection.</source>
        <translation>打开第一个连接的主机概览。</translation>
    </message>
    <message>
        <source>With --connect, do not also open the saved autoconnect connections.</source>
        <translation>与 --connect 一起使用时，不再同时打开已保存的自动连接。</translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation>--connect %1：%2</translation>
    </message>
    <message>
        <source>Open the Cloud tab and sign in to the named cloud of clouds.yaml (or &quot;envvars&quot; for OS_* variables).</source>
        <translation>打开“云”标签页并登录 clouds.yaml 中指定名称的云（或用“envvars”表示使用 OS_* 变量）。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Start a new window even when VirtDeck is already running (by default the running one gets the other options and this process exits).</source>
        <translation>即使 VirtDeck 已在运行，也启动一个新窗口（默认情况下，已运行的实例会接收其他选项，而本进程退出）。</translation>
    </message>
    <message>
        <source>Open this page of the Cloud tab: %1.</source>
        <translation>打开“云”标签页的此页面：%1。</translation>
    </message>
    <message>
        <source>--show-cloud-page %1: use one of %2.</source>
        <translation>--show-cloud-page %1：请使用以下之一：%2。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ApplyScopeBox</name>
    <message>
        <source>Now (running guest only)</source>
        <translation>立即（仅对运行中的虚拟机）</translation>
    </message>
    <message>
        <source>Next boot (saved definition)</source>
        <translation>下次启动（保存的定义）</translation>
    </message>
    <message>
        <source>Now and next boot</source>
        <translation>立即和下次启动</translation>
    </message>
</context>
<context>
    <name>VirtDeck::BatchCreateDialog</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Create Guests from Template</source>
        <translation>从模板创建虚拟机</translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation>正在加载模板…</translation>
    </message>
    <message>
        <source>From the pattern</source>
        <translation>按名称模式</translation>
    </message>
    <message>
        <source>web-{01..20}: zero padded from the first number; web-{1..5}; web-{#} with the count; web-{a,b,c}.</source>
        <translation>web-{01..20}：按第一个数字的位数补零；web-{1..5}；web-{#} 表示按数量编号；web-{a,b,c}。</translation>
    </message>
    <message>
        <source>As the template</source>
        <translation>与模板相同</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Linked clones (qcow2 overlays on the template&apos;s disks)</source>
        <translation>链接克隆（基于模板磁盘的 qcow2 覆盖层）</translation>
    </message>
    <message>
        <source>Full copies</source>
        <translation>完整复制</translation>
    </message>
    <message>
        <source>Start each guest once created</source>
        <translation>每台虚拟机创建后即启动</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation>取消批量创建</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation>数量(&amp;M)：</translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation>名称模式(&amp;P)：</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>预览：</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation>内存(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>网络(&amp;N)：</translation>
    </message>
    <message>
        <source>Cannot list templates: %1</source>
        <translation>无法列出模板：%1</translation>
    </message>
    <message>
        <source>No templates: mark a shut-off guest as a template first</source>
        <translation>没有模板：请先将一台已关机的虚拟机标记为模板</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2 MiB)</source>
        <translation>
            <numerusform>%1（%n 个 vCPU，%2 MiB）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（未激活）</translation>
    </message>
    <message>
        <source>Clashes: see below</source>
        <translation>名称冲突：见下方</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation>请选择一个模板。</translation>
    </message>
    <message>
        <source>Checking names…</source>
        <translation>正在检查名称…</translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation>未创建任何虚拟机：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) created</source>
        <translation>
            <numerusform>已创建 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 台失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n 台已取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation>已启动</translation>
    </message>
    <message>
        <source>Creating %1 of %2…</source>
        <translation>正在创建第 %1 台（共 %2 台）…</translation>
    </message>
    <message>
        <source>The connection was lost: the list is checked again when it is back.</source>
        <translation>连接已断开：连接恢复后将重新检查此列表。</translation>
    </message>
    <message numerus="yes">
        <source>Connection back: %n guest(s) of the batch exist on the host.</source>
        <translation>
            <numerusform>连接已恢复：本批次中有 %n 台虚拟机存在于主机上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exists on the host. %1</source>
        <translation>存在于主机上。%1</translation>
    </message>
    <message>
        <source>Not on the host (anything half-made was removed). %1</source>
        <translation>不在主机上（半成品已被清除）。%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::BatchCreateJob</name>
    <message>
        <source>Not created: the batch was refused.</source>
        <translation>未创建：批量任务被拒绝。</translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation>在开始前已取消。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::BootEditor</name>
    <message>
        <source>Hard disk</source>
        <translation>硬盘</translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation>光驱</translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation>网络（PXE）</translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation>软盘</translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation>显示启动菜单(&amp;M)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation>启动顺序(&amp;O)：</translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation>菜单超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Machine: %1 %2</source>
        <translation>机器类型：%1 %2</translation>
    </message>
    <message>
        <source>Boot options apply at the next boot.</source>
        <translation>启动选项在下次启动时生效。</translation>
    </message>
    <message>
        <source>This guest sets its boot order per device; that order is kept and can be edited in the XML.</source>
        <translation>此虚拟机按设备设置启动顺序；该顺序会被保留，可在 XML 中编辑。</translation>
    </message>
    <message>
        <source>Choose at least one device to boot from.</source>
        <translation>请至少选择一个启动设备。</translation>
    </message>
    <message>
        <source>Boot options saved for the next boot.</source>
        <translation>启动选项已保存，将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CatalogEndpointModel</name>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Service name</source>
        <translation>服务名称</translation>
    </message>
    <message>
        <source>Service type</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CliParser</name>
    <message>
        <source>libvirt URI (default: $VIRTDECK_DEFAULT_URI, $LIBVIRT_DEFAULT_URI, else as the GUI).</source>
        <translation>libvirt URI（默认：$VIRTDECK_DEFAULT_URI、$LIBVIRT_DEFAULT_URI，否则与图形界面相同）。</translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation>机器可读的 JSON 输出。</translation>
    </message>
    <message>
        <source>Ask for missing values on stdin even when it is not a terminal.</source>
        <translation>即使标准输入不是终端，也从中询问缺少的值。</translation>
    </message>
    <message>
        <source>Template guest of batch-create.</source>
        <translation>batch-create 使用的模板虚拟机。</translation>
    </message>
    <message>
        <source>How many guests batch-create makes.</source>
        <translation>batch-create 创建的虚拟机数量。</translation>
    </message>
    <message>
        <source>Names: web-{01..20}, web-{1..5}, web-{#} with --count.</source>
        <translation>名称：web-{01..20}、web-{1..5}，与 --count 一起使用 web-{#}。</translation>
    </message>
    <message>
        <source>vCPUs of the new guests (default: as the template).</source>
        <translation>新虚拟机的 vCPU 数（默认：与模板相同）。</translation>
    </message>
    <message>
        <source>Memory of the new guests in MiB, or with M/G (default: as the template).</source>
        <translation>新虚拟机的内存，单位 MiB，或带 M/G 后缀（默认：与模板相同）。</translation>
    </message>
    <message>
        <source>Linked clones: qcow2 overlays on the template&apos;s disks (default).</source>
        <translation>链接克隆：基于模板磁盘的 qcow2 覆盖层（默认）。</translation>
    </message>
    <message>
        <source>Full clones: independent copies of the disks.</source>
        <translation>完整克隆：磁盘的独立副本。</translation>
    </message>
    <message>
        <source>Attach every interface of the new guests to this network.</source>
        <translation>将新虚拟机的所有网络接口连接到此网络。</translation>
    </message>
    <message>
        <source>Start the new guests once created.</source>
        <translation>创建后启动新虚拟机。</translation>
    </message>
    <message>
        <source>Snapshot name (snapshot commands), or the new guest&apos;s name (clone).</source>
        <translation>快照名称（快照命令），或新虚拟机的名称（clone）。</translation>
    </message>
    <message>
        <source>Snapshot description.</source>
        <translation>快照描述。</translation>
    </message>
    <message>
        <source>delete: also delete the guests&apos; writable disk volumes.</source>
        <translation>delete：同时删除虚拟机的可写磁盘卷。</translation>
    </message>
    <message>
        <source>template mark: seal first with virt-sysprep (libguestfs-tools).</source>
        <translation>template mark：先用 virt-sysprep（libguestfs-tools）进行封装。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>What to do; see Commands below.</source>
        <translation>要执行的操作；参见下方的“命令”。</translation>
    </message>
    <message>
        <source>Commands:
  list                                   guests: name, state, vCPUs, memory, template
  start|shutdown|destroy|reboot|suspend|resume NAME...
  delete NAME... [--remove-storage]
  batch-create --template T --count N --name-pattern P [--vcpus N] [--memory MiB]
               [--linked|--full] [--network NET] [--start]
  clone SOURCE NEW-NAME [--linked|--full] [--vcpus N] [--memory MiB] [--network NET] [--start]
  snapshot create NAME... --name S [--description D]
  snapshot list NAME
  snapshot revert NAME... --name S
  snapshot delete NAME --name S
  template mark NAME... [--seal] | template unmark NAME... | template list
  pool list
  net list

Missing values are asked for when stdin is a terminal (or with --interactive);
otherwise they are a usage error.

Exit codes:
  0  everything succeeded
  1  the operation failed for at least one item (each failure is printed)
  2  usage error: unknown command or option, missing or invalid value
  3  the connection to libvirt failed
</source>
        <translation>命令：
  list                                   列出虚拟机：名称、状态、vCPU、内存、模板
  start|shutdown|destroy|reboot|suspend|resume NAME...
  delete NAME... [--remove-storage]
  batch-create --template T --count N --name-pattern P [--vcpus N] [--memory MiB]
               [--linked|--full] [--network NET] [--start]
  clone SOURCE NEW-NAME [--linked|--full] [--vcpus N] [--memory MiB] [--network NET] [--start]
  snapshot create NAME... --name S [--description D]
  snapshot list NAME
  snapshot revert NAME... --name S
  snapshot delete NAME --name S
  template mark NAME... [--seal] | template unmark NAME... | template list
  pool list
  net list

标准输入是终端时（或使用 --interactive 时）会询问缺少的值；
否则视为用法错误。

退出码：
  0  全部成功
  1  至少有一项操作失败（每个失败都会打印出来）
  2  用法错误：未知的命令或选项，缺少值或值无效
  3  连接 libvirt 失败
</translation>
    </message>
    <message>
        <source>Choose one of --linked and --full.</source>
        <translation>--linked 和 --full 只能选择其一。</translation>
    </message>
    <message>
        <source>--count wants a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation>--count 需要 1 到 %1 之间的数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--vcpus wants a positive number, not &quot;%1&quot;.</source>
        <translation>--vcpus 需要一个正数，而不是“%1”。</translation>
    </message>
    <message>
        <source>--memory wants a size in MiB (512, 512M, 2G), not &quot;%1&quot;.</source>
        <translation>--memory 需要以 MiB 为单位的大小（512、512M、2G），而不是“%1”。</translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation>未指定命令。请尝试 --help。</translation>
    </message>
    <message>
        <source>%1 takes one guest name.</source>
        <translation>%1 只接受一个虚拟机名称。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>snapshot wants create, list, revert or delete.</source>
        <translation>snapshot 需要 create、list、revert 或 delete。</translation>
    </message>
    <message>
        <source>template wants mark, unmark or list.</source>
        <translation>template 需要 mark、unmark 或 list。</translation>
    </message>
    <message>
        <source>%1 wants list.</source>
        <translation>%1 需要 list。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation>未知命令“%1”。请尝试 --help。</translation>
    </message>
    <message>
        <source>%1: missing %2 (stdin is not a terminal; pass them as options, or --interactive).</source>
        <translation>%1：缺少 %2（标准输入不是终端；请通过选项传入，或使用 --interactive）。</translation>
    </message>
    <message>
        <source>virtdeck-cli: VirtDeck&apos;s command-line companion for scripts.</source>
        <translation>virtdeck-cli：VirtDeck 的命令行配套工具，供脚本使用。</translation>
    </message>
    <message>
        <source>Guest names (separated by spaces): </source>
        <translation>虚拟机名称（以空格分隔）：</translation>
    </message>
    <message>
        <source>Template: </source>
        <translation>模板：</translation>
    </message>
    <message>
        <source>How many guests [from the pattern]: </source>
        <translation>虚拟机数量 [按名称模式]：</translation>
    </message>
    <message>
        <source>Name pattern (web-{01..20}, web-{#}): </source>
        <translation>名称模式（web-{01..20}、web-{#}）：</translation>
    </message>
    <message>
        <source>vCPUs [as the template]: </source>
        <translation>vCPU 数 [与模板相同]：</translation>
    </message>
    <message>
        <source>Memory in MiB [as the template]: </source>
        <translation>内存，单位 MiB [与模板相同]：</translation>
    </message>
    <message>
        <source>New guest name: </source>
        <translation>新虚拟机名称：</translation>
    </message>
    <message>
        <source>Snapshot name: </source>
        <translation>快照名称：</translation>
    </message>
    <message>
        <source>Enter at least one guest name.</source>
        <translation>请至少输入一个虚拟机名称。</translation>
    </message>
    <message>
        <source>Enter the template&apos;s name.</source>
        <translation>请输入模板的名称。</translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1.</source>
        <translation>请输入 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Enter a name pattern.</source>
        <translation>请输入名称模式。</translation>
    </message>
    <message>
        <source>Enter a positive number of vCPUs.</source>
        <translation>请输入正整数的 vCPU 数。</translation>
    </message>
    <message>
        <source>Enter a size in MiB (512, 512M, 2G).</source>
        <translation>请输入以 MiB 为单位的大小（512、512M、2G）。</translation>
    </message>
    <message>
        <source>Enter a snapshot name.</source>
        <translation>请输入快照名称。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CliRunner</name>
    <message>
        <source>No answer (end of input).</source>
        <translation>无应答（输入已结束）。</translation>
    </message>
    <message>
        <source>virtdeck-cli: %1</source>
        <translation>virtdeck-cli：%1</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1：成功</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1：失败：%2</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation>VCPU</translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot; to use as the template.</source>
        <translation>没有名为“%1”的虚拟机可用作模板。</translation>
    </message>
    <message>
        <source>created and started</source>
        <translation>已创建并启动</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation>[%1/%2] %3：%4</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>FORWARD</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>BRIDGE</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>%1: sealing with virt-sysprep…</source>
        <translation>%1：正在使用 virt-sysprep 封装…</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneDialog</name>
    <message>
        <source>Clone %1</source>
        <translation>克隆 %1</translation>
    </message>
    <message>
        <source>Linked: qcow2 overlays on this guest&apos;s disks (fast, small; keep the source)</source>
        <translation>链接克隆：基于此虚拟机磁盘的 qcow2 覆盖层（快速、占用小；需保留源虚拟机）</translation>
    </message>
    <message>
        <source>Full: independent copies of the disks</source>
        <translation>完整克隆：磁盘的独立副本</translation>
    </message>
    <message>
        <source>Start the clone</source>
        <translation>启动克隆</translation>
    </message>
    <message>
        <source>The clone gets a new UUID, new MAC addresses and volumes named after it in the same pool. CD-ROMs, read-only and shareable disks are shared.</source>
        <translation>克隆会获得新的 UUID、新的 MAC 地址，以及在同一存储池中以其名称命名的卷。光驱、只读磁盘和可共享磁盘将被共享。</translation>
    </message>
    <message>
        <source>Clone</source>
        <translation>克隆</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>Cloning…</source>
        <translation>正在克隆…</translation>
    </message>
    <message>
        <source>Not cloned: %1</source>
        <translation>未克隆：%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneService</name>
    <message>
        <source>Cancelled before it began.</source>
        <translation>在开始前已取消。</translation>
    </message>
    <message>
        <source>The source guest no longer exists: %1</source>
        <translation>源虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be shut off to be cloned: its disks would change while they are copied.</source>
        <translation>“%1”必须关机后才能克隆：复制期间其磁盘会发生变化。</translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的虚拟机。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not a volume of a storage pool; only pool volumes can be cloned. Refresh or add the pool that holds it.</source>
        <translation>磁盘 %1（%2）不是存储池中的卷；只有存储池卷才能克隆。请刷新或添加包含它的存储池。</translation>
    </message>
    <message>
        <source>Cannot read volume %1: %2</source>
        <translation>无法读取卷 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create volume %1 for disk %2: %3</source>
        <translation>无法为磁盘 %2 创建卷 %1：%3</translation>
    </message>
    <message>
        <source>The NVRAM file %1 already exists; it is left alone.</source>
        <translation>NVRAM 文件 %1 已存在；将保持不变。</translation>
    </message>
    <message>
        <source>Cannot copy the NVRAM file %1 to %2.</source>
        <translation>无法将 NVRAM 文件 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot define the clone: %1</source>
        <translation>无法定义克隆：%1</translation>
    </message>
    <message>
        <source>Cannot start the clone: %1</source>
        <translation>无法启动克隆：%1</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The template no longer exists: %1</source>
        <translation>模板已不存在：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be shut off to be cloned.</source>
        <translation>“%1”必须关机后才能克隆。</translation>
    </message>
    <message>
        <source>No names to create.</source>
        <translation>没有要创建的名称。</translation>
    </message>
    <message>
        <source>The connection to the host was lost (%1). Whatever was made of this guest is removed when the connection is back.</source>
        <translation>与主机的连接已断开（%1）。连接恢复后，此虚拟机已创建的部分将被清除。</translation>
    </message>
    <message>
        <source>Not begun: the connection to the host was lost.</source>
        <translation>未开始：与主机的连接已断开。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneXml</name>
    <message>
        <source>Not a libvirt domain description.</source>
        <translation>不是 libvirt 虚拟机描述。</translation>
    </message>
    <message>
        <source>The source guest&apos;s XML is malformed at line %1: %2</source>
        <translation>源虚拟机的 XML 第 %1 行格式错误：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudConfigLoader</name>
    <message>
        <source>Cloud &quot;%1&quot; has no auth_url.</source>
        <translation>云“%1”没有 auth_url。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot;: auth_url &quot;%2&quot; is not an http or https URL.</source>
        <translation>云“%1”：auth_url“%2”不是 http 或 https URL。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; uses an application credential but names none.</source>
        <translation>云“%1”使用应用凭据，但未指定凭据。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; has neither username nor user_id.</source>
        <translation>云“%1”既没有 username 也没有 user_id。</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <translation>%1 第 %2 行，第 %3 列：%4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>secure.yaml</source>
        <translation>secure.yaml</translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; section.</source>
        <translation>%1 中没有“clouds:”部分。</translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; must map cloud names to their settings.</source>
        <translation>%1：“clouds”必须是云名称到其设置的映射。</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; must be a map of settings.</source>
        <translation>%1：云“%2”必须是设置项的映射。</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot;: &quot;auth&quot; must be a map.</source>
        <translation>%1：云“%2”：“auth”必须是映射。</translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot;, line %3: a value has the wrong type (%4).</source>
        <translation>%1：云“%2”，第 %3 行：值的类型错误（%4）。</translation>
    </message>
    <message>
        <source>environment (OS_* variables)</source>
        <translation>环境变量（OS_* 变量）</translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION=%1: only Keystone v3 is supported.</source>
        <translation>OS_IDENTITY_API_VERSION=%1：仅支持 Keystone v3。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>No clouds configured: no clouds.yaml in %1 and no OS_AUTH_URL in the environment.</source>
        <translation>未配置任何云：%1 中没有 clouds.yaml，环境中也没有 OS_AUTH_URL。</translation>
    </message>
    <message>
        <source>No cloud named &quot;%1&quot; (known: %2).</source>
        <translation>没有名为“%1”的云（已知：%2）。</translation>
    </message>
    <message>
        <source>%1 line %2, column %3: every key must be a plain name, not a list or a map.</source>
        <translation>%1 第 %2 行第 %3 列：每个键都必须是普通名称，不能是列表或映射。</translation>
    </message>
    <message>
        <source>%1 is nested too deeply or refers to itself through an alias.</source>
        <translation>%1 嵌套过深，或通过别名引用了自身。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudError</name>
    <message>
        <source>The service rejected the values sent.</source>
        <translation>服务拒绝了所发送的值。</translation>
    </message>
    <message>
        <source>The credentials are wrong, or the sign-in is no longer valid.</source>
        <translation>凭据错误，或登录已失效。</translation>
    </message>
    <message>
        <source>Your role in this project does not allow this; the cloud&apos;s policy reserves it for other roles, usually administrators.</source>
        <translation>您在此项目中的角色不允许此操作；云的策略将其保留给其他角色，通常是管理员。</translation>
    </message>
    <message>
        <source>It does not exist (any more), or this project cannot see it.</source>
        <translation>该对象不存在（或已不存在），或此项目无法看到它。</translation>
    </message>
    <message>
        <source>It conflicts with something that exists already, for example an identical entry.</source>
        <translation>与已有对象冲突，例如存在相同的条目。</translation>
    </message>
    <message>
        <source>A quota or size limit would be exceeded.</source>
        <translation>将超出配额或大小限制。</translation>
    </message>
    <message>
        <source>The service failed internally; its log has the details.</source>
        <translation>服务内部出错；详情请查看其日志。</translation>
    </message>
    <message>
        <source>The service is not available right now.</source>
        <translation>服务当前不可用。</translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation>计算（Nova）</translation>
    </message>
    <message>
        <source>Block storage (Cinder)</source>
        <translation>块存储（Cinder）</translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation>网络（Neutron）</translation>
    </message>
    <message>
        <source>Identity (Keystone)</source>
        <translation>身份认证（Keystone）</translation>
    </message>
    <message>
        <source>Image (Glance)</source>
        <translation>镜像（Glance）</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1：HTTP %2</translation>
    </message>
    <message>
        <source>%1 sent a reply VirtDeck cannot read: %2</source>
        <translation>%1 发送了 VirtDeck 无法读取的响应：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudJson</name>
    <message>
        <source>invalid JSON at byte %1 of %2 (%3)</source>
        <translation>无效的 JSON，位于第 %1 字节（共 %2 字节）（%3）</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an object</source>
        <translation>“%1”缺失或不是对象</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation>“%1”缺失或不是列表</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>“%1”缺失或不是字符串</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an integer</source>
        <translation>“%1”缺失或不是整数</translation>
    </message>
    <message>
        <source>Keystone sent an unreadable expiry time: %1</source>
        <translation>Keystone 发送了无法解析的过期时间：%1</translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation>“%1”中的一个条目不是对象</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudPasswordStore</name>
    <message>
        <source>System keychain: %1</source>
        <translation>系统密钥环：%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudSession</name>
    <message>
        <source>TLS certificate verification is off for cloud &quot;%1&quot; (verify: false): anyone on the network path can read and change this traffic, including your password.</source>
        <translation>云“%1”已关闭 TLS 证书验证（verify: false）：网络路径上的任何人都能读取和篡改此流量，包括您的密码。</translation>
    </message>
    <message>
        <source>The service catalog has no %1 endpoint for the %2 interface in region &quot;%3&quot;.</source>
        <translation>服务目录中没有区域“%3”内 %2 接口的 %1 端点。</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; needs the application credential secret.</source>
        <translation>云“%1”需要应用凭据密钥。</translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; needs a password.</source>
        <translation>云“%1”需要密码。</translation>
    </message>
    <message>
        <source>Identity (Keystone) cannot be reached at %1: %2</source>
        <translation>无法访问位于 %1 的身份认证服务（Keystone）：%2</translation>
    </message>
    <message>
        <source>An application credential is bound to its project; sign in with a password to switch projects.</source>
        <translation>应用凭据绑定于其项目；如需切换项目，请使用密码登录。</translation>
    </message>
    <message>
        <source>The sign-in expired and signing in again failed: %1</source>
        <translation>登录已过期，且重新登录失败：%1</translation>
    </message>
    <message>
        <source>%1 cannot be reached at %2: %3</source>
        <translation>无法访问位于 %2 的 %1：%3</translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (%1). If this is the right server, name its CA certificate with &quot;cacert:&quot; in clouds.yaml.</source>
        <translation>服务器的 TLS 证书不受信任（%1）。如果这是正确的服务器，请在 clouds.yaml 中用“cacert:”指定其 CA 证书。</translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation>（尝试 %1 次）</translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s.</source>
        <translation>%2 上的 %1 在 %3 秒内没有应答。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ComputeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>The flavor needs a name.</source>
        <translation>云主机类型需要名称。</translation>
    </message>
    <message>
        <source>The flavor name is longer than 255 characters.</source>
        <translation>云主机类型名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>The flavor ID is longer than 255 characters.</source>
        <translation>云主机类型 ID 超过 255 个字符。</translation>
    </message>
    <message>
        <source>A flavor needs at least one vCPU.</source>
        <translation>云主机类型至少需要一个 vCPU。</translation>
    </message>
    <message>
        <source>A flavor needs at least 1 MiB of RAM.</source>
        <translation>云主机类型至少需要 1 MiB 内存。</translation>
    </message>
    <message>
        <source>Disk, ephemeral disk and swap cannot be negative.</source>
        <translation>磁盘、临时磁盘和交换空间不能为负数。</translation>
    </message>
    <message>
        <source>The RX/TX factor must be greater than zero.</source>
        <translation>RX/TX 系数必须大于零。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageClient</name>
    <message>
        <source>&quot;size&quot; is not a number</source>
        <translation>“size”不是数字</translation>
    </message>
    <message>
        <source>The image needs a name.</source>
        <translation>镜像需要一个名称。</translation>
    </message>
    <message>
        <source>The image name is longer than 255 characters.</source>
        <translation>镜像名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>Glance does not know the disk format &quot;%1&quot;.</source>
        <translation>Glance 不支持磁盘格式“%1”。</translation>
    </message>
    <message>
        <source>The visibility must be one of %1.</source>
        <translation>可见性必须是 %1 之一。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageFormat</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The name %1 says %2, but the file&apos;s content is %3. Glance stores whatever format it is told, and an instance of an image with the wrong format does not boot: upload it as %3 (or rename the file).</source>
        <translation>名称 %1 表示格式为 %2，但文件内容是 %3。Glance 会按告知的格式存储，而格式错误的镜像创建的云主机无法启动：请以 %3 格式上传（或重命名文件）。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageTransfer</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Image (Glance) cannot be reached at %1: %2</source>
        <translation>无法访问位于 %1 的镜像服务（Glance）：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::InstanceClient</name>
    <message>
        <source>&quot;addresses&quot; is not an object</source>
        <translation>“addresses”不是对象</translation>
    </message>
    <message>
        <source>the addresses of network &quot;%1&quot; are not a list</source>
        <translation>网络“%1”的地址不是列表</translation>
    </message>
    <message>
        <source>&quot;fault&quot; is not an object</source>
        <translation>“fault”不是对象</translation>
    </message>
    <message>
        <source>&quot;events&quot; is not a list</source>
        <translation>“events”不是列表</translation>
    </message>
    <message>
        <source>start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>hard reboot</source>
        <translation>硬重启</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>unpause</source>
        <translation>取消暂停</translation>
    </message>
    <message>
        <source>suspend</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>the console URL is not a valid URL</source>
        <translation>控制台 URL 不是有效的 URL</translation>
    </message>
    <message>
        <source>The instance needs a name.</source>
        <translation>实例需要一个名称。</translation>
    </message>
    <message>
        <source>Launch at least one instance.</source>
        <translation>请至少启动一个实例。</translation>
    </message>
    <message>
        <source>Choose a flavor.</source>
        <translation>请选择一个云主机类型。</translation>
    </message>
    <message>
        <source>Choose what the instance boots from.</source>
        <translation>请选择实例的启动源。</translation>
    </message>
    <message>
        <source>The new volume needs a size of at least 1 GiB.</source>
        <translation>新卷的大小至少为 1 GiB。</translation>
    </message>
    <message>
        <source>The user data is %1 bytes once encoded; Nova accepts at most 65535.</source>
        <translation>用户数据编码后为 %1 字节；Nova 最多接受 65535 字节。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::KeyPairClient</name>
    <message>
        <source>The key pair needs a name.</source>
        <translation>密钥对需要一个名称。</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>A key pair name may contain only letters, digits, spaces and the characters _ - . @</source>
        <translation>密钥对名称只能包含字母、数字、空格以及字符 _ - . @</translation>
    </message>
    <message>
        <source>The name must not start or end with a space.</source>
        <translation>名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::KeystoneParser</name>
    <message>
        <source>Keystone issued no token (the X-Subject-Token header is missing).</source>
        <translation>Keystone 未颁发令牌（缺少 X-Subject-Token 标头）。</translation>
    </message>
    <message>
        <source>Keystone issued a token without a project: the user has no project to work in, or the cloud configuration names none.</source>
        <translation>Keystone 颁发的令牌不含项目：该用户没有可用的项目，或云配置中未指定项目。</translation>
    </message>
    <message>
        <source>the token has no service catalog</source>
        <translation>令牌中没有服务目录</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::LaunchQuota</name>
    <message>
        <source>instances</source>
        <translation>实例数</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>This launch needs %1 %2 but the project has only %3 left of its quota (%4 at most).</source>
        <translation>本次启动所需%2为 %1，但项目配额仅剩 %3（最多 %4）。</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4</source>
        <translation>%1：%2 → %3 / %4</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::NetworkClient</name>
    <message>
        <source>&quot;security_group_rules&quot; is not a list</source>
        <translation>“security_group_rules”不是列表</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>The security group needs a name.</source>
        <translation>安全组需要名称。</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>“%1”不是列表</translation>
    </message>
    <message>
        <source>&quot;allocation_pools&quot; is not a list</source>
        <translation>“allocation_pools”不是列表</translation>
    </message>
    <message>
        <source>&quot;external_gateway_info&quot; is not an object</source>
        <translation>“external_gateway_info”不是对象</translation>
    </message>
    <message>
        <source>&quot;fixed_ips&quot; is not a list</source>
        <translation>“fixed_ips”不是列表</translation>
    </message>
    <message>
        <source>The network needs a name.</source>
        <translation>网络需要一个名称。</translation>
    </message>
    <message>
        <source>Choose the network the subnet belongs to.</source>
        <translation>请选择子网所属的网络。</translation>
    </message>
    <message>
        <source>The router needs a name.</source>
        <translation>路由器需要一个名称。</translation>
    </message>
    <message>
        <source>Choose an external network for the gateway.</source>
        <translation>请为网关选择一个外部网络。</translation>
    </message>
    <message>
        <source>No device chosen.</source>
        <translation>未选择设备。</translation>
    </message>
    <message>
        <source>Choose the external network to allocate the address from.</source>
        <translation>请选择用于分配地址的外部网络。</translation>
    </message>
    <message>
        <source>Choose the instance port to associate the address with.</source>
        <translation>请选择要与该地址关联的实例端口。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ProjectNetworkBuilder</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation>%1需要一个名称。</translation>
    </message>
    <message>
        <source>The %1 name is longer than 255 characters.</source>
        <translation>%1名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>router</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>Create the network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>Create the router</source>
        <translation>创建路由器</translation>
    </message>
    <message>
        <source>Set the router&apos;s gateway to the external network</source>
        <translation>将路由器的网关设置为外部网络</translation>
    </message>
    <message>
        <source>Create the subnet</source>
        <translation>创建子网</translation>
    </message>
    <message>
        <source>Connect the subnet to the router</source>
        <translation>将子网连接到路由器</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Network %1 with subnet %2 (%3) is connected through router %4.</source>
        <translation>网络 %1 及其子网 %2（%3）已通过路由器 %4 连接。</translation>
    </message>
    <message>
        <source>no external network chosen</source>
        <translation>未选择外部网络</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Not everything could be undone: %1</source>
        <translation>未能全部撤销：%1</translation>
    </message>
    <message>
        <source>The steps already done were undone.</source>
        <translation>已完成的步骤已撤销。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::QuotaParser</name>
    <message>
        <source>quota &quot;%1&quot; has no integer limit</source>
        <translation>配额“%1”没有整数限制值</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; is neither a number nor a detail object</source>
        <translation>配额“%1”既不是数字也不是详情对象</translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; has the impossible limit %2</source>
        <translation>配额“%1”的限制值 %2 无效</translation>
    </message>
    <message>
        <source>the quota set is empty</source>
        <translation>配额集为空</translation>
    </message>
    <message>
        <source>%1: %2 is not a valid limit (use -1 for unlimited).</source>
        <translation>%1：%2 不是有效的限制值（-1 表示无限制）。</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>没有需要保存的内容。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SecurityGroupRuleValidator</name>
    <message>
        <source>Direction must be ingress or egress.</source>
        <translation>方向必须为入口或出口。</translation>
    </message>
    <message>
        <source>Ether type must be IPv4 or IPv6.</source>
        <translation>以太网类型必须为 IPv4 或 IPv6。</translation>
    </message>
    <message>
        <source>Protocol &quot;%1&quot; is not tcp, udp, icmp, any, or a number from 0 to 255.</source>
        <translation>协议“%1”不是 tcp、udp、icmp、any 或 0 到 255 之间的数字。</translation>
    </message>
    <message>
        <source>Give both ends of the port range, or neither for all ports.</source>
        <translation>请同时给出端口范围的两端，或都不填以表示所有端口。</translation>
    </message>
    <message>
        <source>Ports run from 1 to 65535.</source>
        <translation>端口范围为 1 到 65535。</translation>
    </message>
    <message>
        <source>The first port (%1) is above the last one (%2).</source>
        <translation>起始端口（%1）大于结束端口（%2）。</translation>
    </message>
    <message>
        <source>The ICMP type runs from 0 to 255.</source>
        <translation>ICMP 类型范围为 0 到 255。</translation>
    </message>
    <message>
        <source>The ICMP code runs from 0 to 255.</source>
        <translation>ICMP 代码范围为 0 到 255。</translation>
    </message>
    <message>
        <source>An ICMP code needs an ICMP type.</source>
        <translation>指定 ICMP 代码时必须指定 ICMP 类型。</translation>
    </message>
    <message>
        <source>Ports can only be given for TCP, UDP and SCTP.</source>
        <translation>只有 TCP、UDP 和 SCTP 才能指定端口。</translation>
    </message>
    <message>
        <source>Give a remote CIDR or a remote group, not both.</source>
        <translation>请指定远端 CIDR 或远端安全组，不能同时指定。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR such as 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>“%1”不是 CIDR，例如 192.0.2.0/24 或 2001:db8::/32。</translation>
    </message>
    <message>
        <source>The remote CIDR %1 does not match the ether type %2.</source>
        <translation>远端 CIDR %1 与以太网类型 %2 不匹配。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SshKeyGenerator</name>
    <message>
        <source>Choose where to save the private key.</source>
        <translation>请选择私钥的保存位置。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name (an existing key is never overwritten).</source>
        <translation>%1 已存在；请选择其他文件名（绝不会覆盖已有的密钥）。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name.</source>
        <translation>%1 已存在；请选择其他文件名。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation>文件夹 %1 不可写。</translation>
    </message>
    <message>
        <source>The public key is empty.</source>
        <translation>公钥为空。</translation>
    </message>
    <message>
        <source>This is a private key. Choose the public key (usually the file ending in .pub); a private key must never be uploaded.</source>
        <translation>这是私钥。请选择公钥（通常是以 .pub 结尾的文件）；私钥绝不能上传。</translation>
    </message>
    <message>
        <source>A public key is one line; this text has several.</source>
        <translation>公钥只有一行；此文本有多行。</translation>
    </message>
    <message>
        <source>This does not look like an OpenSSH public key (&quot;ssh-ed25519 AAAA… comment&quot;).</source>
        <translation>这看起来不像 OpenSSH 公钥（“ssh-ed25519 AAAA… 注释”）。</translation>
    </message>
    <message>
        <source>ssh-keygen was not found; install OpenSSH&apos;s client (Debian: openssh-client).</source>
        <translation>未找到 ssh-keygen；请安装 OpenSSH 客户端（Debian：openssh-client）。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <translation>无法启动 ssh-keygen：%1</translation>
    </message>
    <message>
        <source>ssh-keygen failed (exit code %1): %2</source>
        <translation>ssh-keygen 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set to 0600.</source>
        <translation>无法将 %1 的权限设置为 0600。</translation>
    </message>
    <message>
        <source>ssh-keygen wrote no public key %1: %2</source>
        <translation>ssh-keygen 未写出公钥 %1：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SubnetValidator</name>
    <message>
        <source>Enter the subnet&apos;s network address in CIDR notation, for example 10.0.0.0/24.</source>
        <translation>请以 CIDR 格式输入子网的网络地址，例如 10.0.0.0/24。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length; write it as address/length, for example 10.0.0.0/24.</source>
        <translation>“%1”没有前缀长度；请写成“地址/长度”，例如 10.0.0.0/24。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address in CIDR notation (for example 10.0.0.0/24 or fd00:1::/64).</source>
        <translation>“%1”不是 CIDR 格式的网络地址（例如 10.0.0.0/24 或 fd00:1::/64）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; the network is %2/%3.</source>
        <translation>“%1”设置了主机位；网络地址应为 %2/%3。</translation>
    </message>
    <message>
        <source>A /%1 network has no room for a gateway and instances; use /%2 or shorter.</source>
        <translation>/%1 网络没有空间容纳网关和实例；请使用 /%2 或更短的前缀。</translation>
    </message>
    <message>
        <source>A /%1 network is larger than any project needs; use /%2 or longer.</source>
        <translation>/%1 网络比任何项目所需的都大；请使用 /%2 或更长的前缀。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range; write first-last, for example 10.0.0.10-10.0.0.99.</source>
        <translation>“%1”不是地址范围；请写成“起始-结束”，例如 10.0.0.10-10.0.0.99。</translation>
    </message>
    <message>
        <source>The CIDR is an IPv%1 network but the subnet is IPv%2.</source>
        <translation>CIDR 是 IPv%1 网络，但子网是 IPv%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation>“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>The gateway %1 is an IPv%2 address in an IPv%3 subnet.</source>
        <translation>网关 %1 是 IPv%2 地址，而子网是 IPv%3。</translation>
    </message>
    <message>
        <source>The gateway %1 is outside %2.</source>
        <translation>网关 %1 不在 %2 范围内。</translation>
    </message>
    <message>
        <source>The gateway cannot be the network address %1.</source>
        <translation>网关不能是网络地址 %1。</translation>
    </message>
    <message>
        <source>The gateway cannot be the broadcast address %1.</source>
        <translation>网关不能是广播地址 %1。</translation>
    </message>
    <message>
        <source>The DNS server &quot;%1&quot; is not an IP address.</source>
        <translation>DNS 服务器“%1”不是 IP 地址。</translation>
    </message>
    <message>
        <source>The DNS server %1 is an IPv%2 address in an IPv%3 subnet.</source>
        <translation>DNS 服务器 %1 是 IPv%2 地址，而子网是 IPv%3。</translation>
    </message>
    <message>
        <source>The DNS server %1 is listed twice.</source>
        <translation>DNS 服务器 %1 重复列出。</translation>
    </message>
    <message>
        <source>The pool %1 does not consist of two IP addresses.</source>
        <translation>地址池 %1 不是由两个 IP 地址组成的。</translation>
    </message>
    <message>
        <source>The pool %1 is not IPv%2 like the subnet.</source>
        <translation>地址池 %1 与子网不同，不是 IPv%2。</translation>
    </message>
    <message>
        <source>The pool %1 is not inside %2.</source>
        <translation>地址池 %1 不在 %2 范围内。</translation>
    </message>
    <message>
        <source>The pool %1 ends before it starts.</source>
        <translation>地址池 %1 的结束地址早于起始地址。</translation>
    </message>
    <message>
        <source>The pool %1 includes the network or broadcast address.</source>
        <translation>地址池 %1 包含网络地址或广播地址。</translation>
    </message>
    <message>
        <source>The pool %1 contains the gateway %2.</source>
        <translation>地址池 %1 包含网关 %2。</translation>
    </message>
    <message>
        <source>The pools %1-%2 and %3-%4 overlap.</source>
        <translation>地址池 %1-%2 与 %3-%4 重叠。</translation>
    </message>
    <message>
        <source>A pool contains %1, the gateway Neutron chooses when none is given.</source>
        <translation>某个地址池包含 %1，即未指定网关时 Neutron 选用的网关。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::VolumeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>&quot;attachments&quot; is not a list</source>
        <translation>“attachments”不是列表</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>名称超过 255 个字符。</translation>
    </message>
    <message>
        <source>A volume needs at least 1 GiB.</source>
        <translation>卷至少需要 1 GiB。</translation>
    </message>
    <message>
        <source>The new size must be larger than the current %1 GiB; a volume cannot shrink.</source>
        <translation>新大小必须大于当前的 %1 GiB；卷不能缩小。</translation>
    </message>
    <message>
        <source>Only an available or attached volume can be extended; this one is %1.</source>
        <translation>只有可用或已挂载的卷才能扩容；此卷的状态为 %1。</translation>
    </message>
    <message>
        <source>Choose the instance to attach the volume to.</source>
        <translation>请选择要挂载该卷的实例。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::VolumeSnapshotClient</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudFlavorsPage</name>
    <message>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Project Access…</source>
        <translation>项目访问权限…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Usually only administrators may create flavors.</source>
        <translation>通常只有管理员才能创建云主机类型。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s)</source>
        <translation>
            <numerusform>%n 个云主机类型</numerusform>
        </translation>
    </message>
    <message>
        <source>Public flavors are open to every project.</source>
        <translation>公共云主机类型对所有项目开放。</translation>
    </message>
    <message>
        <source>Select a flavor to see its details.</source>
        <translation>选择一个云主机类型以查看详情。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>描述：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Extra specs:</source>
        <translation>额外规格：</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  无</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Flavor %1 created.</source>
        <translation>已创建云主机类型 %1。</translation>
    </message>
    <message>
        <source>Delete Flavor</source>
        <translation>删除云主机类型</translation>
    </message>
    <message>
        <source>Delete flavor %1 (%2)? Running instances keep their sizes, but no new instance can use it.</source>
        <translation>要删除云主机类型 %1（%2）吗？正在运行的实例保持原有规格，但新实例将无法使用它。</translation>
    </message>
    <message>
        <source>Flavor %1 deleted.</source>
        <translation>已删除云主机类型 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudFloatingIpsPage</name>
    <message>
        <source>Associate…</source>
        <translation>关联…</translation>
    </message>
    <message>
        <source>Disassociate</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Release…</source>
        <translation>释放…</translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation>分配…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n 个浮动 IP</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>There is no external network to allocate a floating IP from; an administrator has to create one.</source>
        <translation>没有可用于分配浮动 IP 的外部网络；需要管理员创建一个。</translation>
    </message>
    <message>
        <source>Allocate Floating IP</source>
        <translation>分配浮动 IP</translation>
    </message>
    <message>
        <source>From the external network:</source>
        <translation>从外部网络：</translation>
    </message>
    <message>
        <source>Floating IP %1 allocated.</source>
        <translation>已分配浮动 IP %1。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No instance port to associate with; launch an instance on a network with a router first.</source>
        <translation>没有可关联的实例端口；请先在连接了路由器的网络上启动一个实例。</translation>
    </message>
    <message>
        <source>Associate Floating IP</source>
        <translation>关联浮动 IP</translation>
    </message>
    <message>
        <source>Instance and address:</source>
        <translation>实例和地址：</translation>
    </message>
    <message>
        <source>%1 now reaches %2.</source>
        <translation>现在可通过 %1 访问 %2。</translation>
    </message>
    <message>
        <source>%1 disassociated.</source>
        <translation>已取消关联 %1。</translation>
    </message>
    <message>
        <source>Release Floating IP</source>
        <translation>释放浮动 IP</translation>
    </message>
    <message>
        <source>Release %1? The address goes back to the pool and may be given to another project.</source>
        <translation>要释放 %1 吗？该地址将返回地址池，并可能分配给其他项目。</translation>
    </message>
    <message>
        <source>%1 released.</source>
        <translation>已释放 %1。</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudImagesPage</name>
    <message>
        <source>Upload…</source>
        <translation>上传…</translation>
    </message>
    <message>
        <source>Download…</source>
        <translation>下载…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Set Visibility</source>
        <translation>设置可见性</translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation>取消传输</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n 个镜像</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating image %1…</source>
        <translation>正在创建镜像 %1…</translation>
    </message>
    <message>
        <source>Image %1 could not be created: %2</source>
        <translation>无法创建镜像 %1：%2</translation>
    </message>
    <message>
        <source>Image %1 uploaded.</source>
        <translation>镜像 %1 已上传。</translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation>已取消上传 %1。</translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation>上传 %1 失败：%2</translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation>正在上传 %1…</translation>
    </message>
    <message>
        <source>Download Image</source>
        <translation>下载镜像</translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation>已下载到 %1。</translation>
    </message>
    <message>
        <source>Download cancelled; nothing was written.</source>
        <translation>下载已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation>正在下载到 %1…</translation>
    </message>
    <message>
        <source>The visibility cannot be changed to %1: %2</source>
        <translation>无法将可见性更改为 %1：%2</translation>
    </message>
    <message>
        <source>Image %1 is now %2.</source>
        <translation>镜像 %1 现在为 %2。</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>Delete image %1? Instances already running from it keep working; no new ones can be launched from it.</source>
        <translation>要删除镜像 %1 吗？已从该镜像运行的实例会继续工作，但无法再从它启动新实例。</translation>
    </message>
    <message>
        <source>Image %1 could not be deleted: %2</source>
        <translation>无法删除镜像 %1：%2</translation>
    </message>
    <message>
        <source>Image %1 deleted.</source>
        <translation>镜像 %1 已删除。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudInstancesPage</name>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Launch…</source>
        <translation>启动实例…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Hard Reboot</source>
        <translation>硬重启</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Console Log</source>
        <translation>控制台日志</translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation>打开控制台</translation>
    </message>
    <message>
        <source>Every project&apos;s instances (administrators only).</source>
        <translation>所有项目的实例（仅限管理员）。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n 个实例</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Select an instance to see its details and action log.</source>
        <translation>选择一个实例以查看其详细信息和操作日志。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation>ID：%1</translation>
    </message>
    <message>
        <source>Status: %1 (task: %2, power: %3)</source>
        <translation>状态：%1（任务：%2，电源：%3）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation>云主机类型：%1</translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Key pair: %1</source>
        <translation>密钥对：%1</translation>
    </message>
    <message>
        <source>Availability zone: %1</source>
        <translation>可用区：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Fault (%1): %2</source>
        <translation>故障（%1）：%2</translation>
    </message>
    <message>
        <source>Action log: %1</source>
        <translation>操作日志：%1</translation>
    </message>
    <message>
        <source>Action log:</source>
        <translation>操作日志：</translation>
    </message>
    <message>
        <source>  %1  %2  (request %3)%4</source>
        <translation>  %1  %2  （请求 %3）%4</translation>
    </message>
    <message>
        <source>      %1: %2</source>
        <translation>      %1：%2</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Asking Nova to %1 %2…</source>
        <translation>正在请求 Nova %1 %2…</translation>
    </message>
    <message>
        <source>%1 could not %2: %3</source>
        <translation>%1 无法%2：%3</translation>
    </message>
    <message>
        <source>Nova accepted to %1 %2.</source>
        <translation>Nova 已接受%1 %2 的请求。</translation>
    </message>
    <message>
        <source>Delete Instance</source>
        <translation>删除实例</translation>
    </message>
    <message>
        <source>Delete instance %1 (%2)? Its disk is gone for good; volumes it boots from are deleted only if they were created with &quot;delete on terminate&quot;.</source>
        <translation>要删除实例 %1（%2）吗？其磁盘将被永久删除；从卷启动时，只有创建时设置了“终止时删除”的卷才会被删除。</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>The console log of %1 cannot be read: %2</source>
        <translation>无法读取 %1 的控制台日志：%2</translation>
    </message>
    <message>
        <source>Console Log of %1</source>
        <translation>%1 的控制台日志</translation>
    </message>
    <message>
        <source>No console for %1: %2</source>
        <translation>%1 没有控制台：%2</translation>
    </message>
    <message>
        <source>Console of %1: %2</source>
        <translation>%1 的控制台：%2</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation>实例详情</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s); refreshing while Nova works on some</source>
        <translation>
            <numerusform>%n 个云主机；Nova 正在处理其中一些，列表持续刷新</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudKeyPairsPage</name>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Import Public Key…</source>
        <translation>导入公钥…</translation>
    </message>
    <message>
        <source>Create Key Pair…</source>
        <translation>创建密钥对…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n key pair(s)</source>
        <translation>
            <numerusform>%n 个密钥对</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Key pair %1 imported (fingerprint %2).</source>
        <translation>已导入密钥对 %1（指纹 %2）。</translation>
    </message>
    <message>
        <source>Key pair %1 created. The private key is saved in %2 (readable only by you); log in with: ssh -i %2 USER@ADDRESS</source>
        <translation>已创建密钥对 %1。私钥保存在 %2（仅您本人可读）；登录方式：ssh -i %2 USER@ADDRESS</translation>
    </message>
    <message>
        <source>Key Pair Created</source>
        <translation>密钥对已创建</translation>
    </message>
    <message>
        <source>Delete Key Pair</source>
        <translation>删除密钥对</translation>
    </message>
    <message>
        <source>Delete key pair %1 from the cloud? Instances that use it keep it; a local private key is not touched.</source>
        <translation>要从云中删除密钥对 %1 吗？使用它的实例会保留该密钥；本地私钥不受影响。</translation>
    </message>
    <message>
        <source>Key pair %1 deleted.</source>
        <translation>已删除密钥对 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudNetworkListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudNetworksPage</name>
    <message>
        <source>Delete Network…</source>
        <translation>删除网络…</translation>
    </message>
    <message>
        <source>Add Subnet…</source>
        <translation>添加子网…</translation>
    </message>
    <message>
        <source>Delete Subnet…</source>
        <translation>删除子网…</translation>
    </message>
    <message>
        <source>Create Network…</source>
        <translation>创建网络…</translation>
    </message>
    <message>
        <source>Network for This Project…</source>
        <translation>为此项目创建网络…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Subnets of the selected network:</source>
        <translation>所选网络的子网：</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n 个网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Create Network</source>
        <translation>创建网络</translation>
    </message>
    <message>
        <source>Shared with every project</source>
        <translation>与所有项目共享</translation>
    </message>
    <message>
        <source>External (routers can use it as gateway; floating IPs come from it)</source>
        <translation>外部（路由器可将其用作网关；浮动 IP 从中分配）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Only administrators can make a network shared or external.</source>
        <translation>只有管理员才能将网络设为共享或外部网络。</translation>
    </message>
    <message>
        <source>Network %1 created; add a subnet to it.</source>
        <translation>已创建网络 %1；请为其添加子网。</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>Delete network %1 and its subnets?</source>
        <translation>要删除网络 %1 及其子网吗？</translation>
    </message>
    <message>
        <source>Network %1 deleted.</source>
        <translation>已删除网络 %1。</translation>
    </message>
    <message>
        <source>Subnet created.</source>
        <translation>已创建子网。</translation>
    </message>
    <message>
        <source>Delete Subnet</source>
        <translation>删除子网</translation>
    </message>
    <message>
        <source>Delete subnet %1?</source>
        <translation>要删除子网 %1 吗？</translation>
    </message>
    <message>
        <source>Subnet %1 deleted.</source>
        <translation>已删除子网 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudPage</name>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation>云：</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>No clouds configured. Put a clouds.yaml in ~/.config/openstack/ or /etc/openstack/, or start VirtDeck with the OS_* variables of an openrc file.</source>
        <translation>未配置任何云。请将 clouds.yaml 放到 ~/.config/openstack/ 或 /etc/openstack/，或使用 openrc 文件中的 OS_* 变量启动 VirtDeck。</translation>
    </message>
    <message>
        <source>Choose a cloud and sign in.</source>
        <translation>请选择一个云并登录。</translation>
    </message>
    <message>
        <source>No cloud named &quot;%1&quot; in clouds.yaml or the environment (known: %2).</source>
        <translation>clouds.yaml 和环境变量中都没有名为“%1”的云（已知：%2）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Looking for the password in the system keychain…</source>
        <translation>正在系统密钥环中查找密码…</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>The password could not be kept (%1); it will be asked for next time.</source>
        <translation>无法保存密码（%1）；下次将再次询问。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>正在登录 %1…</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 in project %3 (%4).</source>
        <translation>已以 %2 身份登录 %1，项目 %3（%4）。</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Switching to project %1…</source>
        <translation>正在切换到项目 %1…</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Key Pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudPasswordPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation>保存到系统密钥环</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>登录 %1</translation>
    </message>
    <message>
        <source>No system keychain is available: the password is asked for each time.</source>
        <translation>没有可用的系统密钥环：每次都会询问密码。</translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudQuotasPage</name>
    <message>
        <source>unlimited</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>Instances</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation>内存 (MiB)</translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation>服务器组</translation>
    </message>
    <message>
        <source>Server group members</source>
        <translation>服务器组成员</translation>
    </message>
    <message>
        <source>Metadata items</source>
        <translation>元数据项</translation>
    </message>
    <message>
        <source>Injected files</source>
        <translation>注入文件</translation>
    </message>
    <message>
        <source>Injected file bytes</source>
        <translation>注入文件字节数</translation>
    </message>
    <message>
        <source>Injected file path bytes</source>
        <translation>注入文件路径字节数</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Volume storage (GiB)</source>
        <translation>卷存储 (GiB)</translation>
    </message>
    <message>
        <source>Volume snapshots</source>
        <translation>卷快照</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup storage (GiB)</source>
        <translation>备份存储 (GiB)</translation>
    </message>
    <message>
        <source>Largest volume (GiB)</source>
        <translation>最大卷 (GiB)</translation>
    </message>
    <message>
        <source>Volume groups</source>
        <translation>卷组</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation>子网</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Routers</source>
        <translation>路由器</translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation>浮动 IP</translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Security group rules</source>
        <translation>安全组规则</translation>
    </message>
    <message>
        <source>Subnet pools</source>
        <translation>子网池</translation>
    </message>
    <message>
        <source>RBAC policies</source>
        <translation>RBAC 策略</translation>
    </message>
    <message>
        <source>Volumes of type %1</source>
        <translation>%1 类型的卷</translation>
    </message>
    <message>
        <source>GiB of type %1</source>
        <translation>%1 类型的 GiB</translation>
    </message>
    <message>
        <source>Snapshots of type %1</source>
        <translation>%1 类型的快照</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Edit Limits</source>
        <translation>编辑限制</translation>
    </message>
    <message>
        <source>Administrators can change the limits; -1 means unlimited.</source>
        <translation>管理员可以更改限制；-1 表示无限制。</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Save %1 Limits</source>
        <translation>保存%1限制</translation>
    </message>
    <message>
        <source>Quotas of project</source>
        <translation>项目配额</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Quotas of project %1</source>
        <translation>项目 %1 的配额</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>default %1</source>
        <translation>默认 %1</translation>
    </message>
    <message>
        <source>No limit was changed.</source>
        <translation>没有更改任何限制。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n limit(s).</source>
        <translation>
            <numerusform>已保存 %n 项限制。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudRoutersPage</name>
    <message>
        <source>Create Router…</source>
        <translation>创建路由器…</translation>
    </message>
    <message>
        <source>Delete Router…</source>
        <translation>删除路由器…</translation>
    </message>
    <message>
        <source>Set Gateway…</source>
        <translation>设置网关…</translation>
    </message>
    <message>
        <source>Clear Gateway</source>
        <translation>清除网关</translation>
    </message>
    <message>
        <source>Add Interface…</source>
        <translation>添加接口…</translation>
    </message>
    <message>
        <source>Remove Interface…</source>
        <translation>移除接口…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ports of the selected router:</source>
        <translation>所选路由器的端口：</translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n 个路由器</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Create Router</source>
        <translation>创建路由器</translation>
    </message>
    <message>
        <source>Router name:</source>
        <translation>路由器名称：</translation>
    </message>
    <message>
        <source>Router %1 created; set its gateway and add interfaces.</source>
        <translation>已创建路由器 %1；请设置其网关并添加接口。</translation>
    </message>
    <message>
        <source>Delete Router</source>
        <translation>删除路由器</translation>
    </message>
    <message>
        <source>Delete router %1? Its subnet interfaces must be removed first.</source>
        <translation>要删除路由器 %1 吗？必须先移除其子网接口。</translation>
    </message>
    <message>
        <source>Router %1 deleted.</source>
        <translation>已删除路由器 %1。</translation>
    </message>
    <message>
        <source>There is no external network; an administrator has to create one (router:external).</source>
        <translation>没有外部网络；需要管理员创建一个（router:external）。</translation>
    </message>
    <message>
        <source>Set Gateway</source>
        <translation>设置网关</translation>
    </message>
    <message>
        <source>External network:</source>
        <translation>外部网络：</translation>
    </message>
    <message>
        <source>Gateway set: %1</source>
        <translation>已设置网关：%1</translation>
    </message>
    <message>
        <source>Gateway cleared.</source>
        <translation>已清除网关。</translation>
    </message>
    <message>
        <source>%1 (%2, network %3)</source>
        <translation>%1（%2，网络 %3）</translation>
    </message>
    <message>
        <source>There is no subnet to connect; create a network with a subnet first.</source>
        <translation>没有可连接的子网；请先创建一个带子网的网络。</translation>
    </message>
    <message>
        <source>Add Interface</source>
        <translation>添加接口</translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation>子网：</translation>
    </message>
    <message>
        <source>Interface added (port %1).</source>
        <translation>已添加接口（端口 %1）。</translation>
    </message>
    <message>
        <source>Remove Interface</source>
        <translation>移除接口</translation>
    </message>
    <message>
        <source>Disconnect the subnet of %1 from the router?</source>
        <translation>要断开 %1 的子网与路由器的连接吗？</translation>
    </message>
    <message>
        <source>Interface removed.</source>
        <translation>已移除接口。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudSecurityGroupsPage</name>
    <message>
        <source>Delete Group…</source>
        <translation>删除安全组…</translation>
    </message>
    <message>
        <source>Add Rule…</source>
        <translation>添加规则…</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Create Group…</source>
        <translation>创建安全组…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s)</source>
        <translation>
            <numerusform>%n 个安全组</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Security Group</source>
        <translation>创建安全组</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>Delete Security Group</source>
        <translation>删除安全组</translation>
    </message>
    <message>
        <source>Delete security group %1 and its rules?</source>
        <translation>要删除安全组 %1 及其规则吗？</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudSubnetDialog</name>
    <message>
        <source>No gateway</source>
        <translation>无网关</translation>
    </message>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation>使用 DHCP 分配地址</translation>
    </message>
    <message>
        <source>Add Subnet to %1</source>
        <translation>向 %1 添加子网</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>e.g. 192.168.10.0/24</source>
        <translation>例如 192.168.10.0/24</translation>
    </message>
    <message>
        <source>empty: the first address</source>
        <translation>留空：使用第一个地址</translation>
    </message>
    <message>
        <source>e.g. 8.8.4.4, 1.1.1.1</source>
        <translation>例如 8.8.4.4, 1.1.1.1</translation>
    </message>
    <message>
        <source>One range per line, e.g. 192.168.10.10-192.168.10.200; empty: the whole subnet</source>
        <translation>每行一个范围，例如 192.168.10.10-192.168.10.200；留空：整个子网</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>IP &amp;version:</source>
        <translation>IP 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation>CIDR(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;DHCP:</source>
        <translation>DHCP(&amp;D)：</translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation>DNS 服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Allocation &amp;pools:</source>
        <translation>分配地址池(&amp;P)：</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumeDialog</name>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Extend Volume %1</source>
        <translation>扩容卷 %1</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>扩容</translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation>卷：</translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation>当前大小：</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation>新大小(&amp;N)：</translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation>创建卷</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message numerus="yes">
        <source>The volume quota leaves %n GiB.</source>
        <translation>
            <numerusform>卷配额剩余 %n GiB。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more volume(s) allowed.</source>
        <translation>
            <numerusform>还可以创建 %n 个卷。</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume quota limit known.</source>
        <translation>未知卷配额限制。</translation>
    </message>
    <message>
        <source>Growing by %1 GiB exceeds the volume quota, which leaves %2 GiB.</source>
        <translation>增加 %1 GiB 会超出卷配额，配额剩余 %2 GiB。</translation>
    </message>
    <message>
        <source>%1 GiB exceeds the volume quota, which leaves %2 GiB.</source>
        <translation>%1 GiB 超出卷配额，配额剩余 %2 GiB。</translation>
    </message>
    <message>
        <source>The project has as many volumes as its quota allows.</source>
        <translation>项目的卷数量已达到配额上限。</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumeListModel</name>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>挂载到</translation>
    </message>
    <message>
        <source>Bootable</source>
        <translation>可启动</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumesPage</name>
    <message>
        <source>All projects</source>
        <translation>所有项目</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>扩容…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>挂载…</translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation>卸载…</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>创建…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n 个卷</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Volume quota unknown: %1</source>
        <translation>卷配额未知：%1</translation>
    </message>
    <message>
        <source>%1: %2 used (unlimited)</source>
        <translation>%1：已使用 %2（无限制）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation>%1：已使用 %2 / %3</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Gigabytes</source>
        <translation>容量 (GB)</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Quota of this project — %1</source>
        <translation>此项目的配额 — %1</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete volume %1 and all data on it?</source>
        <translation>要删除卷 %1 及其中的所有数据吗？</translation>
    </message>
    <message>
        <source>Deleting volume %1…</source>
        <translation>正在删除卷 %1…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>This project has no instance to attach the volume to.</source>
        <translation>此项目没有可挂载该卷的实例。</translation>
    </message>
    <message>
        <source>Attach Volume</source>
        <translation>挂载卷</translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation>实例：</translation>
    </message>
    <message>
        <source>Attaching as %1…</source>
        <translation>正在以 %1 挂载…</translation>
    </message>
    <message>
        <source>Detach Volume</source>
        <translation>卸载卷</translation>
    </message>
    <message>
        <source>Detach %1 from %2? Unmount it inside the instance first.</source>
        <translation>要从 %2 卸载 %1 吗？请先在实例内部取消挂载。</translation>
    </message>
    <message>
        <source>Detaching %1…</source>
        <translation>正在卸载 %1…</translation>
    </message>
    <message>
        <source>Extending volume %1 to %2 GiB…</source>
        <translation>正在将云硬盘 %1 扩容到 %2 GiB…</translation>
    </message>
    <message>
        <source>Volume %1 now has %2 GiB.</source>
        <translation>云硬盘 %1 现在为 %2 GiB。</translation>
    </message>
    <message>
        <source>Cinder&apos;s messages cannot be read: %1</source>
        <translation>无法读取 Cinder 的消息：%1</translation>
    </message>
    <message>
        <source>Cinder left no message saying why.</source>
        <translation>Cinder 没有留下说明原因的消息。</translation>
    </message>
    <message>
        <source>Cinder says: %1</source>
        <translation>Cinder 的消息：%1</translation>
    </message>
    <message>
        <source>Volume %1 was not extended to %2 GiB: it keeps %3 GiB and its status is now %4. %5</source>
        <translation>云硬盘 %1 未能扩容到 %2 GiB：它仍为 %3 GiB，当前状态为 %4。%5</translation>
    </message>
    <message>
        <source>The volume&apos;s data is unchanged; it can be deleted, or an administrator can reset its status to available.</source>
        <translation>云硬盘的数据没有变化；可以删除它，或由管理员将其状态重置为 available。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConnectionSession</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Still connecting to %1.</source>
        <translation>仍在连接 %1。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConnectionWorker</name>
    <message>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation>守护进程关闭了连接</translation>
    </message>
    <message>
        <source>the host stopped answering keepalive messages</source>
        <translation>主机不再响应 keepalive 消息</translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation>连接已关闭</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Disconnected: %1. Reconnecting in %2 s.</source>
        <translation>连接已断开：%1。将在 %2 秒后重新连接。</translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation>与 %1 的连接已关闭。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>未连接到 %1。</translation>
    </message>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation>虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>The guest has no saved state to restore.</source>
        <translation>该虚拟机没有可还原的已保存状态。</translation>
    </message>
    <message>
        <source>Could not stop the guest: %1</source>
        <translation>无法停止虚拟机：%1</translation>
    </message>
    <message>
        <source>Could not delete the guest: %1</source>
        <translation>无法删除虚拟机：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The guest was deleted, but these volumes were not: %1</source>
        <translation>虚拟机已删除，但以下卷未能删除：%1</translation>
    </message>
    <message>
        <source>The guest is not running.</source>
        <translation>虚拟机未在运行。</translation>
    </message>
    <message>
        <source>This guest has no VNC display.</source>
        <translation>此虚拟机没有 VNC 显示。</translation>
    </message>
    <message>
        <source>libvirt display socket</source>
        <translation>libvirt 显示套接字</translation>
    </message>
    <message>
        <source>The console listens on a UNIX socket on the host, and libvirt could not pass it: %1</source>
        <translation>控制台在宿主机的 UNIX 套接字上监听，而 libvirt 无法传递该套接字：%1</translation>
    </message>
    <message>
        <source>The guest&apos;s VNC display has no port yet.</source>
        <translation>虚拟机的 VNC 显示尚未分配端口。</translation>
    </message>
    <message>
        <source>The console only listens on %1&apos;s loopback address, and libvirt could not pass its socket: %2</source>
        <translation>控制台仅在 %1 的环回地址上监听，而 libvirt 无法传递其套接字：%2</translation>
    </message>
    <message>
        <source>The console can only be tunnelled through SSH on a qemu+ssh:// connection, not on %1.</source>
        <translation>只有在 qemu+ssh:// 连接上才能通过 SSH 隧道连接控制台，%1 不支持。</translation>
    </message>
    <message>
        <source>libvirt&apos;s socket was not asked for</source>
        <translation>未请求 libvirt 的套接字</translation>
    </message>
    <message>
        <source>The console listens on a UNIX socket on %1, and libvirt could not pass it: %2</source>
        <translation>控制台监听 %1 上的 UNIX 套接字，而 libvirt 无法传递它：%2</translation>
    </message>
    <message>
        <source>%1:%2 on %3 (SSH tunnel)</source>
        <translation>%3 上的 %1:%2（SSH 隧道）</translation>
    </message>
    <message>
        <source>An SSH tunnel needs a remote host in the connection URI (%1).</source>
        <translation>SSH 隧道需要连接 URI 中包含远程主机（%1）。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConsolePage</name>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Send key</source>
        <translation>发送按键</translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation>截图…</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>Full screen (Ctrl+Alt+F toggles)</source>
        <translation>全屏（Ctrl+Alt+F 切换）</translation>
    </message>
    <message>
        <source>Detach</source>
        <translation>分离</translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation>重新连接</translation>
    </message>
    <message>
        <source>The console needs a password:</source>
        <translation>控制台需要密码：</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>退出全屏</translation>
    </message>
    <message>
        <source>The console is in its own window.</source>
        <translation>控制台已在独立窗口中。</translation>
    </message>
    <message>
        <source>Bring the console back here</source>
        <translation>将控制台移回此处</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation>Ctrl+Alt+F%1</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation>按 Ctrl+Alt 释放键盘</translation>
    </message>
    <message>
        <source>Console – %1</source>
        <translation>控制台 – %1</translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation>保存截图</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>keys as scan codes</source>
        <translation>按键以扫描码发送</translation>
    </message>
    <message>
        <source>keys as keysyms</source>
        <translation>按键以 keysym 发送</translation>
    </message>
    <message>
        <source>Unicode clipboard</source>
        <translation>Unicode 剪贴板</translation>
    </message>
    <message>
        <source>Latin-1 clipboard</source>
        <translation>Latin-1 剪贴板</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CpuEditor</name>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Maximum vCPUs:</source>
        <translation>最大 vCPU 数(&amp;M)：</translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型号：</translation>
    </message>
    <message>
        <source>Running now: %1 of at most %2 vCPUs. Next boot: %3 of %4.</source>
        <translation>当前运行：%1 个 vCPU（最多 %2 个）。下次启动：%3 个（最多 %4 个）。</translation>
    </message>
    <message>
        <source>Next boot: %1 of at most %2 vCPUs.</source>
        <translation>下次启动：%1 个 vCPU（最多 %2 个）。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>主机有 %n 个 CPU。</numerusform>
        </translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>vCPUs changed.</source>
        <translation>vCPU 已更改。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::CreateSnapshotDialog</name>
    <message>
        <source>Take Snapshot of %1</source>
        <translation>为 %1 创建快照</translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshot of %n Guest(s)</source>
        <translation>
            <numerusform>为 %n 台虚拟机创建快照</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Disks and memory: the guest resumes exactly where it was</source>
        <translation>磁盘和内存：虚拟机将从原处精确恢复</translation>
    </message>
    <message>
        <source>Disks only: like after a power cut</source>
        <translation>仅磁盘：如同断电后的状态</translation>
    </message>
    <message>
        <source>The guest is shut off: there is no memory to save.</source>
        <translation>虚拟机已关机：没有可保存的内存。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Internal: inside the guest&apos;s qcow2 images</source>
        <translation>内部：存放在虚拟机的 qcow2 镜像中</translation>
    </message>
    <message>
        <source>External: new overlay files next to the images (disks only; libvirt 9.0 cannot revert to these)</source>
        <translation>外部：在镜像旁创建新的覆盖层文件（仅磁盘；libvirt 9.0 无法恢复到此类快照）</translation>
    </message>
    <message>
        <source>Quiesce file systems through the guest agent</source>
        <translation>通过客户机代理静默文件系统</translation>
    </message>
    <message>
        <source>Used for disk-only snapshots of running guests whose agent answers.</source>
        <translation>用于代理有响应的运行中虚拟机的仅磁盘快照。</translation>
    </message>
    <message>
        <source>No guest agent answers in this guest.</source>
        <translation>此虚拟机中的客户机代理没有响应。</translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation>创建快照</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>The guest has no writable file-backed disk for an external snapshot.</source>
        <translation>虚拟机没有可用于外部快照的可写文件磁盘。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>New files (existing files are never overwritten):
%1</source>
        <translation>新文件（不会覆盖已有文件）：
%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeleteGuestDialog</name>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>删除 %n 台虚拟机</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest definitions are removed. Tick the storage volumes that should be deleted with them; everything left unticked is kept.</source>
        <translation>将移除虚拟机定义。请勾选需要一并删除的存储卷；未勾选的均会保留。</translation>
    </message>
    <message>
        <source>Guest / disk</source>
        <translation>虚拟机 / 磁盘</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Delete snapshot metadata</source>
        <translation>删除快照元数据</translation>
    </message>
    <message>
        <source>Delete UEFI variable stores (NVRAM)</source>
        <translation>删除 UEFI 变量存储（NVRAM）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not read the disks: %1</source>
        <translation>无法读取磁盘：%1</translation>
    </message>
    <message>
        <source>No disks</source>
        <translation>无磁盘</translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation>（无文件）</translation>
    </message>
    <message>
        <source>Not a volume of a storage pool: kept.</source>
        <translation>不是存储池中的卷：将保留。</translation>
    </message>
    <message>
        <source>Reading the guests&apos; disks…</source>
        <translation>正在读取虚拟机的磁盘…</translation>
    </message>
    <message numerus="yes">
        <source>%n running guest(s) will be forced off first.</source>
        <translation>
            <numerusform>将先强制关闭 %n 台正在运行的虚拟机。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete snapshot metadata (%n snapshot(s))</source>
        <translation>
            <numerusform>删除快照元数据（%n 个快照）</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests with snapshots cannot be deleted while their snapshot metadata is kept.</source>
        <translation>保留快照元数据时，无法删除带有快照的虚拟机。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeleteSnapshotDialog</name>
    <message>
        <source>Delete Snapshot %1</source>
        <translation>删除快照 %1</translation>
    </message>
    <message>
        <source>Delete the snapshot &quot;%1&quot;? The guest&apos;s current state is not touched.</source>
        <translation>要删除快照“%1”吗？虚拟机的当前状态不受影响。</translation>
    </message>
    <message numerus="yes">
        <source>Only this snapshot (its %n child snapshot(s) move up one level)</source>
        <translation>
            <numerusform>仅此快照（其 %n 个子快照将上移一级）</numerusform>
        </translation>
    </message>
    <message>
        <source>This snapshot</source>
        <translation>此快照</translation>
    </message>
    <message numerus="yes">
        <source>This snapshot and the %n snapshot(s) below it</source>
        <translation>
            <numerusform>此快照及其下的 %n 个快照</numerusform>
        </translation>
    </message>
    <message>
        <source>Only libvirt&apos;s record of it (its data stays in the images and files)</source>
        <translation>仅删除 libvirt 中的记录（数据保留在镜像和文件中）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeviceDetailsView</name>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation>串口 %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Guest side: %1, port %2</source>
        <translation>虚拟机端：%1，端口 %2</translation>
    </message>
    <message>
        <source>Host side: %1</source>
        <translation>主机端：%1</translation>
    </message>
    <message>
        <source>Shown here only; edit serial devices in the XML.</source>
        <translation>仅在此显示；请在 XML 中编辑串口设备。</translation>
    </message>
    <message>
        <source>Controller: %1, index %2</source>
        <translation>控制器：%1，索引 %2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>型号：%1</translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Controllers are added by libvirt as the devices need them.</source>
        <translation>控制器由 libvirt 根据设备需要自动添加。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DiskEditor</name>
    <message>
        <source>&amp;Read-only</source>
        <translation>只读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation>弹出(&amp;E)</translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>Path of an ISO image on the host</source>
        <translation>主机上 ISO 镜像的路径</translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation>缓存模式(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation>介质(&amp;M)：</translation>
    </message>
    <message>
        <source>This disk is gone.</source>
        <translation>此磁盘已不存在。</translation>
    </message>
    <message>
        <source>Device: %1 on bus %2 as %3</source>
        <translation>设备：%1，总线 %2，目标 %3</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>源：%1</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation>格式：%1</translation>
    </message>
    <message>
        <source>Shareable between guests</source>
        <translation>可在虚拟机之间共享</translation>
    </message>
    <message>
        <source>Attached to the running guest only: it is gone after a shutdown.</source>
        <translation>仅挂载到运行中的虚拟机：关机后即消失。</translation>
    </message>
    <message>
        <source>In the definition only: the guest gets it at its next boot.</source>
        <translation>仅在定义中：虚拟机将在下次启动时获得它。</translation>
    </message>
    <message>
        <source>&amp;Change Media</source>
        <translation>更换介质(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Cache mode and read-only apply at the next boot.</source>
        <translation>缓存模式和只读设置在下次启动时生效。</translation>
    </message>
    <message>
        <source>Type the path of the new media, or eject.</source>
        <translation>请输入新介质的路径，或弹出。</translation>
    </message>
    <message>
        <source>Media of %1 changed.</source>
        <translation>已更换 %1 的介质。</translation>
    </message>
    <message>
        <source>Options of %1 saved for the next boot.</source>
        <translation>%1 的选项已保存，将在下次启动时生效。</translation>
    </message>
    <message>
        <source>Media of %1 ejected.</source>
        <translation>已弹出 %1 的介质。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainHardwareService</name>
    <message>
        <source>%1 is not there any more.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Cannot remove %1 from the definition: %2</source>
        <translation>无法从定义中移除 %1：%2</translation>
    </message>
    <message>
        <source>Cannot unplug %1: %2</source>
        <translation>无法热拔出 %1：%2</translation>
    </message>
    <message>
        <source>%1 was removed from the definition, but cannot be unplugged now: %2</source>
        <translation>%1 已从定义中移除，但现在无法热拔出：%2</translation>
    </message>
    <message>
        <source>The running guest has the change, but the definition does not: %1</source>
        <translation>运行中的虚拟机已应用更改，但定义未更新：%1</translation>
    </message>
    <message>
        <source>This guest is transient (it has no stored definition) and cannot be changed for its next boot.</source>
        <translation>此虚拟机是临时的（没有保存的定义），无法为下次启动更改。</translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation>连接已断开。</translation>
    </message>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation>虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>Cannot change the vCPUs of the definition: %1</source>
        <translation>无法更改定义中的 vCPU：%1</translation>
    </message>
    <message>
        <source>The definition was changed, but the running guest cannot get %1 vCPUs now: %2</source>
        <translation>定义已更改，但运行中的虚拟机现在无法获得 %1 个 vCPU：%2</translation>
    </message>
    <message>
        <source>Cannot set %1 vCPUs now: %2</source>
        <translation>现在无法设置 %1 个 vCPU：%2</translation>
    </message>
    <message>
        <source>Cannot change the memory of the definition: %1</source>
        <translation>无法更改定义中的内存：%1</translation>
    </message>
    <message>
        <source>The definition was changed, but the running guest&apos;s memory cannot change now: %1</source>
        <translation>定义已更改，但运行中的虚拟机的内存现在无法更改：%1</translation>
    </message>
    <message>
        <source>Cannot change the memory now: %1</source>
        <translation>现在无法更改内存：%1</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation>存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; is not active: start it first.</source>
        <translation>存储池“%1”未激活：请先启动它。</translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation>无法在存储池“%2”中创建卷“%1”：%3</translation>
    </message>
    <message>
        <source>%1 (the new volume &quot;%2&quot; was deleted again)</source>
        <translation>%1（新建的卷“%2”已被再次删除）</translation>
    </message>
    <message>
        <source>%1 (the new volume &quot;%2&quot; stays in pool &quot;%3&quot;)</source>
        <translation>%1（新建的卷“%2”保留在存储池“%3”中）</translation>
    </message>
    <message>
        <source>Cannot attach disk %1: %2</source>
        <translation>无法挂载磁盘 %1：%2</translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation>驱动器 %1</translation>
    </message>
    <message>
        <source>Cannot attach the network card: %1</source>
        <translation>无法挂载网卡：%1</translation>
    </message>
    <message>
        <source>Network card %1</source>
        <translation>网卡 %1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainHardwareXml</name>
    <message>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation>虚拟机 XML 第 %1 行格式错误：%2</translation>
    </message>
    <message>
        <source>The XML is malformed at line %1: %2</source>
        <translation>XML 第 %1 行格式错误：%2</translation>
    </message>
    <message>
        <source>Not a libvirt domain description</source>
        <translation>不是 libvirt 虚拟机描述</translation>
    </message>
    <message>
        <source>Not a disk device</source>
        <translation>不是磁盘设备</translation>
    </message>
    <message>
        <source>Only CD-ROM and floppy drives have removable media.</source>
        <translation>只有光驱和软驱才有可移动介质。</translation>
    </message>
    <message>
        <source>Not a network interface</source>
        <translation>不是网络接口</translation>
    </message>
    <message>
        <source>The definition has no &lt;os&gt; element.</source>
        <translation>定义中没有 &lt;os&gt; 元素。</translation>
    </message>
    <message>
        <source>This guest sets the boot order per device (&lt;boot order=…&gt;); libvirt does not allow an &lt;os&gt; boot list as well. Edit the order in the XML.</source>
        <translation>此虚拟机按设备设置启动顺序（&lt;boot order=…&gt;）；libvirt 不允许同时使用 &lt;os&gt; 启动列表。请在 XML 中编辑启动顺序。</translation>
    </message>
    <message>
        <source>The guest has no graphics device %1.</source>
        <translation>虚拟机没有图形设备 %1。</translation>
    </message>
    <message>
        <source>The guest has no video device %1.</source>
        <translation>虚拟机没有显卡设备 %1。</translation>
    </message>
    <message>
        <source>The guest has no disk %1.</source>
        <translation>虚拟机没有磁盘 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainXmlReader</name>
    <message>
        <source>Not a libvirt domain description</source>
        <translation>不是 libvirt 虚拟机描述</translation>
    </message>
    <message>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation>虚拟机 XML 第 %1 行格式错误：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorAccessDialog</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation>移除所选</translation>
    </message>
    <message>
        <source>Projects with Access to %1</source>
        <translation>可访问 %1 的项目</translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation>项目 ID</translation>
    </message>
    <message>
        <source>Only these projects (and administrators) can see and use this private flavor:</source>
        <translation>只有以下项目（及管理员）可以查看和使用此私有云主机类型：</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>正在添加…</translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation>正在移除…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No project has access yet.</source>
        <translation>尚无项目拥有访问权限。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorDialog</name>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Public (every project may use it)</source>
        <translation>公共（所有项目均可使用）</translation>
    </message>
    <message>
        <source>Create Flavor</source>
        <translation>创建云主机类型</translation>
    </message>
    <message>
        <source>chosen by the cloud</source>
        <translation>由云自动选择</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;RAM:</source>
        <translation>内存(&amp;R)：</translation>
    </message>
    <message>
        <source>Root &amp;disk:</source>
        <translation>根磁盘(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ephemeral disk:</source>
        <translation>临时磁盘(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Swap:</source>
        <translation>交换空间(&amp;S)：</translation>
    </message>
    <message>
        <source>RX/TX factor:</source>
        <translation>RX/TX 系数：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Give an ID, or let the cloud choose one.</source>
        <translation>请指定 ID，或由云自动选择。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorListModel</name>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation>根磁盘</translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation>临时磁盘</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>交换空间</translation>
    </message>
    <message>
        <source>RX/TX factor</source>
        <translation>RX/TX 系数</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
</context>
<context>
    <name>VirtDeck::FloatingIpListModel</name>
    <message>
        <source>not associated</source>
        <translation>未关联</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation>映射到</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>实例</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>地址池</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GraphicsEditor</name>
    <message>
        <source>Choose a free port &amp;automatically</source>
        <translation>自动选择空闲端口(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>保持不变(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Set new</source>
        <translation>设置新密码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>VNC</source>
        <translation>VNC</translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation>SPICE</translation>
    </message>
    <message>
        <source>hypervisor default (usually 127.0.0.1)</source>
        <translation>虚拟机管理程序默认值（通常为 127.0.0.1）</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation>监听地址(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>This graphics device is not in the definition.</source>
        <translation>此图形设备不在定义中。</translation>
    </message>
    <message>
        <source>set (not shown)</source>
        <translation>已设置（不显示）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Graphics changes apply at the next boot.</source>
        <translation>图形设置在下次启动时生效。</translation>
    </message>
    <message>
        <source>The running guest listens on port %1.</source>
        <translation>运行中的虚拟机监听端口 %1。</translation>
    </message>
    <message>
        <source>Graphics saved for the next boot.</source>
        <translation>图形设置已保存，将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestDetailsReader</name>
    <message>
        <source>The document&apos;s root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation>文档的根元素是 &lt;%1&gt;，而不是 &lt;domain&gt;。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation>“%1”不是 UUID。</translation>
    </message>
    <message>
        <source>The XML is not well-formed (line %1, column %2): %3</source>
        <translation>XML 格式不正确（第 %1 行，第 %2 列）：%3</translation>
    </message>
    <message>
        <source>The document is empty or incomplete.</source>
        <translation>文档为空或不完整。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestInterfaceModel</name>
    <message>
        <source>Reported by the guest agent</source>
        <translation>由虚拟机代理报告</translation>
    </message>
    <message>
        <source>From the DHCP lease of the libvirt network</source>
        <translation>来自 libvirt 网络的 DHCP 租约</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>up</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>down</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链路</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP 地址</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestListColumns</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestListModel</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Read %1, write %2</source>
        <translation>读取 %1，写入 %2</translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation>接收 %1，发送 %2</translation>
    </message>
    <message>
        <source>%1
UUID %2</source>
        <translation>%1
UUID %2</translation>
    </message>
    <message>
        <source>On boot</source>
        <translation>开机启动</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n guest(s))</source>
        <translation>
            <numerusform>%1（%n 台虚拟机）</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation>CPU 使用率</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>宿主机 CPU</translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation>内存使用率</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Disconnected, reconnecting</source>
        <translation>已断开，正在重新连接</translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <source>0 B/s</source>
        <translation>0 B/s</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestNameValidator</name>
    <message>
        <source>Enter a name for the guest.</source>
        <translation>请输入虚拟机的名称。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid guest name: use up to 64 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; or &quot;+&quot;, starting with a letter or digit.</source>
        <translation>“%1”不是有效的虚拟机名称：最多使用 64 个字母、数字、“-”、“_”、“.”或“+”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>The guest is already called &quot;%1&quot;.</source>
        <translation>虚拟机已命名为“%1”。</translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists on this host.</source>
        <translation>此主机上已存在名为“%1”的虚拟机。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestOverviewPage</name>
    <message>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation>UUID：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation>操作系统：</translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation>宿主机启动时自动启动</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自动启动：</translation>
    </message>
    <message>
        <source>Set User Password…</source>
        <translation>设置用户密码…</translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation>虚拟机代理：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>A short line shown in the guest list</source>
        <translation>显示在虚拟机列表中的简短说明</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Notes about this guest</source>
        <translation>关于此虚拟机的备注</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>This guest no longer exists.</source>
        <translation>该虚拟机已不存在。</translation>
    </message>
    <message>
        <source>%1 of %2 maximum</source>
        <translation>%1（最大 %2）</translation>
    </message>
    <message>
        <source>A transient guest has no definition to start at boot.</source>
        <translation>临时虚拟机没有可在宿主机启动时启动的定义。</translation>
    </message>
    <message>
        <source>Could not read the guest&apos;s details: %1</source>
        <translation>无法读取虚拟机的详细信息：%1</translation>
    </message>
    <message>
        <source>No agent channel in the guest&apos;s definition</source>
        <translation>虚拟机定义中没有代理通道</translation>
    </message>
    <message>
        <source>Channel present, agent not connected</source>
        <translation>通道存在，代理未连接</translation>
    </message>
    <message>
        <source>Channel present</source>
        <translation>通道存在</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Applies to the running guest only (it is transient).</source>
        <translation>仅应用于运行中的虚拟机（它是临时的）。</translation>
    </message>
    <message>
        <source>Applies now and to the saved definition.</source>
        <translation>立即应用并保存到定义。</translation>
    </message>
    <message>
        <source>Applies to the saved definition.</source>
        <translation>应用于保存的定义。</translation>
    </message>
    <message>
        <source>Not recorded in the guest&apos;s metadata</source>
        <translation>未记录在虚拟机的元数据中</translation>
    </message>
    <message>
        <source>Shut the guest down to rename it.</source>
        <translation>请先关闭虚拟机再重命名。</translation>
    </message>
    <message>
        <source>A title is one line: remove the line breaks.</source>
        <translation>标题只能是一行：请删除换行符。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>The title and description were not saved: %1</source>
        <translation>标题和描述未保存：%1</translation>
    </message>
    <message>
        <source>Title and description saved.</source>
        <translation>标题和描述已保存。</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>无应答。</translation>
    </message>
    <message>
        <source>The guest starts when the host boots.</source>
        <translation>宿主机启动时将自动启动此虚拟机。</translation>
    </message>
    <message>
        <source>The guest no longer starts when the host boots.</source>
        <translation>宿主机启动时不再自动启动此虚拟机。</translation>
    </message>
    <message>
        <source>Autostart was not changed: %1</source>
        <translation>未更改自动启动设置：%1</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPasswordCustomizer</name>
    <message>
        <source>virt-customize is still running.</source>
        <translation>virt-customize 仍在运行。</translation>
    </message>
    <message>
        <source>virt-customize is not installed. Install the package libguestfs-tools (apt-get install libguestfs-tools) and try again.</source>
        <translation>未安装 virt-customize。请安装 libguestfs-tools 软件包（apt-get install libguestfs-tools）后重试。</translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation>请输入要设置密码的用户。</translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation>用户名不能包含“:”。</translation>
    </message>
    <message>
        <source>Enter a password of one line.</source>
        <translation>请输入单行密码。</translation>
    </message>
    <message>
        <source>Could not write the temporary password file: %1</source>
        <translation>无法写入临时密码文件：%1</translation>
    </message>
    <message>
        <source>Cancelled; the guest&apos;s disk may be left as it was or changed, check before use.</source>
        <translation>已取消；虚拟机磁盘可能保持原样，也可能已被修改，使用前请检查。</translation>
    </message>
    <message>
        <source>The password was set. It takes effect when the guest next boots.</source>
        <translation>密码已设置，将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>virt-customize failed (exit code %1): %2</source>
        <translation>virt-customize 失败（退出码 %1）：%2</translation>
    </message>
    <message>
        <source>virt-customize could not be started: %1</source>
        <translation>无法启动 virt-customize：%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPasswordDialog</name>
    <message>
        <source>Set User Password</source>
        <translation>设置用户密码</translation>
    </message>
    <message>
        <source>Checking how to reach the guest…</source>
        <translation>正在检查如何访问虚拟机…</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation>重复：</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>The password cannot be set.</source>
        <translation>无法设置密码。</translation>
    </message>
    <message>
        <source>The password is set inside the running guest %1 through its guest agent, at once.</source>
        <translation>将通过虚拟机代理在运行中的虚拟机 %1 内立即设置密码。</translation>
    </message>
    <message>
        <source>The guest %1 is shut off: the password is written into its disk image with virt-customize. This takes a minute or two; do not start the guest meanwhile.</source>
        <translation>虚拟机 %1 已关机：将使用 virt-customize 把密码写入其磁盘镜像。这需要一两分钟；在此期间请勿启动虚拟机。</translation>
    </message>
    <message>
        <source>The password of %1 cannot be set now.</source>
        <translation>现在无法设置 %1 的密码。</translation>
    </message>
    <message>
        <source>The guest is not running (it is paused or suspended): resume it so its agent can answer.</source>
        <translation>虚拟机未运行（已暂停或挂起）：请恢复它，以便其代理能够响应。</translation>
    </message>
    <message>
        <source>The guest has no agent channel. Add a channel of type &quot;unix&quot; with target &quot;org.qemu.guest_agent.0&quot; to its definition (XML page), install qemu-guest-agent inside the guest and restart it.</source>
        <translation>虚拟机没有代理通道。请在其定义（XML 页面）中添加一个类型为“unix”、目标为“org.qemu.guest_agent.0”的通道，在虚拟机内安装 qemu-guest-agent，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>Or shut the guest down to set the password in its disk image with virt-customize.</source>
        <translation>或者关闭虚拟机，使用 virt-customize 将密码写入其磁盘镜像。</translation>
    </message>
    <message>
        <source>virt-customize only reaches guests on this machine; %1 is not local. Start the guest with a guest agent, or run virt-customize on the host itself.</source>
        <translation>virt-customize 只能访问本机上的虚拟机；%1 不是本地的。请启动带虚拟机代理的虚拟机，或在宿主机上直接运行 virt-customize。</translation>
    </message>
    <message>
        <source>virt-customize is not installed. Install the package libguestfs-tools (apt-get install libguestfs-tools; about 100 packages), or start the guest with a guest agent (qemu-guest-agent) to set it through the agent.</source>
        <translation>未安装 virt-customize。请安装 libguestfs-tools 软件包（apt-get install libguestfs-tools；约 100 个软件包），或启动带虚拟机代理（qemu-guest-agent）的虚拟机，通过代理设置密码。</translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation>请输入要设置密码的用户。</translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation>用户名不能包含“:”。</translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation>请再次输入密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation>正在设置密码…</translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation>已设置 %1 的密码。</translation>
    </message>
    <message>
        <source>Running virt-customize…</source>
        <translation>正在运行 virt-customize…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>The guest agent does not answer. Install and start qemu-guest-agent inside the guest.</source>
        <translation>客户机代理没有应答。请在虚拟机内安装并启动 qemu-guest-agent。</translation>
    </message>
    <message>
        <source>The guest agent does not answer (%1). Install and start qemu-guest-agent inside the guest.</source>
        <translation>客户机代理没有应答（%1）。请在虚拟机内安装并启动 qemu-guest-agent。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPerformancePage</name>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation>磁盘 I/O</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>写入</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>网络 I/O</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>No statistics yet: they are sampled while the guest runs.</source>
        <translation>尚无统计数据：统计数据在虚拟机运行时采集。</translation>
    </message>
    <message>
        <source>CPU: %1%</source>
        <translation>CPU：%1%</translation>
    </message>
    <message>
        <source>Memory used: %1%</source>
        <translation>已用内存：%1%</translation>
    </message>
    <message>
        <source>Disk: read %1, write %2</source>
        <translation>磁盘：读取 %1，写入 %2</translation>
    </message>
    <message>
        <source>Network: received %1, sent %2</source>
        <translation>网络：接收 %1，发送 %2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation>虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>A title is one line: remove the line breaks.</source>
        <translation>标题只能是一行：请删除换行符。</translation>
    </message>
    <message>
        <source>Could not set the title: %1</source>
        <translation>无法设置标题：%1</translation>
    </message>
    <message>
        <source>Could not set the description: %1</source>
        <translation>无法设置描述：%1</translation>
    </message>
    <message>
        <source>Keep the &lt;uuid&gt; element (%1): without it libvirt would treat the document as a new guest.</source>
        <translation>请保留 &lt;uuid&gt; 元素（%1）：没有它，libvirt 会把该文档当作新虚拟机。</translation>
    </message>
    <message>
        <source>The &lt;uuid&gt; is %1, but this guest&apos;s is %2. Changing it would define a second guest; clone the guest instead.</source>
        <translation>&lt;uuid&gt; 为 %1，但此虚拟机的是 %2。更改它会定义出第二台虚拟机；请改为克隆虚拟机。</translation>
    </message>
    <message>
        <source>The &lt;name&gt; is &quot;%1&quot;, but this guest is &quot;%2&quot;. Rename the guest from its Overview page instead.</source>
        <translation>&lt;name&gt; 为“%1”，但此虚拟机名为“%2”。请改在其“概览”页面重命名虚拟机。</translation>
    </message>
    <message>
        <source>Shut down &quot;%1&quot; first: only a shut-off guest can be renamed.</source>
        <translation>请先关闭“%1”：只有已关机的虚拟机才能重命名。</translation>
    </message>
    <message>
        <source>Could not rename &quot;%1&quot;: %2</source>
        <translation>无法重命名“%1”：%2</translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation>请输入要设置密码的用户。</translation>
    </message>
    <message>
        <source>The guest agent could not set the password of &quot;%1&quot;: %2</source>
        <translation>虚拟机代理无法设置“%1”的密码：%2</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>The guest has no guest agent channel (org.qemu.guest_agent.0), so the guest agent cannot set the password.</source>
        <translation>虚拟机没有虚拟机代理通道（org.qemu.guest_agent.0），因此虚拟机代理无法设置密码。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestWindow</name>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>%1 – VirtDeck</source>
        <translation>%1 – VirtDeck</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>性能</translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation>硬件</translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestXmlPage</name>
    <message>
        <source>Saved definition</source>
        <translation>保存的定义</translation>
    </message>
    <message>
        <source>What the guest boots with next time (virsh dumpxml --inactive). Editable.</source>
        <translation>虚拟机下次启动时使用的定义（virsh dumpxml --inactive）。可编辑。</translation>
    </message>
    <message>
        <source>Running guest</source>
        <translation>运行中的虚拟机</translation>
    </message>
    <message>
        <source>The definition as it runs now, with runtime details (virsh dumpxml). Read-only.</source>
        <translation>当前运行的定义，含运行时详细信息（virsh dumpxml）。只读。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Could not read the XML: %1</source>
        <translation>无法读取 XML：%1</translation>
    </message>
    <message>
        <source>Changes take effect when the guest next boots.</source>
        <translation>更改将在虚拟机下次启动时生效。</translation>
    </message>
    <message>
        <source>Read-only: edit the saved definition instead.</source>
        <translation>只读：请改为编辑保存的定义。</translation>
    </message>
    <message>
        <source>Unsaved XML</source>
        <translation>未保存的 XML</translation>
    </message>
    <message>
        <source>The guest&apos;s XML has changes that were not applied.</source>
        <translation>虚拟机的 XML 有尚未应用的更改。</translation>
    </message>
    <message>
        <source>Apply them now, discard them, or go back to editing?</source>
        <translation>要立即应用、放弃更改，还是返回继续编辑？</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>libvirt did not accept the definition: %1</source>
        <translation>libvirt 未接受该定义：%1</translation>
    </message>
    <message>
        <source>Defined. The changes take effect when the guest next boots.</source>
        <translation>已定义。更改将在虚拟机下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwareEditor</name>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation>应用于：</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwarePage</name>
    <message>
        <source>CD-ROM %1 (%2)</source>
        <translation>光驱 %1（%2）</translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation>软驱 %1</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>磁盘 %1（%2）</translation>
    </message>
    <message>
        <source>&amp;Add Hardware</source>
        <translation>添加硬件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Disk or CD-ROM…</source>
        <translation>磁盘或光驱(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Network Card…</source>
        <translation>网卡(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation>网络接口</translation>
    </message>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation>无法读取硬件信息：%1</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>内存：%1</translation>
    </message>
    <message>
        <source>Boot Options (%1)</source>
        <translation>启动选项（%1）</translation>
    </message>
    <message>
        <source>NIC %1 (%2)</source>
        <translation>网卡 %1（%2）</translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation>显示 %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>显卡 %1</translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation>控制台（%1）</translation>
    </message>
    <message>
        <source>Serial %1 (%2)</source>
        <translation>串口 %1（%2）</translation>
    </message>
    <message>
        <source>Controller %1 %2</source>
        <translation>控制器 %1 %2</translation>
    </message>
    <message>
        <source>%1 is running: changes can apply now, at the next boot, or both.</source>
        <translation>%1 正在运行：更改可以立即生效、在下次启动时生效，或两者兼有。</translation>
    </message>
    <message>
        <source>%1 is shut off: changes apply at its next boot.</source>
        <translation>%1 已关机：更改将在其下次启动时生效。</translation>
    </message>
    <message>
        <source>%1 is transient (no stored definition): changes apply to the running guest only.</source>
        <translation>%1 是临时虚拟机（没有保存的定义）：更改仅应用于运行中的虚拟机。</translation>
    </message>
    <message>
        <source>Disk %1 added (%2).</source>
        <translation>已添加磁盘 %1（%2）。</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>Network card %1 added on %2.</source>
        <translation>已在 %2 上添加网卡 %1。</translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation>磁盘 %1</translation>
    </message>
    <message>
        <source>network card %1</source>
        <translation>网卡 %1</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>正在移除 %1…</translation>
    </message>
    <message>
        <source>The guest was asked to release %1 but has not yet: it stays attached until the guest&apos;s operating system lets go of it (a guest without one never does).</source>
        <translation>已请求虚拟机释放 %1，但它尚未释放：在虚拟机操作系统放开它之前，它会一直保持挂载（没有操作系统的虚拟机永远不会释放）。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Hardware devices</source>
        <translation>硬件设备</translation>
    </message>
    <message>
        <source>%1 – now only</source>
        <translation>%1 – 仅当前运行</translation>
    </message>
    <message>
        <source>%1 – next boot</source>
        <translation>%1 – 下次启动</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwareValidator</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: write six pairs of hex digits separated by colons, like 52:54:00:12:34:56.</source>
        <translation>“%1”不是 MAC 地址：请写成以冒号分隔的六组十六进制数，例如 52:54:00:12:34:56。</translation>
    </message>
    <message>
        <source>%1 is a multicast address (the first byte is odd): a network card needs a unicast address.</source>
        <translation>%1 是组播地址（第一个字节为奇数）：网卡需要单播地址。</translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 is not a usable MAC address.</source>
        <translation>00:00:00:00:00:00 不是可用的 MAC 地址。</translation>
    </message>
    <message>
        <source>This guest already has a network card with MAC address %1.</source>
        <translation>此虚拟机已有 MAC 地址为 %1 的网卡。</translation>
    </message>
    <message>
        <source>Choose a target device name, like %1.</source>
        <translation>请选择目标设备名称，例如 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a %2 disk: use %3a, %3b… (next free: %4).</source>
        <translation>“%1”不是 %2 磁盘的名称：请使用 %3a、%3b…（下一个空闲的：%4）。</translation>
    </message>
    <message>
        <source>The guest already has a disk %1; the next free one is %2.</source>
        <translation>虚拟机已有磁盘 %1；下一个空闲的是 %2。</translation>
    </message>
    <message>
        <source>A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or IDE.</source>
        <translation>光驱不能使用 virtio 总线：请选择 SATA、SCSI 或 IDE。</translation>
    </message>
    <message>
        <source>A new volume can only be attached as a disk.</source>
        <translation>新卷只能作为磁盘挂载。</translation>
    </message>
    <message>
        <source>Choose the storage pool for the new volume.</source>
        <translation>请为新卷选择存储池。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name.</source>
        <translation>“%1”不是有效的卷名称。</translation>
    </message>
    <message>
        <source>The pool already has a volume named &quot;%1&quot;.</source>
        <translation>该存储池中已有名为“%1”的卷。</translation>
    </message>
    <message>
        <source>The new volume must be raw or qcow2.</source>
        <translation>新卷必须是 raw 或 qcow2 格式。</translation>
    </message>
    <message>
        <source>The size must be more than zero.</source>
        <translation>大小必须大于零。</translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool %3.</source>
        <translation>%1 超过了存储池 %3 的可用空间 %2。</translation>
    </message>
    <message>
        <source>Choose the file, volume or device the disk uses.</source>
        <translation>请选择磁盘使用的文件、卷或设备。</translation>
    </message>
    <message>
        <source>Name the host bridge, like br0.</source>
        <translation>请指定宿主机网桥的名称，例如 br0。</translation>
    </message>
    <message>
        <source>Choose the virtual network.</source>
        <translation>请选择虚拟网络。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host interface name (up to 15 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation>“%1”不是宿主机接口名称（最多 15 个字母、数字、“-”、“_”、“.”）。</translation>
    </message>
    <message>
        <source>The guest is not running: the change can only apply at its next boot.</source>
        <translation>虚拟机未运行：更改只能在其下次启动时生效。</translation>
    </message>
    <message>
        <source>This guest is transient (it has no stored definition): the change can only apply now.</source>
        <translation>此虚拟机是临时的（没有保存的定义）：更改只能立即生效。</translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation>虚拟机至少需要一个 vCPU。</translation>
    </message>
    <message>
        <source>The maximum must be at least one vCPU.</source>
        <translation>最大值至少为一个 vCPU。</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s); the maximum cannot be higher.</source>
        <translation>
            <numerusform>主机有 %n 个 CPU；最大值不能超过此数。</numerusform>
        </translation>
    </message>
    <message>
        <source>The maximum is part of the definition: it changes for the next boot only. Choose &quot;next boot&quot; or &quot;both&quot;.</source>
        <translation>最大值属于定义的一部分：只在下次启动时更改。请选择“下次启动”或“两者”。</translation>
    </message>
    <message>
        <source>The running guest can have at most %1 vCPUs until it restarts: its maximum is fixed while it runs. Raise the maximum for the next boot, then restart the guest.</source>
        <translation>运行中的虚拟机在重启前最多只能有 %1 个 vCPU：运行期间其最大值是固定的。请提高下次启动的最大值，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>%1 vCPUs is more than the maximum of %2.</source>
        <translation>%1 个 vCPU 超过了最大值 %2。</translation>
    </message>
    <message>
        <source>The memory must be more than zero.</source>
        <translation>内存必须大于零。</translation>
    </message>
    <message>
        <source>The maximum memory must be more than zero.</source>
        <translation>最大内存必须大于零。</translation>
    </message>
    <message>
        <source>The maximum memory is part of the definition: it changes for the next boot only. Choose &quot;next boot&quot; or &quot;both&quot;.</source>
        <translation>最大内存属于定义的一部分：只在下次启动时更改。请选择“下次启动”或“两者”。</translation>
    </message>
    <message>
        <source>The running guest can use at most %1 until it restarts: its maximum memory is fixed while it runs. Raise the maximum for the next boot, then restart the guest.</source>
        <translation>运行中的虚拟机在重启前最多只能使用 %1：运行期间其最大内存是固定的。请提高下次启动的最大值，然后重启虚拟机。</translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2.</source>
        <translation>%1 超过了最大值 %2。</translation>
    </message>
    <message>
        <source>The new maximum of %1 vCPUs takes effect when the guest restarts.</source>
        <translation>新的最大值 %1 个 vCPU 将在虚拟机重启后生效。</translation>
    </message>
    <message>
        <source>The running guest keeps %1 vCPUs until it restarts.</source>
        <translation>运行中的虚拟机在重启前保持 %1 个 vCPU。</translation>
    </message>
    <message>
        <source>The new maximum of %1 takes effect when the guest restarts.</source>
        <translation>新的最大值 %1 将在虚拟机重启后生效。</translation>
    </message>
    <message>
        <source>The running guest keeps its current memory until it restarts.</source>
        <translation>运行中的虚拟机在重启前保持当前内存。</translation>
    </message>
    <message>
        <source>Only VNC and SPICE can be edited here.</source>
        <translation>此处只能编辑 VNC 和 SPICE。</translation>
    </message>
    <message>
        <source>A fixed port must be between 5900 and 65535.</source>
        <translation>固定端口必须在 5900 到 65535 之间。</translation>
    </message>
    <message>
        <source>Type the new password, or choose to keep or clear it.</source>
        <translation>请输入新密码，或选择保留或清除密码。</translation>
    </message>
    <message>
        <source>VNC uses only the first 8 characters of a password; use at most 8.</source>
        <translation>VNC 只使用密码的前 8 个字符；请最多使用 8 个字符。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostBridgeModel</name>
    <message>
        <source>Up</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation>libvirt</translation>
    </message>
    <message>
        <source>host (/sys)</source>
        <translation>宿主机 (/sys)</translation>
    </message>
    <message>
        <source>virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Guest NICs</source>
        <translation>虚拟机网卡</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostInterfacesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation>主机接口</translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostOverviewWindow</name>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>URI:</source>
        <translation>URI：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation>主机名：</translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation>虚拟机管理程序：</translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <translation>Libvirt：</translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation>CPU 型号：</translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation>CPU 数量：</translation>
    </message>
    <message>
        <source>CPU speed:</source>
        <translation>CPU 频率：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Free memory:</source>
        <translation>可用内存：</translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation>宿主机 CPU</translation>
    </message>
    <message>
        <source>Host memory used</source>
        <translation>宿主机内存使用率</translation>
    </message>
    <message>
        <source>%1 — Host Overview</source>
        <translation>%1 — 主机概览</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>连接已中断，正在重新连接…</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation>%1 MHz</translation>
    </message>
    <message>
        <source>%d s</source>
        <extracomment>Label of the time axis of the host graphs, printf-style: keep %d.</extracomment>
        <translation>%d s</translation>
    </message>
    <message>
        <source>%d min</source>
        <translation>%d min</translation>
    </message>
    <message>
        <source>Host CPU: %1%</source>
        <translation>宿主机 CPU：%1%</translation>
    </message>
    <message>
        <source>Host memory used: %1%</source>
        <translation>宿主机内存使用率：%1%</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Host Interfaces</source>
        <translation>主机接口</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ImageListModel</name>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>可见性</translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation>磁盘格式</translation>
    </message>
    <message>
        <source>Container format</source>
        <translation>容器格式</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ImageUploadDialog</name>
    <message>
        <source>Upload with this format anyway</source>
        <translation>仍以此格式上传</translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation>上传镜像</translation>
    </message>
    <message>
        <source>Usually only administrators may publish public images.</source>
        <translation>通常只有管理员才能发布公共镜像。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Disk format:</source>
        <translation>磁盘格式：</translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation>可见性：</translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi);;All files (*)</source>
        <translation>磁盘镜像 (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>The file&apos;s content is %1, not %2.</source>
        <translation>文件内容是 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation>请选择镜像文件。</translation>
    </message>
    <message>
        <source>The file&apos;s content is %1: upload it as %1, or confirm the other format.</source>
        <translation>文件内容是 %1：请以 %1 格式上传，或确认使用另一种格式。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::InstanceListModel</name>
    <message>
        <source>No state</source>
        <translation>无状态</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>(booted from volume)</source>
        <translation>（从卷启动）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>电源</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeyPairDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Import Key Pair</source>
        <translation>导入密钥对</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… user@host</source>
        <translation>ssh-ed25519 AAAA… user@host</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation>公钥(&amp;P)：</translation>
    </message>
    <message>
        <source>Only the public key (the .pub file) is uploaded; the private key stays on this computer.</source>
        <translation>只上传公钥（.pub 文件）；私钥保留在此计算机上。</translation>
    </message>
    <message>
        <source>Create Key Pair</source>
        <translation>创建密钥对</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation>Ed25519（推荐）</translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation>ECDSA P-256</translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation>RSA 3072</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Save private key as:</source>
        <translation>私钥保存为(&amp;S)：</translation>
    </message>
    <message>
        <source>The key pair is made on this computer with ssh-keygen; the private key is saved readable only by you (mode 0600) and never sent anywhere.</source>
        <translation>密钥对在此计算机上由 ssh-keygen 生成；私钥保存为仅您本人可读（权限 0600），且绝不会发送到任何地方。</translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation>%1 太大，不可能是公钥。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation>选择公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the Private Key As</source>
        <translation>私钥另存为</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeyPairListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeysymMapper</name>
    <message>
        <source>Cannot start libxkbcommon.</source>
        <translation>无法启动 libxkbcommon。</translation>
    </message>
    <message>
        <source>Unknown keyboard layout &quot;%1&quot; (is xkb-data installed?)</source>
        <translation>未知的键盘布局“%1”（是否已安装 xkb-data？）</translation>
    </message>
</context>
<context>
    <name>VirtDeck::LaunchInstanceWizard</name>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Volume snapshot</source>
        <translation>卷快照</translation>
    </message>
    <message>
        <source>Launch Instance</source>
        <translation>启动实例</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Name the instance and choose how many to launch.</source>
        <translation>为实例命名并选择要启动的数量。</translation>
    </message>
    <message>
        <source>Any availability zone</source>
        <translation>任意可用区</translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation>实例名称：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation>可用区：</translation>
    </message>
    <message>
        <source>Count:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation>配额：</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源</translation>
    </message>
    <message>
        <source>What the instance boots from.</source>
        <translation>实例的启动源。</translation>
    </message>
    <message>
        <source>Create a new volume and boot from it</source>
        <translation>创建新卷并从其启动</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>Delete the volume when the instance is deleted</source>
        <translation>删除实例时删除卷</translation>
    </message>
    <message>
        <source>Boot source:</source>
        <translation>启动源：</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源：</translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation>卷大小：</translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation>云主机类型</translation>
    </message>
    <message>
        <source>The size of the instance. Flavors that would exceed the project&apos;s quota are marked.</source>
        <translation>实例的规格。超出项目配额的云主机类型会被标记。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>RAM</source>
        <translation>内存</translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation>根磁盘</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Check the networks to attach; the order is the order of the NICs.</source>
        <translation>勾选要连接的网络；顺序即网卡的顺序。</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>The firewall rules of the instance&apos;s ports.</source>
        <translation>实例端口的防火墙规则。</translation>
    </message>
    <message>
        <source>Key Pair</source>
        <translation>密钥对</translation>
    </message>
    <message>
        <source>The SSH key that cloud-init installs for the default user.</source>
        <translation>cloud-init 为默认用户安装的 SSH 密钥。</translation>
    </message>
    <message>
        <source>Import Public Key…</source>
        <translation>导入公钥…</translation>
    </message>
    <message>
        <source>Create Key Pair…</source>
        <translation>创建密钥对…</translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation>密钥对：</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>User data for cloud-init, and a config drive.</source>
        <translation>cloud-init 的用户数据，以及配置驱动器。</translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation>从文件加载…</translation>
    </message>
    <message>
        <source>Attach a config drive</source>
        <translation>挂载配置驱动器</translation>
    </message>
    <message>
        <source>User data (cloud-init):</source>
        <translation>用户数据（cloud-init）：</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check, then launch.</source>
        <translation>检查后启动。</translation>
    </message>
    <message>
        <source>Loading images, flavors, networks and quotas…</source>
        <translation>正在加载镜像、云主机类型、网络和配额…</translation>
    </message>
    <message>
        <source>(no key pair)</source>
        <translation>（无密钥对）</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>大小未知</translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation>%1（%2 GiB）</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>符合配额</translation>
    </message>
    <message>
        <source>exceeds quota</source>
        <translation>超出配额</translation>
    </message>
    <message>
        <source>The project&apos;s quota is not known; Nova checks it at launch.</source>
        <translation>项目配额未知；Nova 会在启动时检查。</translation>
    </message>
    <message>
        <source>The instance needs a name.</source>
        <translation>实例需要一个名称。</translation>
    </message>
    <message>
        <source>There is no %1 to boot from.</source>
        <translation>没有可用于启动的%1。</translation>
    </message>
    <message>
        <source>Choose what the instance boots from.</source>
        <translation>请选择实例的启动源。</translation>
    </message>
    <message>
        <source>The new volume must hold the image: at least %1 GiB.</source>
        <translation>新卷必须能容纳镜像：至少 %1 GiB。</translation>
    </message>
    <message>
        <source>Choose a flavor.</source>
        <translation>请选择一个云主机类型。</translation>
    </message>
    <message>
        <source>Check at least one network.</source>
        <translation>请至少勾选一个网络。</translation>
    </message>
    <message>
        <source>The user data is too large: Nova accepts at most 64 KiB once base64-encoded.</source>
        <translation>用户数据太大：经 base64 编码后 Nova 最多接受 64 KiB。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation>数量：%1</translation>
    </message>
    <message>
        <source>Availability zone: %1</source>
        <translation>可用区：%1</translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation>源：%1 %2</translation>
    </message>
    <message>
        <source>Boot volume: new, %1 GiB, %2</source>
        <translation>启动卷：新建，%1 GiB，%2</translation>
    </message>
    <message>
        <source>deleted with the instance</source>
        <translation>随实例一起删除</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Boot volume: none (the image is copied to the hypervisor&apos;s disk)</source>
        <translation>启动卷：无（镜像将复制到虚拟机管理程序的磁盘）</translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation>云主机类型：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Networks (in NIC order): %1</source>
        <translation>网络（按网卡顺序）：%1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation>安全组：%1</translation>
    </message>
    <message>
        <source>Key pair: %1</source>
        <translation>密钥对：%1</translation>
    </message>
    <message numerus="yes">
        <source>User data: %n byte(s)</source>
        <translation>
            <numerusform>用户数据：%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Config drive: %1</source>
        <translation>配置驱动器：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation>配额：%1</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Launched (reservation %1); waiting for the instances…</source>
        <translation>已启动（预留 ID %1）；正在等待实例…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>Import Public Key</source>
        <translation>导入公钥</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>公钥 (*.pub);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Key pair name:</source>
        <translation>密钥对名称：</translation>
    </message>
    <message>
        <source>Create Key Pair</source>
        <translation>创建密钥对</translation>
    </message>
    <message>
        <source>Save the Private Key</source>
        <translation>保存私钥</translation>
    </message>
    <message>
        <source>Load User Data</source>
        <translation>加载用户数据</translation>
    </message>
    <message>
        <source>%1 is larger than the 64 KiB Nova accepts as user data.</source>
        <translation>%1 超过了 Nova 可接受的 64 KiB 用户数据上限。</translation>
    </message>
    <message>
        <source>%1 (vCPUs and RAM once a flavor is chosen)</source>
        <translation>%1（选择云主机类型后显示 vCPU 和内存）</translation>
    </message>
</context>
<context>
    <name>VirtDeck::Libvirt</name>
    <message>
        <source>Unknown libvirt error</source>
        <translation>未知的 libvirt 错误</translation>
    </message>
</context>
<context>
    <name>VirtDeck::LibvirtUri</name>
    <message>
        <source>The connection URI is empty.</source>
        <translation>连接 URI 为空。</translation>
    </message>
    <message>
        <source>The connection URI must not contain spaces.</source>
        <translation>连接 URI 不能包含空格。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a driver and &quot;://&quot;, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation>“%1”不是 libvirt URI：必须以驱动名和“://”开头，例如 qemu:///system 或 qemu+ssh://user@host/system。</translation>
    </message>
    <message>
        <source>Unknown libvirt driver &quot;%1&quot;.</source>
        <translation>未知的 libvirt 驱动“%1”。</translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;: use ssh, tls, tcp, unix or libssh.</source>
        <translation>未知的传输方式“%1”：请使用 ssh、tls、tcp、unix 或 libssh。</translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation>URI 格式错误：%1</translation>
    </message>
    <message>
        <source>A remote connection needs a host name, for example %1://user@host/system.</source>
        <translation>远程连接需要指定主机名，例如 %1://user@host/system。</translation>
    </message>
    <message>
        <source>The test driver needs test:///default or an absolute path to a host XML file.</source>
        <translation>测试驱动需要 test:///default 或主机 XML 文件的绝对路径。</translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation>测试驱动文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The test driver file %1 cannot be read.</source>
        <translation>无法读取测试驱动文件 %1。</translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation>QEMU/KVM 用户会话</translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation>QEMU/KVM</translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation>测试驱动</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::MainWindow</name>
    <message>
        <source>VirtDeck</source>
        <translation>VirtDeck</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation>关机(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation>重启(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation>强制关机(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>恢复(&amp;U)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>还原(&amp;T)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Start on &amp;Host Boot</source>
        <translation>宿主机启动时自动启动(&amp;H)</translation>
    </message>
    <message>
        <source>Do &amp;Not Start on Host Boot</source>
        <translation>宿主机启动时不自动启动(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>添加连接(&amp;A)…</translation>
    </message>
    <message>
        <source>Add &amp;Demo Host (test driver)</source>
        <translation>添加演示主机（测试驱动）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation>断开连接(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation>移除连接(&amp;R)</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>移除连接</translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its guests are not touched.</source>
        <translation>要从列表中移除 %1 吗？其中的虚拟机不受影响。</translation>
    </message>
    <message>
        <source>&amp;Host Overview</source>
        <translation>主机概览(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>主机(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation>虚拟机(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>All guests</source>
        <translation>所有虚拟机</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Search guests (Ctrl+F)</source>
        <translation>搜索虚拟机（Ctrl+F）</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Force off</source>
        <translation>强制关机</translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation>要强制关闭 %1 吗？这相当于直接拔掉电源：虚拟机中未保存的数据将会丢失。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)…</source>
        <translation>
            <numerusform>%1：%n 台虚拟机…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation>启动</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>关机</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Autostart on</source>
        <translation>开启自动启动</translation>
    </message>
    <message>
        <source>Autostart off</source>
        <translation>关闭自动启动</translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation>%1 已在列表中。</translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation>演示主机</translation>
    </message>
    <message>
        <source>Open guest</source>
        <translation>打开虚拟机</translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot; on any connected host.</source>
        <translation>已连接的主机上均没有名为“%1”的虚拟机。</translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s), %1 active</source>
        <translation>
            <numerusform>%n 台虚拟机，%1 台活动</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation>编辑连接(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation>编辑连接</translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云</translation>
    </message>
    <message>
        <source>Sna&amp;pshot…</source>
        <translation>快照(&amp;P)…</translation>
    </message>
    <message>
        <source>Revert to Snaps&amp;hot…</source>
        <translation>恢复到快照(&amp;H)…</translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation>快照…</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot;</source>
        <translation>快照“%1”</translation>
    </message>
    <message>
        <source>Revert to &quot;%1&quot;</source>
        <translation>恢复到“%1”</translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation>新建虚拟机(&amp;N)…</translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation>要关闭 %1 吗？</translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation>要重启 %1 吗？</translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation>要暂停 %1 吗？</translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Connect to a host first.</source>
        <translation>请先连接到主机。</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>启动 %1</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>虚拟机</translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation>搜索虚拟机</translation>
    </message>
</context>
<context>
    <name>VirtDeck::MemoryEditor</name>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation>最大内存(&amp;X)：</translation>
    </message>
    <message>
        <source>Running now: %1 MiB of at most %2 MiB. Next boot: %3 MiB of %4 MiB.</source>
        <translation>当前运行：%1 MiB（最多 %2 MiB）。下次启动：%3 MiB（最多 %4 MiB）。</translation>
    </message>
    <message>
        <source>Next boot: %1 MiB of at most %2 MiB.</source>
        <translation>下次启动：%1 MiB（最多 %2 MiB）。</translation>
    </message>
    <message>
        <source>Memory changed.</source>
        <translation>内存已更改。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NamePattern</name>
    <message>
        <source>Enter a name pattern, e.g. web-{01..20} or web-{#}.</source>
        <translation>请输入名称模式，例如 web-{01..20} 或 web-{#}。</translation>
    </message>
    <message>
        <source>The count must be between 1 and %1.</source>
        <translation>数量必须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Unbalanced braces in &quot;%1&quot;.</source>
        <translation>“%1”中的花括号不匹配。</translation>
    </message>
    <message>
        <source>Only one {…} placeholder is allowed in &quot;%1&quot;.</source>
        <translation>“%1”中只能有一个 {…} 占位符。</translation>
    </message>
    <message>
        <source>The range {%1} is larger than %2 names.</source>
        <translation>范围 {%1} 超过了 %2 个名称。</translation>
    </message>
    <message>
        <source>Say how many guests to create for &quot;%1&quot;.</source>
        <translation>请指定要为“%1”创建多少台虚拟机。</translation>
    </message>
    <message>
        <source>Cannot read the placeholder {%1}: use {01..20}, {1..5}, {#} or {a,b,c}.</source>
        <translation>无法识别占位符 {%1}：请使用 {01..20}、{1..5}、{#} 或 {a,b,c}。</translation>
    </message>
    <message numerus="yes">
        <source>The pattern gives %n name(s), but the count is %1.</source>
        <translation>
            <numerusform>该模式生成 %n 个名称，但数量为 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>A guest name cannot be empty.</source>
        <translation>虚拟机名称不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 64 characters.</source>
        <translation>“%1”超过 64 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid guest name: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation>“%1”不是有效的虚拟机名称：请使用字母、数字、“.”、“_”、“+”和“-”，并以字母或数字开头。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once.</source>
        <translation>“%1”出现了多次。</translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation>已存在名为“%1”的虚拟机。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworkDialog</name>
    <message>
        <source>e.g. lab</source>
        <translation>例如 lab</translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation>由 libvirt 选择</translation>
    </message>
    <message>
        <source>any host interface</source>
        <translation>任意主机接口</translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation>IPv4</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation>DHCPv6</translation>
    </message>
    <message>
        <source>Start the network now</source>
        <translation>立即启动网络</translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation>宿主机启动时自动启动</translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation>新建虚拟网络</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Existing host bridge</source>
        <translation>已有的宿主机网桥</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>模式(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation>网桥(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Forward via:</source>
        <translation>转发经由(&amp;F)：</translation>
    </message>
    <message>
        <source>Subnet (CIDR):</source>
        <translation>子网 (CIDR)：</translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation>网关：</translation>
    </message>
    <message>
        <source>DHCP start:</source>
        <translation>DHCP 起始：</translation>
    </message>
    <message>
        <source>DHCP end:</source>
        <translation>DHCP 结束：</translation>
    </message>
    <message>
        <source>DHCPv6 start:</source>
        <translation>DHCPv6 起始：</translation>
    </message>
    <message>
        <source>DHCPv6 end:</source>
        <translation>DHCPv6 结束：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworkModel</name>
    <message>
        <source>Isolated</source>
        <translation>隔离</translation>
    </message>
    <message>
        <source>NAT</source>
        <translation>NAT</translation>
    </message>
    <message>
        <source>Routed</source>
        <translation>路由</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>宿主机网桥</translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation>%1，经由 %2</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>转发</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>网桥</translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation>IPv4 子网</translation>
    </message>
    <message>
        <source>IPv6 subnet</source>
        <translation>IPv6 子网</translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation>DHCP 范围</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworksPane</name>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Autostart</source>
        <translation>自动启动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>XML(&amp;X)</translation>
    </message>
    <message>
        <source>DHCP &amp;Leases</source>
        <translation>DHCP 租约(&amp;L)</translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation>删除网络</translation>
    </message>
    <message>
        <source>Stop and delete the virtual network &quot;%1&quot;? Guests on it lose their connection.</source>
        <translation>要停止并删除虚拟网络“%1”吗？连接到该网络的虚拟机将断开连接。</translation>
    </message>
    <message>
        <source>Network %1 — XML</source>
        <translation>网络 %1 — XML</translation>
    </message>
    <message>
        <source>%1/%2  %3  %4  until %5</source>
        <translation>%1/%2  %3  %4  至 %5</translation>
    </message>
    <message>
        <source>(no host name)</source>
        <translation>（无主机名）</translation>
    </message>
    <message>
        <source>Network %1 — DHCP leases</source>
        <translation>网络 %1 — DHCP 租约</translation>
    </message>
    <message>
        <source>No DHCP leases.</source>
        <translation>没有 DHCP 租约。</translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation>虚拟网络</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NewGuestWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation>新建虚拟机</translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities, pools and networks…</source>
        <translation>正在读取主机的功能信息、存储池和网络…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Name the new virtual machine.</source>
        <translation>为新虚拟机命名。</translation>
    </message>
    <message>
        <source>e.g. web-01</source>
        <translation>例如 web-01</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>主机：%1</translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation>未连接。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Install source</source>
        <translation>安装源</translation>
    </message>
    <message>
        <source>Where the guest boots its installer or its system from.</source>
        <translation>虚拟机从何处启动安装程序或系统。</translation>
    </message>
    <message>
        <source>Local install media (ISO image or CD-ROM)</source>
        <translation>本地安装介质（ISO 镜像或光驱）</translation>
    </message>
    <message>
        <source>Network install tree (URL)</source>
        <translation>网络安装树（URL）</translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation>网络启动（PXE）</translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation>导入已有的磁盘镜像</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/installer.iso or /dev/sr0</source>
        <translation>/var/lib/libvirt/images/installer.iso 或 /dev/sr0</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Install media</source>
        <translation>安装介质</translation>
    </message>
    <message>
        <source>ISO images (*.iso *.img);;All files (*)</source>
        <translation>ISO 镜像 (*.iso *.img);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Image or device:</source>
        <translation>镜像或设备(&amp;I)：</translation>
    </message>
    <message>
        <source>https://mirror.example/fedora/releases/37/Everything/x86_64/os/</source>
        <translation>https://mirror.example/fedora/releases/37/Everything/x86_64/os/</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/boot/vmlinuz (from the tree&apos;s images/pxeboot)</source>
        <translation>/var/lib/libvirt/boot/vmlinuz（来自安装树的 images/pxeboot）</translation>
    </message>
    <message>
        <source>/var/lib/libvirt/boot/initrd.img</source>
        <translation>/var/lib/libvirt/boot/initrd.img</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation>内核(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Initrd:</source>
        <translation>Initrd(&amp;I)：</translation>
    </message>
    <message>
        <source>Kernel &amp;arguments:</source>
        <translation>内核参数(&amp;A)：</translation>
    </message>
    <message>
        <source>The guest boots the tree&apos;s kernel and initrd directly, with the URL on its command line; VirtDeck records the location in the guest&apos;s metadata but does not download the files.</source>
        <translation>虚拟机直接启动安装树的内核和 initrd，并在其命令行中带上该 URL；VirtDeck 会将该位置记录在虚拟机的元数据中，但不会下载这些文件。</translation>
    </message>
    <message>
        <source>The guest boots from the network first (its NIC&apos;s PXE ROM), then from its disk. Choose a network with a PXE server on the Network page.</source>
        <translation>虚拟机先从网络启动（通过其网卡的 PXE ROM），然后从磁盘启动。请在“网络”页面选择一个带有 PXE 服务器的网络。</translation>
    </message>
    <message>
        <source>Choose the disk image on the Storage page. The guest boots from it.</source>
        <translation>请在“存储”页面选择磁盘镜像。虚拟机将从它启动。</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>What the guest will run: it sets memory, disk size and the device models.</source>
        <translation>虚拟机将运行的系统：它决定内存、磁盘大小和设备型号。</translation>
    </message>
    <message>
        <source>Search, e.g. &quot;fedora&quot;, &quot;ubuntu 22.04&quot;, &quot;win10&quot;</source>
        <translation>搜索，例如“fedora”、“ubuntu 22.04”、“win10”</translation>
    </message>
    <message>
        <source>Reading libosinfo&apos;s list of operating systems…</source>
        <translation>正在读取 libosinfo 的操作系统列表…</translation>
    </message>
    <message>
        <source>Choose an operating system, or &quot;Generic&quot; if it is not listed.</source>
        <translation>请选择一个操作系统；如果未列出，请选择“通用”。</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  （%2）</translation>
    </message>
    <message>
        <source>%1 (%2), libosinfo id %3</source>
        <translation>%1（%2），libosinfo ID %3</translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 MiB memory, %2 GiB disk, %n vCPU(s), %3</source>
        <translation>
            <numerusform>建议：%1 MiB 内存，%2 GiB 磁盘，%n 个 vCPU，%3</numerusform>
        </translation>
    </message>
    <message>
        <source>virtio devices</source>
        <translation>virtio 设备</translation>
    </message>
    <message>
        <source>emulated devices (no virtio drivers)</source>
        <translation>模拟设备（无 virtio 驱动）</translation>
    </message>
    <message>
        <source>CPU and memory</source>
        <translation>CPU 和内存</translation>
    </message>
    <message>
        <source>What the guest gets from the host.</source>
        <translation>虚拟机从主机获得的资源。</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation>vCPU(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>内存(&amp;M)：</translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s) and %1 MiB of memory.</source>
        <translation>
            <numerusform>主机有 %n 个 CPU 和 %1 MiB 内存。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs at least %2 MiB.</source>
        <translation>%1 至少需要 %2 MiB。</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>The guest&apos;s disk.</source>
        <translation>虚拟机的磁盘。</translation>
    </message>
    <message>
        <source>Create a new volume in a storage pool</source>
        <translation>在存储池中创建新卷</translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation>使用已有的卷</translation>
    </message>
    <message>
        <source>Use an existing image file or block device</source>
        <translation>使用已有的镜像文件或块设备</translation>
    </message>
    <message>
        <source>No disk</source>
        <translation>无磁盘</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>存储池(&amp;P)：</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2（精简置备，支持快照）</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation>卷名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>大小(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>卷(&amp;V)：</translation>
    </message>
    <message>
        <source>/srv/images/disk.qcow2</source>
        <translation>/srv/images/disk.qcow2</translation>
    </message>
    <message>
        <source>&amp;Path on the host:</source>
        <translation>主机上的路径(&amp;P)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>The guest gets no disk: fine for network boot or a live CD.</source>
        <translation>虚拟机没有磁盘：适用于网络启动或 Live CD。</translation>
    </message>
    <message>
        <source>%1 free of %2 (%3 pool at %4)</source>
        <translation>可用 %1，共 %2（%3 存储池，位于 %4）</translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation>%1  （%2，%3）</translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation>未知格式</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Where the guest&apos;s network card is plugged.</source>
        <translation>虚拟机网卡连接的位置。</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>虚拟网络</translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation>宿主机网桥</translation>
    </message>
    <message>
        <source>No network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <source>Firmware and devices</source>
        <translation>固件和设备</translation>
    </message>
    <message>
        <source>How the guest boots and which device models it sees.</source>
        <translation>虚拟机如何启动以及它看到的设备型号。</translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation>BIOS（SeaBIOS）</translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation>UEFI（OVMF）</translation>
    </message>
    <message>
        <source>&amp;virtio disk, network card, video and balloon (needs the guest&apos;s virtio drivers)</source>
        <translation>virtio 磁盘、网卡、显卡和内存气球(&amp;V)（需要虚拟机中的 virtio 驱动）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Check the guest and its definition. Finish creates it.</source>
        <translation>检查虚拟机及其定义。点击“完成”即可创建。</translation>
    </message>
    <message>
        <source>&amp;Customize before install: define the guest and open its window instead of starting it</source>
        <translation>安装前自定义(&amp;C)：定义虚拟机并打开其窗口，而不是启动它</translation>
    </message>
    <message>
        <source>install media %1</source>
        <translation>安装介质 %1</translation>
    </message>
    <message>
        <source>install tree %1</source>
        <translation>安装树 %1</translation>
    </message>
    <message>
        <source>network boot (PXE)</source>
        <translation>网络启动（PXE）</translation>
    </message>
    <message>
        <source>imported disk</source>
        <translation>导入的磁盘</translation>
    </message>
    <message>
        <source>new %1 volume %2 of %3 in pool %4</source>
        <translation>新建 %1 卷 %2，大小 %3，位于存储池 %4</translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation>存储池 %2 中的卷 %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>host bridge %1</source>
        <translation>宿主机网桥 %1</translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation>虚拟网络 %1</translation>
    </message>
    <message>
        <source>Name: %1 on %2</source>
        <translation>名称：%1，位于 %2</translation>
    </message>
    <message>
        <source>Install: %1</source>
        <translation>安装：%1</translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation>操作系统：%1</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>通用</translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s), %1 MiB memory</source>
        <translation>
            <numerusform>%n 个 vCPU，%1 MiB 内存</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk: %1</source>
        <translation>磁盘：%1</translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation>网络：%1</translation>
    </message>
    <message>
        <source>Firmware: %1, %2 devices, %3</source>
        <translation>固件：%1，%2 设备，%3</translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation>UEFI</translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation>BIOS</translation>
    </message>
    <message>
        <source>virtio</source>
        <translation>virtio</translation>
    </message>
    <message>
        <source>emulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>KVM</source>
        <translation>KVM</translation>
    </message>
    <message>
        <source>QEMU TCG (no KVM)</source>
        <translation>QEMU TCG（无 KVM）</translation>
    </message>
    <message>
        <source>No connection to create the guest on.</source>
        <translation>没有可用于创建虚拟机的连接。</translation>
    </message>
    <message>
        <source>OVMF found by libvirt: %1</source>
        <translation>libvirt 找到的 OVMF：%1</translation>
    </message>
    <message>
        <source>Hypervisor: KVM (hardware virtualization).</source>
        <translation>虚拟机管理程序：KVM（硬件虚拟化）。</translation>
    </message>
    <message>
        <source>Hypervisor: QEMU TCG (emulation): this host offers no KVM, guests run slower.</source>
        <translation>虚拟机管理程序：QEMU TCG（模拟）：此主机不支持 KVM，虚拟机运行较慢。</translation>
    </message>
    <message>
        <source>This host has no active storage pool.</source>
        <translation>此主机没有活动的存储池。</translation>
    </message>
    <message>
        <source>%1  (bridge %2)</source>
        <translation>%1  （网桥 %2）</translation>
    </message>
    <message>
        <source>This host has no bridge of its own.</source>
        <translation>此主机没有自己的网桥。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Clone a template</source>
        <translation>克隆模板</translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation>正在读取模板…</translation>
    </message>
    <message>
        <source>&amp;Linked clone: qcow2 overlays on the template&apos;s disks (fast, small; the template must stay)</source>
        <translation>链接克隆(&amp;L)：基于模板磁盘的 qcow2 覆盖层（快速、占用小；模板必须保留）</translation>
    </message>
    <message>
        <source>F&amp;ull copy of every disk (independent of the template)</source>
        <translation>完整复制每个磁盘(&amp;U)（不依赖模板）</translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is running: shut it off to clone it.</source>
        <translation>模板“%1”正在运行：请先关闭它再克隆。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 MiB memory, %3 disk(s). The clone gets a new UUID and new MAC addresses; its OS, disks and firmware are the template&apos;s.</source>
        <translation>
            <numerusform>%1：%n 个 vCPU，%2 MiB 内存，%3 个磁盘。克隆将获得新的 UUID 和新的 MAC 地址；其操作系统、磁盘和固件与模板相同。</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the template</source>
        <translation>与模板相同</translation>
    </message>
    <message>
        <source>linked clone of template %1</source>
        <translation>模板 %1 的链接克隆</translation>
    </message>
    <message>
        <source>full copy of template %1</source>
        <translation>模板 %1 的完整副本</translation>
    </message>
    <message>
        <source>qcow2 overlays whose backing files are the template&apos;s disks, in the template&apos;s pools</source>
        <translation>以模板磁盘为后备文件的 qcow2 覆盖层，位于模板所在的存储池</translation>
    </message>
    <message>
        <source>copies of the template&apos;s disks, in the template&apos;s pools</source>
        <translation>模板磁盘的副本，位于模板所在的存储池</translation>
    </message>
    <message>
        <source>as in the template</source>
        <translation>与模板相同</translation>
    </message>
    <message>
        <source>OS, firmware and devices: as in the template</source>
        <translation>操作系统、固件和设备：与模板相同</translation>
    </message>
    <message>
        <source>Reading the template&apos;s definition…</source>
        <translation>正在读取模板的定义…</translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n vCPU(s), %2 MiB)</source>
        <translation>
            <numerusform>%1  （%n 个 vCPU，%2 MiB）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (running)</source>
        <translation>%1  （运行中）</translation>
    </message>
    <message>
        <source>No templates: mark a shut-off guest as a template first</source>
        <translation>没有模板：请先将一台已关机的虚拟机标记为模板</translation>
    </message>
    <message>
        <source>Cannot list the templates: %1</source>
        <translation>无法列出模板：%1</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NicEditor</name>
    <message>
        <source>&amp;Link is up (cable plugged in)</source>
        <translation>链路已连接(&amp;L)（已插入网线）</translation>
    </message>
    <message>
        <source>This network card is gone.</source>
        <translation>此网卡已不存在。</translation>
    </message>
    <message>
        <source>MAC address: %1</source>
        <translation>MAC 地址：%1</translation>
    </message>
    <message>
        <source>Virtual network: %1</source>
        <translation>虚拟网络：%1</translation>
    </message>
    <message>
        <source>Host bridge: %1</source>
        <translation>宿主机网桥：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>型号：%1</translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation>虚拟机管理程序默认值</translation>
    </message>
    <message>
        <source>Host device: %1</source>
        <translation>宿主机设备：%1</translation>
    </message>
    <message>
        <source>Attached to the running guest only: it is gone after a shutdown.</source>
        <translation>仅挂载到运行中的虚拟机：关机后即消失。</translation>
    </message>
    <message>
        <source>In the definition only: the guest gets it at its next boot.</source>
        <translation>仅在定义中：虚拟机将在下次启动时获得它。</translation>
    </message>
    <message>
        <source>Link of %1 is up.</source>
        <translation>%1 的链路已连接。</translation>
    </message>
    <message>
        <source>Link of %1 is down.</source>
        <translation>%1 的链路已断开。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::NotificationArea</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>%1 %2: done</source>
        <translation>%1 %2：已完成</translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 失败：%3</translation>
    </message>
    <message>
        <source>%1 on %2 guests: %3 done, %4 failed</source>
        <translation>%1（%2 台虚拟机）：%3 台完成，%4 台失败</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1：已完成</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::PortListModel</name>
    <message>
        <source>Addresses</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 地址</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
</context>
<context>
    <name>VirtDeck::PreferencesDialog</name>
    <message>
        <source>Ask before forcing a guest off</source>
        <translation>强制关闭虚拟机前询问</translation>
    </message>
    <message>
        <source>Ask before deleting a guest</source>
        <translation>删除虚拟机前询问</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>How often CPU, memory, disk and network figures are refreshed.</source>
        <translation>CPU、内存、磁盘和网络数据的刷新间隔。</translation>
    </message>
    <message>
        <source>How long to wait for a host to answer before giving up.</source>
        <translation>等待主机响应的最长时间，超时则放弃。</translation>
    </message>
    <message>
        <source>Connections and monitoring</source>
        <translation>连接与监控</translation>
    </message>
    <message>
        <source>&amp;Statistics interval:</source>
        <translation>统计间隔(&amp;S)：</translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation>连接超时(&amp;T)：</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation>Ctrl+Alt+Del</translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation>Ctrl+Alt+Backspace</translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1 … F12</source>
        <translation>Ctrl+Alt+F1 … F12</translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation>Print Screen</translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation>SysRq</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>A libvirt URI VirtDeck opens at every start, for example qemu:///system.</source>
        <translation>VirtDeck 每次启动时打开的 libvirt URI，例如 qemu:///system。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Default connection:</source>
        <translation>默认连接(&amp;D)：</translation>
    </message>
    <message>
        <source>Ask before shutting down or rebooting a guest</source>
        <translation>关闭或重启虚拟机前询问</translation>
    </message>
    <message>
        <source>Ask before pausing a guest</source>
        <translation>暂停虚拟机前询问</translation>
    </message>
    <message>
        <source>Ask before removing a connection</source>
        <translation>移除连接前询问</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Draw CPU usage as a graph of its recent history</source>
        <translation>以近期历史曲线图显示 CPU 使用率</translation>
    </message>
    <message>
        <source>Guest &amp;list</source>
        <translation>虚拟机列表(&amp;L)</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation>拉伸</translation>
    </message>
    <message>
        <source>Grab the keyboard when the console is clicked (Ctrl+Alt releases it)</source>
        <translation>单击控制台时捕获键盘（按 Ctrl+Alt 释放）</translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation>缩放(&amp;S)：</translation>
    </message>
    <message>
        <source>Keys the Send key menu offers</source>
        <translation>“发送按键”菜单提供的按键</translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation>控制台(&amp;C)</translation>
    </message>
    <message>
        <source>Default connection: %1</source>
        <translation>默认连接：%1</translation>
    </message>
    <message>
        <source>The language of VirtDeck&apos;s windows. The main window, guest windows, host overviews and the Cloud tab&apos;s pages change at once; dialogs and page contents change when next opened.</source>
        <translation>VirtDeck 窗口的语言。主窗口、虚拟机窗口、主机概览和“云”标签页的页面标题立即切换；对话框和页面内容在下次打开时切换。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::ProjectNetworkDialog</name>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation>使用 DHCP 分配地址</translation>
    </message>
    <message>
        <source>Network for This Project</source>
        <translation>为此项目创建网络</translation>
    </message>
    <message>
        <source>empty: the first address</source>
        <translation>留空：使用第一个地址</translation>
    </message>
    <message>
        <source>e.g. 8.8.4.4</source>
        <translation>例如 8.8.4.4</translation>
    </message>
    <message>
        <source>None (no way out of the project)</source>
        <translation>无（项目无法访问外部）</translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation>网络名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Router name:</source>
        <translation>路由器名称(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;External network:</source>
        <translation>外部网络(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Subnet name:</source>
        <translation>子网名称(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation>CIDR(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>网关(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation>DNS 服务器(&amp;D)：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Creates a network with a subnet and a router that connects it to the external network, in the usual order. If a step fails, the steps already done are undone.</source>
        <translation>按常规顺序创建一个带子网的网络，以及一个将其连接到外部网络的路由器。如果某一步失败，已完成的步骤将被撤销。</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>已跳过：%1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>undo failed: %1</source>
        <translation>撤销失败：%1</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoteDisplaySession</name>
    <message>
        <source>Disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Waiting for the display</source>
        <translation>正在等待显示</translation>
    </message>
    <message>
        <source>Password required</source>
        <translation>需要密码</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoteView</name>
    <message>
        <source>There is no picture to save yet.</source>
        <translation>尚无可保存的画面。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoveDeviceDialog</name>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
    <message>
        <source>Remove %1 from the guest? Files and volumes stay where they are.</source>
        <translation>要从虚拟机中移除 %1 吗？文件和卷将保留在原处。</translation>
    </message>
    <message>
        <source>Unplugging from a running guest needs the guest&apos;s operating system to release the device; until it does, the device stays attached.</source>
        <translation>从运行中的虚拟机热拔出设备需要虚拟机操作系统释放该设备；在此之前，设备将保持挂载。</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation>应用于(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RenameGuestDialog</name>
    <message>
        <source>Rename %1</source>
        <translation>重命名 %1</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Disk images keep their file names; only the guest&apos;s name changes.</source>
        <translation>磁盘镜像保留原文件名；只更改虚拟机的名称。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RevertSnapshotDialog</name>
    <message>
        <source>Revert to Snapshot</source>
        <translation>恢复到快照</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 及另外 %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation>虚拟机：</translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation>快照：</translation>
    </message>
    <message>
        <source>The snapshot name every selected guest has</source>
        <translation>所有选中虚拟机共有的快照名称</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>快照(&amp;S)：</translation>
    </message>
    <message>
        <source>As it was: %1</source>
        <translation>保持原状：%1</translation>
    </message>
    <message>
        <source>As each snapshot was taken</source>
        <translation>与各快照创建时相同</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation>之后(&amp;A)：</translation>
    </message>
    <message>
        <source>The current state of %1 is discarded: everything written to its disks since the snapshot was taken is lost.</source>
        <translation>将丢弃 %1 的当前状态：自快照创建以来写入其磁盘的所有内容都将丢失。</translation>
    </message>
    <message numerus="yes">
        <source>The current state of these %n guest(s) is discarded: everything written to their disks since the snapshot was taken is lost.</source>
        <translation>
            <numerusform>将丢弃这 %n 台虚拟机的当前状态：自快照创建以来写入其磁盘的所有内容都将丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>Its memory goes too: unsaved work in open programs is lost.</source>
        <translation>其内存也会丢失：已打开程序中未保存的工作将丢失。</translation>
    </message>
    <message>
        <source>Running and paused guests lose their memory too: unsaved work in open programs is lost.</source>
        <translation>运行中和已暂停的虚拟机也会丢失内存：已打开程序中未保存的工作将丢失。</translation>
    </message>
    <message>
        <source>This snapshot holds no memory state: a guest started from it boots from its disks as after a power cut.</source>
        <translation>此快照不含内存状态：从它启动的虚拟机将如同断电后一样从磁盘启动。</translation>
    </message>
    <message>
        <source>The snapshots themselves are kept.</source>
        <translation>快照本身会保留。</translation>
    </message>
    <message>
        <source>Revert and Discard Current State</source>
        <translation>恢复并丢弃当前状态</translation>
    </message>
</context>
<context>
    <name>VirtDeck::RouterListModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>External gateway</source>
        <translation>外部网关</translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation>网关地址</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupListModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupRuleDialog</name>
    <message>
        <source>Add Rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>SSH (TCP 22)</source>
        <translation>SSH (TCP 22)</translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <translation>ICMP (ping)</translation>
    </message>
    <message>
        <source>HTTP (TCP 80)</source>
        <translation>HTTP (TCP 80)</translation>
    </message>
    <message>
        <source>HTTPS (TCP 443)</source>
        <translation>HTTPS (TCP 443)</translation>
    </message>
    <message>
        <source>RDP (TCP 3389)</source>
        <translation>RDP (TCP 3389)</translation>
    </message>
    <message>
        <source>Ingress (incoming)</source>
        <translation>入口（传入）</translation>
    </message>
    <message>
        <source>Egress (outgoing)</source>
        <translation>出口（传出）</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Other (number)</source>
        <translation>其他（编号）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Security group</source>
        <translation>安全组</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ether type:</source>
        <translation>以太网类型(&amp;E)：</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>协议(&amp;R)：</translation>
    </message>
    <message>
        <source>Protocol number:</source>
        <translation>协议编号：</translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation>远端(&amp;M)：</translation>
    </message>
    <message>
        <source>Remote CIDR:</source>
        <translation>远端 CIDR：</translation>
    </message>
    <message>
        <source>Remote group:</source>
        <translation>远端安全组：</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>描述：</translation>
    </message>
    <message>
        <source>ICMP type:</source>
        <translation>ICMP 类型：</translation>
    </message>
    <message>
        <source>From port:</source>
        <translation>起始端口：</translation>
    </message>
    <message>
        <source>ICMP code:</source>
        <translation>ICMP 代码：</translation>
    </message>
    <message>
        <source>To port:</source>
        <translation>结束端口：</translation>
    </message>
    <message>
        <source>Choose the remote security group.</source>
        <translation>请选择远端安全组。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupRuleModel</name>
    <message>
        <source>any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>type %1</source>
        <translation>类型 %1</translation>
    </message>
    <message>
        <source>type %1, code %2</source>
        <translation>类型 %1，代码 %2</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Egress</source>
        <translation>出口</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>安全组 %1</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Ether type</source>
        <translation>以太网类型</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Ports / ICMP</source>
        <translation>端口 / ICMP</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>远端</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SingleInstance</name>
    <message>
        <source>Another VirtDeck is running.</source>
        <translation>另一个 VirtDeck 正在运行。</translation>
    </message>
    <message>
        <source>The running VirtDeck did not answer.</source>
        <translation>正在运行的 VirtDeck 没有响应。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotPolicy</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation>请输入快照名称。</translation>
    </message>
    <message>
        <source>A snapshot name cannot contain &quot;/&quot;.</source>
        <translation>快照名称不能包含“/”。</translation>
    </message>
    <message>
        <source>A snapshot name cannot start or end with a space.</source>
        <translation>快照名称不能以空格开头或结尾。</translation>
    </message>
    <message>
        <source>A snapshot name cannot start with &quot;.&quot;.</source>
        <translation>快照名称不能以“.”开头。</translation>
    </message>
    <message>
        <source>This guest already has a snapshot named &quot;%1&quot;.</source>
        <translation>此虚拟机已有名为“%1”的快照。</translation>
    </message>
    <message>
        <source>A running guest&apos;s disks alone can only be captured by an external snapshot. Include the memory state, or choose an external snapshot.</source>
        <translation>运行中虚拟机的仅磁盘快照只能通过外部快照实现。请包含内存状态，或选择外部快照。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an external snapshot. libvirt 9.0 cannot revert to external snapshots (&quot;revert to external snapshot not supported yet&quot;). Its overlay files are kept.</source>
        <translation>“%1”是外部快照。libvirt 9.0 无法恢复到外部快照（“revert to external snapshot not supported yet”）。其覆盖层文件会保留。</translation>
    </message>
    <message>
        <source>This guest mixes internal and external snapshots, and libvirt 9.0 cannot delete snapshots in such a tree. Only libvirt&apos;s record can be removed: the data stays in the images and overlay files.</source>
        <translation>此虚拟机同时有内部和外部快照，libvirt 9.0 无法删除此类快照树中的快照。只能移除 libvirt 中的记录：数据仍保留在镜像和覆盖层文件中。</translation>
    </message>
    <message>
        <source>Only libvirt&apos;s record goes; the files %1 stay on disk.</source>
        <translation>仅移除 libvirt 中的记录；文件 %1 保留在磁盘上。</translation>
    </message>
    <message>
        <source>libvirt merges the overlay of &quot;%1&quot; into the image below it and removes %2.</source>
        <translation>libvirt 会将“%1”的覆盖层合并到其下层镜像中，并移除 %2。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation>虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>No snapshot named &quot;%1&quot;: %2</source>
        <translation>没有名为“%1”的快照：%2</translation>
    </message>
    <message>
        <source>This guest already has a snapshot named &quot;%1&quot;.</source>
        <translation>此虚拟机已有名为“%1”的快照。</translation>
    </message>
    <message>
        <source>The overlay file %1 already exists; it is left alone. Choose another snapshot name.</source>
        <translation>覆盖层文件 %1 已存在，不会改动它。请选择其他快照名称。</translation>
    </message>
    <message>
        <source>The guest has no writable file-backed disk for an external snapshot.</source>
        <translation>虚拟机没有可用于外部快照的可写文件磁盘。</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotTreeModel</name>
    <message>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation>已关机</translation>
    </message>
    <message>
        <source>Running (disks only)</source>
        <translation>运行中（仅磁盘）</translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation>已崩溃</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation>正在关机</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>已阻塞</translation>
    </message>
    <message>
        <source>External</source>
        <translation>外部</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>内部</translation>
    </message>
    <message>
        <source>%1, with memory</source>
        <translation>%1，含内存</translation>
    </message>
    <message>
        <source>%1, disks only</source>
        <translation>%1，仅磁盘</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Guest state</source>
        <translation>虚拟机状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotXml</name>
    <message>
        <source>The snapshot description is malformed at line %1: %2</source>
        <translation>快照描述第 %1 行格式错误：%2</translation>
    </message>
    <message>
        <source>Not a libvirt snapshot description.</source>
        <translation>不是 libvirt 快照描述。</translation>
    </message>
    <message>
        <source>The snapshot description has no name.</source>
        <translation>快照描述中没有名称。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotsPage</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation>创建快照(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Save Description</source>
        <translation>保存描述(&amp;S)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>Could not list the snapshots: %1</source>
        <translation>无法列出快照：%1</translation>
    </message>
    <message>
        <source>This guest has external snapshots. libvirt 9.0 cannot revert to them; their overlay files are kept.</source>
        <translation>此虚拟机有外部快照。libvirt 9.0 无法恢复到这些快照；其覆盖层文件会保留。</translation>
    </message>
    <message>
        <source>It mixes internal and external snapshots: libvirt 9.0 cannot delete snapshots in such a tree, so only their metadata can be removed here.</source>
        <translation>它同时有内部和外部快照：libvirt 9.0 无法删除此类快照树中的快照，因此这里只能移除其元数据。</translation>
    </message>
    <message>
        <source>This guest has no snapshots.</source>
        <translation>此虚拟机没有快照。</translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation>请选择一个快照。</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>名称：%1</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>创建时间：%1</translation>
    </message>
    <message>
        <source>Guest state then: %1</source>
        <translation>当时的虚拟机状态：%1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation>父快照：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>This is the current snapshot: the guest was last reverted to it or it was taken last.</source>
        <translation>这是当前快照：虚拟机最近一次恢复到此快照，或它是最近创建的快照。</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>Taking snapshot &quot;%1&quot;…</source>
        <translation>正在创建快照“%1”…</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken.</source>
        <translation>已创建快照“%1”。</translation>
    </message>
    <message>
        <source>Reverting to &quot;%1&quot;…</source>
        <translation>正在恢复到“%1”…</translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot;.</source>
        <translation>已恢复到“%1”。</translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; deleted.</source>
        <translation>已删除快照“%1”。</translation>
    </message>
    <message>
        <source>Description of &quot;%1&quot; saved.</source>
        <translation>已保存“%1”的描述。</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Snapshot description</source>
        <translation>快照描述</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePane</name>
    <message>
        <source>New &amp;Pool…</source>
        <translation>新建存储池(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>构建(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Autostart</source>
        <translation>自动启动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation>XML(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Delete Storage…</source>
        <translation>删除存储(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation>取消定义(&amp;U)…</translation>
    </message>
    <message>
        <source>New &amp;Volume…</source>
        <translation>新建卷(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation>上传(&amp;U)…</translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation>下载(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation>克隆(&amp;C)…</translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation>调整大小(&amp;Z)…</translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation>擦除(&amp;W)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>X&amp;ML</source>
        <translation>XML(&amp;M)</translation>
    </message>
    <message>
        <source>Delete Pool Storage</source>
        <translation>删除存储池存储</translation>
    </message>
    <message>
        <source>Delete the storage of pool &quot;%1&quot; (its directory or volume group) from the host? This cannot be undone.</source>
        <translation>要从宿主机上删除存储池“%1”的存储（其目录或卷组）吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Undefine Pool</source>
        <translation>取消定义存储池</translation>
    </message>
    <message>
        <source>Forget pool &quot;%1&quot;? Its volumes stay on disk.</source>
        <translation>要移除存储池“%1”的定义吗？其中的卷仍保留在磁盘上。</translation>
    </message>
    <message>
        <source>Pool %1 — XML</source>
        <translation>存储池 %1 — XML</translation>
    </message>
    <message>
        <source>Volume %1 — XML</source>
        <translation>卷 %1 — XML</translation>
    </message>
    <message>
        <source>Clone Volume</source>
        <translation>克隆卷</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>副本名称：</translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation>%1-copy</translation>
    </message>
    <message>
        <source>Resize Volume</source>
        <translation>调整卷大小</translation>
    </message>
    <message>
        <source>New capacity (GiB):</source>
        <translation>新容量 (GiB)：</translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation>缩小卷</translation>
    </message>
    <message>
        <source>Shrinking destroys the data at the end of the volume. Shrink?</source>
        <translation>缩小会销毁卷末尾的数据。确定要缩小吗？</translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation>擦除卷</translation>
    </message>
    <message>
        <source>Overwrite all data of &quot;%1&quot; with zeros?</source>
        <translation>要用零覆盖“%1”的全部数据吗？</translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation>删除卷</translation>
    </message>
    <message>
        <source>Delete the volume &quot;%1&quot; and its data?</source>
        <translation>要删除卷“%1”及其数据吗？</translation>
    </message>
    <message>
        <source>Upload a File into a New Volume</source>
        <translation>将文件上传到新卷</translation>
    </message>
    <message>
        <source>Upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>Name of the new volume:</source>
        <translation>新卷名称：</translation>
    </message>
    <message>
        <source>Download Volume</source>
        <translation>下载卷</translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation>正在下载 %1</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>%1 of %2 at %3/s</source>
        <translation>%1 / %2，速度 %3/s</translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation>存储池</translation>
    </message>
    <message>
        <source>Storage volumes</source>
        <translation>存储卷</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePoolDialog</name>
    <message>
        <source>Build the pool (create the directory, volume group…)</source>
        <translation>构建存储池（创建目录、卷组…）</translation>
    </message>
    <message>
        <source>Start the pool now</source>
        <translation>立即启动存储池</translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation>宿主机启动时自动启动</translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation>新建存储池</translation>
    </message>
    <message>
        <source>Directory (dir)</source>
        <translation>目录 (dir)</translation>
    </message>
    <message>
        <source>Network file system (netfs)</source>
        <translation>网络文件系统 (netfs)</translation>
    </message>
    <message>
        <source>LVM volume group (logical)</source>
        <translation>LVM 卷组 (logical)</translation>
    </message>
    <message>
        <source>File system on a device (fs) — XML</source>
        <translation>设备上的文件系统 (fs) — XML</translation>
    </message>
    <message>
        <source>Whole disk (disk) — XML</source>
        <translation>整块磁盘 (disk) — XML</translation>
    </message>
    <message>
        <source>iSCSI target (iscsi) — XML</source>
        <translation>iSCSI 目标 (iscsi) — XML</translation>
    </message>
    <message>
        <source>/dev/sdb /dev/sdc</source>
        <translation>/dev/sdb /dev/sdc</translation>
    </message>
    <message>
        <source>the pool&apos;s name</source>
        <translation>存储池名称</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation>目标路径(&amp;T)：</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Export / share:</source>
        <translation>导出 / 共享：</translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation>协议：</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Volume group:</source>
        <translation>卷组：</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>/dev/&lt;volume group&gt;</source>
        <translation>/dev/&lt;卷组&gt;</translation>
    </message>
    <message>
        <source>A pool named &quot;%1&quot; already exists on this host.</source>
        <translation>此主机上已存在名为“%1”的存储池。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePoolModel</name>
    <message>
        <source>Inactive</source>
        <translation>非活动</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>正在构建</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>已降级</translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation>不可访问</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation>自动启动</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用率</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageService</name>
    <message>
        <source>Cannot build pool &quot;%1&quot;: %2</source>
        <translation>无法构建存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot start pool &quot;%1&quot;: %2</source>
        <translation>无法启动存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot stop pool &quot;%1&quot;: %2</source>
        <translation>无法停止存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot refresh pool &quot;%1&quot;: %2</source>
        <translation>无法刷新存储池“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot delete the storage of pool &quot;%1&quot;: %2</source>
        <translation>无法删除存储池“%1”的存储：%2</translation>
    </message>
    <message>
        <source>Cannot undefine pool &quot;%1&quot;: %2</source>
        <translation>无法取消定义存储池“%1”：%2</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageVolumeDialog</name>
    <message>
        <source>New Volume in %1</source>
        <translation>在 %1 中新建卷</translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation>qcow2（精简置备，支持快照）</translation>
    </message>
    <message>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation>分配量(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation>后备卷(&amp;B)：</translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageVolumeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>分配量</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation>后备文件</translation>
    </message>
</context>
<context>
    <name>VirtDeck::SubnetListModel</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>网关</translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation>DHCP</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS 服务器</translation>
    </message>
    <message>
        <source>Allocation pools</source>
        <translation>分配地址池</translation>
    </message>
</context>
<context>
    <name>VirtDeck::TemplateActions</name>
    <message>
        <source>&amp;Clone…</source>
        <translation>克隆(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Template</source>
        <translation>标记为模板(&amp;T)</translation>
    </message>
    <message>
        <source>U&amp;nmark Template</source>
        <translation>取消模板标记(&amp;N)</translation>
    </message>
    <message>
        <source>Create from Te&amp;mplate…</source>
        <translation>从模板创建(&amp;M)…</translation>
    </message>
    <message>
        <source>Shut-off guests only. Clones are made from a template&apos;s disks.</source>
        <translation>仅限已关机的虚拟机。克隆基于模板的磁盘创建。</translation>
    </message>
    <message>
        <source>Cloned and started %1.</source>
        <translation>已克隆并启动 %1。</translation>
    </message>
    <message>
        <source>Cloned %1.</source>
        <translation>已克隆 %1。</translation>
    </message>
    <message>
        <source>Mark %1 as a template</source>
        <translation>将 %1 标记为模板</translation>
    </message>
    <message>
        <source>Unmark template %1</source>
        <translation>取消模板 %1 的标记</translation>
    </message>
    <message>
        <source>%1 is a template.</source>
        <translation>%1 是模板。</translation>
    </message>
    <message>
        <source>%1 is no longer a template.</source>
        <translation>%1 不再是模板。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::TemplateService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation>虚拟机已不存在：%1</translation>
    </message>
    <message>
        <source>Shut down &quot;%1&quot; before marking it as a template: clones are made from its disks, which must not change.</source>
        <translation>请先关闭“%1”再将其标记为模板：克隆基于其磁盘创建，这些磁盘不能被改动。</translation>
    </message>
    <message>
        <source>A transient guest cannot be a template.</source>
        <translation>临时虚拟机不能作为模板。</translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Sealing needs virt-sysprep, which is not installed: install the libguestfs-tools package (apt-get install libguestfs-tools).</source>
        <translation>封装需要 virt-sysprep，但它未安装：请安装 libguestfs-tools 软件包（apt-get install libguestfs-tools）。</translation>
    </message>
    <message>
        <source>Shut the guest down before sealing it.</source>
        <translation>请先关闭虚拟机再封装。</translation>
    </message>
    <message>
        <source>virt-sysprep did not start: %1</source>
        <translation>virt-sysprep 未能启动：%1</translation>
    </message>
    <message>
        <source>virt-sysprep failed: %1</source>
        <translation>virt-sysprep 失败：%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::TranslationLoader</name>
    <message>
        <source>Automatic (system language)</source>
        <translation>自动（系统语言）</translation>
    </message>
</context>
<context>
    <name>VirtDeck::VideoEditor</name>
    <message>
        <source>Virtio (recommended for Linux guests)</source>
        <translation>Virtio（推荐用于 Linux 虚拟机）</translation>
    </message>
    <message>
        <source>QXL (SPICE)</source>
        <translation>QXL（SPICE）</translation>
    </message>
    <message>
        <source>VGA</source>
        <translation>VGA</translation>
    </message>
    <message>
        <source>Bochs (UEFI)</source>
        <translation>Bochs（UEFI）</translation>
    </message>
    <message>
        <source>Cirrus (old guests)</source>
        <translation>Cirrus（旧版虚拟机）</translation>
    </message>
    <message>
        <source>ramfb</source>
        <translation>ramfb</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <source>The video model applies at the next boot.</source>
        <translation>显卡型号在下次启动时生效。</translation>
    </message>
    <message>
        <source>Video model saved for the next boot.</source>
        <translation>显卡型号已保存，将在下次启动时生效。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::VncSession</name>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
</context>
<context>
    <name>VirtDeck::VncWorker</name>
    <message>
        <source>Could not take over the display socket: %1</source>
        <translation>无法接管显示套接字：%1</translation>
    </message>
    <message>
        <source>Cannot use the display socket %1.</source>
        <translation>无法使用显示套接字 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接到 %1：%2</translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation>无法解析 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create a socket: %1</source>
        <translation>无法创建套接字：%1</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation>%1 在 %2 秒内没有响应。</translation>
    </message>
    <message>
        <source>Cannot configure the display socket.</source>
        <translation>无法配置显示套接字。</translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>The display needs a password.</source>
        <translation>显示需要密码。</translation>
    </message>
    <message>
        <source>The password was not accepted: %1</source>
        <translation>密码未被接受：%1</translation>
    </message>
    <message>
        <source>The display at %1 did not complete the VNC handshake.</source>
        <translation>%1 上的显示未完成 VNC 握手。</translation>
    </message>
    <message>
        <source>VNC handshake with %1 failed: %2</source>
        <translation>与 %1 的 VNC 握手失败：%2</translation>
    </message>
    <message>
        <source>The display at %1 closed the connection.</source>
        <translation>%1 上的显示关闭了连接。</translation>
    </message>
    <message>
        <source>Connection to %1 broke: %2</source>
        <translation>与 %1 的连接中断：%2</translation>
    </message>
    <message>
        <source>%1 through SSH to %2</source>
        <translation>%1，经 SSH 连接到 %2</translation>
    </message>
    <message>
        <source>Cannot start ssh for the console tunnel: %1</source>
        <translation>无法启动用于控制台隧道的 ssh：%1</translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 closed: %2</source>
        <translation>到 %1 的 SSH 隧道已关闭：%2</translation>
    </message>
    <message>
        <source>The display at %1 sent %2 bytes of clipboard text, more than the %3 accepted.</source>
        <translation>位于 %1 的显示发送了 %2 字节的剪贴板文本，超过了可接受的 %3。</translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed clipboard message (%2 bytes).</source>
        <translation>位于 %1 的显示发送了格式错误的剪贴板消息（%2 字节）。</translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard could not be read (damaged or larger than %1 MiB).</source>
        <translation>无法读取虚拟机的剪贴板（已损坏或大于 %1 MiB）。</translation>
    </message>
    <message>
        <source>The clipboard could not be compressed for the display.</source>
        <translation>无法为显示压缩剪贴板内容。</translation>
    </message>
    <message>
        <source>The clipboard was not sent: more than %1 MiB of text.</source>
        <translation>剪贴板未发送：文本超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The clipboard was not sent: the display at %1 only takes Latin-1 text, and the text contains “%2”.</source>
        <translation>剪贴板未发送：位于 %1 的显示只接受 Latin-1 文本，而文本中包含“%2”。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::VolumeTransfer</name>
    <message>
        <source>Cannot open a connection for the transfer: %1</source>
        <translation>无法为传输打开连接：%1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation>%1 为空：没有可上传的内容。</translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation>存储池“%1”：%2</translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in pool &quot;%2&quot;.</source>
        <translation>存储池“%2”中已存在名为“%1”的卷。</translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot;: %2</source>
        <translation>无法创建卷“%1”：%2</translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot;: %2</source>
        <translation>卷“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot upload into &quot;%1&quot;: %2</source>
        <translation>无法上传到“%1”：%2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>上传失败：%1</translation>
    </message>
    <message>
        <source>Upload failed at the end: %1</source>
        <translation>上传在结束时失败：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot download &quot;%1&quot;: %2</source>
        <translation>无法下载“%1”：%2</translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation>下载失败：%1</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>写入 %1 失败：%2</translation>
    </message>
    <message>
        <source>Download failed at the end: %1</source>
        <translation>下载在结束时失败：%1</translation>
    </message>
</context>
<context>
    <name>VirtDeck::WriteFailure</name>
    <message>
        <source>No space left on device: the disk holding %1 is full (%2 free). The partial file was removed.</source>
        <translation>设备上没有剩余空间：存放 %1 的磁盘已满（剩余 %2）。不完整的文件已删除。</translation>
    </message>
</context>
<context>
    <name>VirtDeck::XmlEditor</name>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
</context>
</TS>
