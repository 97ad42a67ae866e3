// SPDX-License-Identifier: GPL-2.0-or-later
// The new guest's domain XML for every install source, firmware and device family, read back
// with QXmlStreamReader; the host capability parsers; the wizard's validation rules.
#include "domainxmlbuilder.h"
#include "guestcreationservice.h"
#include "newguestvalidator.h"
#include "storagexml.h"

#include <QHash>
#include <QtTest>
#include <QXmlStreamReader>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

// The generated document flattened: "domain/os/boot@dev" -> values, in document order.
struct Parsed
{
    QHash<QString, QStringList> values;
    QString error;
    QStringList get(const QString &key) const { return values.value(key); }
    QString one(const QString &key) const { return values.value(key).value(0); }
};

Parsed parse(const QString &xml)
{
    Parsed parsed;
    QXmlStreamReader reader(xml);
    QStringList path;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            path.append(reader.qualifiedName().toString());
            const QString prefix = path.join(u'/');
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                parsed.values[prefix + u'@' + attribute.qualifiedName().toString()].append(attribute.value().toString());
            if (!reader.namespaceUri().isEmpty())
                parsed.values[prefix + u"#ns"_s].append(reader.namespaceUri().toString());
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            parsed.values[path.join(u'/')].append(reader.text().toString());
        } else if (reader.isEndElement()) {
            path.removeLast();
        }
    }
    if (reader.hasError())
        parsed.error = reader.errorString();
    return parsed;
}

NewGuestForm baseForm()
{
    NewGuestForm form;
    form.name = u"virtdeck-test-wiz-unit"_s;
    form.osId = u"http://debian.org/debian/11"_s;
    form.osShortId = u"debian11"_s;
    form.vcpus = 2;
    form.memoryMiB = 2048;
    form.pool = u"default"_s;
    form.volumeName = u"virtdeck-test-wiz-unit.qcow2"_s;
    form.diskCapacity = 20ull << 30;
    form.nic = GuestNicKind::VirtualNetwork;
    form.nicSource = u"default"_s;
    return form;
}

} // namespace

class TestDomainXmlBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isoCdromBios()
    {
        NewGuestForm form = baseForm();
        form.source = InstallSource::Iso;
        form.isoPath = u"/var/lib/libvirt/images/debian & co.iso"_s; // escaped by the writer
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.one(u"domain@type"_s), u"qemu"_s);
        QCOMPARE(xml.one(u"domain/name"_s), form.name);
        QCOMPARE(xml.one(u"domain/memory"_s), u"2048"_s);
        QCOMPARE(xml.one(u"domain/memory@unit"_s), u"MiB"_s);
        QCOMPARE(xml.one(u"domain/vcpu"_s), u"2"_s);
        QCOMPARE(xml.get(u"domain/os/boot@dev"_s), (QStringList{u"cdrom"_s, u"hd"_s}));
        QVERIFY(xml.get(u"domain/os@firmware"_s).isEmpty());
        QCOMPARE(xml.one(u"domain/os/type"_s), u"hvm"_s);
        QCOMPARE(xml.one(u"domain/os/type@machine"_s), u"q35"_s);
        QCOMPARE(xml.get(u"domain/devices/disk@device"_s), (QStringList{u"disk"_s, u"cdrom"_s}));
        QCOMPARE(xml.get(u"domain/devices/disk@type"_s), (QStringList{u"volume"_s, u"file"_s}));
        QCOMPARE(xml.one(u"domain/devices/disk/source@pool"_s), u"default"_s);
        QCOMPARE(xml.one(u"domain/devices/disk/source@volume"_s), form.volumeName);
        QCOMPARE(xml.one(u"domain/devices/disk/source@file"_s), form.isoPath);
        QCOMPARE(xml.get(u"domain/devices/disk/target@dev"_s), (QStringList{u"vda"_s, u"sda"_s}));
        QCOMPARE(xml.get(u"domain/devices/disk/target@bus"_s), (QStringList{u"virtio"_s, u"sata"_s}));
        QCOMPARE(xml.get(u"domain/devices/disk/readonly"_s).size(), 0); // empty element: no text
        QCOMPARE(xml.one(u"domain/devices/interface@type"_s), u"network"_s);
        QCOMPARE(xml.one(u"domain/devices/interface/source@network"_s), u"default"_s);
        QCOMPARE(xml.one(u"domain/devices/interface/model@type"_s), u"virtio"_s);
        QCOMPARE(xml.one(u"domain/devices/graphics@type"_s), u"vnc"_s);
        QCOMPARE(xml.one(u"domain/devices/graphics@listen"_s), u"127.0.0.1"_s);
        // virt-install's metadata: the libosinfo id in its own namespace.
        QCOMPARE(xml.one(u"domain/metadata/libosinfo:libosinfo/libosinfo:os@id"_s), form.osId);
        QCOMPARE(xml.one(u"domain/metadata/libosinfo:libosinfo#ns"_s), DomainXmlBuilder::libosinfoNamespace());
        QVERIFY(DomainXmlBuilder::build(form).contains(u"xmlns:libosinfo=\"http://libosinfo.org/xmlns/libvirt/domain/1.0\""_s));
        QVERIFY(xml.get(u"domain/cpu@mode"_s).isEmpty()); // TCG: no host-passthrough
    }

    void cdromDevice()
    {
        NewGuestForm form = baseForm();
        form.isoPath = u"/dev/sr0"_s;
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QCOMPARE(xml.get(u"domain/devices/disk@type"_s).value(1), u"block"_s);
        QCOMPARE(xml.one(u"domain/devices/disk/source@dev"_s), u"/dev/sr0"_s);
    }

    void pxeKvm()
    {
        NewGuestForm form = baseForm();
        form.source = InstallSource::Pxe;
        form.domainType = u"kvm"_s;
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QCOMPARE(xml.one(u"domain@type"_s), u"kvm"_s);
        QCOMPARE(xml.one(u"domain/cpu@mode"_s), u"host-passthrough"_s);
        QCOMPARE(xml.get(u"domain/os/boot@dev"_s), (QStringList{u"network"_s, u"hd"_s}));
        QCOMPARE(xml.get(u"domain/devices/disk@device"_s), QStringList{u"disk"_s});
    }

    void urlInstallTree()
    {
        NewGuestForm form = baseForm();
        form.source = InstallSource::Url;
        form.installUrl = u"http://mirror.example/fedora/os/?a=1&b=2"_s;
        form.kernelPath = u"/var/lib/libvirt/boot/vmlinuz"_s;
        form.initrdPath = u"/var/lib/libvirt/boot/initrd.img"_s;
        form.kernelArgs = u"console=ttyS0"_s;
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.one(u"domain/os/kernel"_s), form.kernelPath);
        QCOMPARE(xml.one(u"domain/os/initrd"_s), form.initrdPath);
        QCOMPARE(xml.one(u"domain/os/cmdline"_s), u"inst.repo=http://mirror.example/fedora/os/?a=1&b=2 console=ttyS0"_s);
        QCOMPARE(xml.get(u"domain/os/boot@dev"_s), QStringList{u"hd"_s});
        QCOMPARE(xml.one(u"domain/metadata/virtdeck:install@location"_s), form.installUrl);
        QCOMPARE(xml.one(u"domain/metadata/virtdeck:install#ns"_s), DomainXmlBuilder::installNamespace());
        form.osUrlArgument = u"install"_s; // libosinfo's kernel-url-argument wins
        QCOMPARE(parse(DomainXmlBuilder::build(form)).one(u"domain/os/cmdline"_s).section(u'=', 0, 0), u"install"_s);
    }

    void importDiskNoVirtio()
    {
        NewGuestForm form = baseForm();
        form.source = InstallSource::ImportDisk;
        form.disk = GuestDiskChoice::ExistingPath;
        form.diskPath = u"/srv/images/old.img"_s;
        form.diskFormat = u"raw"_s;
        form.virtio = false;
        form.osId.clear(); // generic: no libosinfo metadata
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QCOMPARE(xml.one(u"domain/devices/disk@type"_s), u"file"_s);
        QCOMPARE(xml.one(u"domain/devices/disk/source@file"_s), form.diskPath);
        QCOMPARE(xml.one(u"domain/devices/disk/driver@type"_s), u"raw"_s);
        QCOMPARE(xml.one(u"domain/devices/disk/target@bus"_s), u"sata"_s);
        QCOMPARE(xml.one(u"domain/devices/disk/target@dev"_s), u"sda"_s);
        QCOMPARE(xml.one(u"domain/devices/interface/model@type"_s), u"e1000e"_s);
        QCOMPARE(xml.one(u"domain/devices/video/model@type"_s), u"vga"_s);
        QCOMPARE(xml.one(u"domain/devices/memballoon@model"_s), u"none"_s);
        QCOMPARE(xml.get(u"domain/os/boot@dev"_s), QStringList{u"hd"_s});
        QVERIFY(xml.get(u"domain/metadata"_s).isEmpty() && !DomainXmlBuilder::build(form).contains(u"<metadata"_s));
    }

    void uefiBridgeNoDisk()
    {
        NewGuestForm form = baseForm();
        form.firmware = GuestFirmware::Uefi;
        form.disk = GuestDiskChoice::None;
        form.source = InstallSource::Pxe;
        form.nic = GuestNicKind::Bridge;
        form.nicSource = u"br0"_s;
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QCOMPARE(xml.one(u"domain/os@firmware"_s), u"efi"_s);
        QCOMPARE(xml.one(u"domain/os/firmware/feature@name"_s), u"secure-boot"_s);
        QCOMPARE(xml.one(u"domain/os/firmware/feature@enabled"_s), u"no"_s);
        QCOMPARE(xml.get(u"domain/os/boot@dev"_s), QStringList{u"network"_s});
        QVERIFY(xml.get(u"domain/devices/disk@device"_s).isEmpty());
        QCOMPARE(xml.one(u"domain/devices/interface@type"_s), u"bridge"_s);
        QCOMPARE(xml.one(u"domain/devices/interface/source@bridge"_s), u"br0"_s);
    }

    void templateCloneDisks()
    {
        NewGuestForm form = baseForm();
        form.source = InstallSource::Template;
        form.templateName = u"golden"_s;
        form.disk = GuestDiskChoice::ExistingVolume;
        form.volumeName = u"clone-vda.qcow2"_s;
        form.extraDisks = {GuestDiskSpec{{}, {}, u"/srv/clone-vdb.qcow2"_s, u"qcow2"_s}};
        QVERIFY(!form.createsVolume());
        const Parsed xml = parse(DomainXmlBuilder::build(form));
        QCOMPARE(xml.get(u"domain/devices/disk/target@dev"_s), (QStringList{u"vda"_s, u"vdb"_s}));
        QCOMPARE(xml.one(u"domain/metadata/virtdeck:install@template"_s), u"golden"_s);
    }

    void volumeForm()
    {
        const NewGuestForm form = baseForm();
        QVERIFY(form.createsVolume());
        StorageVolumeInfo info;
        QVERIFY(StorageXml::readVolume(StorageXml::volumeFromForm(DomainXmlBuilder::volumeForm(form)), info));
        QCOMPARE(info.format, u"qcow2"_s);
    }

    void capabilities()
    {
        GuestHostFacts facts;
        GuestCreationService::readCapabilities(
            u"<capabilities><host><cpu><arch>x86_64</arch></cpu></host>"
            "<guest><os_type>hvm</os_type><arch name='i686'><domain type='kvm'/></arch></guest>"
            "<guest><os_type>hvm</os_type><arch name='x86_64'><domain type='qemu'/></arch></guest></capabilities>"_s,
            facts);
        QCOMPARE(facts.domainType, u"qemu"_s); // kvm only for i686 here
        GuestCreationService::readCapabilities(
            u"<capabilities><guest><os_type>hvm</os_type><arch name='x86_64'><domain type='qemu'/>"
            "<domain type='kvm'/></arch></guest></capabilities>"_s,
            facts);
        QCOMPARE(facts.domainType, u"kvm"_s);

        GuestHostFacts domain;
        GuestCreationService::readDomainCapabilities(
            u"<domainCapabilities><vcpu max='255'/><os supported='yes'><enum name='firmware'><value>efi</value></enum>"
            "<loader supported='yes'><value>/usr/share/OVMF/OVMF_CODE_4M.fd</value></loader></os></domainCapabilities>"_s,
            domain);
        QCOMPARE(domain.maxVcpus, 255);
        QVERIFY(domain.uefiAvailable);
        QCOMPARE(domain.uefiLoaders, QStringList{u"/usr/share/OVMF/OVMF_CODE_4M.fd"_s});
        GuestCreationService::readDomainCapabilities(
            u"<domainCapabilities><vcpu max='4'/><os supported='yes'><loader supported='yes'>"
            "<enum name='type'><value>rom</value></enum></loader></os></domainCapabilities>"_s,
            domain);
        QVERIFY(!domain.uefiAvailable);
        QVERIFY(domain.uefiProblem.contains(u"ovmf"_s));
    }

    void validation()
    {
        const QStringList existing = {u"web1"_s};
        QVERIFY(NewGuestValidator::validateName(u"web2"_s, existing).isEmpty());
        QCOMPARE(NewGuestValidator::validateName(u"web1"_s, existing).value(0).field, u"name"_s);
        QVERIFY(NewGuestValidator::validateName(u"Web1"_s, existing).isEmpty()); // case-sensitive like libvirt
        QVERIFY(!NewGuestValidator::validateName(u"bad name"_s, existing).isEmpty());
        QVERIFY(!NewGuestValidator::validateName(u"a/b"_s, existing).isEmpty());
        QVERIFY(!NewGuestValidator::validateName(u"-x"_s, existing).isEmpty());
        QVERIFY(!NewGuestValidator::validateName(QString(65, u'a'), existing).isEmpty());
        QVERIFY(!NewGuestValidator::validateName({}, existing).isEmpty());

        NewGuestForm form = baseForm();
        FormProblems storage = NewGuestValidator::validateStorage(form, 30ull << 30, {});
        QVERIFY(storage.isEmpty());
        form.diskCapacity = 0;
        storage = NewGuestValidator::validateStorage(form, 30ull << 30, {});
        QCOMPARE(storage.size(), 1);
        QCOMPARE(storage.first().field, u"diskCapacity"_s);
        form.diskCapacity = 40ull << 30;
        QCOMPARE(NewGuestValidator::validateStorage(form, 30ull << 30, {}).value(0).field, u"diskCapacity"_s);
        form.diskCapacity = 1ull << 30;
        QCOMPARE(NewGuestValidator::validateStorage(form, 30ull << 30, {form.volumeName}).value(0).field, u"volumeName"_s);

        GuestHostFacts facts;
        facts.hostCpus = 2;
        facts.maxVcpus = 255;
        facts.hostMemoryMiB = 4096;
        form.vcpus = 2;
        form.memoryMiB = 4096;
        QVERIFY(NewGuestValidator::validateResources(form, facts).isEmpty());
        form.vcpus = 3;
        form.memoryMiB = 4097;
        const FormProblems resources = NewGuestValidator::validateResources(form, facts);
        QCOMPARE(resources.size(), 2);
        QCOMPARE(resources.at(0).field, u"vcpus"_s);
        QCOMPARE(resources.at(1).field, u"memory"_s);

        form.firmware = GuestFirmware::Uefi;
        QCOMPARE(NewGuestValidator::validateFirmware(form, facts).value(0).field, u"firmware"_s);
        facts.uefiAvailable = true;
        QVERIFY(NewGuestValidator::validateFirmware(form, facts).isEmpty());

        form.source = InstallSource::Url;
        form.installUrl = u"not a url"_s;
        QStringList fields;
        for (const FormProblem &problem : NewGuestValidator::validateSource(form))
            fields.append(problem.field);
        QCOMPARE(fields, (QStringList{u"installUrl"_s, u"kernelPath"_s}));
        form.source = InstallSource::Pxe;
        form.nic = GuestNicKind::None;
        QCOMPARE(NewGuestValidator::validateNetwork(form).value(0).field, u"nicSource"_s);
    }
};

QTEST_GUILESS_MAIN(TestDomainXmlBuilder)
#include "tst_domainxmlbuilder.moc"
