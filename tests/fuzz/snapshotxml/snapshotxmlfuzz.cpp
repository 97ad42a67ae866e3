// SPDX-License-Identifier: GPL-2.0-or-later
// libvirt <domainsnapshot> XML into SnapshotInfo, and the redefine rewrite of the same document.
#include "fuzzentry.h"

#include "snapshotxml.h"

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runSnapshotXml(const QByteArray &input)
{
    const QString xml = QString::fromUtf8(input);
    SnapshotXml::parse(xml);
    SnapshotXml::withDescription(xml, u"fuzz <&> description"_s);
}

} // namespace VirtDeck::Fuzz
