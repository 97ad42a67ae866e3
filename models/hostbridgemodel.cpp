// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostbridgemodel.h"

#include "connectionsession.h"

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

HostBridgeModel::HostBridgeModel(ConnectionSession *session, QObject *parent)
    : KeyedListModel<HostBridgeInfo>(parent)
    , m_service(session)
{
    connect(session, &ConnectionSession::networkEvent, this, [this] { refresh(); });
    connect(session, &ConnectionSession::domainsListed, this, [this] { refresh(); });
    connect(session, &ConnectionSession::domainsChanged, this, [this] { refresh(); });
    connect(session, &ConnectionSession::domainsRemoved, this, [this] { refresh(); });
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            refresh();
    });
    if (session->state() == ConnectionState::Connected)
        refresh();
}

QFuture<Result<HostBridgeInfoList>> HostBridgeModel::fetch()
{
    return m_service.list();
}

void HostBridgeModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int HostBridgeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HostBridgeModel::data(const QModelIndex &index, int role) const
{
    const HostBridgeInfo *bridge = item(index);
    if (!bridge)
        return {};
    if (role == KeyRole)
        return bridge->name;
    if (role == SortRole)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return bridge->name;
    case StateColumn:
        return bridge->active ? tr("Up") : tr("Down");
    case NetworkColumn:
        return bridge->network;
    case PortsColumn:
        return bridge->ports.join(u", "_s);
    case GuestsColumn: {
        QStringList nics;
        for (const GuestNicInfo &nic : bridge->guestNics) {
            nics.append(nic.target.isEmpty() ? tr("%1 (%2)").arg(nic.guest, nic.mac)
                                             : tr("%1 (%2, %3)").arg(nic.guest, nic.mac, nic.target));
        }
        return nics.join(role == Qt::ToolTipRole ? u"\n"_s : u", "_s);
    }
    case SourceColumn:
        if (bridge->origin == u"libvirt"_s)
            return tr("libvirt");
        if (bridge->origin == u"sysfs"_s)
            return tr("host (/sys)");
        return tr("virtual network");
    default:
        return {};
    }
}

QVariant HostBridgeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Bridge");
    case StateColumn:
        return tr("State");
    case NetworkColumn:
        return tr("Network");
    case PortsColumn:
        return tr("Ports");
    case GuestsColumn:
        return tr("Guest NICs");
    case SourceColumn:
        return tr("Seen by");
    default:
        return {};
    }
}

} // namespace VirtDeck
