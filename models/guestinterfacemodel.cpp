// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestinterfacemodel.h"

#include "connectionsession.h"

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestInterfaceModel::GuestInterfaceModel(QObject *parent)
    : KeyedListModel<GuestInterfaceRow>(parent)
{
}

GuestInterfaceModel::GuestInterfaceModel(ConnectionSession *session, const QUuid &guest, QObject *parent)
    : KeyedListModel<GuestInterfaceRow>(parent)
    , m_service(std::in_place, session)
    , m_guest(guest)
{
}

QFuture<Result<GuestInterfaceRows>> GuestInterfaceModel::fetch()
{
    if (!m_service)
        return {}; // cancelled: nothing to list
    return m_service->interfaces(m_guest);
}

void GuestInterfaceModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int GuestInterfaceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestInterfaceModel::data(const QModelIndex &index, int role) const
{
    const GuestInterfaceRow *row = item(index);
    if (!row)
        return {};
    if (role == KeyRole)
        return row->mac;
    if (role == Qt::ToolTipRole && index.column() == AddressColumn && !row->addressOrigin.isEmpty())
        return row->addressOrigin == u"agent"_s ? tr("Reported by the guest agent")
                                                : tr("From the DHCP lease of the libvirt network");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case InterfaceColumn:
        return row->interfaceName.isEmpty() ? tr("–") : row->interfaceName;
    case TypeColumn:
        return row->type;
    case SourceColumn:
        return row->source;
    case ModelColumn:
        return row->model;
    case MacColumn:
        return row->mac;
    case LinkColumn:
        return row->linkUp ? tr("up") : tr("down");
    case AddressColumn:
        return row->addresses.join(u", "_s);
    default:
        return {};
    }
}

QVariant GuestInterfaceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case InterfaceColumn:
        return tr("Interface");
    case TypeColumn:
        return tr("Type");
    case SourceColumn:
        return tr("Source");
    case ModelColumn:
        return tr("Model");
    case MacColumn:
        return tr("MAC");
    case LinkColumn:
        return tr("Link");
    case AddressColumn:
        return tr("IP addresses");
    default:
        return {};
    }
}

} // namespace VirtDeck
