// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudflavorspage.h"

#include "cloudsession.h"
#include "computeclient.h"
#include "flavoraccessdialog.h"
#include "flavordialog.h"
#include "flavorlistmodel.h"
#include "whenfinished.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudFlavorsPage::CloudFlavorsPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new FlavorListModel(this))
    , m_view(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
    , m_create(new QPushButton(tr("Create…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_access(new QPushButton(tr("Project Access…"), this))
{
    setObjectName(u"cloudFlavorsPage"_s);
    m_view->setObjectName(u"flavorList"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(FlavorListModel::NameColumn, 160);
    m_view->setColumnWidth(FlavorListModel::IdColumn, 120);
    m_details->setObjectName(u"flavorDetails"_s);
    m_details->setReadOnly(true);
    m_status->setObjectName(u"flavorStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_create->setObjectName(u"flavorCreate"_s);
    m_delete->setObjectName(u"flavorDelete"_s);
    m_access->setObjectName(u"flavorAccess"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_access);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(refreshButton, &QPushButton::clicked, this, &CloudFlavorsPage::refresh);
    connect(m_create, &QPushButton::clicked, this, &CloudFlavorsPage::createFlavor);
    connect(m_delete, &QPushButton::clicked, this, &CloudFlavorsPage::deleteFlavor);
    connect(m_access, &QPushButton::clicked, this, &CloudFlavorsPage::editAccess);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudFlavorsPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CloudFlavorsPage::updateDetails);
    updateDetails();
}

void CloudFlavorsPage::setSession(CloudSession *session)
{
    m_session = session;
    refresh();
}

void CloudFlavorsPage::refresh()
{
    const bool admin = m_session && m_session->token().isAdmin();
    // Members may try (the cloud's policy decides), but the usual policy is admin-only.
    m_create->setToolTip(admin ? QString() : tr("Usually only administrators may create flavors."));
    if (!m_session)
        return;
    m_status->setText(tr("Loading…"));
    whenFinished(ComputeClient(m_session).flavors(), this, [this](const Result<QList<Flavor>> &result) {
        if (!result.ok()) {
            m_status->setText(result.error);
        } else {
            m_model->setFlavors(result.value);
            m_status->setText(tr("%n flavor(s)", nullptr, int(result.value.size())));
        }
        Q_EMIT loaded();
    });
}

void CloudFlavorsPage::updateDetails()
{
    const Flavor *flavor = m_model->flavorAt(m_view->currentIndex().row());
    m_delete->setEnabled(flavor);
    m_access->setEnabled(flavor && !flavor->isPublic);
    m_access->setToolTip(flavor && flavor->isPublic ? tr("Public flavors are open to every project.") : QString());
    if (!flavor) {
        m_details->setPlainText(tr("Select a flavor to see its details."));
        return;
    }
    QStringList lines{tr("Name: %1").arg(flavor->name), tr("ID: %1").arg(flavor->id),
                      tr("Description: %1").arg(flavor->description.isEmpty() ? tr("none") : flavor->description),
                      tr("Extra specs:")};
    if (flavor->extraSpecs.isEmpty())
        lines.append(tr("  none"));
    for (auto it = flavor->extraSpecs.begin(); it != flavor->extraSpecs.end(); ++it)
        lines.append(u"  %1 = %2"_s.arg(it.key(), it.value()));
    m_details->setPlainText(lines.join(u'\n'));
}

void CloudFlavorsPage::createFlavor()
{
    if (!m_session)
        return;
    FlavorDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_status->setText(tr("Creating…"));
    whenFinished(ComputeClient(m_session).createFlavor(dialog.flavor()), this, [this](const Result<Flavor> &result) {
        if (!result.ok()) {
            m_status->setText(result.error);
            return;
        }
        refresh();
        m_status->setText(tr("Flavor %1 created.").arg(result.value.name));
    });
}

void CloudFlavorsPage::deleteFlavor()
{
    const Flavor *flavor = m_model->flavorAt(m_view->currentIndex().row());
    if (!flavor || !m_session)
        return;
    const QString id = flavor->id;
    const QString name = flavor->name;
    if (QMessageBox::question(this, tr("Delete Flavor"),
                              tr("Delete flavor %1 (%2)? Running instances keep their sizes, but no new instance can use it.")
                                  .arg(name, id),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    whenFinished(ComputeClient(m_session).deleteFlavor(id), this, [this, name](const Result<bool> &result) {
        if (!result.ok()) {
            m_status->setText(result.error);
            return;
        }
        refresh();
        m_status->setText(tr("Flavor %1 deleted.").arg(name));
    });
}

void CloudFlavorsPage::editAccess()
{
    const Flavor *flavor = m_model->flavorAt(m_view->currentIndex().row());
    if (!flavor || !m_session)
        return;
    FlavorAccessDialog dialog(m_session, flavor->id, flavor->name, this);
    dialog.exec();
}

} // namespace VirtDeck
