// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt <network> XML into NetworkInfo.
#include "fuzzentry.h"

#include "networkxml.h"

namespace VirtDeck::Fuzz {

void runNetworkXml(const QByteArray &input)
{
    NetworkInfo info;
    NetworkXml::read(QString::fromUtf8(input), info);
}

} // namespace VirtDeck::Fuzz
