// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkclient.h"

#include "clouderror.h"
#include "cloudfutures.h"
#include "cloudjson.h"
#include "cloudsession.h"
#include "quotaparser.h"
#include "securitygrouprulevalidator.h"
#include "subnetvalidator.h"

#include <QHostAddress>
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

Result<QStringList> stringList(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {{}, {}};
    if (!value.isArray())
        return Result<QStringList>::failure(CloudError::malformed(network, NetworkClient::tr("\"%1\" is not a list").arg(key)));
    QStringList out;
    for (const QJsonValue &entry : value.toArray())
        out.append(entry.toString());
    return {out, {}};
}

Result<CloudNetwork> networkFrom(const QJsonObject &object)
{
    using R = Result<CloudNetwork>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    CloudNetwork item;
    item.id = id.value;
    item.name = object.value(u"name"_s).toString();
    item.status = object.value(u"status"_s).toString();
    item.projectId = object.value(u"project_id"_s).toString(object.value(u"tenant_id"_s).toString());
    item.shared = object.value(u"shared"_s).toBool();
    item.external = object.value(u"router:external"_s).toBool();
    item.adminStateUp = object.value(u"admin_state_up"_s).toBool(true);
    const auto subnets = stringList(object, u"subnets"_s);
    if (!subnets.ok())
        return R::failure(subnets.error);
    item.subnetIds = subnets.value;
    item.networkType = object.value(u"provider:network_type"_s).toString();
    item.physicalNetwork = object.value(u"provider:physical_network"_s).toString();
    item.mtu = object.value(u"mtu"_s).toInt();
    return {item, {}};
}

Result<CloudSubnet> subnetFrom(const QJsonObject &object)
{
    using R = Result<CloudSubnet>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    const auto cidr = CloudJson::string(object, u"cidr"_s, network);
    if (!cidr.ok())
        return R::failure(cidr.error);
    CloudSubnet item;
    item.id = id.value;
    item.cidr = cidr.value;
    item.name = object.value(u"name"_s).toString();
    item.networkId = object.value(u"network_id"_s).toString();
    item.projectId = object.value(u"project_id"_s).toString(object.value(u"tenant_id"_s).toString());
    item.ipVersion = object.value(u"ip_version"_s).toInt(4);
    item.gatewayIp = object.value(u"gateway_ip"_s).toString();
    item.noGateway = object.value(u"gateway_ip"_s).isNull();
    item.enableDhcp = object.value(u"enable_dhcp"_s).toBool(true);
    const auto dns = stringList(object, u"dns_nameservers"_s);
    if (!dns.ok())
        return R::failure(dns.error);
    item.dnsNameservers = dns.value;
    const QJsonValue pools = object.value(u"allocation_pools"_s);
    if (!pools.isUndefined() && !pools.isNull() && !pools.isArray())
        return R::failure(CloudError::malformed(network, NetworkClient::tr("\"allocation_pools\" is not a list")));
    for (const QJsonValue &pool : pools.toArray()) {
        const QJsonObject range = pool.toObject();
        const auto start = CloudJson::string(range, u"start"_s, network);
        const auto end = CloudJson::string(range, u"end"_s, network);
        if (!start.ok())
            return R::failure(start.error);
        if (!end.ok())
            return R::failure(end.error);
        item.allocationPools.append({start.value, end.value});
    }
    return {item, {}};
}

Result<CloudRouter> routerFrom(const QJsonObject &object)
{
    using R = Result<CloudRouter>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    CloudRouter item;
    item.id = id.value;
    item.name = object.value(u"name"_s).toString();
    item.status = object.value(u"status"_s).toString();
    item.projectId = object.value(u"project_id"_s).toString(object.value(u"tenant_id"_s).toString());
    item.adminStateUp = object.value(u"admin_state_up"_s).toBool(true);
    const QJsonValue gateway = object.value(u"external_gateway_info"_s);
    if (!gateway.isUndefined() && !gateway.isNull() && !gateway.isObject())
        return R::failure(CloudError::malformed(network, NetworkClient::tr("\"external_gateway_info\" is not an object")));
    const QJsonObject info = gateway.toObject();
    item.externalNetworkId = info.value(u"network_id"_s).toString();
    item.enableSnat = info.value(u"enable_snat"_s).toBool(true);
    for (const QJsonValue &fixed : info.value(u"external_fixed_ips"_s).toArray())
        item.externalIps.append(fixed.toObject().value(u"ip_address"_s).toString());
    return {item, {}};
}

