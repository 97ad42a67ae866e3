// SPDX-License-Identifier: GPL-2.0-or-later
// The guest's hardware without a daemon: reading every device kind from a sample domain XML,
// device XML written and read back, the whole-definition edits (boot, graphics password,
// video, media, link state), the validation that speaks before libvirt does (MAC, sizes,
// target clashes, vCPUs and memory above the maximum with the restart message), and
// DomainHardwareService on libvirt's test driver: vCPU and memory changes live and for the
// next boot with the matching flags, boot order by redefinition, interface addresses,
// and the guest interface table model under QAbstractItemModelTester.
#include "connectionsession.h"
#include "domainhardwareservice.h"
#include "domainhardwarexml.h"
#include "guestservice.h"
#include "guestinterfacemodel.h"
#include "hardwaretesthost.h"
#include "hardwarevalidator.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

const QUuid RunningUuid = Test::HardwareTestHost::runningUuid();
const QUuid OffUuid = Test::HardwareTestHost::offUuid();

QString sampleDomain(const QString &name, const QUuid &uuid, int runstate)
{
    return Test::HardwareTestHost::domainXml(name, uuid, runstate);
}

bool hasProblem(const FormProblems &problems, const QString &field, const QString &fragment = {})
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const FormProblem &p) {
        return p.field == field && (fragment.isEmpty() || p.message.contains(fragment));
    });
}

HardwareListing runningListing()
{
    HardwareListing listing;
    listing.state = DomainState::Running;
    listing.persistent = true;
    listing.hostCpus = 8;
    listing.live.cpu = {2, 4, {}, {}};
    listing.config.cpu = {2, 4, {}, {}};
    listing.live.memory = {512 * 1024, 1024 * 1024};
    listing.config.memory = {512 * 1024, 1024 * 1024};
    return listing;
}

} // namespace

class TestDomainHardware : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEveryDeviceKind();
    void neverKeepsThePassword();
    void diskXmlRoundTrip_data();
    void diskXmlRoundTrip();
    void nicXmlRoundTrip();
    void presenceLiveAndConfig();
    void definitionEdits();
    void mediaAndLinkEdits();
    void macValidation();
    void targetsAndDiskValidation();
    void vcpuValidationSaysRestart();
    void memoryValidation();
    void scopesOffered();
    void serviceLoadsBothSides();
    void serviceVcpusLiveAndConfig();
    void serviceMemoryLiveAndConfig();
    void serviceShutOffGuestConfigOnly();
    void serviceBootAndGraphicsByRedefine();
    void passwordsKeptByPosition();
    void xmlEditorKeepsTheConsolePassword();
    void serviceInterfacesWithAddresses();
    void serviceReportsUnsupportedHotplug();
    void interfaceModelUpdatesRows();

private:
    QTemporaryDir m_dir;
    QString m_uri;
};

void TestDomainHardware::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_uri = Test::HardwareTestHost::write(m_dir.filePath(u"host.xml"_s));
    QVERIFY(!m_uri.isEmpty());
}

