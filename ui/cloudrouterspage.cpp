// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudrouterspage.h"

#include "networkclient.h"
#include "portlistmodel.h"
#include "routerlistmodel.h"
#include "whenfinished.h"

#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudRoutersPage::CloudRoutersPage(QWidget *parent)
    : CloudListPage(u"routerStatus"_s, parent)
    , m_routers(new RouterListModel(this))
    , m_ports(new PortListModel(this))
    , m_routerView(makeTable(m_routers, u"routerList"_s))
    , m_portView(makeTable(m_ports, u"routerPortList"_s))
{
    setObjectName(u"cloudRoutersPage"_s);
    m_routerView->setColumnWidth(RouterListModel::NameColumn, 180);
    m_routerView->setColumnWidth(RouterListModel::GatewayColumn, 160);
    m_routerView->setColumnWidth(RouterListModel::AddressesColumn, 160);
    m_portView->setColumnWidth(PortListModel::AddressesColumn, 160);
    m_portView->setColumnWidth(PortListModel::OwnerColumn, 200);
    auto *create = makeButton(tr("Create Router…"), u"routerCreate"_s);
    auto *remove = makeButton(tr("Delete Router…"), u"routerDelete"_s);
    auto *gateway = makeButton(tr("Set Gateway…"), u"routerSetGateway"_s);
    auto *clear = makeButton(tr("Clear Gateway"), u"routerClearGateway"_s);
    auto *addInterface = makeButton(tr("Add Interface…"), u"routerAddInterface"_s);
    m_removeInterface = makeButton(tr("Remove Interface…"), u"routerRemoveInterface"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"), u"routerRefresh"_s);
    m_routerButtons = {remove, gateway, clear, addInterface};
    auto *portsLabel = new QLabel(tr("Ports of the selected router:"), this);
    QWidget *top = makePane(makeButtonRow({create, remove, gateway, clear}, {refreshButton}), m_routerView);
    QWidget *bottom = makePane(makeButtonRow({portsLabel}, {addInterface, m_removeInterface}), m_portView);
    layOut(nullptr, makeSplitter(Qt::Vertical, top, bottom));

    connect(create, &QPushButton::clicked, this, &CloudRoutersPage::createRouter);
    connect(remove, &QPushButton::clicked, this, &CloudRoutersPage::deleteRouter);
    connect(gateway, &QPushButton::clicked, this, &CloudRoutersPage::setGateway);
    connect(clear, &QPushButton::clicked, this, &CloudRoutersPage::clearGateway);
    connect(addInterface, &QPushButton::clicked, this, &CloudRoutersPage::addInterface);
    connect(m_removeInterface, &QPushButton::clicked, this, &CloudRoutersPage::removeInterface);
    connect(m_routerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudRoutersPage::routerChosen);
    connect(m_portView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudRoutersPage::routerChosen);
    connect(m_ports, &PortListModel::refreshed, this, &CloudRoutersPage::routerChosen);
    connect(m_routers, &RouterListModel::refreshed, this, [this] {
        selectFirstRowIfNone(m_routerView);
        setStatus(tr("%n router(s)", nullptr, m_routers->rowCount()));
        routerChosen();
        Q_EMIT loaded();
    });
    reportLoadErrors(m_routers);
    connect(m_ports, &PortListModel::refreshFailed, this, [this](const QString &error) { setStatus(error); });
    routerChosen();
}

QString CloudRoutersPage::currentRouterId() const
{
    const CloudRouter *router = m_routers->item(m_routerView->currentIndex());
    return router ? router->id : QString();
}

void CloudRoutersPage::setSession(CloudSession *session)
{
    m_session = session;
    setStatus(tr("Loading…"));
    m_ports->setSession(session);
    m_routers->setSession(session);
    refresh();
}

void CloudRoutersPage::refresh()
{
    if (!m_session)
        return;
    m_routers->refresh();
    m_ports->refresh();
    // Network names for the gateway column and the choices of "Set Gateway".
    whenFinished(NetworkClient(m_session).networks(), this, [this](const Result<QList<CloudNetwork>> &result) {
        if (!result.ok())
            return;
        m_networks = result.value;
        QHash<QString, QString> names;
        for (const CloudNetwork &network : result.value)
            names.insert(network.id, network.name);
        m_routers->setNetworkNames(names);
    });
}

void CloudRoutersPage::routerChosen()
{
    const CloudRouter *router = m_routers->item(m_routerView->currentIndex());
    m_ports->setDeviceId(router ? router->id : QString());
    for (QPushButton *button : std::as_const(m_routerButtons))
        button->setEnabled(router);
    const CloudPort *port = m_ports->item(m_portView->currentIndex());
    m_removeInterface->setEnabled(router && port && port->deviceOwner == u"network:router_interface"_s);
    if (router)
        m_routerButtons.at(2)->setEnabled(!router->externalNetworkId.isEmpty()); // "Clear Gateway"
}

void CloudRoutersPage::createRouter()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Create Router"), tr("Router name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    whenFinished(NetworkClient(m_session).createRouter(name), this, [this](const Result<CloudRouter> &result) {
        finishAction(result, tr("Router %1 created; set its gateway and add interfaces.").arg(result.value.name));
    });
}

