// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainhardwarexml.h"

#include <QDomDocument>
#include <QDomElement>
#include <QHash>
#include <QTextStream>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString attr(const QXmlStreamReader &xml, const QString &name)
{
    return xml.attributes().value(name).toString();
}

int intAttr(const QXmlStreamReader &xml, const QString &name, int fallback = 0)
{
    bool ok = false;
    const int value = xml.attributes().value(name).toInt(&ok, 0);
    return ok ? value : fallback;
}

// Text of the current element; leaves the reader on its end element.
QString text(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
}

int bootOrderOf(QXmlStreamReader &xml)
{
    const int order = intAttr(xml, u"order"_s);
    xml.skipCurrentElement();
    return order;
}

DiskDevice readDisk(QXmlStreamReader &xml)
{
    DiskDevice disk;
    disk.type = attr(xml, u"type"_s);
    disk.device = attr(xml, u"device"_s);
    if (disk.device.isEmpty())
        disk.device = u"disk"_s;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"driver") {
            disk.driverType = attr(xml, u"type"_s);
            disk.cache = attr(xml, u"cache"_s);
            xml.skipCurrentElement();
        } else if (name == u"source") {
            if (disk.type == u"volume") {
                disk.sourcePool = attr(xml, u"pool"_s);
                disk.sourceVolume = attr(xml, u"volume"_s);
                disk.source = disk.sourcePool + u'/' + disk.sourceVolume;
            } else {
                for (const QString &key : {u"file"_s, u"dev"_s, u"name"_s, u"dir"_s}) {
                    if (xml.attributes().hasAttribute(key)) {
                        disk.source = attr(xml, key);
                        break;
                    }
                }
            }
            xml.skipCurrentElement();
        } else if (name == u"target") {
            disk.target = attr(xml, u"dev"_s);
            disk.bus = attr(xml, u"bus"_s);
            xml.skipCurrentElement();
        } else if (name == u"readonly") {
            disk.readOnly = true;
            xml.skipCurrentElement();
        } else if (name == u"shareable") {
            disk.shareable = true;
            xml.skipCurrentElement();
        } else if (name == u"boot") {
            disk.bootOrder = bootOrderOf(xml);
        } else if (name == u"alias") {
            disk.alias = attr(xml, u"name"_s);
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    return disk;
}

NicDevice readNic(QXmlStreamReader &xml)
{
    NicDevice nic;
    nic.type = attr(xml, u"type"_s);
    nic.model.clear();
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"mac") {
            nic.mac = attr(xml, u"address"_s).toLower();
        } else if (name == u"source") {
            if (nic.type == u"network")
                nic.source = attr(xml, u"network"_s);
            else if (nic.type == u"bridge")
                nic.source = attr(xml, u"bridge"_s);
            else
                nic.source = attr(xml, u"dev"_s);
        } else if (name == u"model") {
            nic.model = attr(xml, u"type"_s);
        } else if (name == u"target") {
            nic.target = attr(xml, u"dev"_s);
        } else if (name == u"link") {
            nic.linkUp = attr(xml, u"state"_s) != u"down";
        } else if (name == u"alias") {
            nic.alias = attr(xml, u"name"_s);
        } else if (name == u"boot") {
            nic.bootOrder = intAttr(xml, u"order"_s);
        }
        xml.skipCurrentElement();
    }
    return nic;
}

GraphicsDevice readGraphics(QXmlStreamReader &xml)
{
    GraphicsDevice graphics;
    graphics.type = attr(xml, u"type"_s);
    graphics.listen = attr(xml, u"listen"_s);
    graphics.autoport = attr(xml, u"autoport"_s) != u"no";
    graphics.port = intAttr(xml, u"port"_s, -1);
    if (graphics.port <= 0)
        graphics.port = -1;
    // Only whether there is one: the value is never kept.
    graphics.hasPassword = xml.attributes().hasAttribute(u"passwd"_s);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"listen" && graphics.listen.isEmpty())
            graphics.listen = attr(xml, u"type"_s) == u"socket" ? attr(xml, u"socket"_s) : attr(xml, u"address"_s);
        xml.skipCurrentElement();
    }
    return graphics;
}