void TestDomainHardware::readsEveryDeviceKind()
{
    const Result<DomainHardware> read = DomainHardwareXml::read(sampleDomain(u"g"_s, RunningUuid, 1));
    QVERIFY2(read.ok(), qPrintable(read.error));
    const DomainHardware &hw = read.value;
    QCOMPARE(hw.name, u"g"_s);
    QCOMPARE(hw.cpu.current, 2);
    QCOMPARE(hw.cpu.maximum, 4);
    QCOMPARE(hw.cpu.mode, u"custom"_s);
    QCOMPARE(hw.cpu.model, u"qemu64"_s);
    QCOMPARE(hw.memory.maximumKiB, quint64(1024 * 1024));
    QCOMPARE(hw.memory.currentKiB, quint64(512 * 1024));
    QCOMPARE(hw.boot.order, (QStringList{u"cdrom"_s, u"hd"_s}));
    QVERIFY(hw.boot.menu);
    QCOMPARE(hw.boot.menuTimeoutMs, 3000);
    QCOMPARE(hw.boot.firmware, u"UEFI"_s);
    QCOMPARE(hw.boot.loaderPath, u"/usr/share/OVMF/OVMF_CODE_4M.fd"_s);
    QCOMPARE(hw.boot.machine, u"pc-q35-7.2"_s);
    QVERIFY(!hw.boot.perDeviceOrder);

    QCOMPARE(hw.disks.size(), 3);
    QCOMPARE(hw.disks[0].target, u"vda"_s);
    QCOMPARE(hw.disks[0].bus, u"virtio"_s);
    QCOMPARE(hw.disks[0].driverType, u"qcow2"_s);
    QCOMPARE(hw.disks[0].cache, u"none"_s);
    QCOMPARE(hw.disks[0].source, u"/var/lib/libvirt/images/g.qcow2"_s);
    QCOMPARE(hw.disks[1].device, u"cdrom"_s);
    QVERIFY(hw.disks[1].readOnly);
    QCOMPARE(hw.disks[1].bus, u"sata"_s);
    QCOMPARE(hw.disks[2].type, u"volume"_s);
    QCOMPARE(hw.disks[2].sourcePool, u"default"_s);
    QCOMPARE(hw.disks[2].sourceVolume, u"data.img"_s);
    QVERIFY(hw.disks[2].shareable);

    QCOMPARE(hw.nics.size(), 2);
    QCOMPARE(hw.nics[0].mac, u"52:54:00:aa:bb:01"_s); // normalised to lower case
    QCOMPARE(hw.nics[0].type, u"network"_s);
    QCOMPARE(hw.nics[0].source, u"default"_s);
    QCOMPARE(hw.nics[0].model, u"virtio"_s);
    QVERIFY(hw.nics[0].linkUp);
    QCOMPARE(hw.nics[1].type, u"bridge"_s);
    QCOMPARE(hw.nics[1].source, u"br0"_s);
    QCOMPARE(hw.nics[1].model, u"e1000"_s);
    QVERIFY(!hw.nics[1].linkUp);

    QCOMPARE(hw.graphics.size(), 2);
    QCOMPARE(hw.graphics[0].type, u"vnc"_s);
    QCOMPARE(hw.graphics[0].listen, u"127.0.0.1"_s);
    QVERIFY(hw.graphics[0].autoport);
    QCOMPARE(hw.graphics[0].port, -1);
    QVERIFY(hw.graphics[0].hasPassword);
    QCOMPARE(hw.graphics[1].type, u"spice"_s);
    QVERIFY(!hw.graphics[1].autoport);
    QCOMPARE(hw.graphics[1].port, 5930);
    QCOMPARE(hw.graphics[1].listen, u"0.0.0.0"_s);
    QVERIFY(!hw.graphics[1].hasPassword);

    QCOMPARE(hw.videos.size(), 1);
    QCOMPARE(hw.videos[0].model, u"qxl"_s);
    QCOMPARE(hw.videos[0].vramKiB, 65536);
    QVERIFY(hw.videos[0].primary);

    QCOMPARE(hw.serials.size(), 2);
    QCOMPARE(hw.serials[0].kind, u"serial"_s);
    QCOMPARE(hw.serials[0].type, u"pty"_s);
    QCOMPARE(hw.serials[0].targetType, u"isa-serial"_s);
    QCOMPARE(hw.serials[1].kind, u"console"_s);

    QCOMPARE(hw.controllers.size(), 3);
    QCOMPARE(hw.controllers[0].type, u"usb"_s);
    QCOMPARE(hw.controllers[0].model, u"qemu-xhci"_s);
    QCOMPARE(hw.controllers[0].address, u"pci 0000:02:00.0"_s);
    QCOMPARE(hw.controllers[2].model, u"virtio-scsi"_s);

    // Broken XML is an error, not an empty guest.
    const Result<DomainHardware> broken = DomainHardwareXml::read(u"<domain><devices><disk></domain>"_s);
    QVERIFY(!broken.ok());
    QVERIFY(broken.error.contains(u"line"_s));
    QVERIFY(!DomainHardwareXml::read(u"<network/>"_s).ok());
    // A guest without <currentMemory> or a current vCPU count has all of its maximum.
    const Result<DomainHardware> plain = DomainHardwareXml::read(
        u"<domain><memory>2048</memory><vcpu>3</vcpu><os><type>hvm</type></os></domain>"_s);
    QVERIFY(plain.ok());
    QCOMPARE(plain.value.memory.currentKiB, quint64(2048));
    QCOMPARE(plain.value.cpu.current, 3);
    QCOMPARE(plain.value.boot.firmware, u"BIOS"_s);
}

void TestDomainHardware::neverKeepsThePassword()
{
    const Result<DomainHardware> read = DomainHardwareXml::read(sampleDomain(u"g"_s, RunningUuid, 1));
    QVERIFY(read.ok());
    // No field of the value holds the secret.
    for (const GraphicsDevice &g : read.value.graphics) {
        QVERIFY(!g.listen.contains(u"s3cret"_s));
        QVERIFY(!g.type.contains(u"s3cret"_s));
    }
}

void TestDomainHardware::diskXmlRoundTrip_data()
{
    QTest::addColumn<DiskDevice>("disk");
    DiskDevice file;
    file.type = u"file"_s;
    file.driverType = u"qcow2"_s;
    file.cache = u"writeback"_s;
    file.source = u"/var/lib/libvirt/images/a b&c.qcow2"_s; // escaping, not concatenation
    file.target = u"vdb"_s;
    file.bus = u"virtio"_s;
    QTest::newRow("qcow2 file") << file;
    DiskDevice cdrom;
    cdrom.device = u"cdrom"_s;
    cdrom.driverType = u"raw"_s;
    cdrom.target = u"sdc"_s;
    cdrom.bus = u"sata"_s;
    cdrom.readOnly = true;
    QTest::newRow("empty cdrom") << cdrom;
    DiskDevice block;
    block.type = u"block"_s;
    block.driverType = u"raw"_s;
    block.source = u"/dev/vg0/data"_s;
    block.target = u"sdd"_s;
    block.bus = u"scsi"_s;
    block.shareable = true;
    block.bootOrder = 2;
    QTest::newRow("block scsi") << block;
    DiskDevice volume;
    volume.type = u"volume"_s;
    volume.driverType = u"raw"_s;
    volume.sourcePool = u"default"_s;
    volume.sourceVolume = u"x.img"_s;
    volume.source = u"default/x.img"_s;
    volume.target = u"vdc"_s;
    volume.bus = u"virtio"_s;
    QTest::newRow("pool volume") << volume;
}

