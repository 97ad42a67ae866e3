// SPDX-License-Identifier: GPL-2.0-or-later
#include "launchquota.h"

#include <QLocale>

#include <algorithm>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Need
{
    QString resource;
    qint64 perInstance;
};

QList<Need> needs(const Flavor *flavor)
{
    QList<Need> list{{u"instances"_s, 1}};
    if (flavor) {
        list.append({u"cores"_s, flavor->vcpus});
        list.append({u"ram"_s, flavor->ramMb});
    }
    return list;
}

QString label(const QString &resource)
{
    if (resource == u"instances"_s)
        return LaunchQuota::tr("instances");
    if (resource == u"cores"_s)
        return LaunchQuota::tr("vCPUs");
    return LaunchQuota::tr("RAM (MiB)");
}

} // namespace

qint64 LaunchQuota::remaining(const QuotaSet &quota, const QString &resource)
{
    const QuotaItem *item = quota.find(resource);
    if (!item || item->limit < 0)
        return Unlimited;
    return std::max<qint64>(0, item->limit - std::max<qint64>(0, item->inUse) - item->reserved);
}

int LaunchQuota::maxCount(const QuotaSet &quota, const Flavor *flavor)
{
    qint64 count = Unlimited;
    for (const Need &need : needs(flavor)) {
        const qint64 left = remaining(quota, need.resource);
        if (need.perInstance > 0 && left < Unlimited)
            count = std::min(count, left / need.perInstance);
    }
    return int(count);
}

QString LaunchQuota::check(const QuotaSet &quota, const Flavor *flavor, int count)
{
    for (const Need &need : needs(flavor)) {
        const qint64 wanted = need.perInstance * count;
        const qint64 left = remaining(quota, need.resource);
        if (left < Unlimited && wanted > left)
            return tr("This launch needs %1 %2 but the project has only %3 left of its quota (%4 at most).")
                .arg(QLocale().toString(wanted), label(need.resource), QLocale().toString(left))
                .arg(tr("%n instance(s)", nullptr, maxCount(quota, flavor)));
    }
    return {};
}

QString LaunchQuota::usage(const QuotaSet &quota, const Flavor *flavor, int count)
{
    QStringList parts;
    const QLocale locale;
    for (const Need &need : needs(flavor)) {
        const QuotaItem *item = quota.find(need.resource);
        if (!item)
            continue;
        const qint64 used = std::max<qint64>(0, item->inUse) + item->reserved;
        const QString limit = item->limit < 0 ? tr("unlimited") : locale.toString(item->limit);
        parts.append(tr("%1: %2 → %3 of %4").arg(label(need.resource), locale.toString(used),
                                                  locale.toString(used + need.perInstance * count), limit));
    }
    return parts.join(u"; "_s);
}

} // namespace VirtDeck::Cloud
