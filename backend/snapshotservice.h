// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"
#include "domaininfo.h"
#include "result.h"
#include "snapshotcreateoptions.h"
#include "snapshotinfo.h"
#include "snapshotlisting.h"
#include "snapshotpolicy.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QUuid>

namespace VirtDeck {

class ConnectionSession;

// Snapshots of one connection's guests. Every call returns at once; the libvirt work runs
// on the connection's worker thread (ConnectionSession::withConnection). Operations that
// libvirt 9.0 cannot do (see SnapshotPolicy) are refused before libvirt is asked, so
// nothing is half done.
class SnapshotService
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::SnapshotService)

public:
    explicit SnapshotService(ConnectionSession *session);

    QFuture<Result<SnapshotListing>> list(const QUuid &guest) const;
    QFuture<Result<SnapshotInfo>> create(const QUuid &guest, const SnapshotCreateOptions &options) const;
    QFuture<Result<bool>> revert(const QUuid &guest, const QString &name, SnapshotRevertMode mode) const;
    QFuture<Result<bool>> remove(const QUuid &guest, const QString &name, SnapshotDeleteMode mode) const;
    // Redefines the snapshot with a new description; the current snapshot stays current.
    QFuture<Result<SnapshotInfo>> setDescription(const QUuid &guest, const QString &name, const QString &description) const;
    QFuture<Result<QString>> xml(const QUuid &guest, const QString &name) const;

    // Batch: one result per guest, in the order given.
    QFuture<DomainActionResults> createMany(const UuidList &guests, const SnapshotCreateOptions &options) const;
    QFuture<DomainActionResults> revertMany(const UuidList &guests, const QString &name, SnapshotRevertMode mode) const;

private:
    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
