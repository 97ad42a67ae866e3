// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionstate.h"
#include "domaininfo.h"

#include <QIcon>

namespace VirtDeck {

// Small state icons drawn once with QPainter: no icon theme is needed (headless, minimal
// desktops), and colour plus shape tell the state apart for colour-blind users too.
class StateIcons
{
public:
    static QIcon forDomain(DomainState state, bool hasManagedSave = false);
    static QIcon forConnection(ConnectionState state);
};

} // namespace VirtDeck
