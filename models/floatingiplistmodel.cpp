// SPDX-License-Identifier: GPL-2.0-or-later
#include "floatingiplistmodel.h"

#include "cloudsession.h"
#include "networkclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void FloatingIpListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void FloatingIpListModel::setNetworkNames(const QHash<QString, QString> &names)
{
    m_networkNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, NetworkColumn), index(rowCount() - 1, NetworkColumn));
}

void FloatingIpListModel::setPortOwners(const QHash<QString, QString> &owners)
{
    m_portOwners = owners;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, InstanceColumn), index(rowCount() - 1, InstanceColumn));
}

QFuture<Result<QList<FloatingIp>>> FloatingIpListModel::fetch()
{
    if (!m_session)
        return {}; // cancelled: nothing to list
    return NetworkClient(m_session).floatingIps();
}

void FloatingIpListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int FloatingIpListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FloatingIpListModel::data(const QModelIndex &index, int role) const
{
    const FloatingIp *n = item(index);
    if (!n)
        return {};
    if (role == KeyRole)
        return keyOf(*n);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AddressColumn:
        return n->address;
    case FixedIpColumn:
        return n->fixedIp.isEmpty() ? tr("not associated") : n->fixedIp;
    case InstanceColumn:
        return m_portOwners.value(n->portId);
    case StatusColumn:
        return n->status;
    case NetworkColumn:
        return m_networkNames.value(n->networkId, n->networkId);
    default:
        return {};
    }
}

QVariant FloatingIpListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressColumn:
        return tr("Address");
    case FixedIpColumn:
        return tr("Mapped to");
    case InstanceColumn:
        return tr("Instance");
    case StatusColumn:
        return tr("Status");
    case NetworkColumn:
        return tr("Pool");
    default:
        return {};
    }
}

} // namespace VirtDeck
