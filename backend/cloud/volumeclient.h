// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudvolume.h"
#include "quotaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Cinder (block storage v3): quotas, including the per-volume-type ones ("volumes_lvm"),
// and volumes: list, create, delete, extend; attach and detach go through Nova.
class VolumeClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::VolumeClient)

public:
    explicit VolumeClient(CloudSession *session);

    QFuture<Result<QuotaSet>> quotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> defaultQuotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> updateQuotas(const QString &projectId, const QuotaChanges &changes) const;

    // The project's volumes; with allProjects (admins) every project's.
    QFuture<Result<QList<CloudVolume>>> volumes(bool allProjects = false) const;
    QFuture<Result<CloudVolume>> volumeDetail(const QString &id) const;
    QFuture<Result<CloudVolume>> createVolume(const QString &name, qint64 sizeGb, const QString &description = {}) const;
    QFuture<Result<bool>> deleteVolume(const QString &id) const;
    // Only an available volume can grow, and never shrink.
    QFuture<Result<bool>> extendVolume(const QString &id, qint64 newSizeGb) const;
    // Nova's os-volume_attachments: the volume shows up in the instance ("/dev/vdb").
    QFuture<Result<VolumeAttachment>> attachVolume(const QString &serverId, const QString &volumeId) const;
    QFuture<Result<bool>> detachVolume(const QString &serverId, const QString &volumeId) const;
    // Cinder's user messages about one resource, newest first: why an asynchronous step
    // (extend, create, attach) failed after the API had accepted it.
    QFuture<Result<QStringList>> userMessages(const QString &resourceId) const;

    static Result<QList<CloudVolume>> parseVolumes(const QByteArray &body);
    static Result<CloudVolume> parseVolume(const QByteArray &body);
    static Result<VolumeAttachment> parseAttachment(const QByteArray &body);
    static Result<QStringList> parseUserMessages(const QByteArray &body, const QString &resourceId);
    // Empty when the values can be sent; else what is wrong.
    static QString validateNew(const QString &name, qint64 sizeGb);
    static QString validateExtend(const CloudVolume &volume, qint64 newSizeGb);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
