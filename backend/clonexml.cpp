// SPDX-License-Identifier: GPL-2.0-or-later
#include "clonexml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString templateNs = QString::fromLatin1(CloneXml::TemplateNamespace);

// Copies the current element with all its children unchanged.
void copyElement(QXmlStreamReader &in, QXmlStreamWriter &out)
{
    int depth = 0;
    do {
        out.writeCurrentToken(in);
        if (in.isStartElement())
            ++depth;
        else if (in.isEndElement())
            --depth;
        if (depth == 0)
            break;
        in.readNext();
    } while (!in.atEnd());
}

void writeStartWithAttributes(QXmlStreamReader &in, QXmlStreamWriter &out, const QStringList &skip = {},
                              const QList<QPair<QString, QString>> &replace = {})
{
    out.writeStartElement(in.qualifiedName().toString());
    for (const QXmlStreamNamespaceDeclaration &ns : in.namespaceDeclarations())
        out.writeNamespace(ns.namespaceUri().toString(), ns.prefix().toString());
    for (const QXmlStreamAttribute &attribute : in.attributes()) {
        const QString name = attribute.qualifiedName().toString();
        if (skip.contains(name))
            continue;
        auto it = std::find_if(replace.cbegin(), replace.cend(), [&name](const auto &r) { return r.first == name; });
        out.writeAttribute(name, it != replace.cend() ? it->second : attribute.value().toString());
    }
}

// An element whose text is replaced: attributes kept (minus skip), content dropped.
void writeWithText(QXmlStreamReader &in, QXmlStreamWriter &out, const QString &text, const QStringList &skip = {})
{
    writeStartWithAttributes(in, out, skip);
    out.writeCharacters(text);
    out.writeEndElement();
    in.skipCurrentElement();
}

void rewriteDisk(QXmlStreamReader &in, QXmlStreamWriter &out, const CloneXml::DiskChange &change)
{
    writeStartWithAttributes(in, out);
    while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"disk"_s) {
        if (in.atEnd())
            return;
        if (!in.isStartElement()) {
            out.writeCurrentToken(in);
            continue;
        }
        if (in.name() == u"source"_s) {
            QList<QPair<QString, QString>> replace;
            for (const QString &key : {u"file"_s, u"dev"_s})
                if (in.attributes().hasAttribute(key))
                    replace.append({key, change.sourcePath});
            writeStartWithAttributes(in, out, {}, replace);
            while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"source"_s) {
                if (in.atEnd())
                    return;
                out.writeCurrentToken(in);
            }
            out.writeEndElement();
        } else if (in.name() == u"driver"_s && !change.format.isEmpty()) {
            writeStartWithAttributes(in, out, {}, {{u"type"_s, change.format}});
            if (!in.attributes().hasAttribute(u"type"_s))
                out.writeAttribute(u"type"_s, change.format);
            in.skipCurrentElement();
            out.writeEndElement();
        } else if (in.name() == u"backingStore"_s) {
            in.skipCurrentElement(); // the clone's chain is read from its own image
        } else {
            copyElement(in, out);
        }
    }
    out.writeEndElement();
}

void rewriteInterface(QXmlStreamReader &in, QXmlStreamWriter &out, const QString &network)
{
    const bool override = !network.isEmpty() && in.attributes().value(u"type"_s) != u"hostdev"_s;
    if (override)
        writeStartWithAttributes(in, out, {}, {{u"type"_s, u"network"_s}});
    else
        writeStartWithAttributes(in, out);
    bool wroteSource = false;
    while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"interface"_s) {
        if (in.atEnd())
            return;
        if (!in.isStartElement()) {
            out.writeCurrentToken(in);
            continue;
        }
        const auto name = in.name();
        if (name == u"mac"_s) {
            in.skipCurrentElement(); // libvirt generates a new one
        } else if (override && name == u"source"_s) {
            out.writeEmptyElement(u"source"_s);
            out.writeAttribute(u"network"_s, network);
            wroteSource = true;
            in.skipCurrentElement();
        } else if (override && (name == u"target"_s || name == u"virtualport"_s)) {
            in.skipCurrentElement(); // belonged to the old attachment
        } else {
            copyElement(in, out);
        }
    }
    if (override && !wroteSource) {
        out.writeEmptyElement(u"source"_s);
        out.writeAttribute(u"network"_s, network);
    }
    out.writeEndElement();
}

} // namespace

