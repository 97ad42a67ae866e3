// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QSignalSpy>

namespace VirtDeck::Test {

// The result of a backend future, waiting in the event loop (continuations on the test's
// thread keep running) for up to timeoutMs.
template<typename T>
T waitForFuture(const QFuture<T> &future, int timeoutMs = 30000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(timeoutMs);
    return future.result();
}

} // namespace VirtDeck::Test
