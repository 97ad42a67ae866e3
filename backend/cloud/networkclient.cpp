// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "quotaparser.h"
#include "securitygrouprulevalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString network = u"network"_s;

// The catalog's Neutron URL has no version ("http://host:9696"); some clouds add "/v2.0".
QString path(const QString &rest)
{
    return u"v2.0/"_s + rest;
}

QString encoded(const QString &part)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(part));
}

int optionalInt(const QJsonValue &value)
{
    return value.isDouble() ? value.toInt() : -1;
}

Result<SecurityGroupRule> ruleFrom(const QJsonObject &object)
{
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return Result<SecurityGroupRule>::failure(id.error);
    SecurityGroupRule rule;
    rule.id = id.value;
    rule.securityGroupId = object.value(u"security_group_id"_s).toString();
    rule.direction = object.value(u"direction"_s).toString();
    rule.etherType = object.value(u"ethertype"_s).toString();
    const QJsonValue protocol = object.value(u"protocol"_s);
    rule.protocol = protocol.isDouble() ? QString::number(protocol.toInt()) : protocol.toString();
    rule.portRangeMin = optionalInt(object.value(u"port_range_min"_s));
    rule.portRangeMax = optionalInt(object.value(u"port_range_max"_s));
    rule.remoteIpPrefix = object.value(u"remote_ip_prefix"_s).toString();
    rule.remoteGroupId = object.value(u"remote_group_id"_s).toString();
    rule.description = object.value(u"description"_s).toString();
    return {rule, {}};
}

Result<SecurityGroup> groupFrom(const QJsonObject &object)
{
    using R = Result<SecurityGroup>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    SecurityGroup group;
    group.id = id.value;
    group.name = object.value(u"name"_s).toString();
    group.description = object.value(u"description"_s).toString();
    group.projectId = object.value(u"project_id"_s).toString(object.value(u"tenant_id"_s).toString());
    group.stateful = object.value(u"stateful"_s).toBool(true);
    const QJsonValue rules = object.value(u"security_group_rules"_s);
    if (!rules.isUndefined() && !rules.isArray())
        return R::failure(CloudError::malformed(network, NetworkClient::tr("\"security_group_rules\" is not a list")));
    for (const QJsonValue &value : rules.toArray()) {
        const Result<SecurityGroupRule> rule = ruleFrom(value.toObject());
        if (!rule.ok())
            return R::failure(rule.error);
        group.rules.append(rule.value);
    }
    return {group, {}};
}

} // namespace

NetworkClient::NetworkClient(CloudSession *session)
    : m_session(session)
{
}

QFuture<Result<QuotaSet>> NetworkClient::quotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({network, "GET", path(u"quotas/%1/details"_s.arg(encoded(projectId))), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, network, projectId); });
}

QFuture<Result<QuotaSet>> NetworkClient::defaultQuotas(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    return parsed<QuotaSet>(m_session->send({network, "GET", path(u"quotas/%1/default"_s.arg(encoded(projectId))), {}}),
                            [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, network, projectId); });
}

QFuture<Result<QuotaSet>> NetworkClient::updateQuotas(const QString &projectId, const QuotaChanges &changes) const
{
    if (!m_session)
        return failedFuture<QuotaSet>(tr("Not signed in."));
    const Result<QJsonObject> body = QuotaParser::updateBody(network, changes);
    if (!body.ok())
        return failedFuture<QuotaSet>(body.error);
    return parsed<QuotaSet>(
        m_session->send({network, "PUT", path(u"quotas/%1"_s.arg(encoded(projectId))), QJsonDocument(body.value)}),
        [projectId](const CloudReply &reply) { return QuotaParser::parse(reply.body, network, projectId); });
}

Result<QList<SecurityGroup>> NetworkClient::parseSecurityGroups(const QByteArray &body)
{
    using R = Result<QList<SecurityGroup>>;
    const auto root = CloudJson::parseObject(body, network);
    if (!root.ok())
        return R::failure(root.error);
    const auto list = CloudJson::array(root.value, u"security_groups"_s, network);
    if (!list.ok())
        return R::failure(list.error);
    QList<SecurityGroup> groups;
    for (const QJsonValue &value : list.value) {
        if (!value.isObject())
            return R::failure(CloudError::malformed(network, tr("a security group entry is not an object")));
        const Result<SecurityGroup> group = groupFrom(value.toObject());
        if (!group.ok())
            return R::failure(group.error);
        groups.append(group.value);
    }
    std::sort(groups.begin(), groups.end(), [](const SecurityGroup &a, const SecurityGroup &b) { return a.name < b.name; });
    return {groups, {}};
}

Result<SecurityGroup> NetworkClient::parseSecurityGroup(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, network);
    if (!root.ok())
        return Result<SecurityGroup>::failure(root.error);
    const auto object = CloudJson::object(root.value, u"security_group"_s, network);
    if (!object.ok())
        return Result<SecurityGroup>::failure(object.error);
    return groupFrom(object.value);
}

Result<SecurityGroupRule> NetworkClient::parseRule(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, network);
    if (!root.ok())
        return Result<SecurityGroupRule>::failure(root.error);
    const auto object = CloudJson::object(root.value, u"security_group_rule"_s, network);
    if (!object.ok())
        return Result<SecurityGroupRule>::failure(object.error);
    return ruleFrom(object.value);
}

QFuture<Result<QList<SecurityGroup>>> NetworkClient::securityGroups(const QString &projectId) const
{
    if (!m_session)
        return failedFuture<QList<SecurityGroup>>(tr("Not signed in."));
    return parsed<QList<SecurityGroup>>(
        m_session->send({network, "GET", path(u"security-groups?project_id=%1"_s.arg(encoded(projectId))), {}}),
        [](const CloudReply &reply) { return parseSecurityGroups(reply.body); });
}

QFuture<Result<SecurityGroup>> NetworkClient::createSecurityGroup(const QString &name, const QString &description) const
{
    if (!m_session)
        return failedFuture<SecurityGroup>(tr("Not signed in."));
    if (name.trimmed().isEmpty())
        return failedFuture<SecurityGroup>(tr("The security group needs a name."));
    if (name.size() > 255)
        return failedFuture<SecurityGroup>(tr("The name is longer than 255 characters."));
    const QJsonObject body{{u"security_group"_s, QJsonObject{{u"name"_s, name.trimmed()}, {u"description"_s, description}}}};
    return parsed<SecurityGroup>(m_session->send({network, "POST", path(u"security-groups"_s), QJsonDocument(body)}),
                                 [](const CloudReply &reply) { return parseSecurityGroup(reply.body); });
}

QFuture<Result<bool>> NetworkClient::deleteSecurityGroup(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"security-groups/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<SecurityGroupRule>> NetworkClient::addRule(const SecurityGroupRule &rule) const
{
    if (!m_session)
        return failedFuture<SecurityGroupRule>(tr("Not signed in."));
    if (const QString problem = SecurityGroupRuleValidator::validate(rule); !problem.isEmpty())
        return failedFuture<SecurityGroupRule>(problem);
    return parsed<SecurityGroupRule>(
        m_session->send({network, "POST", path(u"security-group-rules"_s), QJsonDocument(SecurityGroupRuleValidator::requestBody(rule))}),
        [](const CloudReply &reply) { return parseRule(reply.body); });
}

QFuture<Result<bool>> NetworkClient::deleteRule(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"security-group-rules/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