void TestDomainHardware::diskXmlRoundTrip()
{
    QFETCH(DiskDevice, disk);
    const QString device = DomainHardwareXml::diskXml(disk);
    const Result<DomainHardware> read = DomainHardwareXml::read(u"<domain><devices>"_s + device + u"</devices></domain>"_s);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value.disks.size(), 1);
    QCOMPARE(read.value.disks.first(), disk);
}

void TestDomainHardware::nicXmlRoundTrip()
{
    for (const QString &type : {u"network"_s, u"bridge"_s, u"direct"_s}) {
        NicDevice nic;
        nic.type = type;
        nic.source = type == u"network"_s ? u"default"_s : u"br0"_s;
        nic.model = u"rtl8139"_s;
        nic.mac = u"52:54:00:01:02:03"_s;
        nic.linkUp = type != u"bridge"_s;
        const QString xml = DomainHardwareXml::nicXml(nic);
        const Result<DomainHardware> read = DomainHardwareXml::read(u"<domain><devices>"_s + xml + u"</devices></domain>"_s);
        QVERIFY2(read.ok(), qPrintable(read.error));
        QCOMPARE(read.value.nics.size(), 1);
        QCOMPARE(read.value.nics.first(), nic);
        if (type == u"direct"_s)
            QVERIFY(xml.contains(u"mode=\"bridge\""_s));
    }
}

void TestDomainHardware::presenceLiveAndConfig()
{
    DomainHardware live;
    DomainHardware config;
    DiskDevice a;
    a.target = u"vda"_s;
    DiskDevice hotplugged;
    hotplugged.target = u"vdb"_s;
    DiskDevice pending;
    pending.target = u"vdc"_s;
    live.disks = {a, hotplugged};
    config.disks = {a, pending};
    NicDevice nic;
    nic.mac = u"52:54:00:00:00:01"_s;
    live.nics = {nic};
    DomainHardwareXml::markPresence(live, config);
    QCOMPARE(live.disks.size(), 3);
    QVERIFY(live.disks[0].inLive && live.disks[0].inConfig);
    QVERIFY(live.disks[1].inLive && !live.disks[1].inConfig);
    QCOMPARE(live.disks[2].target, u"vdc"_s);
    QVERIFY(!live.disks[2].inLive && live.disks[2].inConfig);
    QVERIFY(live.nics[0].inLive && !live.nics[0].inConfig);
}

void TestDomainHardware::definitionEdits()
{
    const QString xml = sampleDomain(u"g"_s, RunningUuid, 1);
    BootConfig boot;
    boot.order = {u"network"_s, u"hd"_s};
    boot.menu = false;
    Result<QString> edited = DomainHardwareXml::withBoot(xml, boot);
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    Result<DomainHardware> read = DomainHardwareXml::read(edited.value);
    QVERIFY(read.ok());
    QCOMPARE(read.value.boot.order, boot.order);
    QVERIFY(!read.value.boot.menu);
    QCOMPARE(read.value.boot.loaderPath, u"/usr/share/OVMF/OVMF_CODE_4M.fd"_s); // the rest is kept
    QCOMPARE(read.value.disks.size(), 3);
    boot.menu = true;
    boot.menuTimeoutMs = 5000;
    read = DomainHardwareXml::read(DomainHardwareXml::withBoot(xml, boot).value);
    QVERIFY(read.value.boot.menu);
    QCOMPARE(read.value.boot.menuTimeoutMs, 5000);
    // Per-device boot order and an <os> list cannot be mixed: said before libvirt refuses.
    QString perDevice = xml;
    perDevice.replace(u"<target dev='vda' bus='virtio'/>"_s, u"<target dev='vda' bus='virtio'/><boot order='1'/>"_s);
    QVERIFY(DomainHardwareXml::read(perDevice).value.boot.perDeviceOrder);
    QVERIFY(!DomainHardwareXml::withBoot(perDevice, boot).ok());

    // Graphics: the password is kept, set or cleared, never read.
    GraphicsChange change;
    change.index = 0;
    change.graphics.type = u"vnc"_s;
    change.graphics.listen = u"0.0.0.0"_s;
    change.graphics.autoport = false;
    change.graphics.port = 5905;
    edited = DomainHardwareXml::withGraphics(xml, change);
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    QVERIFY(edited.value.contains(u"passwd=\"s3cret\""_s));
    read = DomainHardwareXml::read(edited.value);
    QCOMPARE(read.value.graphics[0].listen, u"0.0.0.0"_s);
    QCOMPARE(read.value.graphics[0].port, 5905);
    QVERIFY(!read.value.graphics[0].autoport);
    change.password = PasswordChange::Clear;
    edited = DomainHardwareXml::withGraphics(xml, change);
    QVERIFY(!edited.value.contains(u"passwd"_s));
    QVERIFY(!DomainHardwareXml::read(edited.value).value.graphics[0].hasPassword);
    change.password = PasswordChange::Set;
    change.newPassword = u"n3w"_s;
    edited = DomainHardwareXml::withGraphics(xml, change);
    QVERIFY(edited.value.contains(u"passwd=\"n3w\""_s));
    change.index = 5;
    QVERIFY(!DomainHardwareXml::withGraphics(xml, change).ok());

    // Video: a new model, no stale sizes of the old one.
    VideoDevice video;
    video.model = u"virtio"_s;
    video.heads = 1;
    video.primary = true;
    edited = DomainHardwareXml::withVideo(xml, 0, video);
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    read = DomainHardwareXml::read(edited.value);
    QCOMPARE(read.value.videos[0].model, u"virtio"_s);
    QCOMPARE(read.value.videos[0].vramKiB, 0);
    QVERIFY(!edited.value.contains(u"ram=\"65536\""_s));

    // Disk options for the next boot.
    edited = DomainHardwareXml::withDiskOptions(xml, u"vda"_s, u"writethrough"_s, true);
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    read = DomainHardwareXml::read(edited.value);
    QCOMPARE(read.value.disks[0].cache, u"writethrough"_s);
    QVERIFY(read.value.disks[0].readOnly);
    QVERIFY(!DomainHardwareXml::withDiskOptions(xml, u"vdz"_s, {}, false).ok());
}

