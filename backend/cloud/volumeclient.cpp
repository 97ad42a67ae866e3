// SPDX-License-Identifier: GPL-2.0-or-later
#include "volumeclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "quotaparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString volume = u"volumev3"_s;
const QString compute = u"compute"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

Result<CloudVolume> volumeFrom(const QJsonObject &object)
{
    using R = Result<CloudVolume>;
    const auto id = CloudJson::string(object, u"id"_s, volume);
    if (!id.ok())
        return R::failure(id.error);
    const auto size = CloudJson::integer(object, u"size"_s, volume);
    if (!size.ok())
        return R::failure(size.error);
    const auto status = CloudJson::string(object, u"status"_s, volume);
    if (!status.ok())
        return R::failure(status.error);
    CloudVolume item;
    item.id = id.value;
    item.sizeGb = size.value;
    item.status = status.value;
    item.name = object.value(u"name"_s).toString();
    item.description = object.value(u"description"_s).toString();
    item.volumeType = object.value(u"volume_type"_s).toString();
    item.availabilityZone = object.value(u"availability_zone"_s).toString();
    item.projectId = object.value(u"os-vol-tenant-attr:tenant_id"_s).toString();
    // Cinder sends "true"/"false" as strings.
    const QJsonValue bootable = object.value(u"bootable"_s);
    item.bootable = bootable.isBool() ? bootable.toBool() : bootable.toString() == u"true"_s;
    item.multiattach = object.value(u"multiattach"_s).toBool();
    item.created = QDateTime::fromString(object.value(u"created_at"_s).toString(), Qt::ISODateWithMs);
    item.created.setTimeSpec(Qt::UTC);
    const QJsonValue attachments = object.value(u"attachments"_s);
    if (!attachments.isUndefined() && !attachments.isArray())
        return R::failure(CloudError::malformed(volume, VolumeClient::tr("\"attachments\" is not a list")));
    for (const QJsonValue &value : attachments.toArray()) {
        const QJsonObject entry = value.toObject();
        const auto server = CloudJson::string(entry, u"server_id"_s, volume);
        if (!server.ok())
            return R::failure(server.error);
        item.attachments.append({server.value, entry.value(u"device"_s).toString(), entry.value(u"attachment_id"_s).toString()});
    }
    return {item, {}};
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

Result<QList<CloudVolume>> VolumeClient::parseVolumes(const QByteArray &body)
{
    auto result = CloudJson::objectList<CloudVolume>(body, u"volumes"_s, volume, volumeFrom);
    std::sort(result.value.begin(), result.value.end(), [](const CloudVolume &a, const CloudVolume &b) {
        return a.name == b.name ? a.id < b.id : a.name.localeAwareCompare(b.name) < 0;
    });
    return result;
}

Result<CloudVolume> VolumeClient::parseVolume(const QByteArray &body)
{
    return CloudJson::wrappedObject<CloudVolume>(body, u"volume"_s, volume, volumeFrom);
}

Result<QStringList> VolumeClient::parseUserMessages(const QByteArray &body, const QString &resourceId)
{
    using Entry = std::pair<QString, QString>; // resource, message
    const auto entries = CloudJson::objectList<Entry>(body, u"messages"_s, volume, [](const QJsonObject &object) {
        const auto text = CloudJson::string(object, u"user_message"_s, volume);
        if (!text.ok())
            return Result<Entry>::failure(text.error);
        return Result<Entry>{{object.value(u"resource_uuid"_s).toString(), text.value}, {}};
    });
    if (!entries.ok())
        return Result<QStringList>::failure(entries.error);
    QStringList texts;
    for (const auto &[resource, text] : entries.value) {
        if (resource == resourceId)
            texts.append(text);
    }
    return {texts, {}};
}

Result<VolumeAttachment> VolumeClient::parseAttachment(const QByteArray &body)
{
    using R = Result<VolumeAttachment>;
    const auto root = CloudJson::parseObject(body, compute);
    if (!root.ok())
        return R::failure(root.error);
    const auto object = CloudJson::object(root.value, u"volumeAttachment"_s, compute);
    if (!object.ok())
        return R::failure(object.error);
    const auto server = CloudJson::string(object.value, u"serverId"_s, compute);
    if (!server.ok())
        return R::failure(server.error);
    return {{server.value, object.value.value(u"device"_s).toString(), object.value.value(u"id"_s).toString()}, {}};
}

QString VolumeClient::validateNew(const QString &name, qint64 sizeGb)
{
    if (name.size() > 255)
        return tr("The name is longer than 255 characters.");
    if (sizeGb < 1)
        return tr("A volume needs at least 1 GiB.");
    return {};
}

QString VolumeClient::validateExtend(const CloudVolume &item, qint64 newSizeGb)
{
    if (newSizeGb <= item.sizeGb)
        return tr("The new size must be larger than the current %1 GiB; a volume cannot shrink.").arg(item.sizeGb);
    if (item.status != u"available"_s && item.status != u"in-use"_s)
        return tr("Only an available or attached volume can be extended; this one is %1.").arg(item.status);
    return {};
}

QFuture<Result<QList<CloudVolume>>> VolumeClient::volumes(bool allProjects) const
{
    if (!m_session)
        return failedFuture<QList<CloudVolume>>(tr("Not signed in."));
    const QString query = allProjects ? u"volumes/detail?all_tenants=1"_s : u"volumes/detail"_s;
    return parsed<QList<CloudVolume>>(m_session->send({volume, "GET", query, {}}),
                                      [](const CloudReply &reply) { return parseVolumes(reply.body); });
}

QFuture<Result<CloudVolume>> VolumeClient::volumeDetail(const QString &id) const
{
    if (!m_session)
        return failedFuture<CloudVolume>(tr("Not signed in."));
    return parsed<CloudVolume>(m_session->send({volume, "GET", u"volumes/%1"_s.arg(encoded(id)), {}}),
                               [](const CloudReply &reply) { return parseVolume(reply.body); });
}

QFuture<Result<CloudVolume>> VolumeClient::createVolume(const QString &name, qint64 sizeGb, const QString &description) const
{
    if (!m_session)
        return failedFuture<CloudVolume>(tr("Not signed in."));
    if (const QString problem = validateNew(name, sizeGb); !problem.isEmpty())
        return failedFuture<CloudVolume>(problem);
    QJsonObject object{{u"size"_s, sizeGb}, {u"name"_s, name.trimmed()}};
    if (!description.isEmpty())
        object.insert(u"description"_s, description);
    return parsed<CloudVolume>(m_session->send({volume, "POST", u"volumes"_s, QJsonDocument(QJsonObject{{u"volume"_s, object}})}),
                               [](const CloudReply &reply) { return parseVolume(reply.body); });
}

QFuture<Result<bool>> VolumeClient::deleteVolume(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({volume, "DELETE", u"volumes/%1"_s.arg(encoded(id)), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<bool>> VolumeClient::extendVolume(const QString &id, qint64 newSizeGb) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    if (newSizeGb < 1)
        return failedFuture<bool>(tr("A volume needs at least 1 GiB."));
    const QJsonObject body{{u"os-extend"_s, QJsonObject{{u"new_size"_s, newSizeGb}}}};
    return parsed<bool>(m_session->send({volume, "POST", u"volumes/%1/action"_s.arg(encoded(id)), QJsonDocument(body)}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QStringList>> VolumeClient::userMessages(const QString &resourceId) const
{
    if (!m_session)
        return failedFuture<QStringList>(tr("Not signed in."));
    // Filtered here: Cinder accepts a resource_uuid filter only where resource_filters.json
    // allows it (this test cloud's does not: 400 "Invalid filters").
    return parsed<QStringList>(m_session->send({volume, "GET", u"messages?sort=created_at:desc&limit=200"_s, {}}),
                               [resourceId](const CloudReply &reply) { return parseUserMessages(reply.body, resourceId); });
}

QFuture<Result<VolumeAttachment>> VolumeClient::attachVolume(const QString &serverId, const QString &volumeId) const
{
    if (!m_session)
        return failedFuture<VolumeAttachment>(tr("Not signed in."));
    if (serverId.isEmpty())
        return failedFuture<VolumeAttachment>(tr("Choose the instance to attach the volume to."));
    const QJsonObject body{{u"volumeAttachment"_s, QJsonObject{{u"volumeId"_s, volumeId}}}};
    return parsed<VolumeAttachment>(
        m_session->send({compute, "POST", u"servers/%1/os-volume_attachments"_s.arg(encoded(serverId)), QJsonDocument(body)}),
        [](const CloudReply &reply) { return parseAttachment(reply.body); });
}

QFuture<Result<bool>> VolumeClient::detachVolume(const QString &serverId, const QString &volumeId) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(
        m_session->send({compute, "DELETE", u"servers/%1/os-volume_attachments/%2"_s.arg(encoded(serverId), encoded(volumeId)), {}}),
        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
