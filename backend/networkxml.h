// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "networkform.h"
#include "networkinfo.h"

#include <QString>

namespace VirtDeck {

// Network XML both ways: written with QXmlStreamWriter from a validated NetworkForm, read
// with QXmlStreamReader into the parts of NetworkInfo the XML holds (forward, bridge, ips).
class NetworkXml
{
public:
    static QString fromForm(const NetworkForm &form);
    // Fills forward mode/device, bridge and ips of info; false if the XML did not parse.
    static bool read(const QString &xml, NetworkInfo &info);
    static NetworkForwardMode modeFromName(const QString &mode);
    static QString modeName(NetworkForwardMode mode); // empty for Isolated
};

} // namespace VirtDeck
