// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"

class QPushButton;
class QTableView;

namespace VirtDeck {

class SecurityGroupListModel;
class SecurityGroupRuleModel;

// Security groups of the project and the rules of the selected one: create and delete
// groups, add rules (with presets) and delete them.
class CloudSecurityGroupsPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudSecurityGroupsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    SecurityGroupListModel *groupModel() const { return m_groups; }
    SecurityGroupRuleModel *ruleModel() const { return m_rules; }

private:
    void showRules();
    void createGroup();
    void deleteGroup();
    void addRule();
    void deleteRule();
    QString currentGroupId() const;

    SecurityGroupListModel *m_groups;
    SecurityGroupRuleModel *m_rules;
    QTableView *m_groupView;
    QTableView *m_ruleView;
    QPushButton *m_deleteGroup;
    QPushButton *m_addRule;
    QPushButton *m_deleteRule;
    QString m_selectAfterLoad;
};

} // namespace VirtDeck
