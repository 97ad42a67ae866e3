// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

namespace VirtDeck {

// One snapshot of a guest as libvirt describes it. The list of a guest is flat; parent
// names give the tree (an empty parent: a root).
struct SnapshotInfo
{
    QString name;
    QString parent;
    QString description;
    QDateTime creationTime;
    QString state;            // libvirt's name of the guest state: running, paused, shutoff, disk-snapshot…
    bool current = false;
    bool external = false;    // memory or any disk stored outside the guest's own images
    bool hasMemory = false;   // memory state saved: reverting can resume the guest where it was
    bool diskOnly = false;    // state "disk-snapshot": disks only, taken from a running guest
    QStringList externalFiles; // overlay and memory files of an external snapshot
    QString xml;

    friend bool operator==(const SnapshotInfo &, const SnapshotInfo &) = default;
};

using SnapshotInfoList = QVector<SnapshotInfo>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::SnapshotInfo)
