// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace VirtDeck {

// One volume of a storage pool as listed on the connection's worker.
struct StorageVolumeInfo
{
    QString name;
    QString key;
    QString path;
    QString format;       // raw, qcow2, … (<target><format type=…>), empty if unknown
    QString backingPath;  // <backingStore><path>, empty for a volume without one
    QString backingFormat;
    quint64 capacity = 0;   // bytes
    quint64 allocation = 0; // bytes

    friend bool operator==(const StorageVolumeInfo &, const StorageVolumeInfo &) = default;
};

using StorageVolumeInfoList = QList<StorageVolumeInfo>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::StorageVolumeInfo)
