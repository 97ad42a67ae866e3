// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagexml.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

QString StorageXml::poolFromForm(const StoragePoolForm &form)
{
    if (form.type == u"xml"_s)
        return form.xml;
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"pool"_s);
    xml.writeAttribute(u"type"_s, form.type);
    xml.writeTextElement(u"name"_s, form.name);
    if (form.type == u"netfs"_s) {
        xml.writeStartElement(u"source"_s);
        xml.writeEmptyElement(u"host"_s);
        xml.writeAttribute(u"name"_s, form.sourceHost);
        xml.writeEmptyElement(u"dir"_s);
        xml.writeAttribute(u"path"_s, form.sourcePath);
        xml.writeEmptyElement(u"format"_s);
        xml.writeAttribute(u"type"_s, form.sourceFormat.isEmpty() ? u"auto"_s : form.sourceFormat);
        xml.writeEndElement();
    } else if (form.type == u"logical"_s) {
        xml.writeStartElement(u"source"_s);
        for (const QString &device : form.sourceDevices) {
            xml.writeEmptyElement(u"device"_s);
            xml.writeAttribute(u"path"_s, device);
        }
        xml.writeTextElement(u"name"_s, form.sourceName.isEmpty() ? form.name : form.sourceName);
        xml.writeEmptyElement(u"format"_s);
        xml.writeAttribute(u"type"_s, u"lvm2"_s);
        xml.writeEndElement();
    }
    const QString target = form.type == u"logical"_s && form.targetPath.isEmpty()
        ? u"/dev/"_s + (form.sourceName.isEmpty() ? form.name : form.sourceName)
        : form.targetPath;
    xml.writeStartElement(u"target"_s);
    xml.writeTextElement(u"path"_s, target);
    xml.writeEndElement();
    xml.writeEndElement();
    return out;
}

QString StorageXml::volumeFromForm(const StorageVolumeForm &form)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartElement(u"volume"_s);
    xml.writeTextElement(u"name"_s, form.name);
    const quint64 capacity = form.capacity ? form.capacity : form.backingCapacity;
    xml.writeStartElement(u"capacity"_s);
    xml.writeAttribute(u"unit"_s, u"bytes"_s);
    xml.writeCharacters(QString::number(capacity));
    xml.writeEndElement();
    xml.writeStartElement(u"allocation"_s);
    xml.writeAttribute(u"unit"_s, u"bytes"_s);
    xml.writeCharacters(QString::number(form.allocation));
    xml.writeEndElement();
    xml.writeStartElement(u"target"_s);
    xml.writeEmptyElement(u"format"_s);
    xml.writeAttribute(u"type"_s, form.format);
    xml.writeEndElement();
    if (!form.backingPath.isEmpty()) {
        xml.writeStartElement(u"backingStore"_s);
        xml.writeTextElement(u"path"_s, form.backingPath);
        xml.writeEmptyElement(u"format"_s);
        xml.writeAttribute(u"type"_s, form.backingFormat.isEmpty() ? u"raw"_s : form.backingFormat);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

QString StorageXml::cloneVolume(const QString &name, const QString &format, quint64 capacity)
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.writeStartElement(u"volume"_s);
    xml.writeTextElement(u"name"_s, name);
    xml.writeStartElement(u"capacity"_s);
    xml.writeAttribute(u"unit"_s, u"bytes"_s);
    xml.writeCharacters(QString::number(capacity));
    xml.writeEndElement();
    if (!format.isEmpty()) {
        xml.writeStartElement(u"target"_s);
        xml.writeEmptyElement(u"format"_s);
        xml.writeAttribute(u"type"_s, format);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    return out;
}

QString StorageXml::poolName(const QString &text)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"pool"_s)
        return {};
    while (xml.readNextStartElement()) {
        if (xml.name() == u"name"_s)
            return xml.readElementText().trimmed();
        xml.skipCurrentElement();
    }
    return {};
}

bool StorageXml::readPool(const QString &text, StoragePoolInfo &info)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"pool"_s)
        return false;
    info.type = xml.attributes().value(u"type"_s).toString();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"target"_s) {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"path"_s)
                    info.targetPath = xml.readElementText().trimmed();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError();
}

bool StorageXml::readVolume(const QString &text, StorageVolumeInfo &info)
{
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"volume"_s)
        return false;
    while (xml.readNextStartElement()) {
        const bool target = xml.name() == u"target"_s;
        const bool backing = xml.name() == u"backingStore"_s;
        if (!target && !backing) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"format"_s) {
                (target ? info.format : info.backingFormat) = xml.attributes().value(u"type"_s).toString();
                xml.skipCurrentElement();
            } else if (xml.name() == u"path"_s) {
                const QString path = xml.readElementText().trimmed();
                if (backing)
                    info.backingPath = path;
                else if (info.path.isEmpty())
                    info.path = path;
            } else {
                xml.skipCurrentElement();
            }
        }
    }
    return !xml.hasError();
}

} // namespace VirtDeck
