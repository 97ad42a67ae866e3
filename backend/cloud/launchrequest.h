// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace VirtDeck::Cloud {

// What the launch wizard asks Nova for: one POST /servers with min_count = max_count = count.
struct LaunchRequest
{
    enum class Source { Image, Volume, VolumeSnapshot };

    QString name;
    QString description;
    QString availabilityZone; // empty: Nova chooses
    int count = 1;
    Source source = Source::Image;
    QString sourceId;
    // Image or snapshot copied into a new volume that the instance boots from.
    bool bootFromNewVolume = false;
    qint64 volumeSizeGb = 0;
    bool deleteVolumeOnTerminate = true;
    QString flavorId;
    QStringList networkIds; // in NIC order
    QStringList securityGroups; // names or ids
    QString keyName;
    QByteArray userData; // cloud-init, sent base64-encoded
    bool configDrive = false;
};

} // namespace VirtDeck::Cloud
