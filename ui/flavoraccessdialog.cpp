// SPDX-License-Identifier: GPL-2.0-or-later
#include "flavoraccessdialog.h"

#include "cloudsession.h"
#include "computeclient.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

FlavorAccessDialog::FlavorAccessDialog(CloudSession *session, const QString &flavorId, const QString &flavorName, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_flavorId(flavorId)
    , m_projects(new QListWidget(this))
    , m_projectId(new QLineEdit(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove Selected"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"flavorAccessDialog"_s);
    setWindowTitle(tr("Projects with Access to %1").arg(flavorName));
    m_projects->setObjectName(u"flavorAccessList"_s);
    m_projectId->setObjectName(u"flavorAccessProject"_s);
    m_projectId->setPlaceholderText(tr("Project ID"));
    m_add->setObjectName(u"flavorAccessAdd"_s);
    m_remove->setObjectName(u"flavorAccessRemove"_s);
    m_status->setObjectName(u"flavorAccessStatus"_s);
    m_status->setWordWrap(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_projectId, 1);
    addRow->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Only these projects (and administrators) can see and use this private flavor:"), this));
    layout->addWidget(m_projects, 1);
    layout->addWidget(m_remove, 0, Qt::AlignRight);
    layout->addLayout(addRow);
    layout->addWidget(m_status);
    layout->addWidget(close);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString project = m_projectId->text().trimmed();
        if (project.isEmpty() || !m_session)
            return;
        m_status->setText(tr("Adding…"));
        whenFinished(ComputeClient(m_session).addFlavorAccess(m_flavorId, project), this,
                     [this](const Result<QList<FlavorAccess>> &result) {
                         if (result.ok())
                             m_projectId->clear();
                         showAccess(result);
                     });
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QListWidgetItem *item = m_projects->currentItem();
        if (!item || !m_session)
            return;
        m_status->setText(tr("Removing…"));
        whenFinished(ComputeClient(m_session).removeFlavorAccess(m_flavorId, item->text()), this,
                     [this](const Result<QList<FlavorAccess>> &result) { showAccess(result); });
    });
    connect(m_projectId, &QLineEdit::textChanged, this, [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    m_add->setEnabled(false);
    m_status->setText(tr("Loading…"));
    if (m_session)
        whenFinished(ComputeClient(m_session).flavorAccess(m_flavorId), this,
                     [this](const Result<QList<FlavorAccess>> &result) { showAccess(result); });
}

void FlavorAccessDialog::showAccess(const Result<QList<FlavorAccess>> &result)
{
    if (!result.ok()) {
        m_status->setText(result.error);
        return;
    }
    m_projects->clear();
    for (const FlavorAccess &access : result.value)
        m_projects->addItem(access.projectId);
    m_status->setText(result.value.isEmpty() ? tr("No project has access yet.") : QString());
}

} // namespace VirtDeck
