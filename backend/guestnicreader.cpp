// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestnicreader.h"

#include <QXmlStreamReader>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

struct RawNic
{
    GuestNicInfo nic;
    QString bridgeAttribute;
};

QList<RawNic> readAll(const QString &guest, const QString &text)
{
    QList<RawNic> out;
    QXmlStreamReader xml(text);
    if (!xml.readNextStartElement() || xml.name() != u"domain"_s)
        return out;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"devices"_s) {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() != u"interface"_s) {
                xml.skipCurrentElement();
                continue;
            }
            RawNic raw;
            raw.nic.guest = guest;
            raw.nic.type = xml.attributes().value(u"type"_s).toString();
            while (xml.readNextStartElement()) {
                const auto attributes = xml.attributes();
                if (xml.name() == u"mac"_s) {
                    raw.nic.mac = attributes.value(u"address"_s).toString();
                } else if (xml.name() == u"source"_s) {
                    if (raw.nic.type == u"network"_s)
                        raw.nic.source = attributes.value(u"network"_s).toString();
                    else if (raw.nic.type == u"bridge"_s)
                        raw.nic.source = attributes.value(u"bridge"_s).toString();
                    else
                        raw.nic.source = attributes.value(u"dev"_s).toString();
                    raw.bridgeAttribute = attributes.value(u"bridge"_s).toString();
                } else if (xml.name() == u"target"_s) {
                    raw.nic.target = attributes.value(u"dev"_s).toString();
                } else if (xml.name() == u"model"_s) {
                    raw.nic.model = attributes.value(u"type"_s).toString();
                }
                xml.skipCurrentElement();
            }
            out.append(raw);
        }
    }
    return out;
}

} // namespace

GuestNicInfoList GuestNicReader::read(const QString &guest, const QString &domainXml)
{
    GuestNicInfoList out;
    for (const RawNic &raw : readAll(guest, domainXml))
        out.append(raw.nic);
    return out;
}

QString GuestNicReader::liveBridge(const QString &domainXml, const QString &mac)
{
    for (const RawNic &raw : readAll({}, domainXml)) {
        if (raw.nic.mac.compare(mac, Qt::CaseInsensitive) == 0)
            return raw.bridgeAttribute;
    }
    return {};
}

} // namespace VirtDeck
