// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "quotaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Cinder (block storage v3): quotas, including the per-volume-type ones ("volumes_lvm").
class VolumeClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::VolumeClient)

public:
    explicit VolumeClient(CloudSession *session);

    QFuture<Result<QuotaSet>> quotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> defaultQuotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> updateQuotas(const QString &projectId, const QuotaChanges &changes) const;

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
