<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>VirtDeck</name>
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
        <source>Open this page of the Cloud tab: quotas, flavors or security-groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--show-cloud-page %1: use quotas, flavors or security-groups.</source>
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
</context>
<context>
    <name>VirtDeck::Cloud::ComputeClient</name>
    <message>
        <source>Not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a flavor entry is not an object</source>
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
        <source>a security group entry is not an object</source>
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
    <name>VirtDeck::Cloud::VolumeClient</name>
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
    <name>VirtDeck::GuestWindow</name>
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
        <source>vCPUs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autostart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guest no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – VirtDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts when the host boots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
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
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
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
</TS>
