// SPDX-License-Identifier: GPL-2.0-or-later
// Hot-plug on a real libvirtd (qemu:///system, root) with a running TCG guest that boots
// nothing (256 MiB, 1 of 2 vCPUs, a SATA CD-ROM): a new qcow2 volume created in a dir pool
// and hot-plugged as a virtio disk, a NIC on a libvirt network, both seen in the live XML
// and in the hardware model, link down, vCPUs raised live up to the maximum (and refused
// above it with the restart message), CD media changed and ejected.
//
// Unplug, as measured here: a virtio (PCI) disk or NIC needs the guest OS to acknowledge the
// ACPI unplug request; a guest with no OS never does, so libvirt waits about 5 s, returns
// success, and the device stays. The service sees it still in the live XML and reports
// DetachOutcome::RequestedFromGuest (tested). SCSI (virtio-scsi) and USB devices need no
// guest and are gone at once (tested with a SCSI disk and a usb-net NIC); config-only
// removal works for everything (tested).
//
// Everything created is named virtdeck-test-hw-* and removed in cleanupTestCase.
#include "connectionsession.h"
#include "futurewait.h"
#include "domainhardwareservice.h"
#include "domainhardwarexml.h"
#include "libvirterror.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/virterror.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const char NotRunningMessage[] = "qemu:///system does not answer. Start the daemon as root with "
                                 "`bash scripts/libvirtd-start.sh` (or run the suite through scripts/run-tests.sh)";

template<typename T>
T waitFor(const QFuture<T> &future, int ms = 90000)
{
    return VirtDeck::Test::waitForFuture(future, ms);
}

} // namespace

class TestHardwareLibvirt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hotplugNewQcow2Disk();
    void scsiDiskUnplugsAtOnce();
    void hotplugNic();
    void vcpusLiveUpToMaximum();
    void cdromMediaChangeAndEject();

private:
    void removeAll();
    QString liveXml();
    HardwareListing load();

    QString m_name;
    QString m_dir;
    QString m_poolName;
    QString m_networkName;
    bool m_ownNetwork = false;
    QUuid m_uuid;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<DomainHardwareService> m_service;
};

void TestHardwareLibvirt::initTestCase()
{
    silenceLibvirtErrorPrinting();
    const qint64 pid = QCoreApplication::applicationPid();
    m_name = u"virtdeck-test-hw-%1"_s.arg(pid);
    m_poolName = u"virtdeck-test-hw-pool-%1"_s.arg(pid);
    m_dir = u"/var/tmp/"_s + m_name;
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    if (!connection)
        QFAIL(qPrintable(u"%1 (%2)"_s.arg(QLatin1StringView(NotRunningMessage), lastLibvirtError())));
    removeAll();
    QVERIFY(QDir().mkpath(m_dir + u"/pool"_s));

    // The network: `default` when it is there and active, else one of our own.
    if (NetworkHandle def{virNetworkLookupByName(connection.get(), "default")}; def && virNetworkIsActive(def.get()) == 1) {
        m_networkName = u"default"_s;
    } else {
        virResetLastError();
        m_networkName = u"virtdeck-test-hw-net"_s;
        m_ownNetwork = true;
        if (NetworkHandle stale{virNetworkLookupByName(connection.get(), "virtdeck-test-hw-net")}) {
            virNetworkDestroy(stale.get());
            virNetworkUndefine(stale.get());
        }
        virResetLastError();
        const QByteArray net = "<network><name>virtdeck-test-hw-net</name><bridge name='vdtesthw0'/>"
                               "<ip address='192.168.214.1' netmask='255.255.255.0'><dhcp>"
                               "<range start='192.168.214.10' end='192.168.214.100'/></dhcp></ip></network>";
        NetworkHandle created(virNetworkCreateXML(connection.get(), net.constData()));
        QVERIFY2(created, qPrintable(u"cannot create network virtdeck-test-hw-net: "_s + lastLibvirtError()));
    }

    const QByteArray pool = u"<pool type='dir'><name>%1</name><target><path>%2/pool</path></target></pool>"_s
                                .arg(m_poolName, m_dir).toUtf8();
    StoragePoolHandle poolHandle(virStoragePoolCreateXML(connection.get(), pool.constData(), 0));
    QVERIFY2(poolHandle, qPrintable(lastLibvirtError()));

    QFile iso(m_dir + u"/media.iso"_s);
    QVERIFY(iso.open(QIODevice::WriteOnly));
    iso.write(QByteArray(1024 * 1024, '\0'));
    iso.close();

    const QByteArray xml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>256</memory>"
                           "<vcpu current='1'>2</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>"
                           "<features><acpi/></features><devices>"
                           "<disk type='file' device='cdrom'><driver name='qemu' type='raw'/>"
                           "<target dev='sda' bus='sata'/><readonly/></disk>"
                           "<graphics type='vnc' listen='127.0.0.1' autoport='yes'/></devices></domain>"_s
                               .arg(m_name)
                               .toUtf8();
    DomainHandle domain(virDomainDefineXML(connection.get(), xml.constData()));
    QVERIFY2(domain, qPrintable(lastLibvirtError()));
    QVERIFY2(virDomainCreate(domain.get()) == 0, qPrintable(lastLibvirtError()));
    unsigned char raw[VIR_UUID_BUFLEN];
    QVERIFY(virDomainGetUUID(domain.get(), raw) == 0);
    m_uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));

    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
    m_service = std::make_unique<DomainHardwareService>(m_session.get());
}

