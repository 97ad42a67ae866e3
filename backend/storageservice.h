// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"
#include "storagepoolform.h"
#include "storagepoolinfo.h"
#include "storagevolumeform.h"
#include "storagevolumeinfo.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck {

class ConnectionSession;

// Storage pools and volumes of one connection. A small value: copy it freely. Every call
// runs on the connection's worker (ConnectionSession::withConnection) and answers through a
// QFuture. Uploads and downloads are not here: they take VolumeTransfer, which has a
// connection and a thread of its own so a long copy never holds up this queue.
class StorageService
{
    Q_DECLARE_TR_FUNCTIONS(StorageService)

public:
    explicit StorageService(ConnectionSession *session);

    // Pools
    QFuture<Result<StoragePoolInfoList>> listPools() const;
    // Defines the pool from a validated form (or its XML), then builds, starts and sets
    // autostart as the form asks. The error of a later step says the pool stays defined.
    QFuture<Result<StoragePoolInfo>> createPool(const StoragePoolForm &form) const;
    QFuture<Result<bool>> buildPool(const QString &pool) const;
    QFuture<Result<bool>> startPool(const QString &pool) const;
    QFuture<Result<bool>> stopPool(const QString &pool) const;
    QFuture<Result<bool>> refreshPool(const QString &pool) const;
    // Removes the pool's storage (the directory, the volume group…): the pool must be stopped.
    QFuture<Result<bool>> deletePool(const QString &pool) const;
    QFuture<Result<bool>> undefinePool(const QString &pool) const;
    QFuture<Result<bool>> setPoolAutostart(const QString &pool, bool autostart) const;
    QFuture<Result<QString>> poolXml(const QString &pool) const;

    // Volumes
    QFuture<Result<StorageVolumeInfoList>> listVolumes(const QString &pool) const;
    QFuture<Result<StorageVolumeInfo>> createVolume(const QString &pool, const StorageVolumeForm &form) const;
    QFuture<Result<StorageVolumeInfo>> cloneVolume(const QString &pool, const QString &source,
                                                   const QString &newName) const;
    QFuture<Result<bool>> resizeVolume(const QString &pool, const QString &volume, quint64 capacity,
                                       bool allowShrink) const;
    QFuture<Result<bool>> wipeVolume(const QString &pool, const QString &volume) const;
    QFuture<Result<bool>> deleteVolume(const QString &pool, const QString &volume) const;
    QFuture<Result<QString>> volumeXml(const QString &pool, const QString &volume) const;

private:
    template<typename T, typename Fn>
    QFuture<Result<T>> onPool(const QString &pool, Fn fn) const;
    template<typename T, typename Fn>
    QFuture<Result<T>> onVolume(const QString &pool, const QString &volume, Fn fn) const;

    QPointer<ConnectionSession> m_session;
};

} // namespace VirtDeck
