// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"
#include "domaingraphics.h"

#include <QString>

namespace VirtDeck {

// Reads the parts of a libvirt domain XML document the backend needs, with
// QXmlStreamReader. Unknown elements are skipped; malformed XML gives an error.
class DomainXmlReader
{
public:
    struct Disks
    {
        DomainDiskList disks;
        QString error; // set when the XML did not parse
    };
    static Disks disks(const QString &domainXml);
    static bool hasNvram(const QString &domainXml);
    // The first <graphics type='vnc'> of the domain; found is false when there is none.
    static DomainGraphics vncGraphics(const QString &domainXml);
};

} // namespace VirtDeck