VideoDevice readVideo(QXmlStreamReader &xml)
{
    VideoDevice video;
    video.model.clear();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"model") {
            video.model = attr(xml, u"type"_s);
            video.vramKiB = intAttr(xml, u"vram"_s);
            video.heads = intAttr(xml, u"heads"_s);
            video.primary = attr(xml, u"primary"_s) == u"yes";
        }
        xml.skipCurrentElement();
    }
    return video;
}

SerialDevice readSerial(QXmlStreamReader &xml, const QString &kind)
{
    SerialDevice serial;
    serial.kind = kind;
    serial.type = attr(xml, u"type"_s);
    serial.path = attr(xml, u"tty"_s);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"target") {
            serial.targetType = attr(xml, u"type"_s);
            serial.port = intAttr(xml, u"port"_s);
        } else if (xml.name() == u"source" && serial.path.isEmpty()) {
            serial.path = attr(xml, u"path"_s);
            if (serial.path.isEmpty() && xml.attributes().hasAttribute(u"service"_s))
                serial.path = attr(xml, u"host"_s) + u':' + attr(xml, u"service"_s);
        }
        xml.skipCurrentElement();
    }
    return serial;
}

ControllerDevice readController(QXmlStreamReader &xml)
{
    ControllerDevice controller;
    controller.type = attr(xml, u"type"_s);
    controller.index = intAttr(xml, u"index"_s);
    controller.model = attr(xml, u"model"_s);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"address") {
            const QString type = attr(xml, u"type"_s);
            if (type == u"pci") {
                auto hex = [&xml](const QString &name, int width) {
                    bool ok = false;
                    const int value = xml.attributes().value(name).toInt(&ok, 0);
                    return QStringLiteral("%1").arg(ok ? value : 0, width, 16, QLatin1Char('0'));
                };
                controller.address = u"pci %1:%2:%3.%4"_s.arg(hex(u"domain"_s, 4), hex(u"bus"_s, 2), hex(u"slot"_s, 2),
                                                              hex(u"function"_s, 1));
            } else {
                controller.address = type;
            }
        }
        xml.skipCurrentElement();
    }
    return controller;
}

void readOs(QXmlStreamReader &xml, BootConfig &boot)
{
    const QString firmware = attr(xml, u"firmware"_s);
    if (firmware == u"efi")
        boot.firmware = u"UEFI"_s;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"type") {
            boot.arch = attr(xml, u"arch"_s);
            boot.machine = attr(xml, u"machine"_s);
            xml.skipCurrentElement();
        } else if (name == u"boot") {
            boot.order.append(attr(xml, u"dev"_s));
            xml.skipCurrentElement();
        } else if (name == u"bootmenu") {
            boot.menu = attr(xml, u"enable"_s) == u"yes";
            boot.menuTimeoutMs = intAttr(xml, u"timeout"_s);
            xml.skipCurrentElement();
        } else if (name == u"loader") {
            const bool pflash = attr(xml, u"type"_s) == u"pflash";
            boot.loaderPath = text(xml);
            const QString lower = boot.loaderPath.toLower();
            if (pflash || lower.contains(u"ovmf"_s) || lower.contains(u"efi"_s))
                boot.firmware = u"UEFI"_s;
        } else if (name == u"firmware") {
            // <os firmware='efi'><firmware><feature…/></firmware>: features only.
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    if (boot.firmware.isEmpty())
        boot.firmware = u"BIOS"_s;
}

