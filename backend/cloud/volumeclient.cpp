// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumeclient.h"

#include "cloudfutures.h"
#include "cloudsession.h"
#include "quotaparser.h"

#include <QJsonDocument>
#include <QUrl>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString volume = u"volumev3"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

} // namespace

VolumeClient::VolumeClient(CloudSession *session)
    : m_session(session)
{
}

QFuture<Result<QuotaSet>> VolumeClient::quotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({volume, "GET", u"os-quota-sets/%1?usage=true"_s.arg(encoded(projectId)), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, volume, projectId); });
}

QFuture<Result<QuotaSet>> VolumeClient::defaultQuotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({volume, "GET", u"os-quota-sets/%1/defaults"_s.arg(encoded(projectId)), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, volume, projectId); });
}

QFuture<Result<QuotaSet>> VolumeClient::updateQuotas(const QString &projectId, const QuotaChanges &changes) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    const Result<QJsonObject> body = QuotaParser::updateBody(volume, changes);
    if (!body.ok())
        return failedFuture<QuotaSet>(body.error);
    return parsed<QuotaSet>(
        m_session->send({volume, "PUT", u"os-quota-sets/%1"_s.arg(encoded(projectId)), QJsonDocument(body.value)}),
        [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, volume, projectId); });
}

} // namespace VirtDeck::Cloud
