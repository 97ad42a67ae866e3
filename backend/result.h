// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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

} // namespace VirtDeck
