// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace VirtDeck {
class ConnectionSession;
}

namespace VirtDeck::Test {

// Opens session and waits in the event loop until it is connected or has failed (up to
// timeoutMs); true when connected, otherwise the reason goes to the test log.
bool connectSession(ConnectionSession &session, int timeoutMs = 30000);

} // namespace VirtDeck::Test
