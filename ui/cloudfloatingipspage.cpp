// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudfloatingipspage.h"

#include "floatingiplistmodel.h"
#include "instanceclient.h"
#include "networkclient.h"
#include "whenfinished.h"

#include <QPushButton>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudFloatingIpsPage::CloudFloatingIpsPage(QWidget *parent)
    : CloudListPage(u"floatingIpStatus"_s, parent)
    , m_model(new FloatingIpListModel(this))
    , m_view(makeTable(m_model, u"floatingIpList"_s))
    , m_associate(makeButton(tr("Associate…"), u"floatingIpAssociate"_s))
    , m_disassociate(makeButton(tr("Disassociate"), u"floatingIpDisassociate"_s))
    , m_release(makeButton(tr("Release…"), u"floatingIpRelease"_s))
{
    setObjectName(u"cloudFloatingIpsPage"_s);
    m_view->setAccessibleName(tr("Floating IPs"));
    m_view->setColumnWidth(FloatingIpListModel::AddressColumn, 140);
    m_view->setColumnWidth(FloatingIpListModel::FixedIpColumn, 140);
    m_view->setColumnWidth(FloatingIpListModel::InstanceColumn, 180);
    auto *allocateButton = makeButton(tr("Allocate…"), u"floatingIpAllocate"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"));
    layOut(makeButtonRow({allocateButton, m_associate, m_disassociate, m_release}, {refreshButton}), m_view);

    connect(allocateButton, &QPushButton::clicked, this, &CloudFloatingIpsPage::allocate);
    connect(m_associate, &QPushButton::clicked, this, &CloudFloatingIpsPage::associate);
    connect(m_disassociate, &QPushButton::clicked, this, &CloudFloatingIpsPage::disassociate);
    connect(m_release, &QPushButton::clicked, this, &CloudFloatingIpsPage::release);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudFloatingIpsPage::selectionChanged);
    connect(m_model, &FloatingIpListModel::refreshed, this, [this] {
        setStatus(tr("%n floating IP(s)", nullptr, m_model->rowCount()));
        selectionChanged();
        Q_EMIT loaded();
    });
    reportLoadErrors(m_model);
    selectionChanged();
}

void CloudFloatingIpsPage::selectionChanged()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    m_associate->setEnabled(ip && ip->portId.isEmpty());
    m_disassociate->setEnabled(ip && !ip->portId.isEmpty());
    m_release->setEnabled(ip);
}

void CloudFloatingIpsPage::setSession(CloudSession *session)
{
    m_session = session;
    setStatus(tr("Loading…"));
    m_model->setSession(session);
    refresh();
}

void CloudFloatingIpsPage::refresh()
{
    if (!m_session)
        return;
    m_model->refresh();
    whenFinished(NetworkClient(m_session).networks(), this, [this](const Result<QList<CloudNetwork>> &result) {
        if (!result.ok())
            return;
        m_networks = result.value;
        QHash<QString, QString> names;
        for (const CloudNetwork &network : result.value)
            names.insert(network.id, network.name);
        m_model->setNetworkNames(names);
    });
    // Which instance each port belongs to, by name.
    whenFinished(InstanceClient(m_session).instances(), this, [this](const Result<QList<CloudInstance>> &instances) {
        if (!instances.ok())
            return;
        m_instanceNames.clear();
        for (const CloudInstance &instance : instances.value)
            m_instanceNames.insert(instance.id, instance.name);
        whenFinished(NetworkClient(m_session).instancePorts(), this, [this](const Result<QList<CloudPort>> &ports) {
            if (!ports.ok())
                return;
            m_instancePorts = ports.value;
            QHash<QString, QString> owners;
            for (const CloudPort &port : ports.value)
                owners.insert(port.id, m_instanceNames.value(port.deviceId, port.deviceId));
            m_model->setPortOwners(owners);
        });
    });
}

void CloudFloatingIpsPage::allocate()
{
    if (!m_session)
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
        setStatus(tr("There is no external network to allocate a floating IP from; an administrator has to create one."));
        return;
    }
    const int chosen = choose(tr("Allocate Floating IP"), tr("From the external network:"), labels);
    if (chosen < 0)
        return;
    whenFinished(NetworkClient(m_session).allocateFloatingIp(ids.at(chosen)), this, [this](const Result<FloatingIp> &result) {
        finishAction(result, tr("Floating IP %1 allocated.").arg(result.value.address));
    });
}

void CloudFloatingIpsPage::associate()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    if (!ip || !m_session)
        return;
    const QString id = ip->id;
    QStringList labels;
    QList<QPair<QString, QString>> targets; // port id, fixed address
    for (const CloudPort &port : std::as_const(m_instancePorts)) {
        for (const QString &address : port.fixedIps) {
            if (address.contains(u':'))
                continue; // floating IPs map to IPv4 addresses
            labels.append(tr("%1 — %2").arg(m_instanceNames.value(port.deviceId, port.deviceId), address));
            targets.append({port.id, address});
        }
    }
    if (targets.isEmpty()) {
        setStatus(tr("No instance port to associate with; launch an instance on a network with a router first."));
        return;
    }
    const int chosen = choose(tr("Associate Floating IP"), tr("Instance and address:"), labels);
    if (chosen < 0)
        return;
    const auto &[portId, fixedIp] = targets.at(chosen);
    whenFinished(NetworkClient(m_session).associateFloatingIp(id, portId, fixedIp), this, [this](const Result<FloatingIp> &result) {
        finishAction(result, tr("%1 now reaches %2.").arg(result.value.address, result.value.fixedIp));
    });
}

void CloudFloatingIpsPage::disassociate()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    if (!ip || !m_session)
        return;
    whenFinished(NetworkClient(m_session).disassociateFloatingIp(ip->id), this, [this](const Result<FloatingIp> &result) {
        finishAction(result, tr("%1 disassociated.").arg(result.value.address));
    });
}

void CloudFloatingIpsPage::release()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    if (!ip || !m_session)
        return;
    const QString id = ip->id;
    const QString address = ip->address;
    if (!askToConfirm(tr("Release Floating IP"),
                      tr("Release %1? The address goes back to the pool and may be given to another project.").arg(address)))
        return;
    whenFinished(NetworkClient(m_session).releaseFloatingIp(id), this,
                 [this, address](const Result<bool> &result) { finishAction(result, tr("%1 released.").arg(address)); });
}

} // namespace VirtDeck