Result<CloudPort> portFrom(const QJsonObject &object)
{
    using R = Result<CloudPort>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    CloudPort item;
    item.id = id.value;
    item.name = object.value(u"name"_s).toString();
    item.networkId = object.value(u"network_id"_s).toString();
    item.deviceId = object.value(u"device_id"_s).toString();
    item.deviceOwner = object.value(u"device_owner"_s).toString();
    item.status = object.value(u"status"_s).toString();
    item.macAddress = object.value(u"mac_address"_s).toString();
    const QJsonValue fixed = object.value(u"fixed_ips"_s);
    if (!fixed.isUndefined() && !fixed.isArray())
        return R::failure(CloudError::malformed(network, NetworkClient::tr("\"fixed_ips\" is not a list")));
    for (const QJsonValue &entry : fixed.toArray()) {
        const auto address = CloudJson::string(entry.toObject(), u"ip_address"_s, network);
        if (!address.ok())
            return R::failure(address.error);
        item.fixedIps.append(address.value);
        item.subnetIds.append(entry.toObject().value(u"subnet_id"_s).toString());
    }
    return {item, {}};
}

Result<FloatingIp> floatingIpFrom(const QJsonObject &object)
{
    using R = Result<FloatingIp>;
    const auto id = CloudJson::string(object, u"id"_s, network);
    if (!id.ok())
        return R::failure(id.error);
    const auto address = CloudJson::string(object, u"floating_ip_address"_s, network);
    if (!address.ok())
        return R::failure(address.error);
    FloatingIp item;
    item.id = id.value;
    item.address = address.value;
    item.networkId = object.value(u"floating_network_id"_s).toString();
    item.portId = object.value(u"port_id"_s).toString();
    item.fixedIp = object.value(u"fixed_ip_address"_s).toString();
    item.routerId = object.value(u"router_id"_s).toString();
    item.status = object.value(u"status"_s).toString();
    item.projectId = object.value(u"project_id"_s).toString(object.value(u"tenant_id"_s).toString());
    item.description = object.value(u"description"_s).toString();
    return {item, {}};
}

template<typename T>
void byName(QList<T> &items)
{
    std::sort(items.begin(), items.end(), [](const T &a, const T &b) {
        return a.name == b.name ? a.id < b.id : a.name.localeAwareCompare(b.name) < 0;
    });
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
    auto result = CloudJson::objectList<SecurityGroup>(body, u"security_groups"_s, network, groupFrom);
    byName(result.value);
    return result;
}

Result<SecurityGroup> NetworkClient::parseSecurityGroup(const QByteArray &body)
{
    return CloudJson::wrappedObject<SecurityGroup>(body, u"security_group"_s, network, groupFrom);
}

