// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostbridgeinfo.h"

#include <QString>

namespace VirtDeck {

// The host's bridges as the kernel shows them: every /sys/class/net/X with a bridge/
// directory, its ports from brif/, its MAC and whether it is up. For local connections when
// libvirt's interface driver cannot tell. The root is a parameter so tests can build a tree.
class SysfsBridgeReader
{
public:
    static HostBridgeInfoList read(const QString &netClassDir = QStringLiteral("/sys/class/net"));
};

} // namespace VirtDeck
