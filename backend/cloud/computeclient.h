// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "flavor.h"
#include "flavoraccess.h"
#include "quotaset.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Nova: quotas, flavors, flavor extra specs and project access.
class ComputeClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::ComputeClient)

public:
    explicit ComputeClient(CloudSession *session);

    QFuture<Result<QuotaSet>> quotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> defaultQuotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> updateQuotas(const QString &projectId, const QuotaChanges &changes) const;

    // All flavors this project may use; for admins also every private flavor.
    QFuture<Result<QList<Flavor>>> flavors() const;
    QFuture<Result<Flavor>> flavor(const QString &id) const;
    QFuture<Result<Flavor>> createFlavor(const Flavor &flavor) const;
    QFuture<Result<bool>> deleteFlavor(const QString &id) const;
    QFuture<Result<QMap<QString, QString>>> setExtraSpecs(const QString &id, const QMap<QString, QString> &specs) const;
    QFuture<Result<QList<FlavorAccess>>> flavorAccess(const QString &id) const;
    QFuture<Result<QList<FlavorAccess>>> addFlavorAccess(const QString &id, const QString &projectId) const;
    QFuture<Result<QList<FlavorAccess>>> removeFlavorAccess(const QString &id, const QString &projectId) const;

    static Result<QList<Flavor>> parseFlavors(const QByteArray &body);
    static Result<Flavor> parseFlavor(const QByteArray &body);
    static Result<QList<FlavorAccess>> parseFlavorAccess(const QByteArray &body);
    // Empty when the flavor can be sent; else what is wrong.
    static QString validate(const Flavor &flavor);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
