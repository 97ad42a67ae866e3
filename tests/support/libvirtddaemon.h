// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Test {

// The system libvirtd, for fault tests that kill it with SIGKILL and bring it back with
// scripts/libvirtd-restart-daemon.sh. Callers hold /tmp/virtdeck-libvirtd.lock (ctest runs
// the libvirt and vnc tests under it).
class LibvirtdDaemon
{
public:
    // The live libvirtd: the one scripts/libvirtd-start.sh recorded, or else any live
    // process of that name. 0 when there is none.
    static qint64 pid();
    // /proc/PID/stat says it runs (a zombie does not: PID 1 here reaps late, so kill(pid, 0)
    // cannot tell a dead daemon from a live one).
    static bool isAlive(qint64 pid);
    // SIGKILL to the live daemon; returns its PID (0 when there was none) without waiting.
    static qint64 killHard();
    // Runs scripts/libvirtd-restart-daemon.sh (the event loop keeps turning meanwhile);
    // false with its output on failure.
    static bool restart(QString *output);
};

} // namespace VirtDeck::Test
