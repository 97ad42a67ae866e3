// SPDX-License-Identifier: GPL-2.0-or-later
#include "computeclient.h"

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

const QString compute = u"compute"_s;

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

Result<Flavor> flavorFrom(const QJsonObject &object)
{
    using R = Result<Flavor>;
    Flavor flavor;
    const auto id = CloudJson::string(object, u"id"_s, compute);
    if (!id.ok())
        return R::failure(id.error);
    flavor.id = id.value;
    const auto name = CloudJson::string(object, u"name"_s, compute);
    if (!name.ok())
        return R::failure(name.error);
    flavor.name = name.value;
    const auto vcpus = CloudJson::integer(object, u"vcpus"_s, compute);
    const auto ram = CloudJson::integer(object, u"ram"_s, compute);
    const auto disk = CloudJson::integer(object, u"disk"_s, compute);
    for (const auto *check : {&vcpus, &ram, &disk}) {
        if (!check->ok())
            return R::failure(check->error);
    }
    flavor.vcpus = int(vcpus.value);
    flavor.ramMb = ram.value;
    flavor.diskGb = disk.value;
    flavor.ephemeralGb = object.value(u"OS-FLV-EXT-DATA:ephemeral"_s).toInteger();
    // Nova sends "" for no swap.
    const QJsonValue swap = object.value(u"swap"_s);
    flavor.swapMb = swap.isString() ? swap.toString().toLongLong() : swap.toInteger();
    flavor.rxtxFactor = object.value(u"rxtx_factor"_s).toDouble(1.0);
    flavor.isPublic = object.value(u"os-flavor-access:is_public"_s).toBool(true);
    flavor.description = object.value(u"description"_s).toString();
    const QJsonObject specs = object.value(u"extra_specs"_s).toObject();
    for (auto it = specs.begin(); it != specs.end(); ++it)
        flavor.extraSpecs.insert(it.key(), it.value().toVariant().toString());
    return {flavor, {}};
}

} // namespace

ComputeClient::ComputeClient(CloudSession *session)
    : m_session(session)
{
}

QFuture<Result<QuotaSet>> ComputeClient::quotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({compute, "GET", u"os-quota-sets/%1/detail"_s.arg(encoded(projectId)), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, compute, projectId); });
}

QFuture<Result<QuotaSet>> ComputeClient::defaultQuotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({compute, "GET", u"os-quota-sets/%1/defaults"_s.arg(encoded(projectId)), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, compute, projectId); });
}

QFuture<Result<QuotaSet>> ComputeClient::updateQuotas(const QString &projectId, const QuotaChanges &changes) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    const Result<QJsonObject> body = QuotaParser::updateBody(compute, changes);
    if (!body.ok())
        return failedFuture<QuotaSet>(body.error);
    return parsed<QuotaSet>(
        m_session->send({compute, "PUT", u"os-quota-sets/%1"_s.arg(encoded(projectId)), QJsonDocument(body.value)}),
        [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, compute, projectId); });
}

Result<QList<Flavor>> ComputeClient::parseFlavors(const QByteArray &body)
{
    return CloudJson::objectList<Flavor>(body, u"flavors"_s, compute, flavorFrom);
}

Result<Flavor> ComputeClient::parseFlavor(const QByteArray &body)
{
    return CloudJson::wrappedObject<Flavor>(body, u"flavor"_s, compute, flavorFrom);
}

Result<QList<FlavorAccess>> ComputeClient::parseFlavorAccess(const QByteArray &body)
{
    return CloudJson::objectList<FlavorAccess>(body, u"flavor_access"_s, compute, [](const QJsonObject &entry) {
        const auto project = CloudJson::string(entry, u"tenant_id"_s, compute);
        if (!project.ok())
            return Result<FlavorAccess>::failure(project.error);
        return Result<FlavorAccess>{{entry.value(u"flavor_id"_s).toString(), project.value}, {}};
    });
}

QString ComputeClient::validate(const Flavor &flavor)
{
    if (flavor.name.trimmed().isEmpty())
        return tr("The flavor needs a name.");
    if (flavor.name.size() > 255)
        return tr("The flavor name is longer than 255 characters.");
    if (!flavor.id.isEmpty() && flavor.id.size() > 255)
        return tr("The flavor ID is longer than 255 characters.");
    if (flavor.vcpus < 1)
        return tr("A flavor needs at least one vCPU.");
    if (flavor.ramMb < 1)
        return tr("A flavor needs at least 1 MiB of RAM.");
    if (flavor.diskGb < 0 || flavor.ephemeralGb < 0 || flavor.swapMb < 0)
        return tr("Disk, ephemeral disk and swap cannot be negative.");
    if (flavor.rxtxFactor <= 0)
        return tr("The RX/TX factor must be greater than zero.");
    return {};
}

