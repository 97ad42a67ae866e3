// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotspage.h"

#include "connectionsession.h"
#include "createsnapshotdialog.h"
#include "deletesnapshotdialog.h"
#include "revertsnapshotdialog.h"
#include "snapshotpolicy.h"
#include "snapshottreemodel.h"
#include "whenfinished.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

SnapshotsPage::SnapshotsPage(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_uuid(uuid)
    , m_model(new SnapshotTreeModel(this))
{
    setObjectName(u"snapshotsPage"_s);

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"snapshotBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(u"background: #fff4ce; color: #4a3b00; padding: 6px;"_s);
    m_banner->hide();

    m_view = new QTreeView(this);
    m_view->setObjectName(u"snapshotTree"_s);
    m_view->setAccessibleName(tr("Snapshots"));
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->resizeSection(SnapshotTreeModel::NameColumn, 200);
    m_view->header()->resizeSection(SnapshotTreeModel::CreatedColumn, 160);
    m_view->header()->resizeSection(SnapshotTreeModel::StateColumn, 120);
    m_view->header()->resizeSection(SnapshotTreeModel::TypeColumn, 150);
    // New rows (a new snapshot, a moved subtree) stay visible.
    connect(m_model, &QAbstractItemModel::rowsInserted, m_view, [this](const QModelIndex &under) {
        if (under.isValid())
            m_view->expand(under);
    });
    connect(m_model, &QAbstractItemModel::rowsMoved, m_view, [this](const QModelIndex &, int, int, const QModelIndex &to) {
        if (to.isValid())
            m_view->expand(to);
    });

    m_create = new QPushButton(tr("&Take Snapshot…"), this);
    m_create->setObjectName(u"createSnapshot"_s);
    m_revert = new QPushButton(tr("&Revert…"), this);
    m_revert->setObjectName(u"revertSnapshot"_s);
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteSnapshot"_s);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(u"refreshSnapshots"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_create);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_delete);
    buttons->addStretch(1);
    buttons->addWidget(m_refresh);

    m_revertReason = new QLabel(this);
    m_revertReason->setObjectName(u"snapshotRevertReason"_s);
    m_revertReason->setWordWrap(true);
    m_revertReason->setStyleSheet(u"color: #8a4b00;"_s);
    m_revertReason->hide();

    auto *detailsPage = new QWidget(this);
    m_details = new QLabel(detailsPage);
    m_details->setObjectName(u"snapshotDetails"_s);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    m_description = new QPlainTextEdit(detailsPage);
    m_description->setObjectName(u"snapshotDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Snapshot description"));
    m_description->setPlaceholderText(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_saveDescription = new QPushButton(tr("&Save Description"), detailsPage);
    m_saveDescription->setObjectName(u"saveSnapshotDescription"_s);
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_description, 1);
    detailsLayout->addWidget(m_saveDescription, 0, Qt::AlignRight);

    m_xml = new QPlainTextEdit(this);
    m_xml->setObjectName(u"snapshotXml"_s);
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"snapshotDetailTabs"_s);
    tabs->addTab(detailsPage, tr("Details"));
    tabs->addTab(m_xml, tr("XML"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(u"snapshotStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addWidget(m_revertReason);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_create, &QPushButton::clicked, this, &SnapshotsPage::createSnapshot);
    connect(m_revert, &QPushButton::clicked, this, &SnapshotsPage::revertSnapshot);
    connect(m_delete, &QPushButton::clicked, this, &SnapshotsPage::deleteSnapshot);
    connect(m_refresh, &QPushButton::clicked, this, &SnapshotsPage::refresh);
    connect(m_saveDescription, &QPushButton::clicked, this, &SnapshotsPage::saveDescription);
    connect(m_description, &QPlainTextEdit::textChanged, this, &SnapshotsPage::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SnapshotsPage::showSelected);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.siblingAtColumn(0) == m_view->currentIndex().siblingAtColumn(0))
            showSelected();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SnapshotsPage::showSelected);

    if (session) {
        // A revert (here or anywhere else) changes the guest's state: the current marker
        // and the state follow without a manual refresh.
        connect(session, &ConnectionSession::domainsChanged, this, [this](const DomainInfoList &domains) {
            if (!m_loaded)
                return;
            const bool mine = std::any_of(domains.cbegin(), domains.cend(), [this](const DomainInfo &info) {
                return info.uuid == m_uuid;
            });
            // While an operation of this page runs, its own refresh follows anyway.
            if (mine && m_busy == 0)
                refresh();
        });
        connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
            if (m_loaded && state == ConnectionState::Connected)
                refresh();
            updateButtons();
        });
    }
    updateButtons();
}

