// SPDX-License-Identifier: GPL-2.0-or-later
#include "portlistmodel.h"

#include "cloudsession.h"
#include "networkclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void PortListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void PortListModel::setDeviceId(const QString &deviceId)
{
    if (deviceId == m_deviceId)
        return;
    m_deviceId = deviceId;
    clear();
    refresh();
}

QFuture<Result<QList<CloudPort>>> PortListModel::fetch()
{
    if (!m_session || m_deviceId.isEmpty())
        return {}; // cancelled: nothing to list
    return NetworkClient(m_session).ports(m_deviceId);
}

void PortListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int PortListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortListModel::data(const QModelIndex &index, int role) const
{
    const CloudPort *n = item(index);
    if (!n)
        return {};
    if (role == KeyRole)
        return keyOf(*n);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case AddressesColumn:
        return n->fixedIps.join(u", "_s);
    case OwnerColumn:
        return n->deviceOwner;
    case StatusColumn:
        return n->status;
    case MacColumn:
        return n->macAddress;
    case IdColumn:
        return n->id;
    default:
        return {};
    }
}

QVariant PortListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AddressesColumn:
        return tr("Addresses");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case MacColumn:
        return tr("MAC address");
    case IdColumn:
        return tr("Port");
    default:
        return {};
    }
}

} // namespace VirtDeck
