// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace VirtDeck::Cloud {

// Checked reads of service replies: a malformed, truncated or wrongly shaped reply becomes
// an error message naming the service and the missing piece, never a crash or a zero.
class CloudJson
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::CloudJson)

public:
    static Result<QJsonObject> parseObject(const QByteArray &body, const QString &serviceType);
    static Result<QJsonObject> object(const QJsonObject &parent, const QString &key, const QString &serviceType);
    static Result<QJsonArray> array(const QJsonObject &parent, const QString &key, const QString &serviceType);
    // Strings and numbers that must be present (missing/wrong type = error).
    static Result<QString> string(const QJsonObject &parent, const QString &key, const QString &serviceType);
    static Result<qint64> integer(const QJsonObject &parent, const QString &key, const QString &serviceType);
    static QString optionalString(const QJsonObject &parent, const QString &key);
};

} // namespace VirtDeck::Cloud
