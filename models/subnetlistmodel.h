// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsubnet.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// The subnets of one network: name, CIDR, gateway, DHCP, DNS servers, pools. Keyed by id.
class SubnetListModel : public KeyedListModel<Cloud::CloudSubnet>
{
    Q_OBJECT

public:
    enum Column { NameColumn, CidrColumn, GatewayColumn, DhcpColumn, DnsColumn, PoolsColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    QString networkId() const { return m_networkId; }
    // Empties the model and lists that network's subnets (empty: none).
    void setNetworkId(const QString &networkId);
    const Cloud::CloudSubnet *subnet(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudSubnet &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudSubnet>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    static QString poolText(const Cloud::CloudSubnet &subnet);
    QString m_networkId;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
