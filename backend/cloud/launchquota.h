// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "flavor.h"
#include "quotaset.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace VirtDeck::Cloud {

// What a launch takes of the project's compute quota (instances, cores, ram), so the wizard
// caps the count and refuses an over-quota launch before Nova is asked.
class LaunchQuota
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::LaunchQuota)

public:
    static constexpr int Unlimited = 1000000;

    // What is left of one resource (Unlimited for -1 limits or unknown resources).
    static qint64 remaining(const QuotaSet &quota, const QString &resource);
    // How many instances still fit: by count alone without a flavor, else also by its vCPUs and RAM.
    static int maxCount(const QuotaSet &quota, const Flavor *flavor = nullptr);
    // Empty when count instances of flavor fit; else which quota they exceed, and by how much.
    static QString check(const QuotaSet &quota, const Flavor *flavor, int count);
    // "Instances 2 → 4 of 10, vCPUs 2 → 4 of 20, RAM …": what the launch will use.
    static QString usage(const QuotaSet &quota, const Flavor *flavor, int count);
};

} // namespace VirtDeck::Cloud
