// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck {

// The first VNC <graphics> device of a live domain XML (see DomainXmlReader::vncGraphics).
struct DomainGraphics
{
    bool found = false;
    int index = -1;       // position among all <graphics> elements (virDomainOpenGraphicsFD's idx)
    int port = -1;        // -1 while the guest is shut off or the port is not allocated yet
    QString listen;       // address; empty when not given
    QString socketPath;   // <listen type='socket'>
    QString password;     // passwd attribute (only in XML read with VIR_DOMAIN_XML_SECURE)
    QString error;        // set when the XML did not parse
};

} // namespace VirtDeck
