// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirteventloop.h"

#include "libvirterror.h"

#include <libvirt/libvirt.h>

#include <QDebug>

#include <csignal>
#include <mutex>
#include <thread>

namespace VirtDeck {

void LibvirtEventLoop::ensureRunning()
{
    static std::once_flag once;
    std::call_once(once, [] {
        silenceLibvirtErrorPrinting();
        // libvirt writes to its sockets with plain write(): a daemon that dies (killed,
        // restarted, a dropped SSH link) would end the whole program with SIGPIPE. libvirt's
        // documentation asks applications to ignore it; the write then fails with EPIPE and
        // the connection reports itself closed.
        std::signal(SIGPIPE, SIG_IGN);
        if (virInitialize() < 0 || virEventRegisterDefaultImpl() < 0) {
            qWarning("libvirt event loop could not be registered: %s",
                     qPrintable(lastLibvirtError()));
            return;
        }
        // The thread lives as long as the process; libvirt has no way to stop the default
        // loop, and the process exit ends it.
        std::thread([] {
            for (;;) {
                if (virEventRunDefaultImpl() < 0)
                    qWarning("libvirt event loop iteration failed: %s",
                             qPrintable(lastLibvirtError()));
            }
        }).detach();
    });
}

} // namespace VirtDeck
