// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// One quota: limit (-1 = unlimited) and what the project uses (-1 = not reported, e.g. defaults).
struct QuotaItem
{
    QString resource; // the service's own key: "cores", "gigabytes", "security_group_rule", "volumes_lvm"
    qint64 limit = 0;
    qint64 inUse = -1;
    qint64 reserved = 0;
};

} // namespace VirtDeck::Cloud
