// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumesnapshotclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString volume = u"volumev3"_s;
} // namespace

VolumeSnapshotClient::VolumeSnapshotClient(CloudSession *session)
    : m_session(session)
{
}

Result<QList<VolumeSnapshot>> VolumeSnapshotClient::parseSnapshots(const QByteArray &body)
{
    return CloudJson::objectList<VolumeSnapshot>(body, u"snapshots"_s, volume, [](const QJsonObject &object) {
        using R = Result<VolumeSnapshot>;
        const auto id = CloudJson::string(object, u"id"_s, volume);
        if (!id.ok())
            return R::failure(id.error);
        const auto size = CloudJson::integer(object, u"size"_s, volume);
        if (!size.ok())
            return R::failure(size.error);
        return R{{id.value, object.value(u"name"_s).toString(), object.value(u"status"_s).toString(),
                  object.value(u"volume_id"_s).toString(), size.value},
                 {}};
    });
}

QFuture<Result<QList<VolumeSnapshot>>> VolumeSnapshotClient::snapshots() const
{
    if (!m_session)
        return failedFuture<QList<VolumeSnapshot>>(tr("Not signed in."));
    return parsed<QList<VolumeSnapshot>>(m_session->send({volume, "GET", u"snapshots/detail"_s, {}}),
                                         [](const CloudReply &reply) { return parseSnapshots(reply.body); });
}

} // namespace VirtDeck::Cloud
