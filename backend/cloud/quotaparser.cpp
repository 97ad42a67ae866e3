// SPDX-License-Identifier: GPL-2.0-or-later
#include "quotaparser.h"

#include "clouderror.h"
#include "cloudjson.h"

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

QString rootKey(const QString &serviceType)
{
    return serviceType == u"network"_s ? u"quota"_s : u"quota_set"_s;
}

} // namespace

Result<QuotaSet> QuotaParser::parse(const QByteArray &body, const QString &serviceType, const QString &projectId)
{
    using R = Result<QuotaSet>;
    const auto root = CloudJson::parseObject(body, serviceType);
    if (!root.ok())
        return R::failure(root.error);
    const auto set = CloudJson::object(root.value, rootKey(serviceType), serviceType);
    if (!set.ok())
        return R::failure(set.error);
    const QString usedKey = serviceType == u"network"_s ? u"used"_s : u"in_use"_s;
    QuotaSet result{serviceType, projectId, {}};
    for (auto it = set.value.begin(); it != set.value.end(); ++it) {
        if (it.key() == u"id"_s || it.key() == u"project_id"_s || it.key() == u"tenant_id"_s)
            continue;
        QuotaItem item;
        item.resource = it.key();
        if (it.value().isObject()) {
            const QJsonObject detail = it.value().toObject();
            const auto limit = CloudJson::integer(detail, u"limit"_s, serviceType);
            if (!limit.ok())
                return R::failure(CloudError::malformed(serviceType, tr("quota \"%1\" has no integer limit").arg(it.key())));
            item.limit = limit.value;
            if (detail.contains(usedKey)) {
                const auto used = CloudJson::integer(detail, usedKey, serviceType);
                if (!used.ok())
                    return R::failure(used.error);
                item.inUse = used.value;
            }
            item.reserved = detail.value(u"reserved"_s).toInteger();
        } else if (it.value().isDouble()) {
            item.limit = it.value().toInteger();
        } else {
            return R::failure(CloudError::malformed(serviceType, tr("quota \"%1\" is neither a number nor a detail object").arg(it.key())));
        }
        if (item.limit < -1)
            return R::failure(CloudError::malformed(serviceType, tr("quota \"%1\" has the impossible limit %2").arg(it.key()).arg(item.limit)));
        result.items.append(item);
    }
    if (result.items.isEmpty())
        return R::failure(CloudError::malformed(serviceType, tr("the quota set is empty")));
    return {result, {}};
}

Result<QJsonObject> QuotaParser::updateBody(const QString &serviceType, const QuotaChanges &changes)
{
    QJsonObject values;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        if (it.value() < -1)
            return Result<QJsonObject>::failure(tr("%1: %2 is not a valid limit (use -1 for unlimited).").arg(it.key()).arg(it.value()));
        values.insert(it.key(), it.value());
    }
    if (values.isEmpty())
        return Result<QJsonObject>::failure(tr("Nothing to save."));
    return {QJsonObject{{rootKey(serviceType), values}}, {}};
}

} // namespace VirtDeck::Cloud