QString malformed(const QXmlStreamReader &xml)
{
    return DomainHardwareXml::tr("Domain XML is malformed at line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
}

// QDom helpers for edits of whole definitions.
struct Parsed
{
    QDomDocument document;
    QString error;
};

Parsed parseDom(const QString &xml)
{
    Parsed parsed;
    QString message;
    int line = 0;
    int column = 0;
    if (!parsed.document.setContent(xml, &message, &line, &column))
        parsed.error = DomainHardwareXml::tr("The XML is malformed at line %1: %2").arg(line).arg(message);
    return parsed;
}

QDomElement child(QDomElement parent, const QString &name, bool create)
{
    QDomElement found = parent.firstChildElement(name);
    if (found.isNull() && create) {
        found = parent.ownerDocument().createElement(name);
        parent.appendChild(found);
    }
    return found;
}

QList<QDomElement> children(const QDomElement &parent, const QString &name)
{
    QList<QDomElement> out;
    for (QDomElement e = parent.firstChildElement(name); !e.isNull(); e = e.nextSiblingElement(name))
        out.append(e);
    return out;
}

QString elementXml(const QDomElement &element)
{
    QString out;
    QTextStream stream(&out);
    element.save(stream, 2);
    return out;
}

QDomElement findDevice(const QDomDocument &document, const QString &tag, const QString &childTag,
                       const QString &attribute, const QString &value)
{
    const QDomElement devices = document.documentElement().firstChildElement(u"devices"_s);
    for (const QDomElement &device : children(devices, tag)) {
        const QString v = device.firstChildElement(childTag).attribute(attribute);
        if (v.compare(value, Qt::CaseInsensitive) == 0)
            return device;
    }
    return {};
}

template<typename Fn>
Result<QString> editDocument(const QString &xml, Fn fn)
{
    Parsed parsed = parseDom(xml);
    if (!parsed.error.isEmpty())
        return Result<QString>::failure(parsed.error);
    const QString problem = fn(parsed.document);
    if (!problem.isEmpty())
        return Result<QString>::failure(problem);
    return Result<QString>{parsed.document.toString(2), {}};
}

} // namespace

quint64 DomainHardwareXml::toKiB(quint64 value, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.isEmpty() || u == u"k" || u == u"kib")
        return value;
    if (u == u"b" || u == u"bytes")
        return value / 1024;
    if (u == u"kb")
        return value * 1000 / 1024;
    if (u == u"m" || u == u"mib")
        return value * 1024;
    if (u == u"mb")
        return value * 1000 * 1000 / 1024;
    if (u == u"g" || u == u"gib")
        return value * 1024 * 1024;
    if (u == u"gb")
        return value * 1000 * 1000 * 1000 / 1024;
    if (u == u"t" || u == u"tib")
        return value * 1024 * 1024 * 1024;
    if (u == u"tb")
        return value * 1000 * 1000 * 1000 * 1000 / 1024;
    return value;
}

Result<DomainHardware> DomainHardwareXml::read(const QString &domainXml)
{
    using R = Result<DomainHardware>;
    DomainHardware hw;
    QXmlStreamReader xml(domainXml);
    if (!xml.readNextStartElement() || xml.name() != u"domain")
        return R::failure(xml.hasError() ? malformed(xml) : tr("Not a libvirt domain description"));
    bool sawCurrentMemory = false;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            hw.name = text(xml);
        } else if (name == u"memory") {
            const QString unit = attr(xml, u"unit"_s);
            hw.memory.maximumKiB = toKiB(text(xml).toULongLong(), unit);
        } else if (name == u"currentMemory") {
            const QString unit = attr(xml, u"unit"_s);
            hw.memory.currentKiB = toKiB(text(xml).toULongLong(), unit);
            sawCurrentMemory = true;
        } else if (name == u"vcpu") {
            const int current = intAttr(xml, u"current"_s);
            hw.cpu.maximum = std::max(1, text(xml).toInt());
            hw.cpu.current = current > 0 ? current : hw.cpu.maximum;
        } else if (name == u"cpu") {
            hw.cpu.mode = attr(xml, u"mode"_s);
            while (xml.readNextStartElement()) {
                if (xml.name() == u"model")
                    hw.cpu.model = text(xml);
                else
                    xml.skipCurrentElement();
            }
        } else if (name == u"os") {
            readOs(xml, hw.boot);
        } else if (name == u"devices") {
            while (xml.readNextStartElement()) {
                const auto device = xml.name();
                if (device == u"disk") {
                    hw.disks.append(readDisk(xml));
                } else if (device == u"interface") {
                    hw.nics.append(readNic(xml));
                } else if (device == u"graphics") {
                    hw.graphics.append(readGraphics(xml));
                } else if (device == u"video") {
                    hw.videos.append(readVideo(xml));
                } else if (device == u"serial" || device == u"console") {
                    hw.serials.append(readSerial(xml, device.toString()));
                } else if (device == u"controller") {
                    hw.controllers.append(readController(xml));
                } else {
                    xml.skipCurrentElement();
                }
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError())
        return R::failure(malformed(xml));
    if (!sawCurrentMemory)
        hw.memory.currentKiB = hw.memory.maximumKiB;
    for (const DiskDevice &disk : std::as_const(hw.disks))
        hw.boot.perDeviceOrder |= disk.bootOrder > 0;
    for (const NicDevice &nic : std::as_const(hw.nics))
        hw.boot.perDeviceOrder |= nic.bootOrder > 0;
    return R{hw, {}};
}

