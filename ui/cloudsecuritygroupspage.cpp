// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudsecuritygroupspage.h"

#include "cloudsession.h"
#include "networkclient.h"
#include "securitygrouplistmodel.h"
#include "securitygroupruledialog.h"
#include "securitygrouprulemodel.h"
#include "whenfinished.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudSecurityGroupsPage::CloudSecurityGroupsPage(QWidget *parent)
    : CloudListPage(u"securityGroupStatus"_s, parent)
    , m_groups(new SecurityGroupListModel(this))
    , m_rules(new SecurityGroupRuleModel(this))
    , m_groupView(makeTable(m_groups, u"securityGroupList"_s))
    , m_ruleView(makeTable(m_rules, u"securityRuleList"_s))
    , m_deleteGroup(makeButton(tr("Delete Group…"), u"securityGroupDelete"_s))
    , m_addRule(makeButton(tr("Add Rule…"), u"securityRuleAdd"_s))
    , m_deleteRule(makeButton(tr("Delete Rule"), u"securityRuleDelete"_s))
{
    setObjectName(u"cloudSecurityGroupsPage"_s);
    m_groupView->setColumnWidth(SecurityGroupListModel::NameColumn, 150);
    auto *create = makeButton(tr("Create Group…"), u"securityGroupCreate"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"));
    QWidget *left = makePane(makeButtonRow({create, m_deleteGroup}, {refreshButton}), m_groupView);
    QWidget *right = makePane(makeButtonRow({m_addRule, m_deleteRule}), m_ruleView);
    layOut(nullptr, makeSplitter(Qt::Horizontal, left, right, 2, 3));

    connect(create, &QPushButton::clicked, this, &CloudSecurityGroupsPage::createGroup);
    connect(m_deleteGroup, &QPushButton::clicked, this, &CloudSecurityGroupsPage::deleteGroup);
    connect(m_addRule, &QPushButton::clicked, this, &CloudSecurityGroupsPage::addRule);
    connect(m_deleteRule, &QPushButton::clicked, this, &CloudSecurityGroupsPage::deleteRule);
    connect(m_groupView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudSecurityGroupsPage::showRules);
    connect(m_ruleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { m_deleteRule->setEnabled(m_rules->ruleAt(m_ruleView->currentIndex().row())); });
    showRules();
}

void CloudSecurityGroupsPage::setSession(CloudSession *session)
{
    m_session = session;
    refresh();
}

QString CloudSecurityGroupsPage::currentGroupId() const
{
    const SecurityGroup *group = m_groups->groupAt(m_groupView->currentIndex().row());
    return group ? group->id : QString();
}

void CloudSecurityGroupsPage::refresh()
{
    if (!m_session)
        return;
    if (m_selectAfterLoad.isEmpty())
        m_selectAfterLoad = currentGroupId();
    setStatus(tr("Loading…"));
    whenFinished(NetworkClient(m_session).securityGroups(m_session->token().projectId), this,
                 [this](const Result<QList<SecurityGroup>> &result) {
                     if (!result.ok()) {
                         setStatus(result.error);
                     } else {
                         m_groups->setGroups(result.value);
                         const int row = std::max(0, m_groups->rowOf(m_selectAfterLoad));
                         if (m_groups->rowCount() > 0)
                             m_groupView->setCurrentIndex(m_groups->index(row, 0));
                         setStatus(tr("%n security group(s)", nullptr, m_groups->rowCount()));
                     }
                     m_selectAfterLoad.clear();
                     showRules();
                     Q_EMIT loaded();
                 });
}

void CloudSecurityGroupsPage::showRules()
{
    const SecurityGroup *group = m_groups->groupAt(m_groupView->currentIndex().row());
    QHash<QString, QString> names;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        names.insert(m_groups->groupAt(row)->id, m_groups->groupAt(row)->name);
    m_rules->setRules(group ? group->rules : QList<SecurityGroupRule>{}, names);
    m_deleteGroup->setEnabled(group);
    m_addRule->setEnabled(group);
    m_deleteRule->setEnabled(false);
}

void CloudSecurityGroupsPage::createGroup()
{
    if (!m_session)
        return;
    QDialog dialog(this);
    dialog.setObjectName(u"securityGroupDialog"_s);
    dialog.setWindowTitle(tr("Create Security Group"));
    auto *name = new QLineEdit(&dialog);
    name->setObjectName(u"securityGroupName"_s);
    auto *description = new QLineEdit(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(name, &QLineEdit::textChanged, &dialog, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty() && text.size() <= 255);
    });
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Description:"), description);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    whenFinished(NetworkClient(m_session).createSecurityGroup(name->text(), description->text()), this,
                 [this](const Result<SecurityGroup> &result) {
                     if (result.ok())
                         m_selectAfterLoad = result.value.id;
                     finishAction(result);
                 });
}

void CloudSecurityGroupsPage::deleteGroup()
{
    const SecurityGroup *group = m_groups->groupAt(m_groupView->currentIndex().row());
    if (!group || !m_session)
        return;
    const QString id = group->id;
    if (!askToConfirm(tr("Delete Security Group"), tr("Delete security group %1 and its rules?").arg(group->name)))
        return;
    whenFinished(NetworkClient(m_session).deleteSecurityGroup(id), this, [this](const Result<bool> &result) { finishAction(result); });
}

void CloudSecurityGroupsPage::addRule()
{
    const QString groupId = currentGroupId();
    if (groupId.isEmpty() || !m_session)
        return;
    QList<SecurityGroup> groups;
    for (int row = 0; row < m_groups->rowCount(); ++row)
        groups.append(*m_groups->groupAt(row));
    SecurityGroupRuleDialog dialog(groupId, groups, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    whenFinished(NetworkClient(m_session).addRule(dialog.rule()), this,
                 [this](const Result<SecurityGroupRule> &result) { finishAction(result); });
}

void CloudSecurityGroupsPage::deleteRule()
{
    const SecurityGroupRule *rule = m_rules->ruleAt(m_ruleView->currentIndex().row());
    if (!rule || !m_session)
        return;
    whenFinished(NetworkClient(m_session).deleteRule(rule->id), this, [this](const Result<bool> &result) { finishAction(result); });
}

} // namespace VirtDeck