void TestDomainHardware::mediaAndLinkEdits()
{
    const QString xml = sampleDomain(u"g"_s, RunningUuid, 1);
    const QString cdrom = DomainHardwareXml::diskElement(xml, u"sda"_s);
    QVERIFY(cdrom.contains(u"/isos/debian.iso"_s));
    QVERIFY(DomainHardwareXml::diskElement(xml, u"vdz"_s).isEmpty());
    Result<QString> ejected = DomainHardwareXml::withMedia(cdrom, {});
    QVERIFY(ejected.ok());
    QVERIFY(!ejected.value.contains(u"<source"_s));
    QVERIFY(ejected.value.contains(u"dev=\"sda\""_s));
    Result<QString> changed = DomainHardwareXml::withMedia(ejected.value, u"/isos/other.iso"_s);
    QVERIFY(changed.ok());
    QVERIFY(changed.value.contains(u"file=\"/isos/other.iso\""_s));
    // A hard disk has no removable media.
    QVERIFY(!DomainHardwareXml::withMedia(DomainHardwareXml::diskElement(xml, u"vda"_s), u"/x.iso"_s).ok());

    const QString nic = DomainHardwareXml::nicElement(xml, u"52:54:00:aa:bb:01"_s);
    QVERIFY(nic.contains(u"network=\"default\""_s));
    const Result<QString> down = DomainHardwareXml::withLinkState(nic, false);
    QVERIFY(down.ok());
    const Result<DomainHardware> read = DomainHardwareXml::read(u"<domain><devices>"_s + down.value + u"</devices></domain>"_s);
    QVERIFY(!read.value.nics.first().linkUp);
}

void TestDomainHardware::macValidation()
{
    QVERIFY(HardwareValidator::isValidMac(u"52:54:00:ab:CD:ef"_s));
    QVERIFY(!HardwareValidator::isValidMac(u"52:54:00:ab:cd"_s));
    QVERIFY(!HardwareValidator::isValidMac(u"52-54-00-ab-cd-ef"_s));
    QVERIFY(!HardwareValidator::isValidMac(u"52:54:00:ab:cd:eg"_s));
    QVERIFY(HardwareValidator::isUnicastMac(u"52:54:00:00:00:01"_s));
    QVERIFY(!HardwareValidator::isUnicastMac(u"01:00:5e:00:00:01"_s));
    QVERIFY(HardwareValidator::validateMac({}, {}).isEmpty()); // generated
    QVERIFY(hasProblem(HardwareValidator::validateMac(u"zz:54:00:00:00:01"_s, {}), u"mac"_s, u"six pairs"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMac(u"53:54:00:00:00:01"_s, {}), u"mac"_s, u"multicast"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMac(u"00:00:00:00:00:00"_s, {}), u"mac"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMac(u"52:54:00:AA:BB:01"_s, {u"52:54:00:aa:bb:01"_s}), u"mac"_s,
                       u"already"_s));
    QStringList existing;
    for (int i = 0; i < 200; ++i) {
        const QString mac = HardwareValidator::generateMac(existing);
        QVERIFY(mac.startsWith(u"52:54:00:"_s));
        QVERIFY(HardwareValidator::validateMac(mac, existing).isEmpty());
        existing.append(mac);
    }
    NicDevice nic;
    nic.type = u"bridge"_s;
    nic.source = u"br0; rm -rf"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNic(nic, {}), u"source"_s));
    nic.source.clear();
    QVERIFY(hasProblem(HardwareValidator::validateNic(nic, {}), u"source"_s));
    nic.source = u"br0"_s;
    QVERIFY(HardwareValidator::validateNic(nic, {}).isEmpty());
}

