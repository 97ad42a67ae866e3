// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck {

// The "new volume" form. Field keys used in FormProblem: name, capacity, allocation, backing.
struct StorageVolumeForm
{
    QString name;
    QString format = QStringLiteral("qcow2"); // raw or qcow2
    quint64 capacity = 0;   // bytes
    quint64 allocation = 0; // bytes; 0 for a sparse / thin volume
    QString backingPath;    // qcow2 only: a linked overlay on this volume
    QString backingFormat;  // the backing volume's format (raw, qcow2)
    quint64 backingCapacity = 0; // to check the overlay is not smaller than its base
};

} // namespace VirtDeck
