// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestdetailsreader.h"

#include <QXmlStreamReader>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

void GuestDetailsReader::read(const QString &domainXml, GuestDetails *details)
{
    QXmlStreamReader xml(domainXml);
    int depth = 0;
    bool inMetadata = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
            if (depth == 1 && xml.name() == u"metadata")
                inMetadata = false;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        ++depth;
        // Direct children of <domain> only: devices and snapshots have <name>/<description> too.
        if (depth == 2) {
            if (xml.name() == u"name") {
                details->name = xml.readElementText();
                --depth;
            } else if (xml.name() == u"uuid") {
                details->uuid = QUuid::fromString(xml.readElementText().trimmed());
                --depth;
            } else if (xml.name() == u"title") {
                details->title = xml.readElementText();
                --depth;
            } else if (xml.name() == u"description") {
                details->description = xml.readElementText();
                --depth;
            } else if (xml.name() == u"metadata") {
                inMetadata = true;
            }
        } else if (inMetadata && xml.namespaceUri() == LibosinfoNamespace && xml.name() == u"os") {
            details->osId = xml.attributes().value(u"id"_s).toString();
        } else if (xml.name() == u"target" && xml.attributes().value(u"name"_s) == u"org.qemu.guest_agent.0") {
            details->agent = xml.attributes().value(u"state"_s) == u"connected" ? AgentChannel::Connected
                                                                                 : AgentChannel::Disconnected;
        }
    }
}

GuestDetailsReader::Identity GuestDetailsReader::identity(const QString &domainXml)
{
    Identity identity;
    QXmlStreamReader xml(domainXml);
    int depth = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            --depth;
        } else if (xml.isStartElement()) {
            ++depth;
            if (depth == 1 && xml.name() != u"domain") {
                identity.error = tr("The document's root element is <%1>, not <domain>.").arg(xml.name());
                return identity;
            }
            if (depth == 2 && xml.name() == u"name") {
                identity.name = xml.readElementText().trimmed();
                --depth;
            } else if (depth == 2 && xml.name() == u"uuid") {
                const QString text = xml.readElementText().trimmed();
                identity.uuid = QUuid::fromString(text);
                if (identity.uuid.isNull())
                    identity.error = tr("\"%1\" is not a UUID.").arg(text);
                --depth;
            }
        }
    }
    if (xml.hasError())
        identity.error = tr("The XML is not well-formed (line %1, column %2): %3")
                             .arg(xml.lineNumber())
                             .arg(xml.columnNumber())
                             .arg(xml.errorString());
    else if (depth != 0 || domainXml.trimmed().isEmpty())
        identity.error = tr("The document is empty or incomplete.");
    return identity;
}

} // namespace VirtDeck