void TestDomainHardware::targetsAndDiskValidation()
{
    QCOMPARE(HardwareValidator::nextFreeTarget(u"virtio"_s, {}), u"vda"_s);
    QCOMPARE(HardwareValidator::nextFreeTarget(u"virtio"_s, {u"vda"_s, u"vdc"_s, u"sda"_s}), u"vdb"_s);
    QCOMPARE(HardwareValidator::nextFreeTarget(u"sata"_s, {u"vda"_s, u"sda"_s}), u"sdb"_s);
    QCOMPARE(HardwareValidator::nextFreeTarget(u"scsi"_s, {u"sda"_s, u"sdb"_s}), u"sdc"_s);
    QCOMPARE(HardwareValidator::nextFreeTarget(u"ide"_s, {u"hda"_s}), u"hdb"_s);
    QStringList many;
    for (int i = 0; i < 26; ++i)
        many.append(u"vd"_s + QChar(u'a' + i));
    QCOMPARE(HardwareValidator::nextFreeTarget(u"virtio"_s, many), u"vdaa"_s);

    NewDiskRequest request;
    request.disk.bus = u"virtio"_s;
    request.disk.target = u"vdb"_s;
    request.createVolume = true;
    request.pool = u"default"_s;
    request.volumeName = u"new.qcow2"_s;
    request.capacityBytes = 1ull << 30;
    const QStringList used{u"vda"_s, u"sda"_s};
    QVERIFY(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}).isEmpty());
    request.capacityBytes = 0;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}), u"capacity"_s, u"zero"_s));
    request.capacityBytes = 20ull << 30;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}), u"capacity"_s, u"free"_s));
    request.capacityBytes = 1ull << 30;
    request.disk.target = u"vda"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}), u"target"_s, u"vdb"_s));
    request.disk.target = u"sdb"_s; // not a virtio name
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}), u"target"_s));
    request.disk.target = u"vdb"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {u"new.qcow2"_s}), u"volumeName"_s));
    request.volumeName = u"a/b"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(request, used, 10ull << 30, {}), u"volumeName"_s));

    NewDiskRequest existing;
    existing.disk.bus = u"sata"_s;
    existing.disk.target = u"sdb"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(existing, used, 0, {}), u"source"_s));
    existing.disk.device = u"cdrom"_s; // an empty drive is fine
    QVERIFY(HardwareValidator::validateNewDisk(existing, used, 0, {}).isEmpty());
    existing.disk.bus = u"virtio"_s;
    existing.disk.target = u"vdb"_s;
    QVERIFY(hasProblem(HardwareValidator::validateNewDisk(existing, used, 0, {}), u"target"_s, u"CD-ROM"_s));
}

void TestDomainHardware::vcpuValidationSaysRestart()
{
    const HardwareListing listing = runningListing(); // 2 of 4 live, 8 host CPUs
    QVERIFY(HardwareValidator::validateVcpus({4, 4, ApplyScope::Now}, listing).isEmpty());
    QVERIFY(HardwareValidator::validateVcpus({3, 4, ApplyScope::Both}, listing).isEmpty());
    // Above the running guest's maximum: the restart is said before libvirt's error.
    FormProblems problems = HardwareValidator::validateVcpus({6, 6, ApplyScope::Both}, listing);
    QVERIFY(hasProblem(problems, u"current"_s, u"restart"_s));
    problems = HardwareValidator::validateVcpus({5, 4, ApplyScope::Now}, listing);
    QVERIFY(hasProblem(problems, u"current"_s, u"restart"_s));
    // For the next boot a higher maximum is fine, with a note.
    QVERIFY(HardwareValidator::validateVcpus({6, 6, ApplyScope::NextBoot}, listing).isEmpty());
    QVERIFY(HardwareValidator::vcpuRestartNote({2, 6, ApplyScope::NextBoot}, listing).contains(u"restart"_s));
    QVERIFY(HardwareValidator::vcpuRestartNote({3, 4, ApplyScope::Both}, listing).isEmpty());
    // The maximum is config-only.
    QVERIFY(hasProblem(HardwareValidator::validateVcpus({2, 6, ApplyScope::Now}, listing), u"maximum"_s, u"next boot"_s));
    QVERIFY(hasProblem(HardwareValidator::validateVcpus({2, 16, ApplyScope::NextBoot}, listing), u"maximum"_s, u"8"_s));
    QVERIFY(hasProblem(HardwareValidator::validateVcpus({5, 4, ApplyScope::NextBoot}, listing), u"current"_s, u"maximum"_s));
    QVERIFY(hasProblem(HardwareValidator::validateVcpus({0, 4, ApplyScope::NextBoot}, listing), u"current"_s));
}

