// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"
#include "volumesnapshot.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Cinder volume snapshots, as launch sources.
class VolumeSnapshotClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::VolumeSnapshotClient)

public:
    explicit VolumeSnapshotClient(CloudSession *session);

    QFuture<Result<QList<VolumeSnapshot>>> snapshots() const;
    static Result<QList<VolumeSnapshot>> parseSnapshots(const QByteArray &body);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
