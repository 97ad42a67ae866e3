// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudflavorspage.h"

#include "cloudsession.h"
#include "computeclient.h"
#include "flavoraccessdialog.h"
#include "flavordialog.h"
#include "flavorlistmodel.h"
#include "whenfinished.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudFlavorsPage::CloudFlavorsPage(QWidget *parent)
    : CloudListPage(u"flavorStatus"_s, parent)
    , m_model(new FlavorListModel(this))
    , m_view(makeTable(m_model, u"flavorList"_s))
    , m_details(new QPlainTextEdit(this))
    , m_create(makeButton(tr("Create…"), u"flavorCreate"_s))
    , m_delete(makeButton(tr("Delete…"), u"flavorDelete"_s))
    , m_access(makeButton(tr("Project Access…"), u"flavorAccess"_s))
{
    setObjectName(u"cloudFlavorsPage"_s);
    m_view->setColumnWidth(FlavorListModel::NameColumn, 160);
    m_view->setColumnWidth(FlavorListModel::IdColumn, 120);
    m_details->setObjectName(u"flavorDetails"_s);
    m_details->setReadOnly(true);
    auto *refreshButton = makeRefreshButton(tr("Refresh"));
    layOut(makeButtonRow({m_create, m_access, m_delete}, {refreshButton}), makeSplitter(Qt::Vertical, m_view, m_details, 3, 1));

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
    setStatus(tr("Loading…"));
    whenFinished(ComputeClient(m_session).flavors(), this, [this](const Result<QList<Flavor>> &result) {
        if (!result.ok()) {
            setStatus(result.error);
        } else {
            m_model->setFlavors(result.value);
            setStatus(tr("%n flavor(s)", nullptr, int(result.value.size())));
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
    setStatus(tr("Creating…"));
    whenFinished(ComputeClient(m_session).createFlavor(dialog.flavor()), this, [this](const Result<Flavor> &result) {
        if (!result.ok()) {
            setStatus(result.error);
            return;
        }
        refresh();
        setStatus(tr("Flavor %1 created.").arg(result.value.name));
    });
}

void CloudFlavorsPage::deleteFlavor()
{
    const Flavor *flavor = m_model->flavorAt(m_view->currentIndex().row());
    if (!flavor || !m_session)
        return;
    const QString id = flavor->id;
    const QString name = flavor->name;
    if (!askToConfirm(tr("Delete Flavor"),
                      tr("Delete flavor %1 (%2)? Running instances keep their sizes, but no new instance can use it.").arg(name, id)))
        return;
    whenFinished(ComputeClient(m_session).deleteFlavor(id), this, [this, name](const Result<bool> &result) {
        if (!result.ok()) {
            setStatus(result.error);
            return;
        }
        refresh();
        setStatus(tr("Flavor %1 deleted.").arg(name));
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
