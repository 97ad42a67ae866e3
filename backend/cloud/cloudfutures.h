// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudreply.h"
#include "result.h"

#include <QFuture>
#include <QPromise>

namespace VirtDeck::Cloud {

// Helpers for the service clients: an already failed future, and "parse the reply".
template<typename T>
QFuture<Result<T>> failedFuture(const QString &message)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>::failure(message));
    promise.finish();
    return promise.future();
}

template<typename T, typename Parse>
QFuture<Result<T>> parsed(QFuture<Result<CloudReply>> reply, Parse parse)
{
    // Without a context the continuation runs where the reply was fulfilled: the session's thread.
    return reply.then([parse](const Result<CloudReply> &r) {
        if (!r.ok())
            return Result<T>::failure(r.error);
        return Result<T>(parse(r.value));
    });
}

} // namespace VirtDeck::Cloud
