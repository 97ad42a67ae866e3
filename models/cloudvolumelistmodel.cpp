// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudvolumelistmodel.h"

#include "cloudsession.h"
#include "volumeclient.h"

#include <QLocale>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace Cloud;

void CloudVolumeListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

void CloudVolumeListModel::setAllProjects(bool all)
{
    if (all == m_allProjects)
        return;
    m_allProjects = all;
    clear();
    refresh();
}

void CloudVolumeListModel::setServerNames(const QHash<QString, QString> &names)
{
    m_serverNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AttachedColumn), index(rowCount() - 1, AttachedColumn));
}

QString CloudVolumeListModel::attachedText(const CloudVolume &volume) const
{
    QStringList out;
    for (const VolumeAttachment &attachment : volume.attachments)
        out.append(tr("%1 on %2").arg(m_serverNames.value(attachment.serverId, attachment.serverId), attachment.device));
    return out.join(u", "_s);
}

QFuture<Result<QList<CloudVolume>>> CloudVolumeListModel::fetch()
{
    if (!m_session)
        return {}; // cancelled: nothing to list
    return VolumeClient(m_session).volumes(m_allProjects);
}

void CloudVolumeListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int CloudVolumeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CloudVolumeListModel::data(const QModelIndex &index, int role) const
{
    const CloudVolume *n = item(index);
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
    case SizeColumn:
        return tr("%1 GiB").arg(n->sizeGb);
    case TypeColumn:
        return n->volumeType;
    case AttachedColumn:
        return attachedText(*n);
    case BootableColumn:
        return n->bootable ? tr("Yes") : tr("No");
    case ProjectColumn:
        return n->projectId;
    case CreatedColumn:
        return QLocale().toString(n->created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant CloudVolumeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        return tr("Status");
    case SizeColumn:
        return tr("Size");
    case TypeColumn:
        return tr("Type");
    case AttachedColumn:
        return tr("Attached to");
    case BootableColumn:
        return tr("Bootable");
    case ProjectColumn:
        return tr("Project");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace VirtDeck
