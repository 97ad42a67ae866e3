// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"
#include "cloudnetwork.h"
#include "cloudport.h"

class QPushButton;
class QTableView;

namespace VirtDeck {

class FloatingIpListModel;

// Floating IPs of the project: allocate one from an external network, associate it with a
// port of an instance, disassociate, release.
class CloudFloatingIpsPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudFloatingIpsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    FloatingIpListModel *model() const { return m_model; }

private:
    void allocate();
    void associate();
    void disassociate();
    void release();
    void selectionChanged();

    FloatingIpListModel *m_model;
    QTableView *m_view;
    QPushButton *m_associate;
    QPushButton *m_disassociate;
    QPushButton *m_release;
    QList<Cloud::CloudNetwork> m_networks;
    QHash<QString, QString> m_instanceNames; // server id -> name
    QList<Cloud::CloudPort> m_instancePorts;
};

} // namespace VirtDeck
