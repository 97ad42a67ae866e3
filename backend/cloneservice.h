// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clonespec.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QUuid>

#include <atomic>
#include <memory>

class QThreadPool;
struct _virConnect;

namespace VirtDeck {

class ConnectionSession;

// Clones of a shut-off guest on the connection's worker. Each writable disk that is a
// storage-pool volume gets a volume of its own in the same pool, named after the clone
// (NAME-vda.qcow2): a qcow2 overlay backed by the source's volume (linked) or a copy
// (full). CD-ROMs, read-only and shareable disks are shared. The clone gets a new UUID,
// new MAC addresses and its own NVRAM. A clone that fails leaves nothing behind: its
// volumes, NVRAM copy and definition are removed before the error is returned.
class CloneService
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::CloneService)

public:
    using CancelFlag = std::shared_ptr<std::atomic<bool>>;
    using SharedConnection = std::shared_ptr<_virConnect>;

    explicit CloneService(ConnectionSession *session);

    // The result carries the failure too (ok false, error), so a batch keeps the name.
    QFuture<CloneResult> clone(const QUuid &source, const CloneSpec &spec, CancelFlag cancel = {}) const;

    // The source read once for many clones: its definition, its disks' volumes and pools,
    // and a reference of its own to the session's connection (virConnectRef), so it stays
    // open for other threads even if the session closes meanwhile.
    struct Plan;
    struct Prepared
    {
        SharedConnection connection;
        std::shared_ptr<const Plan> plan;
    };
    QFuture<Result<Prepared>> prepare(const QUuid &source) const;
    // One clone of a prepared source on a thread of pool instead of the session's worker.
    // libvirt connections may be used from several threads and libvirtd serves several calls
    // of one client at once (max_client_requests, 5 by default), so clones run this way
    // overlap: most of a linked clone's time is the storage backend's qemu-img run.
    static QFuture<CloneResult> clone(QThreadPool *pool, const Prepared &prepared, const CloneSpec &spec,
                                      CancelFlag cancel = {});

    // Everything that stops a batch before anything is made: the source is missing or not
    // shut off (an error), or names that are invalid, repeated or taken (the value).
    QFuture<Result<QStringList>> checkBatch(const QUuid &source, const QStringList &names) const;

    // The names of every guest of the connection (clash checks in forms).
    QFuture<Result<QStringList>> guestNames() const;

private:
    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
