// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlreader.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
DomainDisk readDisk(QXmlStreamReader &xml)
{
    DomainDisk disk;
    disk.device = xml.attributes().value(u"device"_s).toString();
    if (disk.device.isEmpty())
        disk.device = u"disk"_s;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"source") {
            const auto attrs = xml.attributes();
            for (const QString &key : {u"file"_s, u"dev"_s, u"volume"_s, u"name"_s}) {
                if (attrs.hasAttribute(key)) {
                    disk.sourcePath = attrs.value(key).toString();
                    break;
                }
            }
            xml.skipCurrentElement();
        } else if (name == u"target") {
            disk.target = xml.attributes().value(u"dev"_s).toString();
            xml.skipCurrentElement();
        } else if (name == u"readonly") {
            disk.readOnly = true;
            xml.skipCurrentElement();
        } else if (name == u"shareable") {
            disk.shareable = true;
            xml.skipCurrentElement();
        } else {
            xml.skipCurrentElement();
        }
    }
    return disk;
}
} // namespace

DomainXmlReader::Disks DomainXmlReader::disks(const QString &domainXml)
{
    Disks result;
    QXmlStreamReader xml(domainXml);
    if (!xml.readNextStartElement() || xml.name() != u"domain") {
        result.error = QCoreApplication::translate("VirtDeck::DomainXmlReader",
                                                   "Not a libvirt domain description");
        return result;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() != u"devices") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"disk")
                result.disks.append(readDisk(xml));
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        result.disks.clear();
        result.error = QCoreApplication::translate("VirtDeck::DomainXmlReader",
                                                   "Domain XML is malformed at line %1: %2")
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
    }
    return result;
}

bool DomainXmlReader::hasNvram(const QString &domainXml)
{
    QXmlStreamReader xml(domainXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"nvram")
            return true;
    }
    return false;
}

DomainGraphics DomainXmlReader::vncGraphics(const QString &domainXml)
{
    DomainGraphics result;
    QXmlStreamReader xml(domainXml);
    if (!xml.readNextStartElement() || xml.name() != u"domain") {
        result.error = QCoreApplication::translate("VirtDeck::DomainXmlReader",
                                                   "Not a libvirt domain description");
        return result;
    }
    int graphicsIndex = -1;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"devices") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"graphics") {
                xml.skipCurrentElement();
                continue;
            }
            ++graphicsIndex;
            const auto attrs = xml.attributes();
            if (result.found || attrs.value(u"type"_s) != u"vnc") {
                xml.skipCurrentElement();
                continue;
            }
            result.found = true;
            result.index = graphicsIndex;
            bool ok = false;
            const int port = attrs.value(u"port"_s).toInt(&ok);
            result.port = ok && port > 0 ? port : -1;
            result.listen = attrs.value(u"listen"_s).toString();
            result.password = attrs.value(u"passwd"_s).toString();
            while (xml.readNextStartElement()) {
                if (xml.name() == u"listen") {
                    const auto listen = xml.attributes();
                    if (listen.value(u"type"_s) == u"socket")
                        result.socketPath = listen.value(u"socket"_s).toString();
                    else if (result.listen.isEmpty())
                        result.listen = listen.value(u"address"_s).toString();
                }
                xml.skipCurrentElement();
            }
        }
    }
    if (xml.hasError()) {
        result = DomainGraphics{};
        result.error = QCoreApplication::translate("VirtDeck::DomainXmlReader",
                                                   "Domain XML is malformed at line %1: %2")
                           .arg(xml.lineNumber())
                           .arg(xml.errorString());
    }
    return result;
}

} // namespace VirtDeck
