// SPDX-License-Identifier: GPL-2.0-or-later
#include "subnetlistmodel.h"

#include "cloudsession.h"
#include "networkclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void SubnetListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void SubnetListModel::setNetworkId(const QString &networkId)
{
    if (networkId == m_networkId)
        return;
    m_networkId = networkId;
    clear();
    refresh();
}

QString SubnetListModel::poolText(const CloudSubnet &subnet)
{
    QStringList out;
    for (const AllocationPool &pool : subnet.allocationPools)
        out.append(pool.start + u'-' + pool.end);
    return out.join(u", "_s);
}

QFuture<Result<QList<CloudSubnet>>> SubnetListModel::fetch()
{
    if (!m_session || m_networkId.isEmpty())
        return {}; // cancelled: nothing to list
    return NetworkClient(m_session).subnets(m_networkId);
}

void SubnetListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int SubnetListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubnetListModel::data(const QModelIndex &index, int role) const
{
    const CloudSubnet *n = item(index);
    if (!n)
        return {};
    if (role == KeyRole)
        return keyOf(*n);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return n->name.isEmpty() ? n->id : n->name;
    case CidrColumn:
        return n->cidr;
    case GatewayColumn:
        return n->noGateway ? tr("none") : n->gatewayIp;
    case DhcpColumn:
        return n->enableDhcp ? tr("On") : tr("Off");
    case DnsColumn:
        return n->dnsNameservers.join(u", "_s);
    case PoolsColumn:
        return poolText(*n);
    default:
        return {};
    }
}

QVariant SubnetListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CidrColumn:
        return tr("CIDR");
    case GatewayColumn:
        return tr("Gateway");
    case DhcpColumn:
        return tr("DHCP");
    case DnsColumn:
        return tr("DNS servers");
    case PoolsColumn:
        return tr("Allocation pools");
    default:
        return {};
    }
}

} // namespace VirtDeck
