// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace VirtDeck {

class SecurityGroupListModel;
class SecurityGroupRuleModel;

// Security groups of the project and the rules of the selected one: create and delete
// groups, add rules (with presets) and delete them.
class CloudSecurityGroupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudSecurityGroupsPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    SecurityGroupListModel *groupModel() const { return m_groups; }
    SecurityGroupRuleModel *ruleModel() const { return m_rules; }

Q_SIGNALS:
    void loaded();

private:
    void showRules();
    void createGroup();
    void deleteGroup();
    void addRule();
    void deleteRule();
    QString currentGroupId() const;

    QPointer<Cloud::CloudSession> m_session;
    SecurityGroupListModel *m_groups;
    SecurityGroupRuleModel *m_rules;
    QTableView *m_groupView;
    QTableView *m_ruleView;
    QLabel *m_status;
    QPushButton *m_deleteGroup;
    QPushButton *m_addRule;
    QPushButton *m_deleteRule;
    QString m_selectAfterLoad;
};

} // namespace VirtDeck
