// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace VirtDeck::Cloud {

// A Glance image, as `openstack image list --long` shows it.
struct CloudImage
{
    QString id;
    QString name;
    QString status;     // queued, saving, active, killed, deleted, importing, ...
    QString visibility; // public, private, shared, community
    QString diskFormat; // empty until data was uploaded for a queued image
    QString containerFormat;
    qint64 size = -1;   // bytes; -1 while unknown
    qint64 minDiskGb = 0;
    qint64 minRamMb = 0;
    QString owner;
    QString checksum;
    bool isProtected = false;
    QDateTime created;

    bool operator==(const CloudImage &) const = default;
};

} // namespace VirtDeck::Cloud