void SnapshotsPage::activate()
{
    if (!m_loaded)
        refresh();
}

void SnapshotsPage::refresh()
{
    m_loaded = true;
    ++m_busy;
    updateButtons();
    whenFinished(m_service.list(m_uuid), this, [this](const Result<SnapshotListing> &listing) {
        --m_busy;
        if (!listing.ok()) {
            setStatus(tr("Could not list the snapshots: %1").arg(listing.error), true);
            updateButtons();
            Q_EMIT refreshed();
            return;
        }
        m_listing = listing.value;
        const QString keep = m_pendingSelection.isEmpty() ? (selected() ? selected()->name : QString()) : m_pendingSelection;
        m_pendingSelection.clear();
        m_model->setSnapshots(m_listing.snapshots);
        m_view->expandAll();

        QStringList notes;
        const bool anyExternal = std::any_of(m_listing.snapshots.cbegin(), m_listing.snapshots.cend(),
                                             [](const SnapshotInfo &s) { return s.external; });
        if (anyExternal)
            notes.append(tr("This guest has external snapshots. libvirt 9.0 cannot revert to them; "
                            "their overlay files are kept."));
        if (SnapshotPolicy::mixesInternalAndExternal(m_listing.snapshots))
            notes.append(tr("It mixes internal and external snapshots: libvirt 9.0 cannot delete snapshots in "
                            "such a tree, so only their metadata can be removed here."));
        m_banner->setText(notes.join(u' '));
        m_banner->setVisible(!notes.isEmpty());

        QModelIndex select = keep.isEmpty() ? QModelIndex() : m_model->indexOf(keep);
        if (!select.isValid())
            select = m_model->indexOf(m_model->currentName());
        if (select.isValid())
            m_view->setCurrentIndex(select);
        showSelected();
        updateButtons();
        Q_EMIT refreshed();
    });
}

const SnapshotInfo *SnapshotsPage::selected() const
{
    return m_model->snapshot(m_view->currentIndex());
}

void SnapshotsPage::showSelected()
{
    const SnapshotInfo *info = selected();
    if (!info) {
        m_details->setText(m_model->snapshotCount() == 0 ? tr("This guest has no snapshots.") : tr("Select a snapshot."));
        m_description->blockSignals(true);
        m_description->clear();
        m_description->blockSignals(false);
        m_xml->clear();
        updateButtons();
        return;
    }
    QStringList lines;
    lines.append(tr("Name: %1").arg(info->name));
    lines.append(tr("Created: %1").arg(QLocale().toString(info->creationTime.toLocalTime(), QLocale::LongFormat)));
    lines.append(tr("Guest state then: %1").arg(SnapshotTreeModel::stateText(info->state)));
    lines.append(tr("Type: %1").arg(SnapshotTreeModel::typeText(*info)));
    lines.append(tr("Parent: %1").arg(info->parent.isEmpty() ? tr("none") : info->parent));
    if (info->current)
        lines.append(tr("This is the current snapshot: the guest was last reverted to it or it was taken last."));
    if (!info->externalFiles.isEmpty())
        lines.append(tr("Files: %1").arg(info->externalFiles.join(u", "_s)));
    m_details->setText(lines.join(u'\n'));
    if (m_description->toPlainText() != info->description) {
        m_description->blockSignals(true);
        m_description->setPlainText(info->description);
        m_description->blockSignals(false);
    }
    if (m_xml->toPlainText() != info->xml)
        m_xml->setPlainText(info->xml);
    updateButtons();
}