void DomainHardwareXml::markPresence(DomainHardware &live, const DomainHardware &config)
{
    for (DiskDevice &disk : live.disks) {
        disk.inLive = true;
        disk.inConfig = std::any_of(config.disks.cbegin(), config.disks.cend(),
                                    [&disk](const DiskDevice &d) { return d.target == disk.target; });
    }
    for (const DiskDevice &disk : config.disks) {
        if (std::none_of(live.disks.cbegin(), live.disks.cend(), [&disk](const DiskDevice &d) { return d.target == disk.target; })) {
            DiskDevice pending = disk;
            pending.inLive = false;
            pending.inConfig = true;
            live.disks.append(pending);
        }
    }
    for (NicDevice &nic : live.nics) {
        nic.inLive = true;
        nic.inConfig = std::any_of(config.nics.cbegin(), config.nics.cend(),
                                   [&nic](const NicDevice &n) { return n.mac == nic.mac; });
    }
    for (const NicDevice &nic : config.nics) {
        if (std::none_of(live.nics.cbegin(), live.nics.cend(), [&nic](const NicDevice &n) { return n.mac == nic.mac; })) {
            NicDevice pending = nic;
            pending.inLive = false;
            pending.inConfig = true;
            live.nics.append(pending);
        }
    }
}

QString DomainHardwareXml::diskXml(const DiskDevice &disk)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"disk"_s);
    const QString type = disk.type.isEmpty() ? u"file"_s : disk.type;
    xml.writeAttribute(u"type"_s, type);
    xml.writeAttribute(u"device"_s, disk.device.isEmpty() ? u"disk"_s : disk.device);
    xml.writeEmptyElement(u"driver"_s);
    xml.writeAttribute(u"name"_s, u"qemu"_s);
    if (!disk.driverType.isEmpty())
        xml.writeAttribute(u"type"_s, disk.driverType);
    if (!disk.cache.isEmpty())
        xml.writeAttribute(u"cache"_s, disk.cache);
    if (type == u"volume" && !disk.sourcePool.isEmpty()) {
        xml.writeEmptyElement(u"source"_s);
        xml.writeAttribute(u"pool"_s, disk.sourcePool);
        xml.writeAttribute(u"volume"_s, disk.sourceVolume);
    } else if (!disk.source.isEmpty()) {
        xml.writeEmptyElement(u"source"_s);
        xml.writeAttribute(type == u"block" ? u"dev"_s : u"file"_s, disk.source);
    }
    xml.writeEmptyElement(u"target"_s);
    xml.writeAttribute(u"dev"_s, disk.target);
    if (!disk.bus.isEmpty())
        xml.writeAttribute(u"bus"_s, disk.bus);
    if (disk.readOnly)
        xml.writeEmptyElement(u"readonly"_s);
    if (disk.shareable)
        xml.writeEmptyElement(u"shareable"_s);
    if (disk.bootOrder > 0) {
        xml.writeEmptyElement(u"boot"_s);
        xml.writeAttribute(u"order"_s, QString::number(disk.bootOrder));
    }
    xml.writeEndElement();
    return out;
}

