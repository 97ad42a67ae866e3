// SPDX-License-Identifier: GPL-2.0-or-later
#include "projectnetworkbuilder.h"

#include "cloudsession.h"
#include "networkclient.h"
#include "subnetvalidator.h"
#include "whenfinished.h"

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

ProjectNetworkBuilder::ProjectNetworkBuilder(CloudSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

FormProblems ProjectNetworkBuilder::validate(const ProjectNetworkPlan &plan)
{
    FormProblems problems;
    const auto name = [&problems](const QString &value, const QString &field, const QString &what) {
        if (value.trimmed().isEmpty())
            problems.append({field, tr("The %1 needs a name.").arg(what)});
        else if (value.size() > 255)
            problems.append({field, tr("The %1 name is longer than 255 characters.").arg(what)});
    };
    name(plan.networkName, u"networkName"_s, tr("network"));
    name(plan.routerName, u"routerName"_s, tr("router"));
    CloudSubnet subnet;
    subnet.cidr = plan.cidr;
    subnet.gatewayIp = plan.gatewayIp;
    subnet.dnsNameservers = plan.dnsNameservers;
    int version = 4;
    SubnetValidator::checkCidr(plan.cidr, &version);
    subnet.ipVersion = version;
    problems.append(SubnetValidator::validate(subnet));
    return problems;
}

QString ProjectNetworkBuilder::stepLabel(int step)
{
    switch (step) {
    case NetworkStep:
        return tr("Create the network");
    case RouterStep:
        return tr("Create the router");
    case GatewayStep:
        return tr("Set the router's gateway to the external network");
    case SubnetStep:
        return tr("Create the subnet");
    case InterfaceStep:
        return tr("Connect the subnet to the router");
    default:
        return {};
    }
}

void ProjectNetworkBuilder::start(const ProjectNetworkPlan &plan)
{
    if (m_running)
        return;
    m_plan = plan;
    m_done.clear();
    m_networkId.clear();
    m_subnetId.clear();
    m_routerId.clear();
    m_failure.clear();
    m_undoErrors.clear();
    if (const FormProblems problems = validate(plan); !problems.isEmpty()) {
        Q_EMIT finished(false, problems.first().message);
        return;
    }
    if (!m_session) {
        Q_EMIT finished(false, tr("Not signed in."));
        return;
    }
    m_running = true;
    runStep(NetworkStep);
}

void ProjectNetworkBuilder::runStep(int step)
{
    if (step == StepCount) {
        m_running = false;
        Q_EMIT finished(true, tr("Network %1 with subnet %2 (%3) is connected through router %4.")
                                  .arg(m_plan.networkName, m_plan.subnetName.isEmpty() ? m_plan.networkName : m_plan.subnetName,
                                       m_plan.cidr, m_plan.routerName));
        return;
    }
    if (!m_session) {
        fail(step, tr("Not signed in."));
        return;
    }
    if (step == GatewayStep && m_plan.externalNetworkId.isEmpty()) {
        Q_EMIT stepSkipped(step, tr("no external network chosen"));
        runStep(step + 1);
        return;
    }
    Q_EMIT stepStarted(step);
    const NetworkClient client(m_session);
    const auto succeed = [this, step](const QString &detail) {
        m_done.append(step);
        Q_EMIT stepSucceeded(step, detail);
        runStep(step + 1);
    };
    switch (step) {
    case NetworkStep: {
        CloudNetwork network;
        network.name = m_plan.networkName.trimmed();
        whenFinished(client.createNetwork(network), this, [this, step, succeed](const Result<CloudNetwork> &result) {
            if (!result.ok())
                return fail(step, result.error);
            m_networkId = result.value.id;
            succeed(result.value.id);
        });
        break;
    }
    case RouterStep:
        whenFinished(client.createRouter(m_plan.routerName), this, [this, step, succeed](const Result<CloudRouter> &result) {
            if (!result.ok())
                return fail(step, result.error);
            m_routerId = result.value.id;
            succeed(result.value.id);
        });
        break;
    case GatewayStep:
        whenFinished(client.setRouterGateway(m_routerId, m_plan.externalNetworkId), this,
                     [this, step, succeed](const Result<CloudRouter> &result) {
                         if (!result.ok())
                             return fail(step, result.error);
                         succeed(result.value.externalIps.join(u", "_s));
                     });
        break;
    case SubnetStep: {
        CloudSubnet subnet;
        subnet.networkId = m_networkId;
        subnet.name = m_plan.subnetName.trimmed();
        subnet.cidr = m_plan.cidr.trimmed();
        int version = 4;
        SubnetValidator::checkCidr(subnet.cidr, &version);
        subnet.ipVersion = version;
        subnet.gatewayIp = m_plan.gatewayIp.trimmed();
        subnet.dnsNameservers = m_plan.dnsNameservers;
        subnet.enableDhcp = m_plan.enableDhcp;
        whenFinished(client.createSubnet(subnet), this, [this, step, succeed](const Result<CloudSubnet> &result) {
            if (!result.ok())
                return fail(step, result.error);
            m_subnetId = result.value.id;
            succeed(result.value.cidr);
        });
        break;
    }
    case InterfaceStep:
        whenFinished(client.addRouterInterface(m_routerId, m_subnetId), this, [this, step, succeed](const Result<QString> &result) {
            if (!result.ok())
                return fail(step, result.error);
            succeed(result.value);
        });
        break;
    default:
        break;
    }
}

void ProjectNetworkBuilder::fail(int step, const QString &error)
{
    m_failure = tr("%1 failed: %2").arg(stepLabel(step), error);
    Q_EMIT stepFailed(step, error);
    undoNext();
}

void ProjectNetworkBuilder::undoNext()
{
    if (m_done.isEmpty() || !m_session) {
        m_running = false;
        QString message = m_failure;
        if (!m_undoErrors.isEmpty())
            message += u"\n"_s + tr("Not everything could be undone: %1").arg(m_undoErrors.join(u"; "_s));
        else
            message += u"\n"_s + tr("The steps already done were undone.");
        Q_EMIT finished(false, message);
        return;
    }
    const int step = m_done.takeLast();
    const NetworkClient client(m_session);
    const auto report = [this, step](const QString &error) {
        if (!error.isEmpty())
            m_undoErrors.append(error);
        Q_EMIT stepUndone(step, error);
        undoNext();
    };
    switch (step) {
    case InterfaceStep:
        whenFinished(client.removeRouterInterface(m_routerId, m_subnetId), this, [report](const Result<bool> &r) { report(r.error); });
        break;
    case SubnetStep:
        whenFinished(client.deleteSubnet(m_subnetId), this, [this, report](const Result<bool> &r) {
            if (r.ok())
                m_subnetId.clear();
            report(r.error);
        });
        break;
    case GatewayStep:
        whenFinished(client.clearRouterGateway(m_routerId), this, [report](const Result<CloudRouter> &r) { report(r.error); });
        break;
    case RouterStep:
        whenFinished(client.deleteRouter(m_routerId), this, [this, report](const Result<bool> &r) {
            if (r.ok())
                m_routerId.clear();
            report(r.error);
        });
        break;
    case NetworkStep:
        whenFinished(client.deleteNetwork(m_networkId), this, [this, report](const Result<bool> &r) {
            if (r.ok())
                m_networkId.clear();
            report(r.error);
        });
        break;
    default:
        undoNext();
        break;
    }
}

} // namespace VirtDeck::Cloud
