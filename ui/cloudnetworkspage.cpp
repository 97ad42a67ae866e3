// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudnetworkspage.h"

#include "cloudnetworklistmodel.h"
#include "cloudsubnetdialog.h"
#include "networkclient.h"
#include "projectnetworkdialog.h"
#include "subnetlistmodel.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudNetworksPage::CloudNetworksPage(QWidget *parent)
    : CloudListPage(u"networkStatus"_s, parent)
    , m_networks(new CloudNetworkListModel(this))
    , m_subnets(new SubnetListModel(this))
    , m_networkView(makeTable(m_networks, u"cloudNetworkList"_s))
    , m_subnetView(makeTable(m_subnets, u"subnetList"_s))
    , m_deleteNetwork(makeButton(tr("Delete Network…"), u"networkDelete"_s))
    , m_addSubnet(makeButton(tr("Add Subnet…"), u"subnetAdd"_s))
    , m_deleteSubnet(makeButton(tr("Delete Subnet…"), u"subnetDelete"_s))
{
    setObjectName(u"cloudNetworksPage"_s);
    m_networkView->setColumnWidth(CloudNetworkListModel::NameColumn, 180);
    m_networkView->setColumnWidth(CloudNetworkListModel::SubnetsColumn, 200);
    m_subnetView->setColumnWidth(SubnetListModel::NameColumn, 160);
    m_subnetView->setColumnWidth(SubnetListModel::CidrColumn, 140);
    auto *create = makeButton(tr("Create Network…"), u"networkCreate"_s);
    auto *guided = makeButton(tr("Network for This Project…"), u"projectNetwork"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"), u"networkRefresh"_s);
    auto *subnetsLabel = new QLabel(tr("Subnets of the selected network:"), this);
    QWidget *top = makePane(makeButtonRow({guided, create, m_deleteNetwork}, {refreshButton}), m_networkView);
    QWidget *bottom = makePane(makeButtonRow({subnetsLabel}, {m_addSubnet, m_deleteSubnet}), m_subnetView);
    layOut(nullptr, makeSplitter(Qt::Vertical, top, bottom, 3, 2));

    connect(create, &QPushButton::clicked, this, &CloudNetworksPage::createNetwork);
    connect(guided, &QPushButton::clicked, this, &CloudNetworksPage::projectNetwork);
    connect(m_deleteNetwork, &QPushButton::clicked, this, &CloudNetworksPage::deleteNetwork);
    connect(m_addSubnet, &QPushButton::clicked, this, &CloudNetworksPage::addSubnet);
    connect(m_deleteSubnet, &QPushButton::clicked, this, &CloudNetworksPage::deleteSubnet);
    connect(m_networkView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudNetworksPage::networkChosen);
    connect(m_subnetView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_deleteSubnet->setEnabled(m_subnets->item(current)); });
    connect(m_networks, &CloudNetworkListModel::refreshed, this, [this] {
        selectFirstRowIfNone(m_networkView);
        setStatus(tr("%n network(s)", nullptr, m_networks->rowCount()));
        networkChosen();
        Q_EMIT loaded();
    });
    reportLoadErrors(m_networks);
    connect(m_subnets, &SubnetListModel::refreshFailed, this, [this](const QString &error) { setStatus(error); });
    networkChosen();
}

void CloudNetworksPage::setSession(CloudSession *session)
{
    m_session = session;
    setStatus(tr("Loading…"));
    m_subnets->setSession(session);
    m_networks->setSession(session);
    refresh();
}

void CloudNetworksPage::refresh()
{
    if (!m_session)
        return;
    m_networks->refresh();
    m_subnets->refresh();
    // The subnets' CIDRs for the network list.
    whenFinished(NetworkClient(m_session).subnets(), this, [this](const Result<QList<CloudSubnet>> &result) {
        if (!result.ok())
            return;
        QHash<QString, QString> cidrs;
        for (const CloudSubnet &subnet : result.value)
            cidrs.insert(subnet.id, subnet.cidr);
        m_networks->setSubnetCidrs(cidrs);
    });
}

void CloudNetworksPage::networkChosen()
{
    const CloudNetwork *network = m_networks->item(m_networkView->currentIndex());
    m_subnets->setNetworkId(network ? network->id : QString());
    m_deleteNetwork->setEnabled(network);
    m_addSubnet->setEnabled(network);
    m_deleteSubnet->setEnabled(m_subnets->item(m_subnetView->currentIndex()));
}

void CloudNetworksPage::createNetwork()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"cloudNetworkDialog"_s);
    dialog.setWindowTitle(tr("Create Network"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"networkName"_s);
    auto *shared = new QCheckBox(tr("Shared with every project"), &dialog);
    shared->setObjectName(u"networkShared"_s);
    auto *external = new QCheckBox(tr("External (routers can use it as gateway; floating IPs come from it)"), &dialog);
    external->setObjectName(u"networkExternal"_s);
    // Neutron's default policy lets only administrators set these.
    const bool admin = m_session->token().isAdmin();
    shared->setEnabled(admin);
    external->setEnabled(admin);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && text.size() <= 255);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(QString(), shared);
    form->addRow(QString(), external);
    if (!admin)
        form->addRow(new QLabel(tr("Only administrators can make a network shared or external."), &dialog));
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    CloudNetwork network;
    network.name = name->text().trimmed();
    network.shared = shared->isChecked();
    network.external = external->isChecked();
    whenFinished(NetworkClient(m_session).createNetwork(network), this, [this](const Result<CloudNetwork> &result) {
        finishAction(result, tr("Network %1 created; add a subnet to it.").arg(result.value.name));
    });
}

void CloudNetworksPage::deleteNetwork()
{
    const CloudNetwork *network = m_networks->item(m_networkView->currentIndex());
    if (!network || !m_session)
        return;
    const QString id = network->id;
    const QString name = network->name;
    if (!askToConfirm(tr("Delete Network"), tr("Delete network %1 and its subnets?").arg(name)))
        return;
    whenFinished(NetworkClient(m_session).deleteNetwork(id), this, [this, name](const Result<bool> &result) {
        finishAction(result, tr("Network %1 deleted.").arg(name));
    });
}

void CloudNetworksPage::addSubnet()
{
    const CloudNetwork *network = m_networks->item(m_networkView->currentIndex());
    if (!network || !m_session)
        return;
    CloudSubnetDialog dialog(m_session, network->id, network->name, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Subnet created."));
    refresh();
}

void CloudNetworksPage::deleteSubnet()
{
    const CloudSubnet *subnet = m_subnets->item(m_subnetView->currentIndex());
    if (!subnet || !m_session)
        return;
    const QString id = subnet->id;
    const QString label = subnet->name.isEmpty() ? subnet->cidr : subnet->name;
    if (!askToConfirm(tr("Delete Subnet"), tr("Delete subnet %1?").arg(label)))
        return;
    whenFinished(NetworkClient(m_session).deleteSubnet(id), this, [this, label](const Result<bool> &result) {
        finishAction(result, tr("Subnet %1 deleted.").arg(label));
    });
}

void CloudNetworksPage::projectNetwork()
{
    if (!m_session)
        return;
    QList<CloudNetwork> external;
    for (const CloudNetwork &network : m_networks->items()) {
        if (network.external)
            external.append(network);
    }
    ProjectNetworkDialog dialog(m_session, external, this);
    connect(&dialog, &ProjectNetworkDialog::buildFinished, this, [this](bool ok) {
        if (ok)
            refresh();
    });
    dialog.exec();
}

} // namespace VirtDeck
