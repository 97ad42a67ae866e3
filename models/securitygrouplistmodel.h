// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "securitygroup.h"

#include <QAbstractTableModel>

namespace VirtDeck {

// Security groups of a project: name, description, number of rules.
class SecurityGroupListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DescriptionColumn, RulesColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setGroups(const QList<Cloud::SecurityGroup> &groups);
    const Cloud::SecurityGroup *groupAt(int row) const;
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Cloud::SecurityGroup> m_groups;
};

} // namespace VirtDeck
