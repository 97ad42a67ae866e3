<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GuestCreationService</name>
    <message>
        <source>libvirt finds no UEFI firmware on this host: install the ovmf package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the host&apos;s capabilities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot ask libvirt for UEFI firmware: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the guests: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the guest: %1
The new volume &quot;%2&quot; could not be removed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt refused the guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostBridgeService</name>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list guests: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkFormValidator</name>
    <message>
        <source>Enter the subnet in CIDR notation, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length: write it as address/prefix, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 subnet (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 subnet (e.g. %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix length of &quot;%1&quot; must be a number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /%1 subnet has no room for a gateway and guests: use /%2 or shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set: the subnet is %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host&apos;s address in %1 (the guests&apos; gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 is outside the subnet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s own network or broadcast address; the gateway needs a host address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside the subnet %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s network or broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the first address DHCP may hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the last address DHCP may hand out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range ends (%1) before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DHCP range %1 – %2 covers the gateway %3: start it after the gateway or end it before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid network name: use letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; and &quot;+&quot;, starting with a letter or digit, at most 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network named &quot;%1&quot; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridged mode needs the name of an existing host bridge, e.g. br0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid bridge name: at most 15 letters, digits, &quot;-&quot;, &quot;_&quot; or &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has no bridge named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host already has an interface named &quot;%1&quot;; libvirt creates the bridge of this network itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid interface name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network on a host bridge takes its addresses from the bridge&apos;s LAN: turn off IPv4 and IPv6 here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A NAT, routed or open network needs at least one subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT works on IPv4 only: give the network an IPv4 subnet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkService</name>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list networks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot define network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; was defined but autostart could not be set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; was defined but did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot define the network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change autostart of network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read network &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the DHCP leases of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewGuestValidator</name>
    <message>
        <source>Enter a name for the new guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use letters, digits and . _ + - only, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an ISO image or a CD-ROM device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the ISO image on the host (starting with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the install tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The install tree must be an http, https, ftp or nfs URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the tree&apos;s kernel on the host: VirtDeck boots it directly and does not download it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the initrd on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s): give the guest at most that many.</source>
        <translation>
            <numerusform>The host has %n CPU: give the guest at most that many.</numerusform>
            <numerusform>The host has %n CPUs: give the guest at most that many.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the guest at least %1 MiB of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host has %1 MiB of memory: the guest cannot have more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing needs an existing disk image: choose a volume or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an active storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the new volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume name may not contain / or start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; already has a volume named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk size must be greater than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; has only %2 free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the full path of the disk image on the host (starting with /).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An installation from a URL needs a disk to install to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a host bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a virtual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network boot (PXE) needs a network interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI firmware (OVMF) is not available on this host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsInfoCatalog</name>
    <message>
        <source>Generic or unknown OS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OsInfoLoader</name>
    <message>
        <source>Cannot read the libosinfo database (package osinfo-db): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libosinfo database is empty: install the osinfo-db package.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageFormValidator</name>
    <message>
        <source>Enter the pool&apos;s XML definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid pool name: use letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; and &quot;+&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool named &quot;%1&quot; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute, clean path (e.g. /var/lib/libvirt/images).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pool&apos;s directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mount point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the file server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the share&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exported directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume group&apos;s target is /dev/&lt;group name&gt;, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume group name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building a new volume group needs at least one device, e.g. /dev/sdb; to use an existing group, do not build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a device path under /dev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pools of type &quot;%1&quot; are created from XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name: no &quot;/&quot; and not &quot;.&quot; or &quot;..&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in this pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The format must be raw or qcow2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume needs a size larger than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An overlay cannot be smaller than its backing volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The allocation cannot exceed the capacity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only qcow2 volumes can have a backing volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is the volume&apos;s current size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinking a volume destroys the data at its end; tick &quot;Allow shrinking&quot; if that is what you want.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageService</name>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list storage pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot define the pool: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but could not be built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but did not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; was defined but autostart could not be set: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change autostart of pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the volumes of pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clone &quot;%1&quot; to &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resize &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot wipe &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read volume &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddConnectionDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect &amp;automatically when VirtDeck starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM (system)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libvirt test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote QEMU/KVM over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: your local user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the built-in test:///default host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example qemu+tls://host.example.org/system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: shown instead of the URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Libvirt URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver file must be given as an absolute path, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Test Driver Host File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libvirt host XML (*.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddDiskDialog</name>
    <message>
        <source>Create a &amp;new volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;existing file, volume or ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Disk to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VirtIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCSI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/disk.qcow2 or an ISO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list storage pools: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 free)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::AddNicDialog</name>
    <message>
        <source>&amp;Link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Network Card to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio (fastest, needs drivers on Windows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1000 (Intel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rtl8139 (Realtek)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated: 52:54:00:xx:xx:xx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MA&amp;C address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>br0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ApplicationOptions</name>
    <message>
        <source>Manage KVM/QEMU guests through libvirt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the libvirt URI (repeatable), for example qemu:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console of the named guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the details window of the named guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the host overview of the first connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --connect, do not also open the saved autoconnect connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Cloud tab and sign in to the named cloud of clouds.yaml (or &quot;envvars&quot; for OS_* variables).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new window even when VirtDeck is already running (by default the running one gets the other options and this process exits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this page of the Cloud tab: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-cloud-page %1: use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ApplyScopeBox</name>
    <message>
        <source>Now (running guest only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next boot (saved definition)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now and next boot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::BatchCreateDialog</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Guests from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web-{01..20}: zero padded from the first number; web-{1..5}; web-{#} with the count; web-{a,b,c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked clones (qcow2 overlays on the template&apos;s disks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start each guest once created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;many:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name &amp;pattern:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;emory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates: mark a shut-off guest as a template first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n vCPU(s), %2 MiB)</source>
        <translation>
            <numerusform>%1 (%n vCPU, %2 MiB)</numerusform>
            <numerusform>%1 (%n vCPUs, %2 MiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clashes: see below</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) created</source>
        <translation>
            <numerusform>%n guest created</numerusform>
            <numerusform>%n guests created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n cancelled.</numerusform>
            <numerusform>%n cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost: the list is checked again when it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connection back: %n guest(s) of the batch exist on the host.</source>
        <translation>
            <numerusform>Connection back: %n guest of the batch exists on the host.</numerusform>
            <numerusform>Connection back: %n guests of the batch exist on the host.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exists on the host. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on the host (anything half-made was removed). %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::BatchCreateJob</name>
    <message>
        <source>Not created: the batch was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::BootEditor</name>
    <message>
        <source>Hard disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CD-ROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the boot &amp;menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot &amp;order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot options apply at the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest sets its boot order per device; that order is kept and can be edited in the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one device to boot from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot options saved for the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CatalogEndpointModel</name>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CliParser</name>
    <message>
        <source>libvirt URI (default: $VIRTDECK_DEFAULT_URI, $LIBVIRT_DEFAULT_URI, else as the GUI).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for missing values on stdin even when it is not a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template guest of batch-create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many guests batch-create makes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names: web-{01..20}, web-{1..5}, web-{#} with --count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs of the new guests (default: as the template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory of the new guests in MiB, or with M/G (default: as the template).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked clones: qcow2 overlays on the template&apos;s disks (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full clones: independent copies of the disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach every interface of the new guests to this network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the new guests once created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name (snapshot commands), or the new guest&apos;s name (clone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete: also delete the guests&apos; writable disk volumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template mark: seal first with virt-sysprep (libguestfs-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do; see Commands below.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of --linked and --full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count wants a number from 1 to %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--vcpus wants a positive number, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory wants a size in MiB (512, 512M, 2G), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one guest name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snapshot wants create, list, revert or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>template wants mark, unmark or list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Try --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing %2 (stdin is not a terminal; pass them as options, or --interactive).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck-cli: VirtDeck&apos;s command-line companion for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest names (separated by spaces): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many guests [from the pattern]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name pattern (web-{01..20}, web-{#}): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs [as the template]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory in MiB [as the template]: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guest name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot name: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one guest name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the template&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a positive number of vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a size in MiB (512, 512M, 2G).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a snapshot name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CliRunner</name>
    <message>
        <source>No answer (end of input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtdeck-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VCPUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEMORY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot; to use as the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created and started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1/%2] %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORWARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BRIDGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sealing with virt-sysprep…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneDialog</name>
    <message>
        <source>Clone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: qcow2 overlays on this guest&apos;s disks (fast, small; keep the source)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full: independent copies of the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clone gets a new UUID, new MAC addresses and volumes named after it in the same pool. CD-ROMs, read-only and shareable disks are shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not cloned: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneService</name>
    <message>
        <source>Cancelled before it began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be shut off to be cloned: its disks would change while they are copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2) is not a volume of a storage pool; only pool volumes can be cloned. Refresh or add the pool that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read volume %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create volume %1 for disk %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVRAM file %1 already exists; it is left alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the NVRAM file %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot define the clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the clone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be shut off to be cloned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names to create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the host was lost (%1). Whatever was made of this guest is removed when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not begun: the connection to the host was lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloneXml</name>
    <message>
        <source>Not a libvirt domain description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source guest&apos;s XML is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudConfigLoader</name>
    <message>
        <source>Cloud &quot;%1&quot; has no auth_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot;: auth_url &quot;%2&quot; is not an http or https URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; uses an application credential but names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; has neither username nor user_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, column %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;clouds:&quot; section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;clouds&quot; must map cloud names to their settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot; must be a map of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot;: &quot;auth&quot; must be a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cloud &quot;%2&quot;, line %3: a value has the wrong type (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment (OS_* variables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS_IDENTITY_API_VERSION=%1: only Keystone v3 is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds configured: no clouds.yaml in %1 and no OS_AUTH_URL in the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud named &quot;%1&quot; (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2, column %3: every key must be a plain name, not a list or a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is nested too deeply or refers to itself through an alias.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudError</name>
    <message>
        <source>The service rejected the values sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are wrong, or the sign-in is no longer valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role in this project does not allow this; the cloud&apos;s policy reserves it for other roles, usually administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not exist (any more), or this project cannot see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It conflicts with something that exists already, for example an identical entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quota or size limit would be exceeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service failed internally; its log has the details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (Nova)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block storage (Cinder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network (Neutron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (Keystone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (Glance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply VirtDeck cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudJson</name>
    <message>
        <source>invalid JSON at byte %1 of %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystone sent an unreadable expiry time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudPasswordStore</name>
    <message>
        <source>System keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::CloudSession</name>
    <message>
        <source>TLS certificate verification is off for cloud &quot;%1&quot; (verify: false): anyone on the network path can read and change this traffic, including your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service catalog has no %1 endpoint for the %2 interface in region &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; needs the application credential secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud &quot;%1&quot; needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity (Keystone) cannot be reached at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An application credential is bound to its project; sign in with a password to switch projects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in expired and signing in again failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s TLS certificate is not trusted (%1). If this is the right server, name its CA certificate with &quot;cacert:&quot; in clouds.yaml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 did not answer within %3 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ComputeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flavor ID is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flavor needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flavor needs at least 1 MiB of RAM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk, ephemeral disk and swap cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RX/TX factor must be greater than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageClient</name>
    <message>
        <source>&quot;size&quot; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glance does not know the disk format &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visibility must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageFormat</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name %1 says %2, but the file&apos;s content is %3. Glance stores whatever format it is told, and an instance of an image with the wrong format does not boot: upload it as %3 (or rename the file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ImageTransfer</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image (Glance) cannot be reached at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::InstanceClient</name>
    <message>
        <source>&quot;addresses&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the addresses of network &quot;%1&quot; are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fault&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;events&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suspend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the console URL is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch at least one instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flavor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the instance boots from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume needs a size of at least 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user data is %1 bytes once encoded; Nova accepts at most 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::KeyPairClient</name>
    <message>
        <source>The key pair needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key pair name may contain only letters, digits, spaces and the characters _ - . @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::KeystoneParser</name>
    <message>
        <source>Keystone issued no token (the X-Subject-Token header is missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystone issued a token without a project: the user has no project to work in, or the cloud configuration names none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token has no service catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::LaunchQuota</name>
    <message>
        <source>instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This launch needs %1 %2 but the project has only %3 left of its quota (%4 at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::NetworkClient</name>
    <message>
        <source>&quot;security_group_rules&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;allocation_pools&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;external_gateway_info&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;fixed_ips&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the network the subnet belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The router needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an external network for the gateway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No device chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the external network to allocate the address from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance port to associate the address with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::ProjectNetworkBuilder</name>
    <message>
        <source>The %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the router&apos;s gateway to the external network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect the subnet to the router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 with subnet %2 (%3) is connected through router %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no external network chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything could be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps already done were undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::QuotaParser</name>
    <message>
        <source>quota &quot;%1&quot; has no integer limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; is neither a number nor a detail object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota &quot;%1&quot; has the impossible limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the quota set is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a valid limit (use -1 for unlimited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SecurityGroupRuleValidator</name>
    <message>
        <source>Direction must be ingress or egress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ether type must be IPv4 or IPv6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol &quot;%1&quot; is not tcp, udp, icmp, any, or a number from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both ends of the port range, or neither for all ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports run from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first port (%1) is above the last one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICMP type runs from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ICMP code runs from 0 to 255.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ICMP code needs an ICMP type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports can only be given for TCP, UDP and SCTP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a remote CIDR or a remote group, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CIDR such as 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote CIDR %1 does not match the ether type %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SshKeyGenerator</name>
    <message>
        <source>Choose where to save the private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name (an existing key is never overwritten).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already; choose another file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a private key. Choose the public key (usually the file ending in .pub); a private key must never be uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public key is one line; this text has several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an OpenSSH public key (&quot;ssh-ed25519 AAAA… comment&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen was not found; install OpenSSH&apos;s client (Debian: openssh-client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permissions of %1 could not be set to 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-keygen wrote no public key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::SubnetValidator</name>
    <message>
        <source>Enter the subnet&apos;s network address in CIDR notation, for example 10.0.0.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no prefix length; write it as address/length, for example 10.0.0.0/24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a network address in CIDR notation (for example 10.0.0.0/24 or fd00:1::/64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has host bits set; the network is %2/%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /%1 network has no room for a gateway and instances; use /%2 or shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A /%1 network is larger than any project needs; use /%2 or longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a range; write first-last, for example 10.0.0.10-10.0.0.99.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CIDR is an IPv%1 network but the subnet is IPv%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 is an IPv%2 address in an IPv%3 subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway %1 is outside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway cannot be the network address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway cannot be the broadcast address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server &quot;%1&quot; is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 is an IPv%2 address in an IPv%3 subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 does not consist of two IP addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is not IPv%2 like the subnet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 is not inside %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 includes the network or broadcast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool %1 contains the gateway %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pools %1-%2 and %3-%4 overlap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool contains %1, the gateway Neutron chooses when none is given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::VolumeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;attachments&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 255 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume needs at least 1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new size must be larger than the current %1 GiB; a volume cannot shrink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an available or attached volume can be extended; this one is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the instance to attach the volume to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Cloud::VolumeSnapshotClient</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudFlavorsPage</name>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project Access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually only administrators may create flavors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n flavor(s)</source>
        <translation>
            <numerusform>%n flavor</numerusform>
            <numerusform>%n flavors</numerusform>
        </translation>
    </message>
    <message>
        <source>Public flavors are open to every project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a flavor to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra specs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete flavor %1 (%2)? Running instances keep their sizes, but no new instance can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudFloatingIpsPage</name>
    <message>
        <source>Associate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disassociate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n floating IP(s)</source>
        <translation>
            <numerusform>%n floating IP</numerusform>
            <numerusform>%n floating IPs</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no external network to allocate a floating IP from; an administrator has to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocate Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the external network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IP %1 allocated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No instance port to associate with; launch an instance on a network with a router first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Associate Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance and address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now reaches %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 disassociated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release Floating IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1? The address goes back to the pool and may be given to another project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudImagesPage</name>
    <message>
        <source>Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>Creating image %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 could not be created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1 cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visibility cannot be changed to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete image %1? Instances already running from it keep working; no new ones can be launched from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudInstancesPage</name>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every project&apos;s instances (administrators only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s)</source>
        <translation>
            <numerusform>%n instance</numerusform>
            <numerusform>%n instances</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an instance to see its details and action log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1 (task: %2, power: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2  (request %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking Nova to %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nova accepted to %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete instance %1 (%2)? Its disk is gone for good; volumes it boots from are deleted only if they were created with &quot;delete on terminate&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console log of %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console Log of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No console for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance details</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s); refreshing while Nova works on some</source>
        <translation>
            <numerusform>%n instance; refreshing while Nova works on it</numerusform>
            <numerusform>%n instances; refreshing while Nova works on some</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudKeyPairsPage</name>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Public Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n key pair(s)</source>
        <translation>
            <numerusform>%n key pair</numerusform>
            <numerusform>%n key pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair %1 imported (fingerprint %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair %1 created. The private key is saved in %2 (readable only by you); log in with: ssh -i %2 USER@ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Pair Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key pair %1 from the cloud? Instances that use it keep it; a local private key is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudNetworkListModel</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudNetworksPage</name>
    <message>
        <source>Delete Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Subnet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for This Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets of the selected network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with every project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External (routers can use it as gateway; floating IPs come from it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only administrators can make a network shared or external.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 created; add a subnet to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete network %1 and its subnets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete subnet %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudPage</name>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clouds configured. Put a clouds.yaml in ~/.config/openstack/ or /etc/openstack/, or start VirtDeck with the OS_* variables of an openrc file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a cloud and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cloud named &quot;%1&quot; in clouds.yaml or the environment (known: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the password in the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be kept (%1); it will be asked for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 in project %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching to project %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudPasswordPrompt</name>
    <message>
        <source>Remember in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available: the password is asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudQuotasPage</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server group members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected file bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injected file path bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume storage (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup storage (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest volume (GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floating IPs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RBAC policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrators can change the limits; -1 means unlimited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quotas of project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n limit(s).</source>
        <translation>
            <numerusform>Saved %n limit.</numerusform>
            <numerusform>Saved %n limits.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudRoutersPage</name>
    <message>
        <source>Create Router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Router…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Gateway…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Interface…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports of the selected router:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n router(s)</source>
        <translation>
            <numerusform>%n router</numerusform>
            <numerusform>%n routers</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 created; set its gateway and add interfaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Router</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete router %1? Its subnet interfaces must be removed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Router %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no external network; an administrator has to create one (router:external).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, network %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no subnet to connect; create a network with a subnet first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface added (port %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect the subnet of %1 from the router?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudSecurityGroupsPage</name>
    <message>
        <source>Delete Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n security group(s)</source>
        <translation>
            <numerusform>%n security group</numerusform>
            <numerusform>%n security groups</numerusform>
        </translation>
    </message>
    <message>
        <source>Create Security Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Security Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete security group %1 and its rules?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudSubnetDialog</name>
    <message>
        <source>No gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Subnet to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 192.168.10.0/24</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8.8.4.4, 1.1.1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One range per line, e.g. 192.168.10.10-192.168.10.200; empty: the whole subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DHCP:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS &amp;servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation &amp;pools:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumeDialog</name>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend Volume %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The volume quota leaves %n GiB.</source>
        <translation>
            <numerusform>The volume quota leaves %n GiB.</numerusform>
            <numerusform>The volume quota leaves %n GiB.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more volume(s) allowed.</source>
        <translation>
            <numerusform>%n more volume allowed.</numerusform>
            <numerusform>%n more volumes allowed.</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume quota limit known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing by %1 GiB exceeds the volume quota, which leaves %2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB exceeds the volume quota, which leaves %2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has as many volumes as its quota allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumeListModel</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bootable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CloudVolumesPage</name>
    <message>
        <source>All projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s)</source>
        <translation>
            <numerusform>%n volume</numerusform>
            <numerusform>%n volumes</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume quota unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used (unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gigabytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota of this project — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete volume %1 and all data on it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting volume %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This project has no instance to attach the volume to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaching as %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach %1 from %2? Unmount it inside the instance first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detaching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extending volume %1 to %2 GiB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 now has %2 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder&apos;s messages cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder left no message saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cinder says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 was not extended to %2 GiB: it keeps %3 GiB and its status is now %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The volume&apos;s data is unchanged; it can be deleted, or an administrator can reset its status to available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConnectionSession</name>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConnectionWorker</name>
    <message>
        <source>the connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daemon closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the host stopped answering keepalive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected: %1. Reconnecting in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no saved state to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not stop the guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the guest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest was deleted, but these volumes were not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest has no VNC display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt display socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console listens on a UNIX socket on the host, and libvirt could not pass it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s VNC display has no port yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console only listens on %1&apos;s loopback address, and libvirt could not pass its socket: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console can only be tunnelled through SSH on a qemu+ssh:// connection, not on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt&apos;s socket was not asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console listens on a UNIX socket on %1, and libvirt could not pass it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 on %3 (SSH tunnel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An SSH tunnel needs a remote host in the connection URI (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ConsolePage</name>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full screen (Ctrl+Alt+F toggles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console needs a password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console is in its own window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the console back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+Alt to release the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys as scan codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys as keysyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CpuEditor</name>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Maximum vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: %1 of at most %2 vCPUs. Next boot: %3 of %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next boot: %1 of at most %2 vCPUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s).</source>
        <translation>
            <numerusform>The host has %n CPU.</numerusform>
            <numerusform>The host has %n CPUs.</numerusform>
        </translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::CreateSnapshotDialog</name>
    <message>
        <source>Take Snapshot of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Take Snapshot of %n Guest(s)</source>
        <translation>
            <numerusform>Take Snapshot of %n Guest</numerusform>
            <numerusform>Take Snapshot of %n Guests</numerusform>
        </translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks and memory: the guest resumes exactly where it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks only: like after a power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is shut off: there is no memory to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: inside the guest&apos;s qcow2 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External: new overlay files next to the images (disks only; libvirt 9.0 cannot revert to these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiesce file systems through the guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for disk-only snapshots of running guests whose agent answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest agent answers in this guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no writable file-backed disk for an external snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New files (existing files are never overwritten):
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeleteGuestDialog</name>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n guest(s)</source>
        <translation>
            <numerusform>Delete %n guest</numerusform>
            <numerusform>Delete %n guests</numerusform>
        </translation>
    </message>
    <message>
        <source>The guest definitions are removed. Tick the storage volumes that should be deleted with them; everything left unticked is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest / disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete UEFI variable stores (NVRAM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the disks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a volume of a storage pool: kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the guests&apos; disks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n running guest(s) will be forced off first.</source>
        <translation>
            <numerusform>%n running guest will be forced off first.</numerusform>
            <numerusform>%n running guests will be forced off first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete snapshot metadata (%n snapshot(s))</source>
        <translation>
            <numerusform>Delete snapshot metadata (%n snapshot)</numerusform>
            <numerusform>Delete snapshot metadata (%n snapshots)</numerusform>
        </translation>
    </message>
    <message>
        <source>Guests with snapshots cannot be deleted while their snapshot metadata is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeleteSnapshotDialog</name>
    <message>
        <source>Delete Snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the snapshot &quot;%1&quot;? The guest&apos;s current state is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only this snapshot (its %n child snapshot(s) move up one level)</source>
        <translation>
            <numerusform>Only this snapshot (its %n child snapshot moves up one level)</numerusform>
            <numerusform>Only this snapshot (its %n child snapshots move up one level)</numerusform>
        </translation>
    </message>
    <message>
        <source>This snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This snapshot and the %n snapshot(s) below it</source>
        <translation>
            <numerusform>This snapshot and the %n snapshot below it</numerusform>
            <numerusform>This snapshot and the %n snapshots below it</numerusform>
        </translation>
    </message>
    <message>
        <source>Only libvirt&apos;s record of it (its data stays in the images and files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DeviceDetailsView</name>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest side: %1, port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host side: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown here only; edit serial devices in the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller: %1, index %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controllers are added by libvirt as the devices need them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DiskEditor</name>
    <message>
        <source>&amp;Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of an ISO image on the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cache mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This disk is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device: %1 on bus %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shareable between guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the running guest only: it is gone after a shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the definition only: the guest gets it at its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cache mode and read-only apply at the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of the new media, or eject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media of %1 changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options of %1 saved for the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media of %1 ejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainHardwareService</name>
    <message>
        <source>%1 is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1 from the definition: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot unplug %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed from the definition, but cannot be unplugged now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest has the change, but the definition does not: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest is transient (it has no stored definition) and cannot be changed for its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the vCPUs of the definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition was changed, but the running guest cannot get %1 vCPUs now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1 vCPUs now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the memory of the definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition was changed, but the running guest&apos;s memory cannot change now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the memory now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot; is not active: start it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot; in pool &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the new volume &quot;%2&quot; was deleted again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the new volume &quot;%2&quot; stays in pool &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach disk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drive %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot attach the network card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network card %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainHardwareXml</name>
    <message>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a libvirt domain description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a disk device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only CD-ROM and floppy drives have removable media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition has no &lt;os&gt; element.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest sets the boot order per device (&lt;boot order=…&gt;); libvirt does not allow an &lt;os&gt; boot list as well. Edit the order in the XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no graphics device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no video device %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no disk %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::DomainXmlReader</name>
    <message>
        <source>Not a libvirt domain description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain XML is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorAccessDialog</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects with Access to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these projects (and administrators) can see and use this private flavor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project has access yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorDialog</name>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (every project may use it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;RAM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root &amp;disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ephemeral disk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Swap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX/TX factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give an ID, or let the cloud choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::FlavorListModel</name>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ephemeral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RX/TX factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::FloatingIpListModel</name>
    <message>
        <source>not associated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapped to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GraphicsEditor</name>
    <message>
        <source>Choose a free port &amp;automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor default (usually 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Listen address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This graphics device is not in the definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set (not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics changes apply at the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest listens on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graphics saved for the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestDetailsReader</name>
    <message>
        <source>The document&apos;s root element is &lt;%1&gt;, not &lt;domain&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XML is not well-formed (line %1, column %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is empty or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestInterfaceModel</name>
    <message>
        <source>Reported by the guest agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the DHCP lease of the libvirt network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestListColumns</name>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestListModel</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1, write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1, sent %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
UUID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n guest(s))</source>
        <translation>
            <numerusform>%1 (%n guest)</numerusform>
            <numerusform>%1 (%n guests)</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected, reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 B/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestNameValidator</name>
    <message>
        <source>Enter a name for the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid guest name: use up to 64 letters, digits, &quot;-&quot;, &quot;_&quot;, &quot;.&quot; or &quot;+&quot;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is already called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestOverviewPage</name>
    <message>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UUID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set User Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest agent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short line shown in the guest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about this guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transient guest has no definition to start at boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the guest&apos;s details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent channel in the guest&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel present, agent not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the running guest only (it is transient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies now and to the saved definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the saved definition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded in the guest&apos;s metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the guest down to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is one line: remove the line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title and description were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title and description saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest starts when the host boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest no longer starts when the host boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPasswordCustomizer</name>
    <message>
        <source>virt-customize is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-customize is not installed. Install the package libguestfs-tools (apt-get install libguestfs-tools) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a password of one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the temporary password file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the guest&apos;s disk may be left as it was or changed, check before use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was set. It takes effect when the guest next boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-customize failed (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-customize could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPasswordDialog</name>
    <message>
        <source>Set User Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking how to reach the guest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is set inside the running guest %1 through its guest agent, at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest %1 is shut off: the password is written into its disk image with virt-customize. This takes a minute or two; do not start the guest meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 cannot be set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running (it is paused or suspended): resume it so its agent can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no agent channel. Add a channel of type &quot;unix&quot; with target &quot;org.qemu.guest_agent.0&quot; to its definition (XML page), install qemu-guest-agent inside the guest and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or shut the guest down to set the password in its disk image with virt-customize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-customize only reaches guests on this machine; %1 is not local. Start the guest with a guest agent, or run virt-customize on the host itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-customize is not installed. Install the package libguestfs-tools (apt-get install libguestfs-tools; about 100 packages), or start the guest with a guest agent (qemu-guest-agent) to set it through the agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name cannot contain &quot;:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running virt-customize…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent does not answer. Install and start qemu-guest-agent inside the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent does not answer (%1). Install and start qemu-guest-agent inside the guest.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestPerformancePage</name>
    <message>
        <source>%1/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statistics yet: they are sampled while the guest runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory used: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk: read %1, write %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: received %1, sent %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title is one line: remove the line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the title: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the description: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the &lt;uuid&gt; element (%1): without it libvirt would treat the document as a new guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;uuid&gt; is %1, but this guest&apos;s is %2. Changing it would define a second guest; clone the guest instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &lt;name&gt; is &quot;%1&quot;, but this guest is &quot;%2&quot;. Rename the guest from its Overview page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down &quot;%1&quot; first: only a shut-off guest can be renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user whose password to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest agent could not set the password of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no guest agent channel (org.qemu.guest_agent.0), so the guest agent cannot set the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestWindow</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::GuestXmlPage</name>
    <message>
        <source>Saved definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guest boots with next time (virsh dumpxml --inactive). Editable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The definition as it runs now, with runtime details (virsh dumpxml). Read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the XML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes take effect when the guest next boots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: edit the saved definition instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s XML has changes that were not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply them now, discard them, or go back to editing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt did not accept the definition: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defined. The changes take effect when the guest next boots.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwareEditor</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwarePage</name>
    <message>
        <source>CD-ROM %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floppy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Hardware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disk or CD-ROM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network Card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the hardware: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot Options (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIC %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is running: changes can apply now, at the next boot, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is shut off: changes apply at its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is transient (no stored definition): changes apply to the running guest only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk %1 added (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network card %1 added on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest was asked to release %1 but has not yet: it stays attached until the guest&apos;s operating system lets go of it (a guest without one never does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – now only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – next boot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HardwareValidator</name>
    <message>
        <source>&quot;%1&quot; is not a MAC address: write six pairs of hex digits separated by colons, like 52:54:00:12:34:56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a multicast address (the first byte is odd): a network card needs a unicast address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>00:00:00:00:00:00 is not a usable MAC address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest already has a network card with MAC address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a target device name, like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a %2 disk: use %3a, %3b… (next free: %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest already has a disk %1; the next free one is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CD-ROM drive cannot be on the virtio bus: choose SATA, SCSI or IDE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new volume can only be attached as a disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the storage pool for the new volume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid volume name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pool already has a volume named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume must be raw or qcow2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the %2 free in pool %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file, volume or device the disk uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the host bridge, like br0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the virtual network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host interface name (up to 15 letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest is not running: the change can only apply at its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest is transient (it has no stored definition): the change can only apply now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest needs at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum must be at least one vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s); the maximum cannot be higher.</source>
        <translation>
            <numerusform>The host has %n CPU; the maximum cannot be higher.</numerusform>
            <numerusform>The host has %n CPUs; the maximum cannot be higher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The maximum is part of the definition: it changes for the next boot only. Choose &quot;next boot&quot; or &quot;both&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest can have at most %1 vCPUs until it restarts: its maximum is fixed while it runs. Raise the maximum for the next boot, then restart the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vCPUs is more than the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memory must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum memory must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maximum memory is part of the definition: it changes for the next boot only. Choose &quot;next boot&quot; or &quot;both&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest can use at most %1 until it restarts: its maximum memory is fixed while it runs. Raise the maximum for the next boot, then restart the guest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than the maximum of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new maximum of %1 vCPUs takes effect when the guest restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest keeps %1 vCPUs until it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new maximum of %1 takes effect when the guest restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running guest keeps its current memory until it restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only VNC and SPICE can be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed port must be between 5900 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new password, or choose to keep or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC uses only the first 8 characters of a password; use at most 8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostBridgeModel</name>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host (/sys)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest NICs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostInterfacesPane</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host interfaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::HostOverviewWindow</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libvirt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU speed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Host Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d s</source>
        <extracomment>Label of the time axis of the host graphs, printf-style: keep %d.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host CPU: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host memory used: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host Interfaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ImageListModel</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ImageUploadDialog</name>
    <message>
        <source>Upload with this format anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually only administrators may publish public images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content is %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the image file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s content is %1: upload it as %1, or confirm the other format.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::InstanceListModel</name>
    <message>
        <source>No state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(booted from volume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeyPairDialog</name>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh-ed25519 AAAA… user@host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Public key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the public key (the .pub file) is uploaded; the private key stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed25519 (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA P-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 3072</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save private key as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pair is made on this computer with ssh-keygen; the private key is saved readable only by you (mode 0600) and never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a public key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Private Key As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeyPairListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::KeysymMapper</name>
    <message>
        <source>Cannot start libxkbcommon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown keyboard layout &quot;%1&quot; (is xkb-data installed?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::LaunchInstanceWizard</name>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the instance and choose how many to launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any availability zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the instance boots from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new volume and boot from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the volume when the instance is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The size of the instance. Flavors that would exceed the project&apos;s quota are marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the networks to attach; the order is the order of the NICs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The firewall rules of the instance&apos;s ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH key that cloud-init installs for the default user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Public Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key Pair…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data for cloud-init, and a config drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load from File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a config drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User data (cloud-init):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check, then launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading images, flavors, networks and quotas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no key pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 GiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exceeds quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s quota is not known; Nova checks it at launch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The instance needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no %1 to boot from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the instance boots from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new volume must hold the image: at least %1 GiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a flavor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user data is too large: Nova accepts at most 64 KiB once base64-encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot volume: new, %1 GiB, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted with the instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boot volume: none (the image is copied to the hypervisor&apos;s disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flavor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networks (in NIC order): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security groups: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>User data: %n byte(s)</source>
        <translation>
            <numerusform>User data: %n byte</numerusform>
            <numerusform>User data: %n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Config drive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launched (reservation %1); waiting for the instances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Public Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key pair name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Key Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the Private Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load User Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the 64 KiB Nova accepts as user data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (vCPUs and RAM once a flavor is chosen)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::Libvirt</name>
    <message>
        <source>Unknown libvirt error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::LibvirtUri</name>
    <message>
        <source>The connection URI is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection URI must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a libvirt URI: it must start with a driver and &quot;://&quot;, for example qemu:///system or qemu+ssh://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown libvirt driver &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown transport &quot;%1&quot;: use ssh, tls, tcp, unix or libssh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URI is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote connection needs a host name, for example %1://user@host/system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver needs test:///default or an absolute path to a host XML file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test driver file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM user session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU/KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::MainWindow</name>
    <message>
        <source>VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on &amp;Host Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;Not Start on Host Boot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Demo Host (test driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the list? Its guests are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force off %1? This is like pulling the power plug: unsaved data in the guest is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n guest(s)…</source>
        <translation>
            <numerusform>%1: %n guest…</numerusform>
            <numerusform>%1: %n guests…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guest named &quot;%1&quot; on any connected host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s), %1 active</source>
        <translation>
            <numerusform>%n guest, %1 active</numerusform>
            <numerusform>%n guests, %1 active</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual machines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sna&amp;pshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to Snaps&amp;hot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Virtual Machine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reboot %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New virtual machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a host first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search guests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::MemoryEditor</name>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now: %1 MiB of at most %2 MiB. Next boot: %3 MiB of %4 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next boot: %1 MiB of at most %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NamePattern</name>
    <message>
        <source>Enter a name pattern, e.g. web-{01..20} or web-{#}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count must be between 1 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbalanced braces in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one {…} placeholder is allowed in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range {%1} is larger than %2 names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how many guests to create for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the placeholder {%1}: use {01..20}, {1..5}, {#} or {a,b,c}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pattern gives %n name(s), but the count is %1.</source>
        <translation>
            <numerusform>The pattern gives %n name, but the count is %1.</numerusform>
            <numerusform>The pattern gives %n names, but the count is %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A guest name cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid guest name: use letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;+&apos; and &apos;-&apos;, starting with a letter or digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A guest named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworkDialog</name>
    <message>
        <source>e.g. lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any host interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCPv6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the network now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Virtual Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bridge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward via:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subnet (CIDR):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCPv6 start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCPv6 end:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworkModel</name>
    <message>
        <source>Isolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 subnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NetworksPane</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP &amp;Leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and delete the virtual network &quot;%1&quot;? Guests on it lose their connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2  %3  %4  until %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no host name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network %1 — DHCP leases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DHCP leases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual networks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NewGuestWizard</name>
    <message>
        <source>New Virtual Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the host&apos;s capabilities, pools and networks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new virtual machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. web-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the guest boots its installer or its system from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local install media (ISO image or CD-ROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network install tree (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network boot (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import an existing disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/libvirt/images/installer.iso or /dev/sr0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO images (*.iso *.img);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image or device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mirror.example/fedora/releases/37/Everything/x86_64/os/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/libvirt/boot/vmlinuz (from the tree&apos;s images/pxeboot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/var/lib/libvirt/boot/initrd.img</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kernel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initrd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kernel &amp;arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest boots the tree&apos;s kernel and initrd directly, with the URL on its command line; VirtDeck records the location in the guest&apos;s metadata but does not download the files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest boots from the network first (its NIC&apos;s PXE ROM), then from its disk. Choose a network with a PXE server on the Network page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the disk image on the Storage page. The guest boots from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guest will run: it sets memory, disk size and the device models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, e.g. &quot;fedora&quot;, &quot;ubuntu 22.04&quot;, &quot;win10&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading libosinfo&apos;s list of operating systems…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an operating system, or &quot;Generic&quot; if it is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), libosinfo id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 MiB memory, %2 GiB disk, %n vCPU(s), %3</source>
        <translation>
            <numerusform>Proposed: %1 MiB memory, %2 GiB disk, %n vCPU, %3</numerusform>
            <numerusform>Proposed: %1 MiB memory, %2 GiB disk, %n vCPUs, %3</numerusform>
        </translation>
    </message>
    <message>
        <source>virtio devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated devices (no virtio drivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the guest gets from the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The host has %n CPU(s) and %1 MiB of memory.</source>
        <translation>
            <numerusform>The host has %n CPU and %1 MiB of memory.</numerusform>
            <numerusform>The host has %n CPUs and %1 MiB of memory.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs at least %2 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new volume in a storage pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an existing image file or block device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/srv/images/disk.qcow2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path on the host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest gets no disk: fine for network boot or a live CD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free of %2 (%3 pool at %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the guest&apos;s network card is plugged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the guest boots and which device models it sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS (SeaBIOS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI (OVMF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;virtio disk, network card, video and balloon (needs the guest&apos;s virtio drivers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the guest and its definition. Finish creates it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customize before install: define the guest and open its window instead of starting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>install tree %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network boot (PXE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new %1 volume %2 of %3 in pool %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 of pool %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host bridge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtual network %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n vCPU(s), %1 MiB memory</source>
        <translation>
            <numerusform>%n vCPU, %1 MiB memory</numerusform>
            <numerusform>%n vCPUs, %1 MiB memory</numerusform>
        </translation>
    </message>
    <message>
        <source>Disk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware: %1, %2 devices, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UEFI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virtio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emulated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KVM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QEMU TCG (no KVM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to create the guest on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVMF found by libvirt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor: KVM (hardware virtualization).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hypervisor: QEMU TCG (emulation): this host offers no KVM, guests run slower.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no active storage pool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (bridge %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host has no bridge of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the templates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Linked clone: qcow2 overlays on the template&apos;s disks (fast, small; the template must stay)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ull copy of every disk (independent of the template)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template &quot;%1&quot; is running: shut it off to clone it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n vCPU(s), %2 MiB memory, %3 disk(s). The clone gets a new UUID and new MAC addresses; its OS, disks and firmware are the template&apos;s.</source>
        <translation>
            <numerusform>%1: %n vCPU, %2 MiB memory, %3 disk(s). The clone gets a new UUID and new MAC addresses; its OS, disks and firmware are the template&apos;s.</numerusform>
            <numerusform>%1: %n vCPUs, %2 MiB memory, %3 disk(s). The clone gets a new UUID and new MAC addresses; its OS, disks and firmware are the template&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <source>As in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linked clone of template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full copy of template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 overlays whose backing files are the template&apos;s disks, in the template&apos;s pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copies of the template&apos;s disks, in the template&apos;s pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS, firmware and devices: as in the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the template&apos;s definition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  (%n vCPU(s), %2 MiB)</source>
        <translation>
            <numerusform>%1  (%n vCPU, %2 MiB)</numerusform>
            <numerusform>%1  (%n vCPUs, %2 MiB)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  (running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No templates: mark a shut-off guest as a template first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the templates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NicEditor</name>
    <message>
        <source>&amp;Link is up (cable plugged in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network card is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual network: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host bridge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hypervisor default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host device: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to the running guest only: it is gone after a shutdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the definition only: the guest gets it at its next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link of %1 is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link of %1 is down.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::NotificationArea</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 guests: %3 done, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::PortListModel</name>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::PreferencesDialog</name>
    <message>
        <source>Ask before forcing a guest off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before deleting a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often CPU, memory, disk and network figures are refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for a host to answer before giving up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Alt+F1 … F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SysRq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A libvirt URI VirtDeck opens at every start, for example qemu:///system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before shutting down or rebooting a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before pausing a guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask before removing a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw CPU usage as a graph of its recent history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grab the keyboard when the console is clicked (Ctrl+Alt releases it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scaling:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys the Send key menu offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of VirtDeck&apos;s windows. The main window, guest windows, host overviews and the Cloud tab&apos;s pages change at once; dialogs and page contents change when next opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::ProjectNetworkDialog</name>
    <message>
        <source>Hand out addresses with DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network for This Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the first address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 8.8.4.4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (no way out of the project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Network name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Router name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;External network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subnet name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;DNS servers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a network with a subnet and a router that connects it to the external network, in the usual order. If a step fails, the steps already done are undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoteDisplaySession</name>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoteView</name>
    <message>
        <source>There is no picture to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RemoveDeviceDialog</name>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the guest? Files and volumes stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugging from a running guest needs the guest&apos;s operating system to release the device; until it does, the device stays attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply &amp;to:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RenameGuestDialog</name>
    <message>
        <source>Rename %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk images keep their file names; only the guest&apos;s name changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RevertSnapshotDialog</name>
    <message>
        <source>Revert to Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot name every selected guest has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it was: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each snapshot was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Afterwards:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current state of %1 is discarded: everything written to its disks since the snapshot was taken is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The current state of these %n guest(s) is discarded: everything written to their disks since the snapshot was taken is lost.</source>
        <translation>
            <numerusform>The current state of %n guest is discarded: everything written to its disks since the snapshot was taken is lost.</numerusform>
            <numerusform>The current state of these %n guests is discarded: everything written to their disks since the snapshot was taken is lost.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its memory goes too: unsaved work in open programs is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running and paused guests lose their memory too: unsaved work in open programs is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This snapshot holds no memory state: a guest started from it boots from its disks as after a power cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshots themselves are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert and Discard Current State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::RouterListModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupListModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupRuleDialog</name>
    <message>
        <source>Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSH (TCP 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP (ping)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP (TCP 80)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS (TCP 443)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RDP (TCP 3389)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress (outgoing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ether type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;mote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote CIDR:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICMP code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the remote security group.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SecurityGroupRuleModel</name>
    <message>
        <source>any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type %1, code %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ingress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Egress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ether type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports / ICMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SingleInstance</name>
    <message>
        <source>Another VirtDeck is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running VirtDeck did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotPolicy</name>
    <message>
        <source>Enter a name for the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot name cannot contain &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot name cannot start or end with a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A snapshot name cannot start with &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest already has a snapshot named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A running guest&apos;s disks alone can only be captured by an external snapshot. Include the memory state, or choose an external snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is an external snapshot. libvirt 9.0 cannot revert to external snapshots (&quot;revert to external snapshot not supported yet&quot;). Its overlay files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest mixes internal and external snapshots, and libvirt 9.0 cannot delete snapshots in such a tree. Only libvirt&apos;s record can be removed: the data stays in the images and overlay files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only libvirt&apos;s record goes; the files %1 stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libvirt merges the overlay of &quot;%1&quot; into the image below it and removes %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No snapshot named &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest already has a snapshot named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overlay file %1 already exists; it is left alone. Choose another snapshot name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest has no writable file-backed disk for an external snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotTreeModel</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running (disks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shutting down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, with memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, disks only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotXml</name>
    <message>
        <source>The snapshot description is malformed at line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a libvirt snapshot description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The snapshot description has no name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SnapshotsPage</name>
    <message>
        <source>&amp;Take Snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the snapshots: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest has external snapshots. libvirt 9.0 cannot revert to them; their overlay files are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It mixes internal and external snapshots: libvirt 9.0 cannot delete snapshots in such a tree, so only their metadata can be removed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest has no snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest state then: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the current snapshot: the guest was last reverted to it or it was taken last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking snapshot &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverting to &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverted to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description of &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot description</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePane</name>
    <message>
        <source>New &amp;Pool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Storage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undefine…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Volume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Upload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wnload…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wipe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X&amp;ML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Pool Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the storage of pool &quot;%1&quot; (its directory or volume group) from the host? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undefine Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget pool &quot;%1&quot;? Its volumes stay on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool %1 — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume %1 — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clone Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resize Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New capacity (GiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrink Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinking destroys the data at the end of the volume. Shrink?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wipe Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite all data of &quot;%1&quot; with zeros?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the volume &quot;%1&quot; and its data?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a File into a New Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 at %3/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage pools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage volumes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePoolDialog</name>
    <message>
        <source>Build the pool (create the directory, volume group…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the pool now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Storage Pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory (dir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network file system (netfs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LVM volume group (logical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File system on a device (fs) — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole disk (disk) — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iSCSI target (iscsi) — XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/sdb /dev/sdc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pool&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export / share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/dev/&lt;volume group&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pool named &quot;%1&quot; already exists on this host.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StoragePoolModel</name>
    <message>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageService</name>
    <message>
        <source>Cannot build pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot stop pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot refresh pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete the storage of pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot undefine pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageVolumeDialog</name>
    <message>
        <source>New Volume in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qcow2 (thin, snapshots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allocation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backing volume:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::StorageVolumeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::SubnetListModel</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DHCP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation pools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::TemplateActions</name>
    <message>
        <source>&amp;Clone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;nmark Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create from Te&amp;mplate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut-off guests only. Clones are made from a template&apos;s disks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned and started %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cloned %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark template %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer a template.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::TemplateService</name>
    <message>
        <source>The guest no longer exists: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut down &quot;%1&quot; before marking it as a template: clones are made from its disks, which must not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transient guest cannot be a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing needs virt-sysprep, which is not installed: install the libguestfs-tools package (apt-get install libguestfs-tools).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shut the guest down before sealing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-sysprep did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virt-sysprep failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::TranslationLoader</name>
    <message>
        <source>Automatic (system language)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::VideoEditor</name>
    <message>
        <source>Virtio (recommended for Linux guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QXL (SPICE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VGA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bochs (UEFI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cirrus (old guests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ramfb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video model applies at the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video model saved for the next boot.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::VncSession</name>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::VncWorker</name>
    <message>
        <source>Could not take over the display socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the display socket %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resolve %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a socket: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the display socket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display needs a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 did not complete the VNC handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VNC handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection to %1 broke: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 through SSH to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start ssh for the console tunnel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SSH tunnel to %1 closed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 sent %2 bytes of clipboard text, more than the %3 accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display at %1 sent a malformed clipboard message (%2 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guest&apos;s clipboard could not be read (damaged or larger than %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard could not be compressed for the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was not sent: more than %1 MiB of text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard was not sent: the display at %1 only takes Latin-1 text, and the text contains “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::VolumeTransfer</name>
    <message>
        <source>Cannot open a connection for the transfer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty: there is nothing to upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pool &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A volume named &quot;%1&quot; already exists in pool &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create volume &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot upload into &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload failed at the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot download &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download failed at the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::WriteFailure</name>
    <message>
        <source>No space left on device: the disk holding %1 is full (%2 free). The partial file was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtDeck::XmlEditor</name>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
