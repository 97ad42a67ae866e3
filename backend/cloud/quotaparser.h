// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "quotaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace VirtDeck::Cloud {

// Reads the three quota dialects: Nova and Cinder {"quota_set": {...}} with "in_use", Neutron
// {"quota": {...}} with "used"; each either detailed ({"limit", "in_use"}) or plain numbers.
class QuotaParser
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::QuotaParser)

public:
    static Result<QuotaSet> parse(const QByteArray &body, const QString &serviceType, const QString &projectId);
    // The PUT body for new limits (values validated: integers >= -1).
    static Result<QJsonObject> updateBody(const QString &serviceType, const QuotaChanges &changes);
};

} // namespace VirtDeck::Cloud
