// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace VirtDeck {

// Calls fn(result) on context's thread once future has a result. The watcher is a child of
// context, so a window closed before the answer arrives is simply never called back (a
// QFuture::then(context, ...) continuation asserts on a dead context in Qt 6.4).
template<typename T, typename Fn>
void whenFinished(const QFuture<T> &future, QObject *context, Fn &&fn)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, fn = std::forward<Fn>(fn)]() mutable {
                         if (!watcher->future().isCanceled() && watcher->future().resultCount() > 0)
                             fn(watcher->result());
                         watcher->deleteLater();
                     });
    watcher->setFuture(future);
}

} // namespace VirtDeck
