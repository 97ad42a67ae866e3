// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlbuilder.h"

#include <QXmlStreamWriter>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// Disk target names per bus: vda, vdb… for virtio; sda, sdb… for SATA (q35's AHCI).
class TargetNames
{
public:
    QString next(bool virtio)
    {
        int &index = virtio ? m_virtio : m_sata;
        const QString prefix = virtio ? u"vd"_s : u"sd"_s;
        return prefix + QChar(u'a' + index++);
    }

private:
    int m_virtio = 0;
    int m_sata = 0;
};

void writeDisk(QXmlStreamWriter &xml, const GuestDiskSpec &disk, const QString &target, bool virtio)
{
    const bool volume = !disk.pool.isEmpty() && !disk.volume.isEmpty();
    const bool block = !volume && disk.path.startsWith(u"/dev/"_s);
    xml.writeStartElement(u"disk"_s);
    xml.writeAttribute(u"type"_s, volume ? u"volume"_s : (block ? u"block"_s : u"file"_s));
    xml.writeAttribute(u"device"_s, u"disk"_s);
    xml.writeEmptyElement(u"driver"_s);
    xml.writeAttribute(u"name"_s, u"qemu"_s);
    xml.writeAttribute(u"type"_s, disk.format.isEmpty() ? u"raw"_s : disk.format);
    xml.writeEmptyElement(u"source"_s);
    if (volume) {
        xml.writeAttribute(u"pool"_s, disk.pool);
        xml.writeAttribute(u"volume"_s, disk.volume);
    } else {
        xml.writeAttribute(block ? u"dev"_s : u"file"_s, disk.path);
    }
    xml.writeEmptyElement(u"target"_s);
    xml.writeAttribute(u"dev"_s, target);
    xml.writeAttribute(u"bus"_s, virtio ? u"virtio"_s : u"sata"_s);
    xml.writeEndElement();
}

void writeBoot(QXmlStreamWriter &xml, const QString &device)
{
    xml.writeEmptyElement(u"boot"_s);
    xml.writeAttribute(u"dev"_s, device);
}

QString kernelCommandLine(const NewGuestForm &form)
{
    // libosinfo names the argument that points an installer at its tree (inst.repo for
    // Fedora/RHEL, url for openSUSE…); without one, the Anaconda spelling is the common case.
    const QString argument = form.osUrlArgument.isEmpty() ? u"inst.repo"_s : form.osUrlArgument;
    QString line = argument + u'=' + form.installUrl;
    if (!form.kernelArgs.trimmed().isEmpty())
        line += u' ' + form.kernelArgs.trimmed();
    return line;
}

} // namespace

StorageVolumeForm DomainXmlBuilder::volumeForm(const NewGuestForm &form)
{
    StorageVolumeForm volume;
    volume.name = form.volumeName;
    volume.format = form.diskFormat.isEmpty() ? u"qcow2"_s : form.diskFormat;
    volume.capacity = form.diskCapacity;
    return volume;
}

