// SPDX-License-Identifier: GPL-2.0-or-later
#include "instanceclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "whenfinished.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString compute = u"compute"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

// Nova writes "2026-11-29T14:56:33Z" for servers and "2026-11-29T14:56:33.746228" (UTC, no
// zone) for actions and events.
QDateTime timestamp(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (time.isValid() && time.timeSpec() == Qt::LocalTime && !text.endsWith(u'Z') && !text.contains(u'+'))
        time.setTimeSpec(Qt::UTC);
    return time;
}

Result<QList<InstanceAddress>> addressesFrom(const QJsonValue &value)
{
    using R = Result<QList<InstanceAddress>>;
    QList<InstanceAddress> addresses;
    if (value.isUndefined() || value.isNull())
        return {addresses, {}};
    if (!value.isObject())
        return R::failure(CloudError::malformed(compute, InstanceClient::tr("\"addresses\" is not an object")));
    const QJsonObject networks = value.toObject();
    for (auto it = networks.begin(); it != networks.end(); ++it) {
        if (!it.value().isArray())
            return R::failure(CloudError::malformed(compute, InstanceClient::tr("the addresses of network \"%1\" are not a list").arg(it.key())));
        for (const QJsonValue &entry : it.value().toArray()) {
            const QJsonObject object = entry.toObject();
            const auto address = CloudJson::string(object, u"addr"_s, compute);
            if (!address.ok())
                return R::failure(address.error);
            addresses.append({it.key(), address.value, object.value(u"version"_s).toInt(4),
                              object.value(u"OS-EXT-IPS:type"_s).toString(),
                              object.value(u"OS-EXT-IPS-MAC:mac_addr"_s).toString()});
        }
    }
    return {addresses, {}};
}

Result<CloudInstance> instanceFrom(const QJsonObject &object)
{
    using R = Result<CloudInstance>;
    CloudInstance instance;
    const auto id = CloudJson::string(object, u"id"_s, compute);
    if (!id.ok())
        return R::failure(id.error);
    instance.id = id.value;
    const auto name = CloudJson::string(object, u"name"_s, compute);
    if (!name.ok())
        return R::failure(name.error);
    instance.name = name.value;
    const auto status = CloudJson::string(object, u"status"_s, compute);
    if (!status.ok())
        return R::failure(status.error);
    instance.status = status.value;
    instance.taskState = object.value(u"OS-EXT-STS:task_state"_s).toString();
    instance.vmState = object.value(u"OS-EXT-STS:vm_state"_s).toString();
    instance.powerState = object.value(u"OS-EXT-STS:power_state"_s).toInt();
    const auto addresses = addressesFrom(object.value(u"addresses"_s));
    if (!addresses.ok())
        return R::failure(addresses.error);
    instance.addresses = addresses.value;
    // Since microversion 2.47 the flavor is embedded ("original_name"); before, only its id.
    const QJsonObject flavor = object.value(u"flavor"_s).toObject();
    instance.flavorName = flavor.contains(u"original_name"_s) ? flavor.value(u"original_name"_s).toString()
                                                              : flavor.value(u"id"_s).toString();
    instance.flavorVcpus = flavor.value(u"vcpus"_s).toInt();
    instance.flavorRamMb = flavor.value(u"ram"_s).toInteger();
    // "image" is "" for an instance booted from a volume.
    instance.imageId = object.value(u"image"_s).toObject().value(u"id"_s).toString();
    instance.keyName = object.value(u"key_name"_s).toString();
    instance.projectId = object.value(u"tenant_id"_s).toString();
    instance.availabilityZone = object.value(u"OS-EXT-AZ:availability_zone"_s).toString();
    instance.description = object.value(u"description"_s).toString();
    instance.created = timestamp(object.value(u"created"_s));
    const QJsonValue fault = object.value(u"fault"_s);
    if (fault.isObject()) {
        const QJsonObject f = fault.toObject();
        instance.fault = {f.value(u"code"_s).toInt(), f.value(u"message"_s).toString(), f.value(u"details"_s).toString(),
                          timestamp(f.value(u"created"_s))};
    } else if (!fault.isUndefined() && !fault.isNull()) {
        return R::failure(CloudError::malformed(compute, InstanceClient::tr("\"fault\" is not an object")));
    }
    return {instance, {}};
}

