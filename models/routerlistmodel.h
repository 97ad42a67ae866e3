// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudrouter.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// Neutron routers: name, status, external gateway network and its addresses. Keyed by id.
class RouterListModel : public KeyedListModel<Cloud::CloudRouter>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, GatewayColumn, AddressesColumn, ProjectColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    // Network id -> name, to show the gateway by name.
    void setNetworkNames(const QHash<QString, QString> &names);
    const Cloud::CloudRouter *router(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudRouter &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudRouter>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QHash<QString, QString> m_networkNames;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
