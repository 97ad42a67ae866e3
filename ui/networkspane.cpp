// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkspane.h"

#include "connectionsession.h"
#include "networkdialog.h"
#include "networkmodel.h"
#include "networkservice.h"
#include "whenfinished.h"
#include "xmltextdialog.h"

#include <QAction>
#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

NetworksPane::NetworksPane(ConnectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new NetworkModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"networksPane"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(NetworkModel::SortRole);
    m_view->setObjectName(u"networksView"_s);
    m_view->setAccessibleName(tr("Virtual networks"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(NetworkModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_message->setObjectName(u"networksMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *toolbar = new QToolBar(this);
    m_create = addAction(u"actionNewNetwork"_s, tr("&New…"));
    m_start = addAction(u"actionStartNetwork"_s, tr("&Start"));
    m_stop = addAction(u"actionStopNetwork"_s, tr("S&top"));
    m_delete = addAction(u"actionDeleteNetwork"_s, tr("&Delete…"));
    m_autostart = addAction(u"actionNetworkAutostart"_s, tr("&Autostart"));
    m_autostart->setCheckable(true);
    m_xml = addAction(u"actionNetworkXml"_s, tr("&XML"));
    m_leases = addAction(u"actionNetworkLeases"_s, tr("DHCP &Leases"));
    toolbar->addActions({m_create, m_start, m_stop, m_delete, m_autostart, m_xml, m_leases});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);

    const NetworkService service(session);
    const auto run = [this](const QFuture<Result<bool>> &future) {
        whenFinished(future, this, [this](const Result<bool> &result) {
            if (!result.ok())
                showError(result.error);
            m_model->refresh(); // autostart has no event of its own
        });
    };
    connect(m_create, &QAction::triggered, this, &NetworksPane::createNetwork);
    connect(m_start, &QAction::triggered, this, [=, this] { run(service.start(currentNetwork())); });
    connect(m_stop, &QAction::triggered, this, [=, this] { run(service.stop(currentNetwork())); });
    connect(m_autostart, &QAction::triggered, this,
            [=, this](bool on) { run(service.setAutostart(currentNetwork(), on)); });
    connect(m_delete, &QAction::triggered, this, [=, this] {
        const QString name = currentNetwork();
        if (QMessageBox::question(this, tr("Delete Network"),
                                  tr("Stop and delete the virtual network \"%1\"? Guests on it lose their "
                                     "connection.")
                                      .arg(name))
            == QMessageBox::Yes)
            run(service.remove(name));
    });
    connect(m_xml, &QAction::triggered, this, &NetworksPane::showXml);
    connect(m_leases, &QAction::triggered, this, &NetworksPane::showLeases);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NetworksPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &NetworksPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &NetworksPane::updateActions);
    connect(m_model, &NetworkModel::refreshFailed, this, &NetworksPane::showError);
    connect(m_model, &NetworkModel::refreshed, this, [this] {
        m_view->resizeColumnsToContents();
        updateActions();
    });
    updateActions();
}

QAction *NetworksPane::addAction(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

QString NetworksPane::currentNetwork() const
{
    const QModelIndex index = m_view->selectionModel()->currentIndex();
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const QModelIndex row = rows.isEmpty() ? index : rows.first();
    return row.isValid() ? m_proxy->mapToSource(row).siblingAtColumn(0).data(NetworkModel::KeyRole).toString()
                         : QString();
}

void NetworksPane::updateActions()
{
    const int row = m_model->rowOf(currentNetwork());
    const NetworkInfo *network = m_model->item(row);
    m_start->setEnabled(network && !network->active);
    m_stop->setEnabled(network && network->active);
    m_delete->setEnabled(network);
    m_autostart->setEnabled(network && network->persistent);
    m_autostart->setChecked(network && network->autostart);
    m_xml->setEnabled(network);
    m_leases->setEnabled(network && network->active);
}

void NetworksPane::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void NetworksPane::createNetwork()
{
    auto *dialog = new NetworkDialog(m_session, m_model->keys(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NetworkDialog::networkCreated, this, [this] { showError({}); });
    dialog->open();
}

void NetworksPane::showXml()
{
    const QString name = currentNetwork();
    whenFinished(NetworkService(m_session).xml(name), this, [this, name](const Result<QString> &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        auto *dialog = new XmlTextDialog(tr("Network %1 — XML").arg(name), result.value, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void NetworksPane::showLeases()
{
    const QString name = currentNetwork();
    whenFinished(NetworkService(m_session).dhcpLeases(name), this, [this, name](const Result<NetworkDhcpLeaseList> &result) {
        if (!result.ok()) {
            showError(result.error);
            return;
        }
        QStringList lines;
        for (const NetworkDhcpLease &lease : result.value) {
            lines.append(tr("%1/%2  %3  %4  until %5")
                             .arg(lease.ipAddress)
                             .arg(lease.prefix)
                             .arg(lease.mac, lease.hostname.isEmpty() ? tr("(no host name)") : lease.hostname,
                                  QLocale().toString(QDateTime::fromSecsSinceEpoch(lease.expiryTime), QLocale::ShortFormat)));
        }
        auto *dialog = new XmlTextDialog(tr("Network %1 — DHCP leases").arg(name),
                                         lines.isEmpty() ? tr("No DHCP leases.") : lines.join(u'\n'), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

} // namespace VirtDeck
