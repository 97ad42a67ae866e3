// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "quotaitem.h"

#include <QList>
#include <QMap>

namespace VirtDeck::Cloud {

// The quotas of one service for one project, in the service's order.
struct QuotaSet
{
    QString serviceType; // "compute", "volumev3", "network"
    QString projectId;
    QList<QuotaItem> items;

    const QuotaItem *find(const QString &resource) const
    {
        for (const QuotaItem &item : items) {
            if (item.resource == resource)
                return &item;
        }
        return nullptr;
    }
};

// New limits to save for one service: resource -> limit (-1 = unlimited).
using QuotaChanges = QMap<QString, qint64>;

} // namespace VirtDeck::Cloud