QString DomainXmlBuilder::build(const NewGuestForm &form)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartElement(u"domain"_s);
    xml.writeAttribute(u"type"_s, form.domainType);
    xml.writeTextElement(u"name"_s, form.name);

    // Like virt-install: the libosinfo OS id, so tools know what runs inside.
    const bool urlInstall = form.source == InstallSource::Url;
    if (!form.osId.isEmpty() || urlInstall || form.source == InstallSource::Template) {
        xml.writeStartElement(u"metadata"_s);
        if (!form.osId.isEmpty()) {
            // Each metadata element declares its own namespace: libvirt keeps them apart.
            xml.writeStartElement(u"libosinfo:libosinfo"_s);
            xml.writeNamespace(libosinfoNamespace(), u"libosinfo"_s);
            xml.writeEmptyElement(libosinfoNamespace(), u"os"_s);
            xml.writeAttribute(u"id"_s, form.osId);
            xml.writeEndElement();
        }
        if (urlInstall || form.source == InstallSource::Template) {
            xml.writeEmptyElement(u"virtdeck:install"_s);
            xml.writeNamespace(installNamespace(), u"virtdeck"_s);
            if (urlInstall) {
                xml.writeAttribute(u"source"_s, u"url"_s);
                xml.writeAttribute(u"location"_s, form.installUrl);
            } else {
                xml.writeAttribute(u"source"_s, u"template"_s);
                xml.writeAttribute(u"template"_s, form.templateName);
            }
        }
        xml.writeEndElement();
    }

    xml.writeStartElement(u"memory"_s);
    xml.writeAttribute(u"unit"_s, u"MiB"_s);
    xml.writeCharacters(QString::number(form.memoryMiB));
    xml.writeEndElement();
    xml.writeStartElement(u"currentMemory"_s);
    xml.writeAttribute(u"unit"_s, u"MiB"_s);
    xml.writeCharacters(QString::number(form.memoryMiB));
    xml.writeEndElement();
    xml.writeTextElement(u"vcpu"_s, QString::number(form.vcpus));

    xml.writeStartElement(u"os"_s);
    const bool uefi = form.firmware == GuestFirmware::Uefi;
    if (uefi)
        xml.writeAttribute(u"firmware"_s, u"efi"_s);
    xml.writeStartElement(u"type"_s);
    xml.writeAttribute(u"arch"_s, form.arch);
    xml.writeAttribute(u"machine"_s, form.machine);
    xml.writeCharacters(u"hvm"_s);
    xml.writeEndElement();
    if (uefi) {
        // Plain OVMF: the secure-boot builds need SMM and enrolled keys the guest may not want.
        xml.writeStartElement(u"firmware"_s);
        xml.writeEmptyElement(u"feature"_s);
        xml.writeAttribute(u"enabled"_s, u"no"_s);
        xml.writeAttribute(u"name"_s, u"secure-boot"_s);
        xml.writeEndElement();
    }
    const bool directKernel = urlInstall && !form.kernelPath.isEmpty();
    if (directKernel) {
        xml.writeTextElement(u"kernel"_s, form.kernelPath);
        if (!form.initrdPath.isEmpty())
            xml.writeTextElement(u"initrd"_s, form.initrdPath);
        xml.writeTextElement(u"cmdline"_s, kernelCommandLine(form));
    }
    const bool hasDisk = form.disk != GuestDiskChoice::None;
    switch (form.source) {
    case InstallSource::Iso:
        writeBoot(xml, u"cdrom"_s);
        break;
    case InstallSource::Pxe:
        writeBoot(xml, u"network"_s);
        break;
    case InstallSource::Url:
    case InstallSource::ImportDisk:
    case InstallSource::Template:
        break;
    }
    if (hasDisk || form.source == InstallSource::ImportDisk || form.source == InstallSource::Template)
        writeBoot(xml, u"hd"_s);
    xml.writeEndElement(); // os

    xml.writeStartElement(u"features"_s);
    xml.writeEmptyElement(u"acpi"_s);
    xml.writeEmptyElement(u"apic"_s);
    xml.writeEndElement();
    if (form.domainType == u"kvm"_s) {
        xml.writeEmptyElement(u"cpu"_s);
        xml.writeAttribute(u"mode"_s, u"host-passthrough"_s);
    }
    xml.writeEmptyElement(u"clock"_s);
    xml.writeAttribute(u"offset"_s, u"utc"_s);
    xml.writeTextElement(u"on_poweroff"_s, u"destroy"_s);
    xml.writeTextElement(u"on_reboot"_s, u"restart"_s);
    xml.writeTextElement(u"on_crash"_s, u"destroy"_s);

    xml.writeStartElement(u"devices"_s);
    TargetNames targets;
    if (hasDisk) {
        GuestDiskSpec main;
        main.format = form.diskFormat;
        if (form.disk == GuestDiskChoice::NewVolume || form.disk == GuestDiskChoice::ExistingVolume) {
            main.pool = form.pool;
            main.volume = form.volumeName;
        } else {
            main.path = form.diskPath;
        }
        writeDisk(xml, main, targets.next(form.virtio), form.virtio);
    }
    for (const GuestDiskSpec &disk : form.extraDisks)
        writeDisk(xml, disk, targets.next(form.virtio), form.virtio);
    if (form.source == InstallSource::Iso) {
        const bool block = form.isoPath.startsWith(u"/dev/"_s);
        xml.writeStartElement(u"disk"_s);
        xml.writeAttribute(u"type"_s, block ? u"block"_s : u"file"_s);
        xml.writeAttribute(u"device"_s, u"cdrom"_s);
        xml.writeEmptyElement(u"driver"_s);
        xml.writeAttribute(u"name"_s, u"qemu"_s);
        xml.writeAttribute(u"type"_s, u"raw"_s);
        xml.writeEmptyElement(u"source"_s);
        xml.writeAttribute(block ? u"dev"_s : u"file"_s, form.isoPath);
        xml.writeEmptyElement(u"target"_s);
        xml.writeAttribute(u"dev"_s, targets.next(false)); // CD-ROMs are never virtio
        xml.writeAttribute(u"bus"_s, u"sata"_s);
        xml.writeEmptyElement(u"readonly"_s);
        xml.writeEndElement();
    }

    if (form.nic != GuestNicKind::None) {
        const bool network = form.nic == GuestNicKind::VirtualNetwork;
        xml.writeStartElement(u"interface"_s);
        xml.writeAttribute(u"type"_s, network ? u"network"_s : u"bridge"_s);
        xml.writeEmptyElement(u"source"_s);
        xml.writeAttribute(network ? u"network"_s : u"bridge"_s, form.nicSource);
        xml.writeEmptyElement(u"model"_s);
        xml.writeAttribute(u"type"_s, form.virtio ? u"virtio"_s : u"e1000e"_s);
        xml.writeEndElement();
    }

    xml.writeStartElement(u"console"_s);
    xml.writeAttribute(u"type"_s, u"pty"_s);
    xml.writeEndElement();
    xml.writeEmptyElement(u"input"_s);
    xml.writeAttribute(u"type"_s, u"tablet"_s);
    xml.writeAttribute(u"bus"_s, u"usb"_s);
    // Local only: the console page reaches it through libvirt (virDomainOpenGraphicsFD).
    xml.writeEmptyElement(u"graphics"_s);
    xml.writeAttribute(u"type"_s, u"vnc"_s);
    xml.writeAttribute(u"port"_s, u"-1"_s);
    xml.writeAttribute(u"autoport"_s, u"yes"_s);
    xml.writeAttribute(u"listen"_s, u"127.0.0.1"_s);
    xml.writeStartElement(u"video"_s);
    xml.writeEmptyElement(u"model"_s);
    xml.writeAttribute(u"type"_s, form.virtio ? u"virtio"_s : u"vga"_s);
    xml.writeEndElement();
    xml.writeEmptyElement(u"memballoon"_s);
    xml.writeAttribute(u"model"_s, form.virtio ? u"virtio"_s : u"none"_s);
    xml.writeEndElement(); // devices

    xml.writeEndElement(); // domain
    xml.writeEndDocument();
    return out.trimmed() + u'\n'; // the writer starts with a line break
}

} // namespace VirtDeck
