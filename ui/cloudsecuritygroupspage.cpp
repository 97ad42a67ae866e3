// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudsecuritygroupspage.h"

#include "cloudsession.h"
#include "networkclient.h"
#include "securitygrouplistmodel.h"
#include "securitygroupruledialog.h"
#include "securitygrouprulemodel.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    return view;
}

} // namespace

CloudSecurityGroupsPage::CloudSecurityGroupsPage(QWidget *parent)
    : QWidget(parent)
    , m_groups(new SecurityGroupListModel(this))
    , m_rules(new SecurityGroupRuleModel(this))
    , m_groupView(makeTable(m_groups, u"securityGroupList"_s, this))
    , m_ruleView(makeTable(m_rules, u"securityRuleList"_s, this))
    , m_status(new QLabel(this))
    , m_deleteGroup(new QPushButton(tr("Delete Group…"), this))
    , m_addRule(new QPushButton(tr("Add Rule…"), this))
    , m_deleteRule(new QPushButton(tr("Delete Rule"), this))
{
    setObjectName(u"cloudSecurityGroupsPage"_s);
    m_status->setObjectName(u"securityGroupStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_deleteGroup->setObjectName(u"securityGroupDelete"_s);
    m_addRule->setObjectName(u"securityRuleAdd"_s);
    m_deleteRule->setObjectName(u"securityRuleDelete"_s);
    m_groupView->setColumnWidth(SecurityGroupListModel::NameColumn, 150);
    auto *create = new QPushButton(tr("Create Group…"), this);
    create->setObjectName(u"securityGroupCreate"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupButtons = new QHBoxLayout;
    groupButtons->addWidget(create);
    groupButtons->addWidget(m_deleteGroup);
    groupButtons->addStretch(1);
    groupButtons->addWidget(refreshButton);
    leftLayout->addLayout(groupButtons);
    leftLayout->addWidget(m_groupView, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *ruleButtons = new QHBoxLayout;
    ruleButtons->addWidget(m_addRule);
    ruleButtons->addWidget(m_deleteRule);
    ruleButtons->addStretch(1);
    rightLayout->addLayout(ruleButtons);
    rightLayout->addWidget(m_ruleView, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(refreshButton, &QPushButton::clicked, this, &CloudSecurityGroupsPage::refresh);
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
    m_status->setText(tr("Loading…"));
    whenFinished(NetworkClient(m_session).securityGroups(m_session->token().projectId), this,
                 [this](const Result<QList<SecurityGroup>> &result) {
                     if (!result.ok()) {
                         m_status->setText(result.error);
                     } else {
                         m_groups->setGroups(result.value);
                         const int row = std::max(0, m_groups->rowOf(m_selectAfterLoad));
                         if (m_groups->rowCount() > 0)
                             m_groupView->setCurrentIndex(m_groups->index(row, 0));
                         m_status->setText(tr("%n security group(s)", nullptr, m_groups->rowCount()));
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
                     if (!result.ok()) {
                         m_status->setText(result.error);
                         return;
                     }
                     m_selectAfterLoad = result.value.id;
                     refresh();
                 });
}

void CloudSecurityGroupsPage::deleteGroup()
{
    const SecurityGroup *group = m_groups->groupAt(m_groupView->currentIndex().row());
    if (!group || !m_session)
        return;
    const QString id = group->id;
    if (QMessageBox::question(this, tr("Delete Security Group"), tr("Delete security group %1 and its rules?").arg(group->name),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    whenFinished(NetworkClient(m_session).deleteSecurityGroup(id), this, [this](const Result<bool> &result) {
        if (!result.ok())
            m_status->setText(result.error);
        else
            refresh();
    });
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
    whenFinished(NetworkClient(m_session).addRule(dialog.rule()), this, [this](const Result<SecurityGroupRule> &result) {
        if (!result.ok()) {
            m_status->setText(result.error);
            return;
        }
        refresh();
    });
}

void CloudSecurityGroupsPage::deleteRule()
{
    const SecurityGroupRule *rule = m_rules->ruleAt(m_ruleView->currentIndex().row());
    if (!rule || !m_session)
        return;
    whenFinished(NetworkClient(m_session).deleteRule(rule->id), this, [this](const Result<bool> &result) {
        if (!result.ok())
            m_status->setText(result.error);
        else
            refresh();
    });
}

} // namespace VirtDeck
