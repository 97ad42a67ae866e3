// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitygrouplistmodel.h"

namespace VirtDeck {

void SecurityGroupListModel::setGroups(const QList<Cloud::SecurityGroup> &groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

const Cloud::SecurityGroup *SecurityGroupListModel::groupAt(int row) const
{
    return row >= 0 && row < m_groups.size() ? &m_groups.at(row) : nullptr;
}

int SecurityGroupListModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_groups.size(); ++row) {
        if (m_groups.at(row).id == id)
            return row;
    }
    return -1;
}

int SecurityGroupListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int SecurityGroupListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SecurityGroupListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const Cloud::SecurityGroup &group = m_groups.at(index.row());
    switch (index.column()) {
    case NameColumn: return group.name;
    case DescriptionColumn: return group.description;
    case RulesColumn: return int(group.rules.size());
    default: return {};
    }
}

QVariant SecurityGroupListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case DescriptionColumn: return tr("Description");
    case RulesColumn: return tr("Rules");
    default: return {};
    }
}

} // namespace VirtDeck
