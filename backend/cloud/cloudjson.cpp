// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudjson.h"

#include "clouderror.h"

#include <QJsonDocument>

#include <cmath>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

Result<QJsonObject> CloudJson::parseObject(const QByteArray &body, const QString &serviceType)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Result<QJsonObject>::failure(CloudError::malformed(
            serviceType, tr("invalid JSON at byte %1 of %2 (%3)").arg(error.offset).arg(body.size()).arg(error.errorString())));
    if (!document.isObject())
        return Result<QJsonObject>::failure(CloudError::malformed(serviceType, tr("expected a JSON object")));
    return {document.object(), {}};
}

Result<QJsonObject> CloudJson::object(const QJsonObject &parent, const QString &key, const QString &serviceType)
{
    const QJsonValue value = parent.value(key);
    if (!value.isObject())
        return Result<QJsonObject>::failure(CloudError::malformed(serviceType, tr("\"%1\" is missing or not an object").arg(key)));
    return {value.toObject(), {}};
}

Result<QJsonArray> CloudJson::array(const QJsonObject &parent, const QString &key, const QString &serviceType)
{
    const QJsonValue value = parent.value(key);
    if (!value.isArray())
        return Result<QJsonArray>::failure(CloudError::malformed(serviceType, tr("\"%1\" is missing or not a list").arg(key)));
    return {value.toArray(), {}};
}

Result<QString> CloudJson::string(const QJsonObject &parent, const QString &key, const QString &serviceType)
{
    const QJsonValue value = parent.value(key);
    if (!value.isString())
        return Result<QString>::failure(CloudError::malformed(serviceType, tr("\"%1\" is missing or not a string").arg(key)));
    return {value.toString(), {}};
}

Result<qint64> CloudJson::integer(const QJsonObject &parent, const QString &key, const QString &serviceType)
{
    const QJsonValue value = parent.value(key);
    // Some services send numbers as strings ("ram": "512" in old flavors)
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().toLongLong(&ok);
        if (ok)
            return {number, {}};
    }
    if (!value.isDouble() || std::trunc(value.toDouble()) != value.toDouble())
        return Result<qint64>::failure(CloudError::malformed(serviceType, tr("\"%1\" is missing or not an integer").arg(key)));
    return {value.toInteger(), {}};
}

QString CloudJson::optionalString(const QJsonObject &parent, const QString &key)
{
    return parent.value(key).toString();
}

QString CloudJson::entryNotAnObject(const QString &key, const QString &serviceType)
{
    return CloudError::malformed(serviceType, tr("an entry of \"%1\" is not an object").arg(key));
}

} // namespace VirtDeck::Cloud
