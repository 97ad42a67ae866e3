<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</TS>
