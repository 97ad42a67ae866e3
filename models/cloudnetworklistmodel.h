// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudnetwork.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// Neutron networks the project can see: name, subnets (CIDRs), shared, external, status,
// project. Keyed by id.
class CloudNetworkListModel : public KeyedListModel<Cloud::CloudNetwork>
{
    Q_OBJECT

public:
    enum Column { NameColumn, SubnetsColumn, SharedColumn, ExternalColumn, StatusColumn, ProjectColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    // Subnet id -> CIDR, to show the networks' subnets by their addresses.
    void setSubnetCidrs(const QHash<QString, QString> &cidrs);
    const Cloud::CloudNetwork *network(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudNetwork &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudNetwork>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QString subnetText(const Cloud::CloudNetwork &network) const;
    QHash<QString, QString> m_cidrs;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
