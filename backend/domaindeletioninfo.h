// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"

namespace VirtDeck {

// What deleting a guest would touch; the delete dialog shows it before anything happens.
struct DomainDeletionInfo
{
    QUuid uuid;
    QString name;
    DomainDiskList disks;
    int snapshotCount = 0;
    bool hasNvram = false;
    bool active = false;
};

} // namespace VirtDeck
