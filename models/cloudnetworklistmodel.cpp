// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudnetworklistmodel.h"

#include "cloudsession.h"
#include "networkclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void CloudNetworkListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void CloudNetworkListModel::setSubnetCidrs(const QHash<QString, QString> &cidrs)
{
    m_cidrs = cidrs;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, SubnetsColumn), index(rowCount() - 1, SubnetsColumn));
}

QString CloudNetworkListModel::subnetText(const CloudNetwork &network) const
{
    QStringList out;
    for (const QString &id : network.subnetIds)
        out.append(m_cidrs.value(id, id));
    return out.join(u", "_s);
}

QFuture<Result<QList<CloudNetwork>>> CloudNetworkListModel::fetch()
{
    if (!m_session)
        return {}; // cancelled: nothing to list
    return NetworkClient(m_session).networks();
}

void CloudNetworkListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int CloudNetworkListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudNetworkListModel::data(const QModelIndex &index, int role) const
{
    const CloudNetwork *n = item(index);
    if (!n)
        return {};
    if (role == KeyRole)
        return keyOf(*n);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return n->name.isEmpty() ? n->id : n->name;
    case SubnetsColumn:
        return subnetText(*n);
    case SharedColumn:
        return n->shared ? tr("Yes") : tr("No");
    case ExternalColumn:
        return n->external ? tr("Yes") : tr("No");
    case StatusColumn:
        return n->status;
    case ProjectColumn:
        return n->projectId;
    default:
        return {};
    }
}

QVariant CloudNetworkListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SubnetsColumn:
        return tr("Subnets");
    case SharedColumn:
        return tr("Shared");
    case ExternalColumn:
        return tr("External");
    case StatusColumn:
        return tr("Status");
    case ProjectColumn:
        return tr("Project");
    default:
        return {};
    }
}

} // namespace VirtDeck
