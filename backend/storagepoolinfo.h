// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace VirtDeck {

enum class StoragePoolState { Inactive, Building, Running, Degraded, Inaccessible };

// One storage pool as listed on the connection's worker: a plain value, safe to queue.
struct StoragePoolInfo
{
    QString name;
    QString uuid;
    QString type;        // dir, fs, netfs, logical, disk, iscsi… (from the pool XML)
    QString targetPath;  // <target><path>, empty for pools without one
    StoragePoolState state = StoragePoolState::Inactive;
    bool persistent = true;
    bool autostart = false;
    quint64 capacity = 0;   // bytes
    quint64 allocation = 0; // bytes
    quint64 available = 0;  // bytes

    bool isActive() const { return state == StoragePoolState::Running || state == StoragePoolState::Degraded; }
    friend bool operator==(const StoragePoolInfo &, const StoragePoolInfo &) = default;
};

using StoragePoolInfoList = QList<StoragePoolInfo>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::StoragePoolInfo)
