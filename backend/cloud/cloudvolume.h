// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "volumeattachment.h"

#include <QDateTime>
#include <QList>

namespace VirtDeck::Cloud {

// A Cinder volume, as `openstack volume list --long` shows it.
struct CloudVolume
{
    QString id;
    QString name;
    QString description;
    QString status; // available, in-use, creating, attaching, detaching, extending, error, ...
    qint64 sizeGb = 0;
    QString volumeType;
    QString availabilityZone;
    QString projectId; // os-vol-tenant-attr:tenant_id (admins only)
    bool bootable = false;
    bool multiattach = false;
    QDateTime created;
    QList<VolumeAttachment> attachments;

    bool operator==(const CloudVolume &) const = default;
};

} // namespace VirtDeck::Cloud
