// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudconfig.h"
#include "result.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QSignalSpy>
#include <QString>

#include <optional>

namespace VirtDeck::Cloud {
class CloudSession;
} // namespace VirtDeck::Cloud

namespace VirtDeck::Test {

// The test cloud of scripts/cloud-start.sh (VIRTDECK_CLOUD_DIR, /var/tmp/virtdeck-cloud).
class TestCloud
{
public:
    static QString directory();
    static QString cloudsYaml();
    // Empty when Keystone, Nova, Cinder and Neutron answer; else a message that says how to
    // start the cloud (tests FAIL with it, never skip).
    static QString unavailableReason();
    // "admin", "demo" or "demo2", read from the start script's clouds.yaml.
    static Cloud::CloudConfig config(const QString &who);
    // Project ids of the seed (admin, demo, demo2).
    static QString projectId(const QString &who);
    // Signs in as each of who ("admin", "demo"…) into sessions, which the caller then owns.
    // Empty when every sign-in worked; else why not (the cloud is down, a sign-in refused).
    static QString signIn(const QStringList &who, QHash<QString, Cloud::CloudSession *> &sessions);
};

// Waits for a future in a running event loop; nullopt on timeout or cancellation.
template<typename T>
std::optional<T> awaitFuture(QFuture<T> future, int timeoutMs = 30000)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return std::nullopt;
    if (future.isCanceled() || future.resultCount() == 0)
        return std::nullopt;
    return future.result();
}

// A future's result, or a failure saying it did not come in time.
template<typename T>
Result<T> awaitResult(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    const auto result = awaitFuture(future, timeoutMs);
    return result ? *result : Result<T>::failure(QStringLiteral("timed out or cancelled"));
}

} // namespace VirtDeck::Test
