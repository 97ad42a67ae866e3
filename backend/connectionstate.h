// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>

namespace VirtDeck {

enum class ConnectionState {
    Disconnected, // never opened, or closed by the user
    Connecting,
    Connected,
    Lost,   // was connected; reconnecting with backoff
    Failed, // opening failed; waits for the user
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::ConnectionState)