void TestDomainHardware::memoryValidation()
{
    const HardwareListing listing = runningListing(); // 512 MiB of 1 GiB
    QVERIFY(HardwareValidator::validateMemory({768 * 1024, 1024 * 1024, ApplyScope::Now}, listing).isEmpty());
    QVERIFY(hasProblem(HardwareValidator::validateMemory({2048 * 1024, 2048 * 1024, ApplyScope::Both}, listing),
                       u"current"_s, u"restart"_s));
    QVERIFY(HardwareValidator::validateMemory({2048 * 1024, 2048 * 1024, ApplyScope::NextBoot}, listing).isEmpty());
    QVERIFY(HardwareValidator::memoryRestartNote({512 * 1024, 2048 * 1024, ApplyScope::NextBoot}, listing).contains(u"restart"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMemory({512 * 1024, 2048 * 1024, ApplyScope::Now}, listing), u"maximum"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMemory({0, 1024 * 1024, ApplyScope::Now}, listing), u"current"_s));
    QVERIFY(hasProblem(HardwareValidator::validateMemory({900 * 1024, 800 * 1024, ApplyScope::NextBoot}, listing),
                       u"current"_s, u"maximum"_s));
}

void TestDomainHardware::scopesOffered()
{
    QVERIFY(HardwareValidator::scopeProblem(ApplyScope::Now, true, true).isEmpty());
    QVERIFY(HardwareValidator::scopeProblem(ApplyScope::Both, true, true).isEmpty());
    QVERIFY(HardwareValidator::scopeProblem(ApplyScope::NextBoot, true, true).isEmpty());
    QVERIFY(!HardwareValidator::scopeProblem(ApplyScope::Now, false, true).isEmpty());
    QVERIFY(!HardwareValidator::scopeProblem(ApplyScope::Both, false, true).isEmpty());
    QVERIFY(HardwareValidator::scopeProblem(ApplyScope::NextBoot, false, true).isEmpty());
    QVERIFY(!HardwareValidator::scopeProblem(ApplyScope::NextBoot, true, false).isEmpty());
    QVERIFY(HardwareValidator::scopeProblem(ApplyScope::Now, true, false).isEmpty());
}

#define OPEN(session)                                                                                                  \
    (session).open();                                                                                                  \
    QTRY_COMPARE_WITH_TIMEOUT((session).state(), ConnectionState::Connected, 20000)

void TestDomainHardware::serviceLoadsBothSides()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    const Result<HardwareListing> listing = waitFor(service.load(RunningUuid));
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    QCOMPARE(listing.value.state, DomainState::Running);
    QVERIFY(listing.value.persistent);
    QVERIFY(listing.value.hostCpus > 0);
    QCOMPARE(listing.value.live.name, u"hw-running"_s);
    QCOMPARE(listing.value.config.cpu.maximum, 4);
    QCOMPARE(listing.value.live.disks.size(), 3);
    QCOMPARE(listing.value.live.nics.size(), 2);
    const Result<HardwareListing> gone = waitFor(service.load(QUuid::createUuid()));
    QVERIFY(!gone.ok());
    QVERIFY(gone.error.contains(u"no longer exists"_s));
}