void SnapshotsPage::updateButtons()
{
    const bool connected = m_session && m_session->state() == ConnectionState::Connected;
    const bool idle = connected && m_busy == 0 && m_loaded;
    const SnapshotInfo *info = selected();
    const QString revertProblem = info ? SnapshotPolicy::revertProblem(*info) : QString();
    m_create->setEnabled(idle);
    m_revert->setEnabled(idle && info && revertProblem.isEmpty());
    m_revert->setToolTip(revertProblem);
    m_revertReason->setText(revertProblem);
    m_revertReason->setVisible(!revertProblem.isEmpty());
    m_delete->setEnabled(idle && info);
    m_refresh->setEnabled(connected && m_busy == 0);
    m_description->setEnabled(info != nullptr);
    m_saveDescription->setEnabled(idle && info && m_description->toPlainText() != info->description);
}

void SnapshotsPage::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

template<typename T>
void SnapshotsPage::run(const QFuture<Result<T>> &future, const QString &doneMessage, const QString &select)
{
    ++m_busy;
    updateButtons();
    whenFinished(future, this, [this, doneMessage, select](const Result<T> &result) {
        --m_busy;
        if (result.ok()) {
            setStatus(doneMessage, false);
            m_pendingSelection = select;
        } else {
            setStatus(result.error, true);
        }
        Q_EMIT operationFinished(result.ok(), result.ok() ? doneMessage : result.error);
        refresh();
    });
}

void SnapshotsPage::createSnapshot()
{
    CreateSnapshotDialog::Guest guest{m_listing.guestName, m_listing.guestState, m_listing.snapshots, m_listing.diskPaths,
                                      m_listing.agentConnected};
    auto *dialog = new CreateSnapshotDialog({guest}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const SnapshotCreateOptions options = dialog->options();
        setStatus(tr("Taking snapshot \"%1\"…").arg(options.name), false);
        run(m_service.create(m_uuid, options), tr("Snapshot \"%1\" taken.").arg(options.name), options.name);
    });
    dialog->open();
}

void SnapshotsPage::revertSnapshot()
{
    const SnapshotInfo *info = selected();
    if (!info)
        return;
    const QString problem = SnapshotPolicy::revertProblem(*info);
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    auto *dialog = new RevertSnapshotDialog(m_listing.guestName, isActive(m_listing.guestState), *info, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->snapshotName();
        setStatus(tr("Reverting to \"%1\"…").arg(name), false);
        run(m_service.revert(m_uuid, name, dialog->mode()), tr("Reverted to \"%1\".").arg(name), name);
    });
    dialog->open();
}

void SnapshotsPage::deleteSnapshot()
{
    const SnapshotInfo *info = selected();
    if (!info)
        return;
    auto *dialog = new DeleteSnapshotDialog(m_listing.snapshots, info->name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = info->name;
    const QString parent = info->parent;
    connect(dialog, &QDialog::accepted, this, [this, dialog, name, parent] {
        setStatus(tr("Deleting \"%1\"…").arg(name), false);
        run(m_service.remove(m_uuid, name, dialog->mode()), tr("Snapshot \"%1\" deleted.").arg(name), parent);
    });
    dialog->open();
}

void SnapshotsPage::saveDescription()
{
    const SnapshotInfo *info = selected();
    if (!info)
        return;
    const QString name = info->name;
    run(m_service.setDescription(m_uuid, name, m_description->toPlainText()),
        tr("Description of \"%1\" saved.").arg(name), name);
}

} // namespace VirtDeck