void CloudRoutersPage::deleteRouter()
{
    const CloudRouter *router = m_routers->item(m_routerView->currentIndex());
    if (!router || !m_session)
        return;
    const QString id = router->id;
    const QString name = router->name;
    if (!askToConfirm(tr("Delete Router"), tr("Delete router %1? Its subnet interfaces must be removed first.").arg(name)))
        return;
    whenFinished(NetworkClient(m_session).deleteRouter(id), this, [this, name](const Result<bool> &result) {
        finishAction(result, tr("Router %1 deleted.").arg(name));
    });
}

void CloudRoutersPage::setGateway()
{
    const QString routerId = currentRouterId();
    if (routerId.isEmpty() || !m_session)
        return;
    QStringList labels;
    QStringList ids;
    for (const CloudNetwork &network : std::as_const(m_networks)) {
        if (network.external) {
            labels.append(network.name.isEmpty() ? network.id : network.name);
            ids.append(network.id);
        }
    }
    if (ids.isEmpty()) {
        setStatus(tr("There is no external network; an administrator has to create one (router:external)."));
        return;
    }
    const int chosen = choose(tr("Set Gateway"), tr("External network:"), labels);
    if (chosen < 0)
        return;
    whenFinished(NetworkClient(m_session).setRouterGateway(routerId, ids.at(chosen)), this, [this](const Result<CloudRouter> &result) {
        finishAction(result, tr("Gateway set: %1").arg(result.value.externalIps.join(u", "_s)));
    });
}

void CloudRoutersPage::clearGateway()
{
    const QString routerId = currentRouterId();
    if (routerId.isEmpty() || !m_session)
        return;
    whenFinished(NetworkClient(m_session).clearRouterGateway(routerId), this,
                 [this](const Result<CloudRouter> &result) { finishAction(result, tr("Gateway cleared.")); });
}

void CloudRoutersPage::addInterface()
{
    const QString routerId = currentRouterId();
    if (routerId.isEmpty() || !m_session)
        return;
    whenFinished(NetworkClient(m_session).subnets(), this, [this, routerId](const Result<QList<CloudSubnet>> &subnets) {
        if (!subnets.ok()) {
            setStatus(subnets.error);
            return;
        }
        QHash<QString, CloudNetwork> networks;
        for (const CloudNetwork &network : std::as_const(m_networks))
            networks.insert(network.id, network);
        QStringList labels;
        QStringList ids;
        for (const CloudSubnet &subnet : subnets.value) {
            if (networks.value(subnet.networkId).external)
                continue; // that is what the gateway is for
            labels.append(tr("%1 (%2, network %3)").arg(subnet.name.isEmpty() ? subnet.id : subnet.name, subnet.cidr,
                                                        networks.value(subnet.networkId).name));
            ids.append(subnet.id);
        }
        if (ids.isEmpty()) {
            setStatus(tr("There is no subnet to connect; create a network with a subnet first."));
            return;
        }
        const int chosen = choose(tr("Add Interface"), tr("Subnet:"), labels);
        if (chosen < 0)
            return;
        whenFinished(NetworkClient(m_session).addRouterInterface(routerId, ids.at(chosen)), this, [this](const Result<QString> &result) {
            finishAction(result, tr("Interface added (port %1).").arg(result.value));
        });
    });
}

void CloudRoutersPage::removeInterface()
{
    const QString routerId = currentRouterId();
    const CloudPort *port = m_ports->item(m_portView->currentIndex());
    if (routerId.isEmpty() || !port || port->subnetIds.isEmpty() || !m_session)
        return;
    const QString subnetId = port->subnetIds.first();
    const QString address = port->fixedIps.value(0);
    if (!askToConfirm(tr("Remove Interface"), tr("Disconnect the subnet of %1 from the router?").arg(address)))
        return;
    whenFinished(NetworkClient(m_session).removeRouterInterface(routerId, subnetId), this,
                 [this](const Result<bool> &result) { finishAction(result, tr("Interface removed.")); });
}

} // namespace VirtDeck
