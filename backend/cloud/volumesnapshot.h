// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A Cinder volume snapshot, as a launch source.
struct VolumeSnapshot
{
    QString id;
    QString name;
    QString status;
    QString volumeId;
    qint64 sizeGb = 0;

    bool operator==(const VolumeSnapshot &) const = default;
};

} // namespace VirtDeck::Cloud
