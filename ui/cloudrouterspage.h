// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudnetwork.h"
#include "cloudsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace VirtDeck {

class PortListModel;
class RouterListModel;

// Neutron routers: create, delete, set and clear the external gateway, add and remove
// subnet interfaces, and the ports of the selected router.
class CloudRoutersPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudRoutersPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    RouterListModel *routerModel() const { return m_routers; }
    PortListModel *portModel() const { return m_ports; }
    QString statusText() const;
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }

Q_SIGNALS:
    void loaded();

private:
    void createRouter();
    void deleteRouter();
    void setGateway();
    void clearGateway();
    void addInterface();
    void removeInterface();
    void routerChosen();
    void setStatus(const QString &text);
    QString currentRouterId() const;

    QPointer<Cloud::CloudSession> m_session;
    RouterListModel *m_routers;
    PortListModel *m_ports;
    QTableView *m_routerView;
    QTableView *m_portView;
    QLabel *m_status;
    QList<QPushButton *> m_routerButtons;
    QPushButton *m_removeInterface;
    QList<Cloud::CloudNetwork> m_networks;
    bool m_confirmations = true;
};

} // namespace VirtDeck
