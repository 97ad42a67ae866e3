// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudfloatingipspage.h"

#include "floatingiplistmodel.h"
#include "instanceclient.h"
#include "networkclient.h"
#include "whenfinished.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudFloatingIpsPage::CloudFloatingIpsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FloatingIpListModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_associate(new QPushButton(tr("Associate…"), this))
    , m_disassociate(new QPushButton(tr("Disassociate"), this))
    , m_release(new QPushButton(tr("Release…"), this))
{
    setObjectName(u"cloudFloatingIpsPage"_s);
    m_view->setObjectName(u"floatingIpList"_s);
    m_view->setAccessibleName(tr("Floating IPs"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setColumnWidth(FloatingIpListModel::AddressColumn, 140);
    m_view->setColumnWidth(FloatingIpListModel::FixedIpColumn, 140);
    m_view->setColumnWidth(FloatingIpListModel::InstanceColumn, 180);
    m_status->setObjectName(u"floatingIpStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *allocateButton = new QPushButton(tr("Allocate…"), this);
    allocateButton->setObjectName(u"floatingIpAllocate"_s);
    m_associate->setObjectName(u"floatingIpAssociate"_s);
    m_disassociate->setObjectName(u"floatingIpDisassociate"_s);
    m_release->setObjectName(u"floatingIpRelease"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {allocateButton, m_associate, m_disassociate, m_release})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(allocateButton, &QPushButton::clicked, this, &CloudFloatingIpsPage::allocate);
    connect(m_associate, &QPushButton::clicked, this, &CloudFloatingIpsPage::associate);
    connect(m_disassociate, &QPushButton::clicked, this, &CloudFloatingIpsPage::disassociate);
    connect(m_release, &QPushButton::clicked, this, &CloudFloatingIpsPage::release);
    connect(refreshButton, &QPushButton::clicked, this, &CloudFloatingIpsPage::refresh);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudFloatingIpsPage::selectionChanged);
    connect(m_model, &FloatingIpListModel::refreshed, this, [this] {
        setStatus(tr("%n floating IP(s)", nullptr, m_model->rowCount()));
        selectionChanged();
        Q_EMIT loaded();
    });
    connect(m_model, &FloatingIpListModel::refreshFailed, this, [this](const QString &error) {
        setStatus(error);
        Q_EMIT loaded();
    });
    selectionChanged();
}

QString CloudFloatingIpsPage::statusText() const
{
    return m_status->text();
}

void CloudFloatingIpsPage::setStatus(const QString &text)
{
    m_status->setText(text);
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
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Allocate Floating IP"), tr("From the external network:"), labels, 0, false, &ok);
    if (!ok)
        return;
    whenFinished(NetworkClient(m_session).allocateFloatingIp(ids.at(labels.indexOf(chosen))), this, [this](const Result<FloatingIp> &result) {
        setStatus(result.ok() ? tr("Floating IP %1 allocated.").arg(result.value.address) : result.error);
        if (result.ok())
            refresh();
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
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Associate Floating IP"), tr("Instance and address:"), labels, 0, false, &ok);
    if (!ok)
        return;
    const auto &[portId, fixedIp] = targets.at(labels.indexOf(chosen));
    whenFinished(NetworkClient(m_session).associateFloatingIp(id, portId, fixedIp), this, [this](const Result<FloatingIp> &result) {
        setStatus(result.ok() ? tr("%1 now reaches %2.").arg(result.value.address, result.value.fixedIp) : result.error);
        if (result.ok())
            refresh();
    });
}

void CloudFloatingIpsPage::disassociate()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    if (!ip || !m_session)
        return;
    whenFinished(NetworkClient(m_session).disassociateFloatingIp(ip->id), this, [this](const Result<FloatingIp> &result) {
        setStatus(result.ok() ? tr("%1 disassociated.").arg(result.value.address) : result.error);
        if (result.ok())
            refresh();
    });
}

void CloudFloatingIpsPage::release()
{
    const FloatingIp *ip = m_model->item(m_view->currentIndex());
    if (!ip || !m_session)
        return;
    const QString id = ip->id;
    const QString address = ip->address;
    if (m_confirmations
        && QMessageBox::question(this, tr("Release Floating IP"),
                                 tr("Release %1? The address goes back to the pool and may be given to another project.").arg(address),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
               != QMessageBox::Yes)
        return;
    whenFinished(NetworkClient(m_session).releaseFloatingIp(id), this, [this, address](const Result<bool> &result) {
        setStatus(result.ok() ? tr("%1 released.").arg(address) : result.error);
        if (result.ok())
            refresh();
    });
}

} // namespace VirtDeck
