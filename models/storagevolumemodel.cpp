// SPDX-License-Identifier: GPL-2.0-or-later
#include "storagevolumemodel.h"

#include "connectionsession.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

StorageVolumeModel::StorageVolumeModel(ConnectionSession *session, QObject *parent)
    : KeyedListModel<StorageVolumeInfo>(parent)
    , m_service(session)
{
    connect(session, &ConnectionSession::storagePoolEvent, this, [this](const QString &pool) {
        if (pool == m_pool)
            refresh();
    });
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && !m_pool.isEmpty())
            refresh();
    });
}

void StorageVolumeModel::setPool(const QString &pool)
{
    if (pool == m_pool)
        return;
    m_pool = pool;
    clear();
    if (!pool.isEmpty())
        refresh();
}

QFuture<Result<StorageVolumeInfoList>> StorageVolumeModel::fetch()
{
    if (m_pool.isEmpty())
        return QFuture<Result<StorageVolumeInfoList>>(); // cancelled: nothing to list
    return m_service.listVolumes(m_pool);
}

void StorageVolumeModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int StorageVolumeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StorageVolumeModel::data(const QModelIndex &index, int role) const
{
    const StorageVolumeInfo *volume = item(index);
    if (!volume)
        return {};
    if (role == KeyRole)
        return volume->name;
    if (role == SortRole) {
        if (index.column() == CapacityColumn)
            return volume->capacity;
        if (index.column() == AllocationColumn)
            return volume->allocation;
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && (index.column() == CapacityColumn || index.column() == AllocationColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto size = [](quint64 bytes) {
        return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
    };
    switch (index.column()) {
    case NameColumn:
        return volume->name;
    case FormatColumn:
        return volume->format;
    case CapacityColumn:
        return size(volume->capacity);
    case AllocationColumn:
        return size(volume->allocation);
    case PathColumn:
        return volume->path;
    case BackingColumn:
        return volume->backingPath;
    default:
        return {};
    }
}

QVariant StorageVolumeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FormatColumn:
        return tr("Format");
    case CapacityColumn:
        return tr("Capacity");
    case AllocationColumn:
        return tr("Allocation");
    case PathColumn:
        return tr("Path");
    case BackingColumn:
        return tr("Backing file");
    default:
        return {};
    }
}

} // namespace VirtDeck