void TestHardwareLibvirt::cleanupTestCase()
{
    m_service.reset();
    m_session.reset();
    removeAll();
}

void TestHardwareLibvirt::removeAll()
{
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    if (connection) {
        const QByteArray name = m_name.toUtf8();
        if (DomainHandle domain{virDomainLookupByName(connection.get(), name.constData())}) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM);
        }
        const QByteArray pool = m_poolName.toUtf8();
        if (StoragePoolHandle handle{virStoragePoolLookupByName(connection.get(), pool.constData())}) {
            virStoragePoolDestroy(handle.get());
            virStoragePoolUndefine(handle.get());
        }
        if (m_ownNetwork) {
            if (NetworkHandle net{virNetworkLookupByName(connection.get(), "virtdeck-test-hw-net")})
                virNetworkDestroy(net.get());
        }
        virResetLastError();
    }
    if (!m_dir.isEmpty() && m_dir.startsWith(u"/var/tmp/virtdeck-test-hw-"_s))
        QDir(m_dir).removeRecursively();
}

QString TestHardwareLibvirt::liveXml()
{
    const Result<QString> xml = waitFor(m_session->domainXml(m_uuid));
    return xml.value;
}

HardwareListing TestHardwareLibvirt::load()
{
    const Result<HardwareListing> listing = waitFor(m_service->load(m_uuid));
    if (!listing.ok())
        qWarning() << "load:" << listing.error;
    return listing.value;
}

void TestHardwareLibvirt::hotplugNewQcow2Disk()
{
    NewDiskRequest request;
    request.disk.bus = u"virtio"_s; // target left empty: the next free one, vda
    request.createVolume = true;
    request.pool = m_poolName;
    request.volumeName = u"virtdeck-test-hw-disk.qcow2"_s;
    request.volumeFormat = u"qcow2"_s;
    request.capacityBytes = 32ull * 1024 * 1024;
    QElapsedTimer timer;
    timer.start();
    const Result<DiskDevice> attached = waitFor(m_service->attachDisk(m_uuid, request, ApplyScope::Now));
    QVERIFY2(attached.ok(), qPrintable(attached.error));
    qInfo() << "create volume + hot-plug virtio disk:" << timer.elapsed() << "ms";
    QCOMPARE(attached.value.target, u"vda"_s);
    QCOMPARE(attached.value.driverType, u"qcow2"_s);
    QVERIFY(attached.value.source.startsWith(m_dir + u"/pool/"_s));
    QVERIFY(QFile::exists(attached.value.source));

    QVERIFY(!DomainHardwareXml::diskElement(liveXml(), u"vda"_s).isEmpty());
    HardwareListing listing = load();
    const auto vda = std::find_if(listing.live.disks.cbegin(), listing.live.disks.cend(),
                                  [](const DiskDevice &d) { return d.target == u"vda"_s; });
    QVERIFY(vda != listing.live.disks.cend());
    QVERIFY(vda->inLive);
    QVERIFY(!vda->inConfig); // "now" only: the definition does not have it
    QCOMPARE(vda->bus, u"virtio"_s);

    // The same name again: refused before anything is created or attached.
    const Result<DiskDevice> again = waitFor(m_service->attachDisk(m_uuid, request, ApplyScope::Now));
    QVERIFY(!again.ok());
    QVERIFY2(again.error.contains(u"already"_s), qPrintable(again.error));

    // Unplug: the guest has no OS to acknowledge the PCI unplug. Reported as such.
    timer.restart();
    const Result<DetachOutcome> detached = waitFor(m_service->detachDisk(m_uuid, u"vda"_s, ApplyScope::Now));
    QVERIFY2(detached.ok(), qPrintable(detached.error));
    qInfo() << "virtio disk unplug request:" << timer.elapsed() << "ms";
    QCOMPARE(detached.value, DetachOutcome::RequestedFromGuest);
    QVERIFY(!DomainHardwareXml::diskElement(liveXml(), u"vda"_s).isEmpty());
}

