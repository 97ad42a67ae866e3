// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"

class QPushButton;
class QTableView;

namespace VirtDeck {

class CloudNetworkListModel;
class SubnetListModel;

// Neutron networks (with their shared and external flags) and the subnets of the selected
// one: create and delete both, and the guided "Network for this project…".
class CloudNetworksPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudNetworksPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    CloudNetworkListModel *networkModel() const { return m_networks; }
    SubnetListModel *subnetModel() const { return m_subnets; }

private:
    void createNetwork();
    void deleteNetwork();
    void addSubnet();
    void deleteSubnet();
    void projectNetwork();
    void networkChosen();

    CloudNetworkListModel *m_networks;
    SubnetListModel *m_subnets;
    QTableView *m_networkView;
    QTableView *m_subnetView;
    QPushButton *m_deleteNetwork;
    QPushButton *m_addSubnet;
    QPushButton *m_deleteSubnet;
};

} // namespace VirtDeck
