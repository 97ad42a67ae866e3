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
    // "… sent a reply VirtDeck cannot read: an entry of "<key>" is not an object"
    static QString entryNotAnObject(const QString &key, const QString &serviceType);

    // {"<key>": [{…}, …]} -> QList<T>, each entry read by entryFrom(QJsonObject) -> Result<T>.
    // One bad entry fails the whole list: a half-read list would look complete.
    template<typename T, typename EntryFrom>
    static Result<QList<T>> objectList(const QJsonObject &root, const QString &key, const QString &serviceType,
                                       EntryFrom entryFrom)
    {
        using R = Result<QList<T>>;
        const Result<QJsonArray> list = array(root, key, serviceType);
        if (!list.ok())
            return R::failure(list.error);
        QList<T> items;
        items.reserve(list.value.size());
        for (const QJsonValue &value : list.value) {
            if (!value.isObject())
                return R::failure(entryNotAnObject(key, serviceType));
            Result<T> item = entryFrom(value.toObject());
            if (!item.ok())
                return R::failure(item.error);
            items.append(std::move(item.value));
        }
        return {items, {}};
    }
    template<typename T, typename EntryFrom>
    static Result<QList<T>> objectList(const QByteArray &body, const QString &key, const QString &serviceType,
                                       EntryFrom entryFrom)
    {
        const Result<QJsonObject> root = parseObject(body, serviceType);
        if (!root.ok())
            return Result<QList<T>>::failure(root.error);
        return objectList<T>(root.value, key, serviceType, entryFrom);
    }

    // {"<key>": {…}} -> T, read by from(QJsonObject) -> Result<T>.
    template<typename T, typename From>
    static Result<T> wrappedObject(const QByteArray &body, const QString &key, const QString &serviceType, From from)
    {
        const Result<QJsonObject> root = parseObject(body, serviceType);
        if (!root.ok())
            return Result<T>::failure(root.error);
        const Result<QJsonObject> inner = object(root.value, key, serviceType);
        if (!inner.ok())
            return Result<T>::failure(inner.error);
        return from(inner.value);
    }
};

} // namespace VirtDeck::Cloud