QString DomainHardwareXml::nicXml(const NicDevice &nic)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"interface"_s);
    xml.writeAttribute(u"type"_s, nic.type);
    if (!nic.mac.isEmpty()) {
        xml.writeEmptyElement(u"mac"_s);
        xml.writeAttribute(u"address"_s, nic.mac.toLower());
    }
    if (!nic.source.isEmpty()) {
        xml.writeEmptyElement(u"source"_s);
        if (nic.type == u"network") {
            xml.writeAttribute(u"network"_s, nic.source);
        } else if (nic.type == u"bridge") {
            xml.writeAttribute(u"bridge"_s, nic.source);
        } else {
            xml.writeAttribute(u"dev"_s, nic.source);
            if (nic.type == u"direct")
                xml.writeAttribute(u"mode"_s, u"bridge"_s);
        }
    }
    if (!nic.model.isEmpty()) {
        xml.writeEmptyElement(u"model"_s);
        xml.writeAttribute(u"type"_s, nic.model);
    }
    if (!nic.linkUp) {
        xml.writeEmptyElement(u"link"_s);
        xml.writeAttribute(u"state"_s, u"down"_s);
    }
    if (nic.bootOrder > 0) {
        xml.writeEmptyElement(u"boot"_s);
        xml.writeAttribute(u"order"_s, QString::number(nic.bootOrder));
    }
    xml.writeEndElement();
    return out;
}

QString DomainHardwareXml::diskElement(const QString &domainXml, const QString &target)
{
    const Parsed parsed = parseDom(domainXml);
    if (!parsed.error.isEmpty())
        return {};
    const QDomElement disk = findDevice(parsed.document, u"disk"_s, u"target"_s, u"dev"_s, target);
    return disk.isNull() ? QString() : elementXml(disk);
}

QString DomainHardwareXml::nicElement(const QString &domainXml, const QString &mac)
{
    const Parsed parsed = parseDom(domainXml);
    if (!parsed.error.isEmpty())
        return {};
    const QDomElement nic = findDevice(parsed.document, u"interface"_s, u"mac"_s, u"address"_s, mac);
    return nic.isNull() ? QString() : elementXml(nic);
}

Result<QString> DomainHardwareXml::withMedia(const QString &diskElementXml, const QString &path)
{
    return editDocument(diskElementXml, [&path](QDomDocument &document) {
        QDomElement disk = document.documentElement();
        if (disk.tagName() != u"disk")
            return tr("Not a disk device");
        const QString device = disk.attribute(u"device"_s);
        if (device != u"cdrom" && device != u"floppy")
            return tr("Only CD-ROM and floppy drives have removable media.");
        QDomElement source = disk.firstChildElement(u"source"_s);
        if (path.isEmpty()) {
            if (!source.isNull())
                disk.removeChild(source);
            return QString();
        }
        if (source.isNull()) {
            source = document.createElement(u"source"_s);
            disk.insertAfter(source, disk.firstChildElement(u"driver"_s));
        }
        // New media is a file; a volume or block reference would keep stale attributes.
        const QDomNamedNodeMap attributes = source.attributes();
        QStringList names;
        for (int i = 0; i < attributes.count(); ++i)
            names.append(attributes.item(i).nodeName());
        for (const QString &name : std::as_const(names))
            source.removeAttribute(name);
        source.setAttribute(u"file"_s, path);
        disk.setAttribute(u"type"_s, u"file"_s);
        return QString();
    });
}

Result<QString> DomainHardwareXml::withLinkState(const QString &nicElementXml, bool up)
{
    return editDocument(nicElementXml, [up](QDomDocument &document) {
        QDomElement nic = document.documentElement();
        if (nic.tagName() != u"interface")
            return tr("Not a network interface");
        child(nic, u"link"_s, true).setAttribute(u"state"_s, up ? u"up"_s : u"down"_s);
        return QString();
    });
}

