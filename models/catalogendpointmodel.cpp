// SPDX-License-Identifier: GPL-2.0-or-later
#include "catalogendpointmodel.h"

namespace VirtDeck {

void CatalogEndpointModel::setEndpoints(const QList<Cloud::CatalogEndpoint> &endpoints)
{
    beginResetModel();
    m_endpoints = endpoints;
    std::sort(m_endpoints.begin(), m_endpoints.end(), [](const Cloud::CatalogEndpoint &a, const Cloud::CatalogEndpoint &b) {
        return std::tie(a.serviceType, a.interface) < std::tie(b.serviceType, b.interface);
    });
    endResetModel();
}

int CatalogEndpointModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_endpoints.size());
}

int CatalogEndpointModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CatalogEndpointModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const Cloud::CatalogEndpoint &endpoint = m_endpoints.at(index.row());
    switch (index.column()) {
    case RegionColumn: return endpoint.region;
    case ServiceNameColumn: return endpoint.serviceName;
    case ServiceTypeColumn: return endpoint.serviceType;
    case InterfaceColumn: return endpoint.interface;
    case UrlColumn: return endpoint.url;
    default: return {};
    }
}

QVariant CatalogEndpointModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RegionColumn: return tr("Region");
    case ServiceNameColumn: return tr("Service name");
    case ServiceTypeColumn: return tr("Service type");
    case InterfaceColumn: return tr("Interface");
    case UrlColumn: return tr("URL");
    default: return {};
    }
}

} // namespace VirtDeck
