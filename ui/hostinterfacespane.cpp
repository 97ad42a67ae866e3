// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostinterfacespane.h"

#include "hostbridgemodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

HostInterfacesPane::HostInterfacesPane(ConnectionSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new HostBridgeModel(session, this))
{
    setObjectName(u"hostInterfacesPane"_s);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(HostBridgeModel::SortRole);
    auto *view = new QTableView(this);
    view->setObjectName(u"bridgesView"_s);
    view->setAccessibleName(tr("Host interfaces"));
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(HostBridgeModel::NameColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    auto *message = new QLabel(this);
    message->setObjectName(u"bridgesMessage"_s);
    message->setWordWrap(true);
    message->hide();
    auto *toolbar = new QToolBar(this);
    auto *refresh = new QAction(tr("&Refresh"), this);
    refresh->setObjectName(u"actionRefreshBridges"_s);
    toolbar->addAction(refresh);
    connect(refresh, &QAction::triggered, m_model, &HostBridgeModel::refresh);
    connect(m_model, &HostBridgeModel::refreshFailed, message, [message](const QString &error) {
        message->setText(error);
        message->show();
    });
    connect(m_model, &HostBridgeModel::refreshed, view, [view, message] {
        message->hide();
        view->resizeColumnsToContents();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addWidget(view, 1);
    layout->addWidget(message);
}

} // namespace VirtDeck
