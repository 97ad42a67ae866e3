// SPDX-License-Identifier: GPL-2.0-or-later
#include "imagelistmodel.h"

#include "cloudsession.h"
#include "imageclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace VirtDeck::Cloud;

ImageListModel::ImageListModel(QObject *parent)
    : KeyedListModel<CloudImage>(parent)
{
}

void ImageListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

QHash<QString, QString> ImageListModel::names() const
{
    QHash<QString, QString> result;
    for (const CloudImage &image : items())
        result.insert(image.id, image.name);
    return result;
}

QFuture<Result<QList<CloudImage>>> ImageListModel::fetch()
{
    if (!m_session) {
        QFuture<Result<QList<CloudImage>>> none;
        none.cancel();
        return none;
    }
    return ImageClient(m_session).images();
}

void ImageListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int ImageListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImageListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudImage &image = items().at(index.row());
    if (role == ImageIdRole || role == KeyRole)
        return image.id;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return image.id;
    if (role == SortRole && index.column() == SizeColumn)
        return image.size;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return image.name;
    case StatusColumn:
        return image.status;
    case VisibilityColumn:
        return image.visibility;
    case DiskFormatColumn:
        return image.diskFormat;
    case ContainerFormatColumn:
        return image.containerFormat;
    case SizeColumn:
        return image.size < 0 ? tr("unknown") : QLocale().formattedDataSize(image.size);
    default:
        return {};
    }
}

QVariant ImageListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case VisibilityColumn: return tr("Visibility");
    case DiskFormatColumn: return tr("Disk format");
    case ContainerFormatColumn: return tr("Container format");
    case SizeColumn: return tr("Size");
    default: return {};
    }
}

} // namespace VirtDeck