Result<InstanceAction> actionFrom(const QJsonObject &object)
{
    using R = Result<InstanceAction>;
    InstanceAction action;
    const auto name = CloudJson::string(object, u"action"_s, compute);
    if (!name.ok())
        return R::failure(name.error);
    action.action = name.value;
    const auto requestId = CloudJson::string(object, u"request_id"_s, compute);
    if (!requestId.ok())
        return R::failure(requestId.error);
    action.requestId = requestId.value;
    action.userId = object.value(u"user_id"_s).toString();
    action.message = object.value(u"message"_s).toString();
    action.startTime = timestamp(object.value(u"start_time"_s));
    const QJsonValue events = object.value(u"events"_s);
    if (events.isUndefined())
        return {action, {}};
    if (!events.isArray())
        return R::failure(CloudError::malformed(compute, InstanceClient::tr("\"events\" is not a list")));
    for (const QJsonValue &value : events.toArray()) {
        const QJsonObject event = value.toObject();
        const auto eventName = CloudJson::string(event, u"event"_s, compute);
        if (!eventName.ok())
            return R::failure(eventName.error);
        action.events.append({eventName.value, timestamp(event.value(u"start_time"_s)), timestamp(event.value(u"finish_time"_s)),
                              event.value(u"result"_s).toString(), event.value(u"traceback"_s).toString()});
    }
    return {action, {}};
}

template<typename T>
void fulfil(QPromise<Result<T>> &promise, const Result<T> &result)
{
    promise.addResult(result);
    promise.finish();
}

} // namespace

InstanceClient::InstanceClient(CloudSession *session)
    : m_session(session)
{
}

QString InstanceClient::actionName(Action action)
{
    switch (action) {
    case Action::Start: return tr("start");
    case Action::Stop: return tr("stop");
    case Action::Reboot: return tr("reboot");
    case Action::HardReboot: return tr("hard reboot");
    case Action::Pause: return tr("pause");
    case Action::Unpause: return tr("unpause");
    case Action::Suspend: return tr("suspend");
    case Action::Resume: return tr("resume");
    }
    return {};
}

Result<QList<CloudInstance>> InstanceClient::parseInstances(const QByteArray &body)
{
    return CloudJson::objectList<CloudInstance>(body, u"servers"_s, compute, instanceFrom);
}

Result<CloudInstance> InstanceClient::parseInstance(const QByteArray &body)
{
    return CloudJson::wrappedObject<CloudInstance>(body, u"server"_s, compute, instanceFrom);
}

Result<QList<InstanceAction>> InstanceClient::parseActions(const QByteArray &body)
{
    return CloudJson::objectList<InstanceAction>(body, u"instanceActions"_s, compute, actionFrom);
}

Result<InstanceAction> InstanceClient::parseAction(const QByteArray &body)
{
    return CloudJson::wrappedObject<InstanceAction>(body, u"instanceAction"_s, compute, actionFrom);
}

Result<QString> InstanceClient::parseConsoleLog(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, compute);
    if (!root.ok())
        return Result<QString>::failure(root.error);
    return CloudJson::string(root.value, u"output"_s, compute);
}

Result<QString> InstanceClient::parseConsoleUrl(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, compute);
    if (!root.ok())
        return Result<QString>::failure(root.error);
    const auto console = CloudJson::object(root.value, u"remote_console"_s, compute);
    if (!console.ok())
        return Result<QString>::failure(console.error);
    const auto url = CloudJson::string(console.value, u"url"_s, compute);
    if (url.ok() && !QUrl(url.value, QUrl::StrictMode).isValid())
        return Result<QString>::failure(CloudError::malformed(compute, tr("the console URL is not a valid URL")));
    return url;
}

Result<QStringList> InstanceClient::parseAvailabilityZones(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, compute);
    if (!root.ok())
        return Result<QStringList>::failure(root.error);
    const auto list = CloudJson::array(root.value, u"availabilityZoneInfo"_s, compute);
    if (!list.ok())
        return Result<QStringList>::failure(list.error);
    QStringList zones;
    for (const QJsonValue &value : list.value) {
        const QJsonObject zone = value.toObject();
        const auto name = CloudJson::string(zone, u"zoneName"_s, compute);
        if (!name.ok())
            return Result<QStringList>::failure(name.error);
        if (zone.value(u"zoneState"_s).toObject().value(u"available"_s).toBool(true))
            zones.append(name.value);
    }
    return {zones, {}};
}

Result<QString> InstanceClient::parseReservation(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, compute);
    if (!root.ok())
        return Result<QString>::failure(root.error);
    return CloudJson::string(root.value, u"reservation_id"_s, compute);
}