CloneXml::Rewritten CloneXml::rewrite(const QString &sourceXml, const Changes &changes)
{
    Rewritten result;
    QXmlStreamReader in(sourceXml);
    QXmlStreamWriter out(&result.xml);
    out.setAutoFormatting(false);
    if (!in.readNextStartElement() || in.name() != u"domain"_s) {
        result.error = tr("Not a libvirt domain description.");
        return {{}, result.error};
    }
    writeStartWithAttributes(in, out, {u"id"_s});
    int diskIndex = 0;
    while (!in.atEnd()) {
        in.readNext();
        if (in.isEndElement() && in.name() == u"domain"_s) {
            out.writeEndElement();
            break;
        }
        if (!in.isStartElement()) {
            out.writeCurrentToken(in);
            continue;
        }
        const QString name = in.name().toString();
        if (name == u"name"_s) {
            writeWithText(in, out, changes.name);
        } else if (name == u"uuid"_s && !changes.uuid.isNull()) {
            writeWithText(in, out, changes.uuid.toString(QUuid::WithoutBraces));
        } else if (name == u"uuid"_s) {
            in.skipCurrentElement();
        } else if (name == u"vcpu"_s && changes.vcpus > 0) {
            writeWithText(in, out, QString::number(changes.vcpus));
        } else if ((name == u"memory"_s || name == u"currentMemory"_s) && changes.memoryKiB > 0) {
            out.writeStartElement(name);
            out.writeAttribute(u"unit"_s, u"KiB"_s);
            out.writeCharacters(QString::number(changes.memoryKiB));
            out.writeEndElement();
            in.skipCurrentElement();
        } else if (name == u"metadata"_s) {
            writeStartWithAttributes(in, out);
            while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"metadata"_s) {
                if (in.atEnd())
                    break;
                if (in.isStartElement() && in.namespaceUri() == templateNs)
                    in.skipCurrentElement(); // a clone of a template is not a template
                else if (in.isStartElement())
                    copyElement(in, out);
                else
                    out.writeCurrentToken(in);
            }
            out.writeEndElement();
        } else if (name == u"os"_s) {
            writeStartWithAttributes(in, out);
            while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"os"_s) {
                if (in.atEnd())
                    break;
                if (in.isStartElement() && in.name() == u"nvram"_s && changes.nvramPath.isEmpty())
                    in.skipCurrentElement(); // libvirt makes a fresh store named after the clone
                else if (in.isStartElement() && in.name() == u"nvram"_s)
                    writeWithText(in, out, changes.nvramPath);
                else if (in.isStartElement())
                    copyElement(in, out);
                else
                    out.writeCurrentToken(in);
            }
            out.writeEndElement();
        } else if (name == u"devices"_s) {
            writeStartWithAttributes(in, out);
            while (in.readNext() != QXmlStreamReader::EndElement || in.name() != u"devices"_s) {
                if (in.atEnd())
                    break;
                if (!in.isStartElement()) {
                    out.writeCurrentToken(in);
                } else if (in.name() == u"disk"_s) {
                    const auto change = changes.disks.constFind(diskIndex++);
                    if (change != changes.disks.cend())
                        rewriteDisk(in, out, *change);
                    else
                        copyElement(in, out);
                } else if (in.name() == u"interface"_s) {
                    rewriteInterface(in, out, changes.network);
                } else {
                    copyElement(in, out);
                }
            }
            out.writeEndElement();
        } else {
            copyElement(in, out);
        }
    }
    if (in.hasError()) {
        return {{}, tr("The source guest's XML is malformed at line %1: %2").arg(in.lineNumber()).arg(in.errorString())};
    }
    return result;
}

QString CloneXml::nvramPath(const QString &domainXml)
{
    QXmlStreamReader xml(domainXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"nvram"_s)
            return xml.readElementText().trimmed();
    }
    return {};
}

bool CloneXml::isTemplate(const QString &domainXml)
{
    QXmlStreamReader xml(domainXml);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.namespaceUri() == templateNs)
            return true;
    }
    return false;
}

QString CloneXml::templateMarker()
{
    return u"<template/>"_s;
}

} // namespace VirtDeck
