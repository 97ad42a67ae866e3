// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QFuture>
#include <QPromise>
#include <QString>

namespace VirtDeck {

// The outcome of one asynchronous backend request: a value, or an error message to show.
template<typename T>
struct Result
{
    T value{};
    QString error;

    bool ok() const { return error.isEmpty(); }
    static Result failure(const QString &message) { return Result{T{}, message}; }
};

// An already finished future carrying an error: for requests refused before any work.
template<typename T>
QFuture<Result<T>> failedFuture(const QString &message)
{
    QPromise<Result<T>> promise;
    promise.start();
    promise.addResult(Result<T>::failure(message));
    promise.finish();
    return promise.future();
}

} // namespace VirtDeck
