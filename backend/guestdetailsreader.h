// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestdetails.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QUuid>

namespace VirtDeck {

// Reads what the Overview and the XML editor need from a domain XML document
// (QXmlStreamReader; the document comes from libvirt or from the user's editor).
class GuestDetailsReader
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::GuestDetailsReader)

public:
    static constexpr QStringView LibosinfoNamespace = u"http://libosinfo.org/xmlns/libvirt/domain/1.0";

    // Fills name, uuid, title, description, osId and agent; leaves state and flags alone.
    static void read(const QString &domainXml, GuestDetails *details);

    struct Identity
    {
        QString name;
        QUuid uuid;   // null when the document has no <uuid>
        QString error; // not well-formed, or not a <domain>: where and why
    };
    // The name and UUID a document would define, or why it is not a domain document.
    static Identity identity(const QString &domainXml);
};

} // namespace VirtDeck
