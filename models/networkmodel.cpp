// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkmodel.h"

#include "connectionsession.h"

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

NetworkModel::NetworkModel(ConnectionSession *session, QObject *parent)
    : KeyedListModel<NetworkInfo>(parent)
    , m_service(session)
{
    connect(session, &ConnectionSession::networkEvent, this, [this] { refresh(); });
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            refresh();
    });
    if (session->state() == ConnectionState::Connected)
        refresh();
}

QFuture<Result<NetworkInfoList>> NetworkModel::fetch()
{
    return m_service.list();
}

void NetworkModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int NetworkModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NetworkModel::forwardText(const NetworkInfo &network)
{
    QString mode;
    switch (network.forwardMode) {
    case NetworkForwardMode::Isolated:
        return tr("Isolated");
    case NetworkForwardMode::Nat:
        mode = tr("NAT");
        break;
    case NetworkForwardMode::Route:
        mode = tr("Routed");
        break;
    case NetworkForwardMode::Open:
        mode = tr("Open");
        break;
    case NetworkForwardMode::Bridge:
        mode = tr("Host bridge");
        break;
    case NetworkForwardMode::Other:
        mode = network.forwardModeName;
        break;
    }
    return network.forwardDevice.isEmpty() ? mode : tr("%1 via %2").arg(mode, network.forwardDevice);
}

QVariant NetworkModel::data(const QModelIndex &index, int role) const
{
    const NetworkInfo *network = item(index);
    if (!network)
        return {};
    if (role == KeyRole)
        return network->name;
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto subnets = [network](bool ipv6) {
        QStringList out;
        for (const NetworkIpConfig &ip : network->ips) {
            if (ip.ipv6 == ipv6)
                out.append(ip.cidr());
        }
        return out.join(u", "_s);
    };
    switch (index.column()) {
    case NameColumn:
        return network->name;
    case StateColumn:
        return network->active ? tr("Active") : tr("Inactive");
    case AutostartColumn:
        return network->autostart ? tr("Yes") : tr("No");
    case ForwardColumn:
        return forwardText(*network);
    case BridgeColumn:
        return network->bridge;
    case Ipv4Column:
        return subnets(false);
    case Ipv6Column:
        return subnets(true);
    case DhcpColumn: {
        QStringList ranges;
        for (const NetworkIpConfig &ip : network->ips) {
            for (const NetworkDhcpRange &range : ip.dhcpRanges)
                ranges.append(tr("%1 – %2").arg(range.start, range.end));
        }
        return ranges.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant NetworkModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case AutostartColumn:
        return tr("Autostart");
    case ForwardColumn:
        return tr("Forward");
    case BridgeColumn:
        return tr("Bridge");
    case Ipv4Column:
        return tr("IPv4 subnet");
    case Ipv6Column:
        return tr("IPv6 subnet");
    case DhcpColumn:
        return tr("DHCP range");
    default:
        return {};
    }
}

} // namespace VirtDeck