void TestHardwareLibvirt::scsiDiskUnplugsAtOnce()
{
    // Both: in the definition too. Then out of the definition only, then unplugged now.
    NewDiskRequest request;
    request.disk.bus = u"scsi"_s;
    request.createVolume = true;
    request.pool = m_poolName;
    request.volumeName = u"virtdeck-test-hw-scsi.raw"_s;
    request.volumeFormat = u"raw"_s;
    request.capacityBytes = 16ull * 1024 * 1024;
    const Result<DiskDevice> attached = waitFor(m_service->attachDisk(m_uuid, request, ApplyScope::Both));
    QVERIFY2(attached.ok(), qPrintable(attached.error));
    QCOMPARE(attached.value.target, u"sdb"_s); // sda is the CD-ROM
    HardwareListing listing = load();
    auto sdb = std::find_if(listing.live.disks.cbegin(), listing.live.disks.cend(),
                            [](const DiskDevice &d) { return d.target == u"sdb"_s; });
    QVERIFY(sdb != listing.live.disks.cend());
    QVERIFY(sdb->inLive && sdb->inConfig);

    Result<DetachOutcome> detached = waitFor(m_service->detachDisk(m_uuid, u"sdb"_s, ApplyScope::NextBoot));
    QVERIFY2(detached.ok(), qPrintable(detached.error));
    QCOMPARE(detached.value, DetachOutcome::Removed);
    listing = load();
    sdb = std::find_if(listing.live.disks.cbegin(), listing.live.disks.cend(),
                       [](const DiskDevice &d) { return d.target == u"sdb"_s; });
    QVERIFY(sdb != listing.live.disks.cend());
    QVERIFY(sdb->inLive && !sdb->inConfig);

    QElapsedTimer timer;
    timer.start();
    detached = waitFor(m_service->detachDisk(m_uuid, u"sdb"_s, ApplyScope::Now));
    QVERIFY2(detached.ok(), qPrintable(detached.error));
    qInfo() << "SCSI disk unplug:" << timer.elapsed() << "ms";
    QCOMPARE(detached.value, DetachOutcome::Removed);
    QVERIFY(DomainHardwareXml::diskElement(liveXml(), u"sdb"_s).isEmpty());
    // Gone everywhere: a second removal says so.
    detached = waitFor(m_service->detachDisk(m_uuid, u"sdb"_s, ApplyScope::Both));
    QVERIFY(!detached.ok());
}

void TestHardwareLibvirt::hotplugNic()
{
    NicDevice nic;
    nic.type = u"network"_s;
    nic.source = m_networkName;
    nic.model = u"virtio"_s; // MAC left empty: generated
    const Result<NicDevice> attached = waitFor(m_service->attachNic(m_uuid, nic, ApplyScope::Now));
    QVERIFY2(attached.ok(), qPrintable(attached.error));
    const QString mac = attached.value.mac;
    QVERIFY2(mac.startsWith(u"52:54:00:"_s), qPrintable(mac));
    QVERIFY(!DomainHardwareXml::nicElement(liveXml(), mac).isEmpty());
    HardwareListing listing = load();
    const auto found = std::find_if(listing.live.nics.cbegin(), listing.live.nics.cend(),
                                    [&mac](const NicDevice &n) { return n.mac == mac; });
    QVERIFY(found != listing.live.nics.cend());
    QCOMPARE(found->source, m_networkName);
    QVERIFY(!found->target.isEmpty()); // the tap device
    QVERIFY(!found->inConfig);
    const Result<GuestInterfaceRows> rows = waitFor(m_service->interfaces(m_uuid));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QVERIFY(std::any_of(rows.value.cbegin(), rows.value.cend(), [&mac](const GuestInterfaceRow &r) {
        return r.mac == mac && r.model == u"virtio"_s && !r.interfaceName.isEmpty();
    }));

    // The same MAC twice is refused before libvirt is asked.
    nic.mac = mac.toUpper();
    const Result<NicDevice> duplicate = waitFor(m_service->attachNic(m_uuid, nic, ApplyScope::Now));
    QVERIFY(!duplicate.ok());
    QVERIFY(duplicate.error.contains(u"already"_s));

    // Link down, live.
    const Result<bool> down = waitFor(m_service->setLinkState(m_uuid, mac, false, ApplyScope::Now));
    QVERIFY2(down.ok(), qPrintable(down.error));
    listing = load();
    QVERIFY(!std::find_if(listing.live.nics.cbegin(), listing.live.nics.cend(),
                          [&mac](const NicDevice &n) { return n.mac == mac; })->linkUp);

    // Unplug a virtio NIC: asked of the guest, which has no OS to answer.
    const Result<DetachOutcome> detached = waitFor(m_service->detachNic(m_uuid, mac, ApplyScope::Now));
    QVERIFY2(detached.ok(), qPrintable(detached.error));
    QCOMPARE(detached.value, DetachOutcome::RequestedFromGuest);

    // A USB NIC leaves at once.
    NicDevice usb;
    usb.type = u"network"_s;
    usb.source = m_networkName;
    usb.model = u"usb-net"_s;
    const Result<NicDevice> usbAttached = waitFor(m_service->attachNic(m_uuid, usb, ApplyScope::Now));
    QVERIFY2(usbAttached.ok(), qPrintable(usbAttached.error));
    const Result<DetachOutcome> usbDetached = waitFor(m_service->detachNic(m_uuid, usbAttached.value.mac, ApplyScope::Now));
    QVERIFY2(usbDetached.ok(), qPrintable(usbDetached.error));
    QCOMPARE(usbDetached.value, DetachOutcome::Removed);
    QVERIFY(DomainHardwareXml::nicElement(liveXml(), usbAttached.value.mac).isEmpty());
}

