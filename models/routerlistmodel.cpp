// SPDX-License-Identifier: GPL-2.0-or-later
#include "routerlistmodel.h"

#include "cloudsession.h"
#include "networkclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void RouterListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void RouterListModel::setNetworkNames(const QHash<QString, QString> &names)
{
    m_networkNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, GatewayColumn), index(rowCount() - 1, GatewayColumn));
}

QFuture<Result<QList<CloudRouter>>> RouterListModel::fetch()
{
    if (!m_session)
        return {}; // cancelled: nothing to list
    return NetworkClient(m_session).routers();
}

void RouterListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int RouterListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RouterListModel::data(const QModelIndex &index, int role) const
{
    const CloudRouter *n = item(index);
    if (!n)
        return {};
    if (role == KeyRole)
        return keyOf(*n);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return n->name.isEmpty() ? n->id : n->name;
    case StatusColumn:
        return n->status;
    case GatewayColumn:
        return n->externalNetworkId.isEmpty() ? tr("none") : m_networkNames.value(n->externalNetworkId, n->externalNetworkId);
    case AddressesColumn:
        return n->externalIps.join(u", "_s);
    case ProjectColumn:
        return n->projectId;
    default:
        return {};
    }
}

QVariant RouterListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case GatewayColumn:
        return tr("External gateway");
    case AddressesColumn:
        return tr("Gateway addresses");
    case ProjectColumn:
        return tr("Project");
    default:
        return {};
    }
}

} // namespace VirtDeck
