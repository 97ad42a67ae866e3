// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudport.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// The ports of one device (a router's interfaces and gateway): addresses, owner, status,
// MAC. Keyed by id.
class PortListModel : public KeyedListModel<Cloud::CloudPort>
{
    Q_OBJECT

public:
    enum Column { AddressesColumn, OwnerColumn, StatusColumn, MacColumn, IdColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    QString deviceId() const { return m_deviceId; }
    void setDeviceId(const QString &deviceId); // empties the model and lists that device's ports
    const Cloud::CloudPort *port(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudPort &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudPort>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QString m_deviceId;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