Result<QString> DomainHardwareXml::withBoot(const QString &domainXml, const BootConfig &boot)
{
    return editDocument(domainXml, [&boot](QDomDocument &document) {
        QDomElement os = child(document.documentElement(), u"os"_s, false);
        if (os.isNull())
            return tr("The definition has no <os> element.");
        const QDomElement devices = document.documentElement().firstChildElement(u"devices"_s);
        const bool perDevice = !devices.isNull() && devices.elementsByTagName(u"boot"_s).count() > 0;
        if (perDevice && !boot.order.isEmpty())
            return tr("This guest sets the boot order per device (<boot order=…>); libvirt does not allow an "
                      "<os> boot list as well. Edit the order in the XML.");
        for (QDomElement old : children(os, u"boot"_s))
            os.removeChild(old);
        // libvirt wants <boot> after <type>/<loader>/<nvram>: insert them after the last of those.
        QDomElement anchor = os.firstChildElement(u"type"_s);
        for (const QString &name : {u"loader"_s, u"nvram"_s}) {
            const QDomElement e = os.firstChildElement(name);
            if (!e.isNull())
                anchor = e;
        }
        for (const QString &dev : boot.order) {
            QDomElement element = document.createElement(u"boot"_s);
            element.setAttribute(u"dev"_s, dev);
            if (anchor.isNull())
                os.appendChild(element);
            else
                os.insertAfter(element, anchor);
            anchor = element;
        }
        QDomElement menu = os.firstChildElement(u"bootmenu"_s);
        if (!boot.menu) {
            if (!menu.isNull())
                os.removeChild(menu);
        } else {
            if (menu.isNull()) {
                menu = document.createElement(u"bootmenu"_s);
                if (anchor.isNull())
                    os.appendChild(menu);
                else
                    os.insertAfter(menu, anchor);
            }
            menu.setAttribute(u"enable"_s, u"yes"_s);
            if (boot.menuTimeoutMs > 0)
                menu.setAttribute(u"timeout"_s, QString::number(boot.menuTimeoutMs));
            else
                menu.removeAttribute(u"timeout"_s);
        }
        return QString();
    });
}

Result<QString> DomainHardwareXml::withGraphics(const QString &domainXml, const GraphicsChange &change)
{
    return editDocument(domainXml, [&change](QDomDocument &document) {
        const QDomElement devices = document.documentElement().firstChildElement(u"devices"_s);
        const QList<QDomElement> all = children(devices, u"graphics"_s);
        if (change.index < 0 || change.index >= all.size())
            return tr("The guest has no graphics device %1.").arg(change.index + 1);
        QDomElement graphics = all.at(change.index);
        const GraphicsDevice &g = change.graphics;
        graphics.setAttribute(u"type"_s, g.type);
        if (g.autoport) {
            graphics.setAttribute(u"autoport"_s, u"yes"_s);
            graphics.removeAttribute(u"port"_s);
        } else {
            graphics.setAttribute(u"autoport"_s, u"no"_s);
            graphics.setAttribute(u"port"_s, QString::number(g.port));
        }
        // SPICE's TLS port belongs to the old settings.
        graphics.removeAttribute(u"tlsPort"_s);
        graphics.removeAttribute(u"listen"_s);
        for (QDomElement listen : children(graphics, u"listen"_s))
            graphics.removeChild(listen);
        if (!g.listen.isEmpty()) {
            QDomElement listen = document.createElement(u"listen"_s);
            listen.setAttribute(u"type"_s, u"address"_s);
            listen.setAttribute(u"address"_s, g.listen);
            graphics.insertBefore(listen, graphics.firstChild());
        }
        if (change.password == PasswordChange::Set)
            graphics.setAttribute(u"passwd"_s, change.newPassword);
        else if (change.password == PasswordChange::Clear)
            graphics.removeAttribute(u"passwd"_s);
        return QString();
    });
}

