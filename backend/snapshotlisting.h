// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "snapshotinfo.h"

namespace VirtDeck {

// Everything the snapshot page needs about one guest, read in one worker job.
struct SnapshotListing
{
    QString guestName;
    SnapshotInfoList snapshots;
    DomainState guestState = DomainState::NoState;
    bool agentConnected = false; // the QEMU guest agent channel reports "connected"
    QStringList diskPaths;       // file-backed disks that an external snapshot would cover
};

} // namespace VirtDeck
