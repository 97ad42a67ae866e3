// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "quotaset.h"
#include "result.h"
#include "securitygroup.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Neutron: quotas and security groups with their rules.
class NetworkClient
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::Cloud::NetworkClient)

public:
    explicit NetworkClient(CloudSession *session);

    QFuture<Result<QuotaSet>> quotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> defaultQuotas(const QString &projectId) const;
    QFuture<Result<QuotaSet>> updateQuotas(const QString &projectId, const QuotaChanges &changes) const;

    // The project's security groups (an admin sees only the current project's too).
    QFuture<Result<QList<SecurityGroup>>> securityGroups(const QString &projectId) const;
    QFuture<Result<SecurityGroup>> createSecurityGroup(const QString &name, const QString &description) const;
    QFuture<Result<bool>> deleteSecurityGroup(const QString &id) const;
    QFuture<Result<SecurityGroupRule>> addRule(const SecurityGroupRule &rule) const;
    QFuture<Result<bool>> deleteRule(const QString &id) const;

    static Result<QList<SecurityGroup>> parseSecurityGroups(const QByteArray &body);
    static Result<SecurityGroup> parseSecurityGroup(const QByteArray &body);
    static Result<SecurityGroupRule> parseRule(const QByteArray &body);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