Result<SecurityGroupRule> NetworkClient::parseRule(const QByteArray &body)
{
    return CloudJson::wrappedObject<SecurityGroupRule>(body, u"security_group_rule"_s, network, ruleFrom);
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

Result<QList<CloudNetwork>> NetworkClient::parseNetworks(const QByteArray &body)
{
    auto result = CloudJson::objectList<CloudNetwork>(body, u"networks"_s, network, networkFrom);
    byName(result.value);
    return result;
}

Result<CloudNetwork> NetworkClient::parseNetwork(const QByteArray &body)
{
    return CloudJson::wrappedObject<CloudNetwork>(body, u"network"_s, network, networkFrom);
}

Result<QList<CloudSubnet>> NetworkClient::parseSubnets(const QByteArray &body)
{
    auto result = CloudJson::objectList<CloudSubnet>(body, u"subnets"_s, network, subnetFrom);
    byName(result.value);
    return result;
}

Result<CloudSubnet> NetworkClient::parseSubnet(const QByteArray &body)
{
    return CloudJson::wrappedObject<CloudSubnet>(body, u"subnet"_s, network, subnetFrom);
}

Result<QList<CloudRouter>> NetworkClient::parseRouters(const QByteArray &body)
{
    auto result = CloudJson::objectList<CloudRouter>(body, u"routers"_s, network, routerFrom);
    byName(result.value);
    return result;
}

Result<CloudRouter> NetworkClient::parseRouter(const QByteArray &body)
{
    return CloudJson::wrappedObject<CloudRouter>(body, u"router"_s, network, routerFrom);
}

Result<QList<CloudPort>> NetworkClient::parsePorts(const QByteArray &body)
{
    return CloudJson::objectList<CloudPort>(body, u"ports"_s, network, portFrom);
}

Result<QList<FloatingIp>> NetworkClient::parseFloatingIps(const QByteArray &body)
{
    auto result = CloudJson::objectList<FloatingIp>(body, u"floatingips"_s, network, floatingIpFrom);
    // In address order (172.24.4.9 before 172.24.4.10).
    std::sort(result.value.begin(), result.value.end(), [](const FloatingIp &a, const FloatingIp &b) {
        const QHostAddress x(a.address);
        const QHostAddress y(b.address);
        if (x.protocol() != y.protocol())
            return x.protocol() < y.protocol();
        return SubnetValidator::compare(x, y) < 0;
    });
    return result;
}

Result<FloatingIp> NetworkClient::parseFloatingIp(const QByteArray &body)
{
    return CloudJson::wrappedObject<FloatingIp>(body, u"floatingip"_s, network, floatingIpFrom);
}

Result<QString> NetworkClient::parseRouterInterface(const QByteArray &body)
{
    const auto root = CloudJson::parseObject(body, network);
    if (!root.ok())
        return Result<QString>::failure(root.error);
    return CloudJson::string(root.value, u"port_id"_s, network);
}

QJsonObject NetworkClient::networkBody(const CloudNetwork &item)
{
    QJsonObject object{{u"name"_s, item.name.trimmed()}, {u"admin_state_up"_s, item.adminStateUp}};
    // Only sent when asked for: members may not even send "shared": false under some policies.
    if (item.shared)
        object.insert(u"shared"_s, true);
    if (item.external)
        object.insert(u"router:external"_s, true);
    if (!item.networkType.isEmpty())
        object.insert(u"provider:network_type"_s, item.networkType);
    if (!item.physicalNetwork.isEmpty())
        object.insert(u"provider:physical_network"_s, item.physicalNetwork);
    return QJsonObject{{u"network"_s, object}};
}

QJsonObject NetworkClient::subnetBody(const CloudSubnet &item)
{
    QJsonObject object{{u"network_id"_s, item.networkId},
                       {u"ip_version"_s, item.ipVersion},
                       {u"cidr"_s, item.cidr.trimmed()},
                       {u"enable_dhcp"_s, item.enableDhcp}};
    if (!item.name.trimmed().isEmpty())
        object.insert(u"name"_s, item.name.trimmed());
    if (item.noGateway)
        object.insert(u"gateway_ip"_s, QJsonValue::Null);
    else if (!item.gatewayIp.trimmed().isEmpty())
        object.insert(u"gateway_ip"_s, item.gatewayIp.trimmed());
    if (!item.dnsNameservers.isEmpty())
        object.insert(u"dns_nameservers"_s, QJsonArray::fromStringList(item.dnsNameservers));
    if (!item.allocationPools.isEmpty()) {
        QJsonArray pools;
        for (const AllocationPool &pool : item.allocationPools)
            pools.append(QJsonObject{{u"start"_s, pool.start}, {u"end"_s, pool.end}});
        object.insert(u"allocation_pools"_s, pools);
    }
    return QJsonObject{{u"subnet"_s, object}};
}

QFuture<Result<QList<CloudNetwork>>> NetworkClient::networks() const
{
    if (!m_session)
        return failedFuture<QList<CloudNetwork>>(tr("Not signed in."));
    return parsed<QList<CloudNetwork>>(m_session->send({network, "GET", path(u"networks"_s), {}}),
                                       [](const CloudReply &reply) { return parseNetworks(reply.body); });
}

QFuture<Result<CloudNetwork>> NetworkClient::createNetwork(const CloudNetwork &item) const
{
    if (!m_session)
        return failedFuture<CloudNetwork>(tr("Not signed in."));
    if (item.name.trimmed().isEmpty())
        return failedFuture<CloudNetwork>(tr("The network needs a name."));
    if (item.name.size() > 255)
        return failedFuture<CloudNetwork>(tr("The name is longer than 255 characters."));
    return parsed<CloudNetwork>(m_session->send({network, "POST", path(u"networks"_s), QJsonDocument(networkBody(item))}),
                                [](const CloudReply &reply) { return parseNetwork(reply.body); });
}

QFuture<Result<bool>> NetworkClient::deleteNetwork(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"networks/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QList<CloudSubnet>>> NetworkClient::subnets(const QString &networkId) const
{
    if (!m_session)
        return failedFuture<QList<CloudSubnet>>(tr("Not signed in."));
    const QString query = networkId.isEmpty() ? u"subnets"_s : u"subnets?network_id=%1"_s.arg(encoded(networkId));
    return parsed<QList<CloudSubnet>>(m_session->send({network, "GET", path(query), {}}),
                                      [](const CloudReply &reply) { return parseSubnets(reply.body); });
}

QFuture<Result<CloudSubnet>> NetworkClient::createSubnet(const CloudSubnet &item) const
{
    if (!m_session)
        return failedFuture<CloudSubnet>(tr("Not signed in."));
    if (item.networkId.isEmpty())
        return failedFuture<CloudSubnet>(tr("Choose the network the subnet belongs to."));
    if (const FormProblems problems = SubnetValidator::validate(item); !problems.isEmpty())
        return failedFuture<CloudSubnet>(problems.first().message);
    return parsed<CloudSubnet>(m_session->send({network, "POST", path(u"subnets"_s), QJsonDocument(subnetBody(item))}),
                               [](const CloudReply &reply) { return parseSubnet(reply.body); });
}

QFuture<Result<bool>> NetworkClient::deleteSubnet(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"subnets/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QList<CloudRouter>>> NetworkClient::routers() const
{
    if (!m_session)
        return failedFuture<QList<CloudRouter>>(tr("Not signed in."));
    return parsed<QList<CloudRouter>>(m_session->send({network, "GET", path(u"routers"_s), {}}),
                                      [](const CloudReply &reply) { return parseRouters(reply.body); });
}

QFuture<Result<CloudRouter>> NetworkClient::createRouter(const QString &name) const
{
    if (!m_session)
        return failedFuture<CloudRouter>(tr("Not signed in."));
    if (name.trimmed().isEmpty())
        return failedFuture<CloudRouter>(tr("The router needs a name."));
    if (name.size() > 255)
        return failedFuture<CloudRouter>(tr("The name is longer than 255 characters."));
    const QJsonObject body{{u"router"_s, QJsonObject{{u"name"_s, name.trimmed()}, {u"admin_state_up"_s, true}}}};
    return parsed<CloudRouter>(m_session->send({network, "POST", path(u"routers"_s), QJsonDocument(body)}),
                               [](const CloudReply &reply) { return parseRouter(reply.body); });
}

QFuture<Result<bool>> NetworkClient::deleteRouter(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"routers/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<CloudRouter>> NetworkClient::setRouterGateway(const QString &routerId, const QString &externalNetworkId) const
{
    if (!m_session)
        return failedFuture<CloudRouter>(tr("Not signed in."));
    if (externalNetworkId.isEmpty())
        return failedFuture<CloudRouter>(tr("Choose an external network for the gateway."));
    const QJsonObject body{
        {u"router"_s, QJsonObject{{u"external_gateway_info"_s, QJsonObject{{u"network_id"_s, externalNetworkId}}}}}};
    return parsed<CloudRouter>(m_session->send({network, "PUT", path(u"routers/%1"_s.arg(encoded(routerId))), QJsonDocument(body)}),
                               [](const CloudReply &reply) { return parseRouter(reply.body); });
}

QFuture<Result<CloudRouter>> NetworkClient::clearRouterGateway(const QString &routerId) const
{
    if (!m_session)
        return failedFuture<CloudRouter>(tr("Not signed in."));
    const QJsonObject body{{u"router"_s, QJsonObject{{u"external_gateway_info"_s, QJsonObject{}}}}};
    return parsed<CloudRouter>(m_session->send({network, "PUT", path(u"routers/%1"_s.arg(encoded(routerId))), QJsonDocument(body)}),
                               [](const CloudReply &reply) { return parseRouter(reply.body); });
}

QFuture<Result<QString>> NetworkClient::addRouterInterface(const QString &routerId, const QString &subnetId) const
{
    if (!m_session)
        return failedFuture<QString>(tr("Not signed in."));
    const QJsonObject body{{u"subnet_id"_s, subnetId}};
    return parsed<QString>(
        m_session->send({network, "PUT", path(u"routers/%1/add_router_interface"_s.arg(encoded(routerId))), QJsonDocument(body)}),
        [](const CloudReply &reply) { return parseRouterInterface(reply.body); });
}

QFuture<Result<bool>> NetworkClient::removeRouterInterface(const QString &routerId, const QString &subnetId) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    const QJsonObject body{{u"subnet_id"_s, subnetId}};
    return parsed<bool>(
        m_session->send({network, "PUT", path(u"routers/%1/remove_router_interface"_s.arg(encoded(routerId))), QJsonDocument(body)}),
        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

QFuture<Result<QList<CloudPort>>> NetworkClient::ports(const QString &deviceId) const
{
    if (!m_session)
        return failedFuture<QList<CloudPort>>(tr("Not signed in."));
    if (deviceId.isEmpty())
        return failedFuture<QList<CloudPort>>(tr("No device chosen."));
    return parsed<QList<CloudPort>>(m_session->send({network, "GET", path(u"ports?device_id=%1"_s.arg(encoded(deviceId))), {}}),
                                    [](const CloudReply &reply) { return parsePorts(reply.body); });
}

QFuture<Result<QList<CloudPort>>> NetworkClient::instancePorts() const
{
    if (!m_session)
        return failedFuture<QList<CloudPort>>(tr("Not signed in."));
    return parsed<QList<CloudPort>>(m_session->send({network, "GET", path(u"ports"_s), {}}), [](const CloudReply &reply) {
        Result<QList<CloudPort>> all = parsePorts(reply.body);
        all.value.removeIf([](const CloudPort &port) { return !port.deviceOwner.startsWith(u"compute:"_s); });
        return all;
    });
}

QFuture<Result<QList<FloatingIp>>> NetworkClient::floatingIps() const
{
    if (!m_session)
        return failedFuture<QList<FloatingIp>>(tr("Not signed in."));
    return parsed<QList<FloatingIp>>(m_session->send({network, "GET", path(u"floatingips"_s), {}}),
                                     [](const CloudReply &reply) { return parseFloatingIps(reply.body); });
}

QFuture<Result<FloatingIp>> NetworkClient::allocateFloatingIp(const QString &externalNetworkId, const QString &description) const
{
    if (!m_session)
        return failedFuture<FloatingIp>(tr("Not signed in."));
    if (externalNetworkId.isEmpty())
        return failedFuture<FloatingIp>(tr("Choose the external network to allocate the address from."));
    QJsonObject object{{u"floating_network_id"_s, externalNetworkId}};
    if (!description.isEmpty())
        object.insert(u"description"_s, description);
    return parsed<FloatingIp>(
        m_session->send({network, "POST", path(u"floatingips"_s), QJsonDocument(QJsonObject{{u"floatingip"_s, object}})}),
        [](const CloudReply &reply) { return parseFloatingIp(reply.body); });
}

QFuture<Result<FloatingIp>> NetworkClient::associateFloatingIp(const QString &id, const QString &portId, const QString &fixedIp) const
{
    if (!m_session)
        return failedFuture<FloatingIp>(tr("Not signed in."));
    if (portId.isEmpty())
        return failedFuture<FloatingIp>(tr("Choose the instance port to associate the address with."));
    QJsonObject object{{u"port_id"_s, portId}};
    if (!fixedIp.isEmpty())
        object.insert(u"fixed_ip_address"_s, fixedIp);
    return parsed<FloatingIp>(
        m_session->send({network, "PUT", path(u"floatingips/%1"_s.arg(encoded(id))), QJsonDocument(QJsonObject{{u"floatingip"_s, object}})}),
        [](const CloudReply &reply) { return parseFloatingIp(reply.body); });
}

QFuture<Result<FloatingIp>> NetworkClient::disassociateFloatingIp(const QString &id) const
{
    if (!m_session)
        return failedFuture<FloatingIp>(tr("Not signed in."));
    const QJsonObject body{{u"floatingip"_s, QJsonObject{{u"port_id"_s, QJsonValue::Null}}}};
    return parsed<FloatingIp>(m_session->send({network, "PUT", path(u"floatingips/%1"_s.arg(encoded(id))), QJsonDocument(body)}),
                              [](const CloudReply &reply) { return parseFloatingIp(reply.body); });
}

QFuture<Result<bool>> NetworkClient::releaseFloatingIp(const QString &id) const
{
    if (!m_session)
        return failedFuture<bool>(tr("Not signed in."));
    return parsed<bool>(m_session->send({network, "DELETE", path(u"floatingips/%1"_s.arg(encoded(id))), {}}),
                        [](const CloudReply &) { return Result<bool>{true, {}}; });
}

} // namespace VirtDeck::Cloud