Result<QJsonObject> InstanceClient::launchBody(const LaunchRequest &request)
{
    using R = Result<QJsonObject>;
    if (request.name.trimmed().isEmpty())
        return R::failure(tr("The instance needs a name."));
    if (request.count < 1)
        return R::failure(tr("Launch at least one instance."));
    if (request.flavorId.isEmpty())
        return R::failure(tr("Choose a flavor."));
    if (request.sourceId.isEmpty())
        return R::failure(tr("Choose what the instance boots from."));
    const bool newVolume = request.bootFromNewVolume || request.source == LaunchRequest::Source::VolumeSnapshot;
    if (request.bootFromNewVolume && request.source != LaunchRequest::Source::Volume && request.volumeSizeGb < 1)
        return R::failure(tr("The new volume needs a size of at least 1 GiB."));
    const QByteArray userData = request.userData.toBase64();
    if (userData.size() > 65535)
        return R::failure(tr("The user data is %1 bytes once encoded; Nova accepts at most 65535.").arg(userData.size()));

    QJsonObject server{{u"name"_s, request.name.trimmed()},
                       {u"flavorRef"_s, request.flavorId},
                       {u"min_count"_s, request.count},
                       {u"max_count"_s, request.count},
                       {u"return_reservation_id"_s, true}};
    if (!request.description.isEmpty())
        server.insert(u"description"_s, request.description);
    if (!request.availabilityZone.isEmpty())
        server.insert(u"availability_zone"_s, request.availabilityZone);
    if (request.source == LaunchRequest::Source::Image && !request.bootFromNewVolume) {
        server.insert(u"imageRef"_s, request.sourceId);
    } else {
        QJsonObject mapping{{u"boot_index"_s, 0}, {u"uuid"_s, request.sourceId}, {u"destination_type"_s, u"volume"_s}};
        switch (request.source) {
        case LaunchRequest::Source::Image:
            mapping.insert(u"source_type"_s, u"image"_s);
            break;
        case LaunchRequest::Source::Volume:
            mapping.insert(u"source_type"_s, u"volume"_s);
            break;
        case LaunchRequest::Source::VolumeSnapshot:
            mapping.insert(u"source_type"_s, u"snapshot"_s);
            break;
        }
        if (newVolume && request.volumeSizeGb > 0)
            mapping.insert(u"volume_size"_s, request.volumeSizeGb);
        mapping.insert(u"delete_on_termination"_s, request.deleteVolumeOnTerminate);
        server.insert(u"block_device_mapping_v2"_s, QJsonArray{mapping});
    }
    if (request.networkIds.isEmpty()) {
        server.insert(u"networks"_s, u"auto"_s);
    } else {
        QJsonArray networks;
        for (const QString &id : request.networkIds)
            networks.append(QJsonObject{{u"uuid"_s, id}});
        server.insert(u"networks"_s, networks);
    }
    if (!request.securityGroups.isEmpty()) {
        QJsonArray groups;
        for (const QString &group : request.securityGroups)
            groups.append(QJsonObject{{u"name"_s, group}});
        server.insert(u"security_groups"_s, groups);
    }
    if (!request.keyName.isEmpty())
        server.insert(u"key_name"_s, request.keyName);
    if (!request.userData.isEmpty())
        server.insert(u"user_data"_s, QString::fromLatin1(userData));
    if (request.configDrive)
        server.insert(u"config_drive"_s, true);
    return {QJsonObject{{u"server"_s, server}}, {}};
}

QFuture<Result<QList<CloudInstance>>> InstanceClient::instances(bool allProjects) const
{
    if (!m_session)
        return failedFuture<QList<CloudInstance>>(tr("Not signed in."));
    return parsed<QList<CloudInstance>>(
        m_session->send({compute, "GET", allProjects ? u"servers/detail?all_tenants=1"_s : u"servers/detail"_s, {}}),
        [](const CloudReply &reply) { return parseInstances(reply.body); });
}

QFuture<Result<CloudInstance>> InstanceClient::instance(const QString &id) const
{
    if (!m_session)
        return failedFuture<CloudInstance>(tr("Not signed in."));
    return parsed<CloudInstance>(m_session->send({compute, "GET", u"servers/%1"_s.arg(encoded(id)), {}}),
                                 [](const CloudReply &reply) { return parseInstance(reply.body); });
}

QFuture<Result<QList<CloudInstance>>> InstanceClient::instancesOfReservation(const QString &reservationId) const
{
    if (!m_session)
        return failedFuture<QList<CloudInstance>>(tr("Not signed in."));
    return parsed<QList<CloudInstance>>(
        m_session->send({compute, "GET", u"servers/detail?reservation_id=%1"_s.arg(encoded(reservationId)), {}}),
        [](const CloudReply &reply) { return parseInstances(reply.body); });
}