void TestDomainHardware::serviceVcpusLiveAndConfig()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    // Live up to the maximum: only the running guest changes.
    Result<bool> done = waitFor(service.setVcpus(RunningUuid, {4, 4, ApplyScope::Now}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    HardwareListing listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.live.cpu.current, 4);
    QCOMPARE(listing.config.cpu.current, 2);
    // A higher maximum for the next boot (VIR_DOMAIN_VCPU_MAXIMUM | CONFIG), current for both.
    done = waitFor(service.setVcpus(RunningUuid, {3, 6, ApplyScope::NextBoot}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.config.cpu.maximum, 6);
    QCOMPARE(listing.config.cpu.current, 3);
    QCOMPARE(listing.live.cpu.maximum, 4);
    QCOMPARE(listing.live.cpu.current, 4);
    // Above the live maximum now: refused with the restart message, nothing changed.
    done = waitFor(service.setVcpus(RunningUuid, {5, 6, ApplyScope::Both}));
    QVERIFY(!done.ok());
    QVERIFY2(done.error.contains(u"restart"_s), qPrintable(done.error));
    listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.config.cpu.current, 3);
    // A lower maximum takes the current count down first.
    done = waitFor(service.setVcpus(RunningUuid, {1, 2, ApplyScope::Both}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.config.cpu.maximum, 2);
    QCOMPARE(listing.config.cpu.current, 1);
    QCOMPARE(listing.live.cpu.current, 1);
}

void TestDomainHardware::serviceMemoryLiveAndConfig()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    Result<bool> done = waitFor(service.setMemory(RunningUuid, {768 * 1024, 1024 * 1024, ApplyScope::Now}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    HardwareListing listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.live.memory.currentKiB, quint64(768 * 1024));
    QCOMPARE(listing.config.memory.currentKiB, quint64(512 * 1024));
    // The maximum: the definition only (VIR_DOMAIN_MEM_MAXIMUM).
    done = waitFor(service.setMemory(RunningUuid, {1536 * 1024, 2048 * 1024, ApplyScope::NextBoot}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = waitFor(service.load(RunningUuid)).value;
    QCOMPARE(listing.config.memory.maximumKiB, quint64(2048 * 1024));
    QCOMPARE(listing.config.memory.currentKiB, quint64(1536 * 1024));
    QCOMPARE(listing.live.memory.maximumKiB, quint64(1024 * 1024));
    done = waitFor(service.setMemory(RunningUuid, {1536 * 1024, 2048 * 1024, ApplyScope::Now}));
    QVERIFY(!done.ok());
    QVERIFY2(done.error.contains(u"restart"_s), qPrintable(done.error));
}

void TestDomainHardware::serviceShutOffGuestConfigOnly()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    Result<bool> done = waitFor(service.setVcpus(OffUuid, {3, 4, ApplyScope::Now}));
    QVERIFY(!done.ok());
    QVERIFY2(done.error.contains(u"not running"_s), qPrintable(done.error));
    done = waitFor(service.setVcpus(OffUuid, {3, 8, ApplyScope::NextBoot}));
    QVERIFY2(done.ok(), qPrintable(done.error));
    const HardwareListing listing = waitFor(service.load(OffUuid)).value;
    QCOMPARE(listing.state, DomainState::ShutOff);
    QCOMPARE(listing.config.cpu.maximum, 8);
    QCOMPARE(listing.config.cpu.current, 3);
    QCOMPARE(listing.live, listing.config);
}

// The XML page shows libvirt's XML without VIR_DOMAIN_XML_SECURE: no passwd attributes.
void TestDomainHardware::passwordsKeptByPosition()
{
    const QString stored = u"<domain><name>g</name><devices>"
                           "<graphics type='spice' passwd='sp1'/><graphics type='vnc' passwd='vn1'/>"
                           "<graphics type='vnc'/><graphics type='vnc' passwd='vn3'/></devices></domain>"_s;
    // The user reordered spice after vnc, typed a password of their own for the third vnc.
    const QString edited = u"<domain><name>g</name><devices>"
                           "<graphics type='vnc' port='5901' autoport='no'/><graphics type='vnc'/>"
                           "<graphics type='vnc' passwd='mine'/><graphics type='spice'/><graphics type='vnc'/>"
                           "</devices></domain>"_s;
    const Result<QString> kept = DomainHardwareXml::withPasswordsKept(edited, stored);
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    const DomainHardware read = DomainHardwareXml::read(kept.value).value;
    QCOMPARE(read.graphics.size(), 5);
    QVERIFY(kept.value.contains(u"passwd=\"vn1\""_s));  // first vnc: the first stored vnc's
    QVERIFY(!read.graphics.at(1).hasPassword);            // second vnc: had none
    QVERIFY(kept.value.contains(u"passwd=\"mine\""_s)); // typed: kept as typed
    QVERIFY(!kept.value.contains(u"vn3"_s));
    QVERIFY(kept.value.contains(u"passwd=\"sp1\""_s));  // spice by its own position
    QVERIFY(!read.graphics.at(4).hasPassword);            // a fourth vnc is new
    QCOMPARE(kept.value.count(u"passwd"_s), 3);

    // Nothing stored: the user's text goes to libvirt exactly as typed.
    const QString plain = u"<domain><name>g</name><devices><graphics type='vnc'/></devices></domain>"_s;
    QCOMPARE(DomainHardwareXml::withPasswordsKept(edited, plain).value, edited);
    // Broken XML with a stored password: a message, not a crash or a silent define.
    const Result<QString> broken = DomainHardwareXml::withPasswordsKept(u"<domain><devices>"_s, stored);
    QVERIFY(!broken.ok());
    QVERIFY(!broken.error.isEmpty());
}

// Found in session 4: Apply on the XML page dropped the VNC password, because the page (rightly)
// never shows it. The console of that guest was then open to anyone who reached the port.
void TestDomainHardware::xmlEditorKeepsTheConsolePassword()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    const Result<QString> shown = waitFor(session.domainXml(OffUuid, true));
    QVERIFY2(shown.ok(), qPrintable(shown.error));
    QVERIFY(!shown.value.contains(u"passwd"_s));
    QVERIFY(!shown.value.contains(u"s3cret"_s));

    QString edited = shown.value;
    const qsizetype at = edited.indexOf(u"</name>"_s);
    QVERIFY(at > 0);
    edited.insert(at + 7, u"\n  <title>edited on the XML page</title>"_s);
    GuestService guests(&session);
    const Result<QString> defined = waitFor(guests.defineXml(OffUuid, edited));
    QVERIFY2(defined.ok(), qPrintable(defined.error));
    QVERIFY(defined.value.contains(u"edited on the XML page"_s));
    QVERIFY(!defined.value.contains(u"s3cret"_s)); // what comes back to the page

    DomainHardwareService service(&session);
    const HardwareListing listing = waitFor(service.load(OffUuid)).value;
    QVERIFY(listing.config.graphics.at(0).hasPassword);
}

void TestDomainHardware::serviceBootAndGraphicsByRedefine()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    BootConfig boot;
    boot.order = {u"hd"_s, u"network"_s};
    boot.menu = true;
    boot.menuTimeoutMs = 2000;
    Result<bool> done = waitFor(service.setBoot(OffUuid, boot));
    QVERIFY2(done.ok(), qPrintable(done.error));
    HardwareListing listing = waitFor(service.load(OffUuid)).value;
    QCOMPARE(listing.config.boot.order, boot.order);
    QCOMPARE(listing.config.boot.menuTimeoutMs, 2000);

    GraphicsChange change;
    change.index = 1;
    change.graphics = listing.config.graphics.at(1);
    change.graphics.autoport = true;
    change.password = PasswordChange::Set;
    change.newPassword = u"pw"_s;
    done = waitFor(service.setGraphics(OffUuid, change));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = waitFor(service.load(OffUuid)).value;
    QVERIFY(listing.config.graphics.at(1).autoport);
    QVERIFY(listing.config.graphics.at(1).hasPassword);
    QVERIFY(listing.config.graphics.at(0).hasPassword); // the other one kept its own

    // Validation first: a fixed port below 5900 never reaches libvirt.
    change.graphics.autoport = false;
    change.graphics.port = 80;
    done = waitFor(service.setGraphics(OffUuid, change));
    QVERIFY(!done.ok());
    QVERIFY(done.error.contains(u"5900"_s));

    VideoDevice video;
    video.model = u"vga"_s;
    done = waitFor(service.setVideo(OffUuid, 0, video));
    QVERIFY2(done.ok(), qPrintable(done.error));
    listing = waitFor(service.load(OffUuid)).value;
    QCOMPARE(listing.config.videos.at(0).model, u"vga"_s);
}

