// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "floatingip.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// Floating IPs of the project: address, the fixed address and instance it maps to, status,
// external network. Keyed by id.
class FloatingIpListModel : public KeyedListModel<Cloud::FloatingIp>
{
    Q_OBJECT

public:
    enum Column { AddressColumn, FixedIpColumn, InstanceColumn, StatusColumn, NetworkColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    void setNetworkNames(const QHash<QString, QString> &names);
    // Port id -> what to show as its instance (a name or id).
    void setPortOwners(const QHash<QString, QString> &owners);
    const Cloud::FloatingIp *floatingIp(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::FloatingIp &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::FloatingIp>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QHash<QString, QString> m_networkNames;
    QHash<QString, QString> m_portOwners;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
