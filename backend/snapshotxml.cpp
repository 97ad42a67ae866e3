// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotxml.h"

#include <QFileInfo>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString malformed(const QXmlStreamReader &xml)
{
    return SnapshotXml::tr("The snapshot description is malformed at line %1: %2")
        .arg(xml.lineNumber())
        .arg(xml.errorString());
}

void readDisks(QXmlStreamReader &xml, SnapshotInfo &info)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"disk") {
            xml.skipCurrentElement();
            continue;
        }
        const QString kind = xml.attributes().value(u"snapshot"_s).toString();
        const bool external = kind == u"external";
        while (xml.readNextStartElement()) {
            if (xml.name() == u"source" && external) {
                const QString file = xml.attributes().value(u"file"_s).toString();
                if (!file.isEmpty())
                    info.externalFiles.append(file);
            }
            xml.skipCurrentElement();
        }
        info.external |= external;
    }
}

} // namespace

SnapshotXml::Parsed SnapshotXml::parse(const QString &snapshotXml)
{
    Parsed out;
    QXmlStreamReader xml(snapshotXml);
    if (!xml.readNextStartElement() || xml.name() != u"domainsnapshot") {
        out.error = tr("Not a libvirt snapshot description.");
        return out;
    }
    SnapshotInfo &info = out.info;
    info.xml = snapshotXml;
    while (xml.readNextStartElement()) {
        const auto name = xml.name();
        if (name == u"name") {
            info.name = xml.readElementText();
        } else if (name == u"description") {
            info.description = xml.readElementText();
        } else if (name == u"state") {
            info.state = xml.readElementText();
        } else if (name == u"creationTime") {
            info.creationTime = QDateTime::fromSecsSinceEpoch(xml.readElementText().toLongLong());
        } else if (name == u"parent") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"name")
                    info.parent = xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else if (name == u"memory") {
            const QString kind = xml.attributes().value(u"snapshot"_s).toString();
            info.hasMemory = kind == u"internal" || kind == u"external";
            if (kind == u"external") {
                info.external = true;
                const QString file = xml.attributes().value(u"file"_s).toString();
                if (!file.isEmpty())
                    info.externalFiles.append(file);
            }
            xml.skipCurrentElement();
        } else if (name == u"disks") {
            readDisks(xml, info);
        } else {
            xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        out.error = malformed(xml);
        return out;
    }
    if (info.name.isEmpty()) {
        out.error = tr("The snapshot description has no name.");
        return out;
    }
    info.diskOnly = info.state == u"disk-snapshot";
    // Older documents have no <memory>: a snapshot of a running guest that is not disk-only
    // carries its memory.
    if (!snapshotXml.contains(u"<memory"_s))
        info.hasMemory = !info.diskOnly && (info.state == u"running" || info.state == u"paused");
    return out;
}

bool SnapshotXml::coveredByExternal(const DomainDisk &disk)
{
    return disk.device == u"disk" && !disk.readOnly && !disk.shareable && !disk.sourcePath.isEmpty();
}

QString SnapshotXml::overlayPath(const QString &imagePath, const QString &snapshotName, const QString &suffix)
{
    // disk.qcow2 -> disk.<name>.qcow2 in the same directory: the original is never touched.
    const QFileInfo image(imagePath);
    QString base = image.completeBaseName();
    if (base.isEmpty())
        base = image.fileName();
    return image.absolutePath() + u'/' + base + u'.' + snapshotName + suffix;
}

QString SnapshotXml::createDocument(const SnapshotCreateOptions &options, const DomainDiskList &disks)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"domainsnapshot"_s);
    xml.writeTextElement(u"name"_s, options.name);
    if (!options.description.isEmpty())
        xml.writeTextElement(u"description"_s, options.description);
    if (options.external) {
        xml.writeStartElement(u"memory"_s);
        xml.writeAttribute(u"snapshot"_s, u"no"_s);
        xml.writeEndElement();
        xml.writeStartElement(u"disks"_s);
        for (const DomainDisk &disk : disks) {
            if (disk.target.isEmpty())
                continue;
            xml.writeStartElement(u"disk"_s);
            xml.writeAttribute(u"name"_s, disk.target);
            if (coveredByExternal(disk)) {
                xml.writeAttribute(u"snapshot"_s, u"external"_s);
                xml.writeStartElement(u"driver"_s);
                xml.writeAttribute(u"type"_s, u"qcow2"_s);
                xml.writeEndElement();
                xml.writeStartElement(u"source"_s);
                xml.writeAttribute(u"file"_s, overlayPath(disk.sourcePath, options.name, options.fileSuffix));
                xml.writeEndElement();
            } else {
                xml.writeAttribute(u"snapshot"_s, u"no"_s);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

SnapshotXml::Parsed SnapshotXml::withDescription(const QString &snapshotXml, const QString &description)
{
    Parsed out;
    QXmlStreamReader in(snapshotXml);
    QString text;
    QXmlStreamWriter writer(&text);
    int depth = 0;
    bool replaced = false;
    bool skipping = false;
    int skipDepth = 0;
    while (!in.atEnd()) {
        in.readNext();
        if (skipping) {
            if (in.isStartElement())
                ++skipDepth;
            else if (in.isEndElement() && --skipDepth == 0)
                skipping = false;
            continue;
        }
        if (in.isStartElement()) {
            ++depth;
            if (depth == 2 && in.name() == u"description") {
                skipping = true;
                skipDepth = 1;
                --depth;
                if (!replaced && !description.isEmpty())
                    writer.writeTextElement(u"description"_s, description);
                replaced = true;
                continue;
            }
            writer.writeCurrentToken(in);
            if (depth == 1 && in.name() != u"domainsnapshot") {
                out.error = tr("Not a libvirt snapshot description.");
                return out;
            }
        } else if (in.isEndElement()) {
            if (depth == 1 && !replaced && !description.isEmpty()) {
                writer.writeTextElement(u"description"_s, description);
                replaced = true;
            }
            --depth;
            writer.writeCurrentToken(in);
        } else if (!in.isStartDocument() && !in.isEndDocument()) {
            writer.writeCurrentToken(in);
        }
    }
    if (in.hasError()) {
        out.error = malformed(in);
        return out;
    }
    return parse(text);
}

bool SnapshotXml::agentConnected(const QString &domainXml)
{
    QXmlStreamReader xml(domainXml);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"target"
            && xml.attributes().value(u"name"_s) == u"org.qemu.guest_agent.0")
            return xml.attributes().value(u"state"_s) == u"connected";
    }
    return false;
}

} // namespace VirtDeck