Result<QString> DomainHardwareXml::withPasswordsKept(const QString &editedXml, const QString &secureXml)
{
    // The n-th <graphics> of each type in the stored definition and its password (may be empty).
    QHash<QString, QStringList> passwords;
    bool anyPassword = false;
    {
        const Parsed parsed = parseDom(secureXml);
        if (!parsed.error.isEmpty())
            return Result<QString>{editedXml, {}};
        const QDomElement devices = parsed.document.documentElement().firstChildElement(u"devices"_s);
        for (const QDomElement &graphics : children(devices, u"graphics"_s)) {
            const QString password = graphics.attribute(u"passwd"_s);
            anyPassword = anyPassword || !password.isEmpty();
            passwords[graphics.attribute(u"type"_s)].append(password);
        }
    }
    if (!anyPassword)
        return Result<QString>{editedXml, {}}; // nothing to keep: the user's text goes as typed
    return editDocument(editedXml, [&passwords](QDomDocument &document) {
        const QDomElement devices = document.documentElement().firstChildElement(u"devices"_s);
        QHash<QString, int> seen;
        for (QDomElement graphics : children(devices, u"graphics"_s)) {
            const QString type = graphics.attribute(u"type"_s);
            const int index = seen[type]++;
            const QStringList &ofType = passwords.value(type);
            if (!graphics.hasAttribute(u"passwd"_s) && index < ofType.size() && !ofType.at(index).isEmpty())
                graphics.setAttribute(u"passwd"_s, ofType.at(index));
        }
        return QString();
    });
}

Result<QString> DomainHardwareXml::withVideo(const QString &domainXml, int index, const VideoDevice &video)
{
    return editDocument(domainXml, [index, &video](QDomDocument &document) {
        const QDomElement devices = document.documentElement().firstChildElement(u"devices"_s);
        const QList<QDomElement> all = children(devices, u"video"_s);
        if (index < 0 || index >= all.size())
            return tr("The guest has no video device %1.").arg(index + 1);
        QDomElement element = all.at(index);
        // The old model's sizes and acceleration may not fit the new one: start from a plain model.
        for (QDomElement old : children(element, u"model"_s))
            element.removeChild(old);
        for (QDomElement old : children(element, u"driver"_s))
            element.removeChild(old);
        QDomElement model = document.createElement(u"model"_s);
        model.setAttribute(u"type"_s, video.model);
        if (video.vramKiB > 0)
            model.setAttribute(u"vram"_s, QString::number(video.vramKiB));
        if (video.heads > 0)
            model.setAttribute(u"heads"_s, QString::number(video.heads));
        if (video.primary)
            model.setAttribute(u"primary"_s, u"yes"_s);
        element.insertBefore(model, element.firstChild());
        // A PCI address chosen for the old model may not suit the new one (e.g. VGA's slot 2).
        for (QDomElement old : children(element, u"address"_s))
            element.removeChild(old);
        return QString();
    });
}

Result<QString> DomainHardwareXml::withDiskOptions(const QString &domainXml, const QString &target, const QString &cache,
                                                   bool readOnly)
{
    return editDocument(domainXml, [&target, &cache, readOnly](QDomDocument &document) {
        QDomElement disk = findDevice(document, u"disk"_s, u"target"_s, u"dev"_s, target);
        if (disk.isNull())
            return tr("The guest has no disk %1.").arg(target);
        QDomElement driver = disk.firstChildElement(u"driver"_s);
        if (driver.isNull()) {
            driver = document.createElement(u"driver"_s);
            driver.setAttribute(u"name"_s, u"qemu"_s);
            disk.insertBefore(driver, disk.firstChild());
        }
        if (cache.isEmpty())
            driver.removeAttribute(u"cache"_s);
        else
            driver.setAttribute(u"cache"_s, cache);
        QDomElement ro = disk.firstChildElement(u"readonly"_s);
        if (readOnly && ro.isNull())
            disk.insertAfter(document.createElement(u"readonly"_s), disk.firstChildElement(u"target"_s));
        else if (!readOnly && !ro.isNull())
            disk.removeChild(ro);
        return QString();
    });
}

} // namespace VirtDeck
