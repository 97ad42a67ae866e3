// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace VirtDeck {

class CloudNetworkListModel;
class SubnetListModel;

// Neutron networks (with their shared and external flags) and the subnets of the selected
// one: create and delete both, and the guided "Network for this project…".
class CloudNetworksPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudNetworksPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    CloudNetworkListModel *networkModel() const { return m_networks; }
    SubnetListModel *subnetModel() const { return m_subnets; }
    QString statusText() const;
    // Tests turn the message boxes off (questions are answered "yes").
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }

Q_SIGNALS:
    void loaded();

private:
    void createNetwork();
    void deleteNetwork();
    void addSubnet();
    void deleteSubnet();
    void projectNetwork();
    void networkChosen();
    void setStatus(const QString &text);

    QPointer<Cloud::CloudSession> m_session;
    CloudNetworkListModel *m_networks;
    SubnetListModel *m_subnets;
    QTableView *m_networkView;
    QTableView *m_subnetView;
    QLabel *m_status;
    QPushButton *m_deleteNetwork;
    QPushButton *m_addSubnet;
    QPushButton *m_deleteSubnet;
    bool m_confirmations = true;
};

} // namespace VirtDeck
