// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "storagepoolform.h"
#include "storagevolumeform.h"

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// Checks the pool and volume forms before libvirt is asked: names (valid, not taken),
// sizes (not zero, allocation within capacity), paths and sources by pool type.
class StorageFormValidator
{
    Q_DECLARE_TR_FUNCTIONS(StorageFormValidator)

public:
    static FormProblems validatePool(const StoragePoolForm &form, const QStringList &existingPools);
    static FormProblems validateVolume(const StorageVolumeForm &form, const QStringList &existingVolumes);
    static FormProblems validateClone(const QString &newName, const QStringList &existingVolumes);
    static FormProblems validateResize(quint64 currentCapacity, quint64 newCapacity, bool shrinkAllowed);
    static bool isValidPoolName(const QString &name);
    static bool isValidVolumeName(const QString &name);
};

} // namespace VirtDeck