QFuture<Result<QList<Flavor>>> ComputeClient::flavors() const
{
    if (!m_session)
        return failedFuture<QList<Flavor>>(tr("Not signed in."));
    // is_public=None: admins see private flavors too; members get public + granted ones.
    return parsed<QList<Flavor>>(m_session->send({compute, "GET", u"flavors/detail?is_public=None"_s, {}}),
                                 [](const CloudReply &reply) { return parseFlavors(reply.body); });
}

QFuture<Result<Flavor>> ComputeClient::flavor(const QString &id) const
{
    if (!m_session)
        return failedFuture<Flavor>(tr("Not signed in."));
    return parsed<Flavor>(m_session->send({compute, "GET", u"flavors/%1"_s.arg(encoded(id)), {}}),
                          [](const CloudReply &reply) { return parseFlavor(reply.body); });
}

QFuture<Result<Flavor>> ComputeClient::createFlavor(const Flavor &flavor) const
{
    if (!m_session)
        return failedFuture<Flavor>(tr("Not signed in."));
    if (const QString problem = validate(flavor); !problem.isEmpty())
        return failedFuture<Flavor>(problem);
    QJsonObject object{{u"name"_s, flavor.name.trimmed()},
                       {u"vcpus"_s, flavor.vcpus},
                       {u"ram"_s, flavor.ramMb},
                       {u"disk"_s, flavor.diskGb},
                       {u"OS-FLV-EXT-DATA:ephemeral"_s, flavor.ephemeralGb},
                       {u"swap"_s, flavor.swapMb},
                       {u"rxtx_factor"_s, flavor.rxtxFactor},
                       {u"os-flavor-access:is_public"_s, flavor.isPublic}};
    if (!flavor.id.isEmpty())
        object.insert(u"id"_s, flavor.id);
    if (!flavor.description.isEmpty())
        object.insert(u"description"_s, flavor.description);
    return parsed<Flavor>(m_session->send({compute, "POST", u"flavors"_s, QJsonDocument(QJsonObject{{u"flavor"_s, object}})}),
                          [](const CloudReply &reply) { return parseFlavor(reply.body); });
}

QFuture<Result<bool>> ComputeClient::deleteFlavor(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({compute, "DELETE", u"flavors/%1"_s.arg(encoded(id)), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QMap<QString, QString>>> ComputeClient::setExtraSpecs(const QString &id, const QMap<QString, QString> &specs) const
{
    using Specs = QMap<QString, QString>;
    if (!m_session)
        return failedFuture<Specs>(tr("Not signed in."));
    QJsonObject values;
    for (auto it = specs.begin(); it != specs.end(); ++it)
        values.insert(it.key(), it.value());
    return parsed<Specs>(m_session->send({compute, "POST", u"flavors/%1/os-extra_specs"_s.arg(encoded(id)),
                                          QJsonDocument(QJsonObject{{u"extra_specs"_s, values}})}),
                         [](const CloudReply &reply) {
                             const auto root = CloudJson::parseObject(reply.body, compute);
                             if (!root.ok())
                                 return Result<Specs>::failure(root.error);
                             const auto object = CloudJson::object(root.value, u"extra_specs"_s, compute);
                             if (!object.ok())
                                 return Result<Specs>::failure(object.error);
                             Specs result;
                             for (auto it = object.value.begin(); it != object.value.end(); ++it)
                                 result.insert(it.key(), it.value().toVariant().toString());
                             return Result<Specs>{result, {}};
                         });
}

QFuture<Result<QList<FlavorAccess>>> ComputeClient::flavorAccess(const QString &id) const
{
    if (!m_session)
        return failedFuture<QList<FlavorAccess>>(tr("Not signed in."));
    return parsed<QList<FlavorAccess>>(m_session->send({compute, "GET", u"flavors/%1/os-flavor-access"_s.arg(encoded(id)), {}}),
                                       [](const CloudReply &reply) { return parseFlavorAccess(reply.body); });
}

QFuture<Result<QList<FlavorAccess>>> ComputeClient::addFlavorAccess(const QString &id, const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QList<FlavorAccess>>(tr("Not signed in."));
    const QJsonObject body{{u"addTenantAccess"_s, QJsonObject{{u"tenant"_s, projectId}}}};
    return parsed<QList<FlavorAccess>>(m_session->send({compute, "POST", u"flavors/%1/action"_s.arg(encoded(id)), QJsonDocument(body)}),
                                       [](const CloudReply &reply) { return parseFlavorAccess(reply.body); });
}

QFuture<Result<QList<FlavorAccess>>> ComputeClient::removeFlavorAccess(const QString &id, const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QList<FlavorAccess>>(tr("Not signed in."));
    const QJsonObject body{{u"removeTenantAccess"_s, QJsonObject{{u"tenant"_s, projectId}}}};
    return parsed<QList<FlavorAccess>>(m_session->send({compute, "POST", u"flavors/%1/action"_s.arg(encoded(id)), QJsonDocument(body)}),
                                       [](const CloudReply &reply) { return parseFlavorAccess(reply.body); });
}

} // namespace VirtDeck::Cloud
