// SPDX-License-Identifier: GPL-2.0-or-later
#include "securitygrouprulemodel.h"

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

void SecurityGroupRuleModel::setRules(const QList<Cloud::SecurityGroupRule> &rules, const QHash<QString, QString> &groupNames)
{
    beginResetModel();
    m_rules = rules;
    m_groupNames = groupNames;
    std::sort(m_rules.begin(), m_rules.end(), [](const Cloud::SecurityGroupRule &a, const Cloud::SecurityGroupRule &b) {
        return std::tie(a.direction, a.etherType, a.protocol, a.portRangeMin) < std::tie(b.direction, b.etherType, b.protocol, b.portRangeMin);
    });
    endResetModel();
}

const Cloud::SecurityGroupRule *SecurityGroupRuleModel::ruleAt(int row) const
{
    return row >= 0 && row < m_rules.size() ? &m_rules.at(row) : nullptr;
}

int SecurityGroupRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int SecurityGroupRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SecurityGroupRuleModel::portsText(const Cloud::SecurityGroupRule &rule)
{
    const QString protocol = rule.protocol.toLower();
    if (protocol == u"icmp"_s || protocol == u"ipv6-icmp"_s) {
        if (rule.portRangeMin == -1)
            return tr("any type");
        if (rule.portRangeMax == -1)
            return tr("type %1").arg(rule.portRangeMin);
        return tr("type %1, code %2").arg(rule.portRangeMin).arg(rule.portRangeMax);
    }
    if (rule.portRangeMin == -1)
        return tr("any");
    if (rule.portRangeMin == rule.portRangeMax)
        return QString::number(rule.portRangeMin);
    return tr("%1–%2").arg(rule.portRangeMin).arg(rule.portRangeMax);
}

QVariant SecurityGroupRuleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const Cloud::SecurityGroupRule &rule = m_rules.at(index.row());
    switch (index.column()) {
    case DirectionColumn:
        return rule.direction == u"ingress"_s ? tr("Ingress") : tr("Egress");
    case EtherTypeColumn:
        return rule.etherType;
    case ProtocolColumn:
        return rule.protocol.isEmpty() ? tr("any") : rule.protocol.toUpper();
    case PortsColumn:
        return portsText(rule);
    case RemoteColumn:
        if (!rule.remoteGroupId.isEmpty())
            return tr("group %1").arg(m_groupNames.value(rule.remoteGroupId, rule.remoteGroupId));
        return rule.remoteIpPrefix.isEmpty() ? tr("any") : rule.remoteIpPrefix;
    case DescriptionColumn:
        return rule.description;
    default:
        return {};
    }
}

QVariant SecurityGroupRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DirectionColumn: return tr("Direction");
    case EtherTypeColumn: return tr("Ether type");
    case ProtocolColumn: return tr("Protocol");
    case PortsColumn: return tr("Ports / ICMP");
    case RemoteColumn: return tr("Remote");
    case DescriptionColumn: return tr("Description");
    default: return {};
    }
}

} // namespace VirtDeck
