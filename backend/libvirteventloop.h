// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace VirtDeck {

// libvirt needs an event loop for domain events, keepalive and the close callback.
// We run libvirt's own default implementation in one dedicated thread rather than
// adapting it onto Qt's dispatcher: the default loop is what virsh and libvirt's own
// tests use, it needs no per-handle bookkeeping on our side, and it keeps libvirt's
// callbacks off the GUI thread, which must never touch libvirt. Callbacks only post
// to the connection workers.
class LibvirtEventLoop
{
public:
    // Registers the default implementation and starts the thread, once per process.
    // Must run before the first virConnectOpen*. Thread-safe.
    static void ensureRunning();
};

} // namespace VirtDeck
