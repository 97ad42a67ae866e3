// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>
#include <QVector>

namespace VirtDeck {

enum class DomainAction {
    Start,
    Shutdown,   // ACPI request; the guest decides
    Reboot,
    ForceOff,   // virDomainDestroy
    Pause,
    Resume,
    ManagedSave,
    Restore,    // start from the managed save image
    Delete,
    EnableAutostart,
    DisableAutostart,
};

// What goes with a guest when it is deleted. Only the storage paths listed are removed.
struct DeleteOptions
{
    QStringList storagePaths;
    bool removeSnapshotMetadata = true;
    bool removeNvram = true;
};

struct DomainActionResult
{
    QUuid uuid;
    QString name;
    bool ok = false;
    QString error; // libvirt's message when !ok
};

using DomainActionResults = QVector<DomainActionResult>;

// One disk of a guest as the delete dialog needs it.
struct DomainDisk
{
    QString target;     // vda, sdb, hdc
    QString device;     // disk, cdrom, floppy, lun
    QString sourcePath; // file or block device; empty for network disks or empty drives
    bool readOnly = false;
    bool shareable = false;
    bool inStoragePool = false; // only volumes in a pool can be deleted through libvirt
};

using DomainDiskList = QVector<DomainDisk>;

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::DomainActionResults)
Q_DECLARE_METATYPE(VirtDeck::DomainDiskList)