QFuture<Result<bool>> InstanceClient::perform(const QString &id, Action action) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    QJsonObject body;
    switch (action) {
    case Action::Start: body.insert(u"os-start"_s, QJsonValue::Null); break;
    case Action::Stop: body.insert(u"os-stop"_s, QJsonValue::Null); break;
    case Action::Reboot: body.insert(u"reboot"_s, QJsonObject{{u"type"_s, u"SOFT"_s}}); break;
    case Action::HardReboot: body.insert(u"reboot"_s, QJsonObject{{u"type"_s, u"HARD"_s}}); break;
    case Action::Pause: body.insert(u"pause"_s, QJsonValue::Null); break;
    case Action::Unpause: body.insert(u"unpause"_s, QJsonValue::Null); break;
    case Action::Suspend: body.insert(u"suspend"_s, QJsonValue::Null); break;
    case Action::Resume: body.insert(u"resume"_s, QJsonValue::Null); break;
    }
    return parsed<bool>(m_session->send({compute, "POST", u"servers/%1/action"_s.arg(encoded(id)), QJsonDocument(body)}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<bool>> InstanceClient::deleteInstance(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({compute, "DELETE", u"servers/%1"_s.arg(encoded(id)), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QList<InstanceAction>>> InstanceClient::actions(const QString &id) const
{
    using List = QList<InstanceAction>;
    if (!m_session)
        return failedFuture<List>(tr("Not signed in."));
    QPointer<CloudSession> session = m_session;
    auto promise = std::make_shared<QPromise<Result<List>>>();
    promise->start();
    QFuture<Result<List>> future = promise->future();
    const QFuture<Result<List>> list = parsed<List>(m_session->send({compute, "GET", u"servers/%1/os-instance-actions"_s.arg(encoded(id)), {}}),
                                                    [](const CloudReply &reply) { return parseActions(reply.body); });
    whenFinished(list, session.data(), [session, id, promise](const Result<List> &log) {
        if (!log.ok() || log.value.isEmpty() || !session) {
            fulfil(*promise, log);
            return;
        }
        // The events of each action, in parallel; the log keeps its order.
        auto collected = std::make_shared<List>(log.value);
        auto pending = std::make_shared<int>(int(log.value.size()));
        auto firstError = std::make_shared<QString>();
        for (int i = 0; i < log.value.size(); ++i) {
            const QString path = u"servers/%1/os-instance-actions/%2"_s.arg(encoded(id), encoded(log.value.at(i).requestId));
            const QFuture<Result<InstanceAction>> detail =
                parsed<InstanceAction>(session->send({compute, "GET", path, {}}),
                                       [](const CloudReply &reply) { return parseAction(reply.body); });
            whenFinished(detail, session.data(), [i, collected, pending, firstError, promise](const Result<InstanceAction> &action) {
                if (action.ok())
                    (*collected)[i] = action.value;
                else if (firstError->isEmpty())
                    *firstError = action.error;
                if (--*pending == 0)
                    fulfil(*promise, firstError->isEmpty() ? Result<List>{*collected, {}} : Result<List>::failure(*firstError));
            });
        }
    });
    return future;
}

QFuture<Result<QString>> InstanceClient::consoleLog(const QString &id, int lines) const
{
    if (!m_session)
        return failedFuture<QString>(tr("Not signed in."));
    const QJsonObject body{{u"os-getConsoleOutput"_s, QJsonObject{{u"length"_s, lines}}}};
    return parsed<QString>(m_session->send({compute, "POST", u"servers/%1/action"_s.arg(encoded(id)), QJsonDocument(body)}),
                           [](const CloudReply &reply) { return parseConsoleLog(reply.body); });
}

QFuture<Result<QString>> InstanceClient::consoleUrl(const QString &id) const
{
    if (!m_session)
        return failedFuture<QString>(tr("Not signed in."));
    const QJsonObject body{{u"remote_console"_s, QJsonObject{{u"protocol"_s, u"vnc"_s}, {u"type"_s, u"novnc"_s}}}};
    return parsed<QString>(m_session->send({compute, "POST", u"servers/%1/remote-consoles"_s.arg(encoded(id)), QJsonDocument(body)}),
                           [](const CloudReply &reply) { return parseConsoleUrl(reply.body); });
}

QFuture<Result<QStringList>> InstanceClient::availabilityZones() const
{
    if (!m_session)
        return failedFuture<QStringList>(tr("Not signed in."));
    return parsed<QStringList>(m_session->send({compute, "GET", u"os-availability-zone"_s, {}}),
                               [](const CloudReply &reply) { return parseAvailabilityZones(reply.body); });
}

QFuture<Result<QString>> InstanceClient::launch(const LaunchRequest &request) const
{
    if (!m_session)
        return failedFuture<QString>(tr("Not signed in."));
    const Result<QJsonObject> body = launchBody(request);
    if (!body.ok())
        return failedFuture<QString>(body.error);
    return parsed<QString>(m_session->send({compute, "POST", u"servers"_s, QJsonDocument(body.value)}),
                           [](const CloudReply &reply) { return parseReservation(reply.body); });
}

} // namespace VirtDeck::Cloud
