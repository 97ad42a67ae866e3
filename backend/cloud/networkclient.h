// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudnetwork.h"
#include "cloudport.h"
#include "cloudrouter.h"
#include "cloudsubnet.h"
#include "floatingip.h"
#include "quotaset.h"
#include "result.h"
#include "securitygroup.h"

#include <QCoreApplication>
#include <QFuture>
#include <QJsonObject>
#include <QPointer>

namespace VirtDeck::Cloud {

class CloudSession;

// Neutron: quotas, security groups with their rules, networks, subnets, routers, ports and
// floating IPs.
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

    // Every network the project can see (its own, shared and external ones; admins: all).
    QFuture<Result<QList<CloudNetwork>>> networks() const;
    QFuture<Result<CloudNetwork>> createNetwork(const CloudNetwork &network) const;
    QFuture<Result<bool>> deleteNetwork(const QString &id) const;
    // All visible subnets, or those of one network.
    QFuture<Result<QList<CloudSubnet>>> subnets(const QString &networkId = {}) const;
    // Checked with SubnetValidator first; nothing is sent while it finds a problem.
    QFuture<Result<CloudSubnet>> createSubnet(const CloudSubnet &subnet) const;
    QFuture<Result<bool>> deleteSubnet(const QString &id) const;

    QFuture<Result<QList<CloudRouter>>> routers() const;
    QFuture<Result<CloudRouter>> createRouter(const QString &name) const;
    QFuture<Result<bool>> deleteRouter(const QString &id) const;
    QFuture<Result<CloudRouter>> setRouterGateway(const QString &routerId, const QString &externalNetworkId) const;
    QFuture<Result<CloudRouter>> clearRouterGateway(const QString &routerId) const;
    // The id of the router's new port on the subnet.
    QFuture<Result<QString>> addRouterInterface(const QString &routerId, const QString &subnetId) const;
    QFuture<Result<bool>> removeRouterInterface(const QString &routerId, const QString &subnetId) const;
    // The ports of one device: a router's interfaces and gateway, an instance's NICs.
    QFuture<Result<QList<CloudPort>>> ports(const QString &deviceId) const;
    // Every port owned by an instance ("compute:*") that the project can see.
    QFuture<Result<QList<CloudPort>>> instancePorts() const;

    QFuture<Result<QList<FloatingIp>>> floatingIps() const;
    QFuture<Result<FloatingIp>> allocateFloatingIp(const QString &externalNetworkId, const QString &description = {}) const;
    // fixedIp may be empty when the port has one address.
    QFuture<Result<FloatingIp>> associateFloatingIp(const QString &id, const QString &portId, const QString &fixedIp = {}) const;
    QFuture<Result<FloatingIp>> disassociateFloatingIp(const QString &id) const;
    QFuture<Result<bool>> releaseFloatingIp(const QString &id) const;

    static Result<QList<SecurityGroup>> parseSecurityGroups(const QByteArray &body);
    static Result<SecurityGroup> parseSecurityGroup(const QByteArray &body);
    static Result<SecurityGroupRule> parseRule(const QByteArray &body);
    static Result<QList<CloudNetwork>> parseNetworks(const QByteArray &body);
    static Result<CloudNetwork> parseNetwork(const QByteArray &body);
    static Result<QList<CloudSubnet>> parseSubnets(const QByteArray &body);
    static Result<CloudSubnet> parseSubnet(const QByteArray &body);
    static Result<QList<CloudRouter>> parseRouters(const QByteArray &body);
    static Result<CloudRouter> parseRouter(const QByteArray &body);
    static Result<QList<CloudPort>> parsePorts(const QByteArray &body);
    static Result<QList<FloatingIp>> parseFloatingIps(const QByteArray &body);
    static Result<FloatingIp> parseFloatingIp(const QByteArray &body);
    // add_router_interface's reply: {"port_id": ..., "subnet_id": ...}
    static Result<QString> parseRouterInterface(const QByteArray &body);
    // The POST bodies (for tests and the guided project network).
    static QJsonObject networkBody(const CloudNetwork &network);
    static QJsonObject subnetBody(const CloudSubnet &subnet);

private:
    QPointer<CloudSession> m_session;
};

} // namespace VirtDeck::Cloud
