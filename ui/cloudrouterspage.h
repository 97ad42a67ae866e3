// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"
#include "cloudnetwork.h"

class QPushButton;
class QTableView;

namespace VirtDeck {

class PortListModel;
class RouterListModel;

// Neutron routers: create, delete, set and clear the external gateway, add and remove
// subnet interfaces, and the ports of the selected router.
class CloudRoutersPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudRoutersPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    RouterListModel *routerModel() const { return m_routers; }
    PortListModel *portModel() const { return m_ports; }

private:
    void createRouter();
    void deleteRouter();
    void setGateway();
    void clearGateway();
    void addInterface();
    void removeInterface();
    void routerChosen();
    QString currentRouterId() const;

    RouterListModel *m_routers;
    PortListModel *m_ports;
    QTableView *m_routerView;
    QTableView *m_portView;
    QList<QPushButton *> m_routerButtons;
    QPushButton *m_removeInterface;
    QList<Cloud::CloudNetwork> m_networks;
};

} // namespace VirtDeck
