// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "securitygrouprule.h"

#include <QAbstractTableModel>

namespace VirtDeck {

// The rules of one security group, as `openstack security group rule list` shows them.
class SecurityGroupRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DirectionColumn, EtherTypeColumn, ProtocolColumn, PortsColumn, RemoteColumn, DescriptionColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    // groupNames resolves remote group ids to names.
    void setRules(const QList<Cloud::SecurityGroupRule> &rules, const QHash<QString, QString> &groupNames = {});
    const Cloud::SecurityGroupRule *ruleAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString portsText(const Cloud::SecurityGroupRule &rule);

private:
    QList<Cloud::SecurityGroupRule> m_rules;
    QHash<QString, QString> m_groupNames;
};

} // namespace VirtDeck
