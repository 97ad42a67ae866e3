// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostbridgeinfo.h"

#include <QString>

namespace VirtDeck {

// The NICs of a domain XML document (<devices><interface>), read with QXmlStreamReader.
class GuestNicReader
{
public:
    static GuestNicInfoList read(const QString &guest, const QString &domainXml);
    // The live XML of a running guest names the bridge of a network NIC too
    // (<source network='n' bridge='virbr0'/>): returned here by MAC, empty when absent.
    static QString liveBridge(const QString &domainXml, const QString &mac);
};

} // namespace VirtDeck
