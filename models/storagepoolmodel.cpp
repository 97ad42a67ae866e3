// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagepoolmodel.h"

#include "connectionsession.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

StoragePoolModel::StoragePoolModel(ConnectionSession *session, QObject *parent)
    : KeyedListModel<StoragePoolInfo>(parent)
    , m_service(session)
{
    connect(session, &ConnectionSession::storagePoolEvent, this, [this] { refresh(); });
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected)
            refresh();
    });
    if (session->state() == ConnectionState::Connected)
        refresh();
}

QFuture<Result<StoragePoolInfoList>> StoragePoolModel::fetch()
{
    return m_service.listPools();
}

void StoragePoolModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int StoragePoolModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoragePoolModel::stateText(StoragePoolState state)
{
    switch (state) {
    case StoragePoolState::Inactive:
        return tr("Inactive");
    case StoragePoolState::Building:
        return tr("Building");
    case StoragePoolState::Running:
        return tr("Active");
    case StoragePoolState::Degraded:
        return tr("Degraded");
    case StoragePoolState::Inaccessible:
        return tr("Inaccessible");
    }
    return {};
}

QVariant StoragePoolModel::data(const QModelIndex &index, int role) const
{
    const StoragePoolInfo *pool = item(index);
    if (!pool)
        return {};
    const auto size = [pool](quint64 bytes) -> QString {
        if (!pool->isActive())
            return QString(u'—');
        return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
    };
    const int usage = pool->isActive() && pool->capacity > 0
        ? int(std::min<quint64>(100, (pool->allocation * 100 + pool->capacity / 2) / pool->capacity))
        : -1;
    if (role == KeyRole)
        return pool->name;
    if (role == UsagePercentRole)
        return usage;
    if (role == SortRole) {
        switch (index.column()) {
        case CapacityColumn:
            return pool->capacity;
        case AllocationColumn:
            return pool->allocation;
        case AvailableColumn:
            return pool->available;
        case UsageColumn:
            return usage;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= UsageColumn && index.column() <= AvailableColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return pool->name;
    case StateColumn:
        return stateText(pool->state);
    case TypeColumn:
        return pool->type;
    case AutostartColumn:
        return pool->autostart ? tr("Yes") : tr("No");
    case UsageColumn:
        return usage < 0 ? QString(u'—') : tr("%1 %").arg(usage);
    case CapacityColumn:
        return size(pool->capacity);
    case AllocationColumn:
        return size(pool->allocation);
    case AvailableColumn:
        return size(pool->available);
    case PathColumn:
        return pool->targetPath;
    default:
        return {};
    }
}

QVariant StoragePoolModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StateColumn:
        return tr("State");
    case TypeColumn:
        return tr("Type");
    case AutostartColumn:
        return tr("Autostart");
    case UsageColumn:
        return tr("Usage");
    case CapacityColumn:
        return tr("Capacity");
    case AllocationColumn:
        return tr("Allocation");
    case AvailableColumn:
        return tr("Available");
    case PathColumn:
        return tr("Path");
    default:
        return {};
    }
}

} // namespace VirtDeck
