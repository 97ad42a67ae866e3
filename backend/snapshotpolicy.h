// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "snapshotcreateoptions.h"
#include "snapshotinfo.h"

#include <QCoreApplication>

namespace VirtDeck {

enum class SnapshotRevertMode { AsTaken, Running, Paused };
enum class SnapshotDeleteMode { ThisOnly, WithChildren, MetadataOnly };

// What libvirt 9.0 can and cannot do with snapshots, said before the user tries: every
// function returns an empty string when the operation is fine, else the reason to show.
class SnapshotPolicy
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::SnapshotPolicy)

public:
    // Name rules: not empty, no '/', no leading or trailing blanks, unique in the guest.
    static QString nameProblem(const QString &name, const SnapshotInfoList &existing = {});

    // Why this options set cannot be created for a guest in this state.
    static QString createProblem(const SnapshotCreateOptions &options, DomainState guestState);

    // Reverting to an external snapshot is not implemented in libvirt 9.0.
    static QString revertProblem(const SnapshotInfo &snapshot);

    // Deleting refuses (problem) or warns (warning, the user may go on).
    static QString deleteProblem(const SnapshotInfoList &all, const QString &name, SnapshotDeleteMode mode);
    static QString deleteWarning(const SnapshotInfoList &all, const QString &name, SnapshotDeleteMode mode);

    static bool mixesInternalAndExternal(const SnapshotInfoList &all);
    // name and every snapshot below it.
    static QStringList subtree(const SnapshotInfoList &all, const QString &name);
};

} // namespace VirtDeck
