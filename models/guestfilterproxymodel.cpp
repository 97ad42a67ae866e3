// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestfilterproxymodel.h"

#include "domaininfo.h"
#include "guestlistmodel.h"

namespace VirtDeck {

GuestFilterProxyModel::GuestFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(GuestListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void GuestFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

void GuestFilterProxyModel::setStateFilter(StateFilter filter)
{
    if (filter == m_stateFilter)
        return;
    m_stateFilter = filter;
    invalidateRowsFilter();
}

bool GuestFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!sourceParent.isValid())
        return true; // connection rows
    const auto *model = static_cast<const GuestListModel *>(sourceModel());
    const DomainInfo *info = model->domain(model->index(sourceRow, 0, sourceParent));
    if (!info)
        return false;
    switch (m_stateFilter) {
    case StateFilter::All:
        break;
    case StateFilter::Active:
        if (!isActive(info->state))
            return false;
        break;
    case StateFilter::Running:
        if (info->state != DomainState::Running && info->state != DomainState::Blocked)
            return false;
        break;
    case StateFilter::Paused:
        if (info->state != DomainState::Paused && info->state != DomainState::PmSuspended)
            return false;
        break;
    case StateFilter::ShutOff:
        if (info->state != DomainState::ShutOff)
            return false;
        break;
    case StateFilter::Inactive:
        if (isActive(info->state))
            return false;
        break;
    }
    if (m_search.isEmpty())
        return true;
    return info->name.contains(m_search, Qt::CaseInsensitive)
        || info->title.contains(m_search, Qt::CaseInsensitive)
        || info->uuid.toString(QUuid::WithoutBraces).startsWith(m_search, Qt::CaseInsensitive);
}

bool GuestFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!left.parent().isValid()) // connections keep the order they were added in
        return left.row() < right.row();
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString) {
        const int byText = QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        if (byText != 0)
            return byText < 0;
    } else if (a.toDouble() != b.toDouble()) {
        return a.toDouble() < b.toDouble();
    }
    // Ties by name keep the order stable while figures change.
    return QString::compare(left.siblingAtColumn(0).data().toString(),
                                       right.siblingAtColumn(0).data().toString(), Qt::CaseInsensitive) < 0;
}

} // namespace VirtDeck
