<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>VirtDeck</name>
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
        <source>Open this page of the Cloud tab: quotas, flavors or security-groups.</source>
        <translation>打开“云”标签页中的此页面：quotas、flavors 或 security-groups。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>--show-cloud-page %1: use quotas, flavors or security-groups.</source>
        <translation>--show-cloud-page %1：请使用 quotas、flavors 或 security-groups。</translation>
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
</context>
<context>
    <name>VirtDeck::Cloud::ComputeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation>未登录。</translation>
    </message>
    <message>
        <source>a flavor entry is not an object</source>
        <translation>云主机类型条目不是对象</translation>
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
        <source>a security group entry is not an object</source>
        <translation>安全组条目不是对象</translation>
    </message>
    <message>
        <source>The security group needs a name.</source>
        <translation>安全组需要名称。</translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation>名称超过 255 个字符。</translation>
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
    <name>VirtDeck::Cloud::VolumeClient</name>
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
    <name>VirtDeck::GuestWindow</name>
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
        <source>vCPUs:</source>
        <translation>vCPU：</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>内存：</translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation>自动启动：</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>XML</source>
        <translation>XML</translation>
    </message>
    <message>
        <source>This guest no longer exists.</source>
        <translation>该虚拟机已不存在。</translation>
    </message>
    <message>
        <source>%1 – VirtDeck</source>
        <translation>%1 – VirtDeck</translation>
    </message>
    <message>
        <source>%1 of %2 maximum</source>
        <translation>%1（最大 %2）</translation>
    </message>
    <message>
        <source>Starts when the host boots</source>
        <translation>宿主机启动时自动启动</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
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
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>快照</translation>
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
</TS>
