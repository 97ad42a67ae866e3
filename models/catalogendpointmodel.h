// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "catalogendpoint.h"

#include <QAbstractTableModel>

namespace VirtDeck {

// The token's service catalog, like `openstack endpoint list`.
class CatalogEndpointModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { RegionColumn, ServiceNameColumn, ServiceTypeColumn, InterfaceColumn, UrlColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setEndpoints(const QList<Cloud::CatalogEndpoint> &endpoints);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Cloud::CatalogEndpoint> m_endpoints;
};

} // namespace VirtDeck
