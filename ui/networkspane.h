// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace VirtDeck {

class ConnectionSession;
class NetworkModel;

// The virtual networks of one connection: a table fed by NetworkModel (events, not polling)
// and actions to create, start, stop, delete, toggle autostart, show XML and DHCP leases.
class NetworksPane : public QWidget
{
    Q_OBJECT

public:
    explicit NetworksPane(ConnectionSession *session, QWidget *parent = nullptr);

    NetworkModel *model() const { return m_model; }
    QString currentNetwork() const;

private:
    QAction *addAction(const QString &objectName, const QString &text);
    void updateActions();
    void showError(const QString &message);
    void createNetwork();
    void showXml();
    void showLeases();

    ConnectionSession *m_session;
    NetworkModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_message;
    QAction *m_create = nullptr;
    QAction *m_start = nullptr;
    QAction *m_stop = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_autostart = nullptr;
    QAction *m_xml = nullptr;
    QAction *m_leases = nullptr;
};

} // namespace VirtDeck