void TestDomainHardware::serviceInterfacesWithAddresses()
{
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    const Result<GuestInterfaceRows> rows = waitFor(service.interfaces(RunningUuid));
    QVERIFY2(rows.ok(), qPrintable(rows.error));
    QCOMPARE(rows.value.size(), 2);
    QCOMPARE(rows.value[0].mac, u"52:54:00:aa:bb:01"_s);
    QCOMPARE(rows.value[0].source, u"default"_s);
    QCOMPARE(rows.value[0].model, u"virtio"_s);
    // The test driver invents a lease for every NIC of a running guest.
    QVERIFY2(!rows.value[0].addresses.isEmpty(), "no address from the test driver's lease source");
    QVERIFY(rows.value[0].addresses.first().contains(u'/'));
    QCOMPARE(rows.value[0].addressOrigin, u"lease"_s);
    QVERIFY(!rows.value[1].linkUp);
    // A shut-off guest: the NICs of its definition, no addresses.
    const Result<GuestInterfaceRows> off = waitFor(service.interfaces(OffUuid));
    QVERIFY(off.ok());
    QCOMPARE(off.value.size(), 2);
    QVERIFY(off.value[0].addresses.isEmpty());
}

void TestDomainHardware::serviceReportsUnsupportedHotplug()
{
    // The test driver cannot attach devices: the request still gets an answer, with
    // libvirt's reason, and the new volume is not left behind.
    ConnectionSession session(1, ConnectionConfig{m_uri, {}, false});
    OPEN(session);
    DomainHardwareService service(&session);
    NicDevice nic;
    nic.source = u"default"_s;
    const Result<NicDevice> attached = waitFor(service.attachNic(RunningUuid, nic, ApplyScope::Now));
    QVERIFY(!attached.ok());
    QVERIFY(!attached.error.isEmpty());
    nic.mac = u"01:02:03:04:05:06"_s;
    const Result<NicDevice> multicast = waitFor(service.attachNic(RunningUuid, nic, ApplyScope::Now));
    QVERIFY(!multicast.ok());
    QVERIFY(multicast.error.contains(u"multicast"_s));
    NewDiskRequest request;
    request.disk.bus = u"virtio"_s;
    request.createVolume = true;
    request.pool = u"default"_s;
    request.volumeName = u"virtdeck-test-hw-unit.qcow2"_s;
    request.capacityBytes = 0;
    const Result<DiskDevice> zero = waitFor(service.attachDisk(RunningUuid, request, ApplyScope::Now));
    QVERIFY(!zero.ok());
    QVERIFY2(zero.error.contains(u"zero"_s), qPrintable(zero.error));
}

void TestDomainHardware::interfaceModelUpdatesRows()
{
    GuestInterfaceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    GuestInterfaceRow a;
    a.mac = u"52:54:00:00:00:01"_s;
    a.interfaceName = u"vnet0"_s;
    a.type = u"network"_s;
    a.source = u"default"_s;
    a.model = u"virtio"_s;
    GuestInterfaceRow b = a;
    b.mac = u"52:54:00:00:00:02"_s;
    b.interfaceName = u"vnet1"_s;
    model.setItems({a, b});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(GuestInterfaceModel::ColumnCount));
    QCOMPARE(model.index(0, GuestInterfaceModel::InterfaceColumn).data().toString(), u"vnet0"_s);
    QCOMPARE(model.index(1, GuestInterfaceModel::MacColumn).data().toString(), u"52:54:00:00:00:02"_s);
    QCOMPARE(model.index(0, GuestInterfaceModel::SourceColumn).data().toString(), u"default"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    b.addresses = {u"192.168.122.9/24"_s};
    b.addressOrigin = u"lease"_s;
    model.setItems({a, b});
    QCOMPARE(changed.size(), 1);
    QVERIFY(model.index(1, GuestInterfaceModel::AddressColumn).data().toString().contains(u"192.168.122.9/24"_s));
    model.setItems({b});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(resets.size(), 0);
}

QTEST_GUILESS_MAIN(TestDomainHardware)
#include "tst_domainhardware.moc"