void TestHardwareLibvirt::vcpusLiveUpToMaximum()
{
    HardwareListing listing = load();
    QCOMPARE(listing.live.cpu.current, 1);
    QCOMPARE(listing.live.cpu.maximum, 2);
    // Above the maximum: the restart message, before libvirt's own error.
    Result<bool> done = waitFor(m_service->setVcpus(m_uuid, {3, 3, ApplyScope::Both}));
    QVERIFY(!done.ok());
    QVERIFY2(done.error.contains(u"restart"_s), qPrintable(done.error));
    // Up to the maximum, live (vCPU hot-plug on TCG's pc machine).
    done = waitFor(m_service->setVcpus(m_uuid, {2, 2, ApplyScope::Now}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = load();
    QCOMPARE(listing.live.cpu.current, 2);
    QCOMPARE(listing.config.cpu.current, 1);
    // A maximum above the host's CPUs is refused before libvirt is asked.
    const int host = listing.hostCpus;
    QVERIFY(host > 0);
    done = waitFor(m_service->setVcpus(m_uuid, {1, host + 1, ApplyScope::NextBoot}));
    QVERIFY(!done.ok());
    QVERIFY2(done.error.contains(u"host"_s), qPrintable(done.error));
    // A new maximum for the next boot (VIR_DOMAIN_VCPU_MAXIMUM | CONFIG); the running guest
    // keeps its own until it restarts.
    done = waitFor(m_service->setVcpus(m_uuid, {1, 1, ApplyScope::NextBoot}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = load();
    QCOMPARE(listing.config.cpu.maximum, 1);
    QCOMPARE(listing.config.cpu.current, 1);
    QCOMPARE(listing.live.cpu.maximum, 2);
    QCOMPARE(listing.live.cpu.current, 2);
}

void TestHardwareLibvirt::cdromMediaChangeAndEject()
{
    const QString iso = m_dir + u"/media.iso"_s;
    Result<bool> done = waitFor(m_service->changeMedia(m_uuid, u"sda"_s, iso, ApplyScope::Now));
    QVERIFY2(done.ok(), qPrintable(done.error));
    HardwareListing listing = load();
    auto sda = std::find_if(listing.live.disks.cbegin(), listing.live.disks.cend(),
                            [](const DiskDevice &d) { return d.target == u"sda"_s; });
    QVERIFY(sda != listing.live.disks.cend());
    QCOMPARE(sda->source, iso);
    QCOMPARE(listing.config.disks.first().source, QString()); // now only

    done = waitFor(m_service->changeMedia(m_uuid, u"sda"_s, {}, ApplyScope::Now));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = load();
    sda = std::find_if(listing.live.disks.cbegin(), listing.live.disks.cend(),
                       [](const DiskDevice &d) { return d.target == u"sda"_s; });
    QCOMPARE(sda->source, QString());

    // For both: the definition keeps the media for the next boot as well.
    done = waitFor(m_service->changeMedia(m_uuid, u"sda"_s, iso, ApplyScope::Both));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = load();
    QCOMPARE(listing.config.disks.first().source, iso);
}

QTEST_GUILESS_MAIN(TestHardwareLibvirt)
#include "tst_hardwarelibvirt.moc"
