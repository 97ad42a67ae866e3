// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestoverviewpage.h"

#include "connectionsession.h"
#include "guestlistmodel.h"
#include "guestpassworddialog.h"
#include "osinfoloader.h"
#include "renameguestdialog.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestOverviewPage::GuestOverviewPage(ConnectionSession *session, GuestListModel *model, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_model(model)
    , m_connectionId(session->id())
    , m_uuid(uuid)
{
    setObjectName(u"overviewPage"_s);
    auto *form = new QFormLayout;
    const auto label = [this](const QString &name) {
        auto *field = new QLabel(this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        return field;
    };

    m_name = label(u"overviewName"_s);
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(u"renameGuest"_s);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_rename);
    form->addRow(tr("Name:"), nameRow);
    m_uuidLabel = label(u"overviewUuid"_s);
    form->addRow(tr("UUID:"), m_uuidLabel);
    m_state = label(u"overviewState"_s);
    form->addRow(tr("State:"), m_state);
    m_os = label(u"overviewOs"_s);
    form->addRow(tr("Operating system:"), m_os);
    m_vcpus = label(u"overviewVcpus"_s);
    form->addRow(tr("vCPUs:"), m_vcpus);
    m_memory = label(u"overviewMemory"_s);
    form->addRow(tr("Memory:"), m_memory);
    m_autostart = new QCheckBox(tr("Start when the host boots"), this);
    m_autostart->setObjectName(u"overviewAutostart"_s);
    form->addRow(tr("Autostart:"), m_autostart);
    m_agent = label(u"overviewAgent"_s);
    m_password = new QPushButton(tr("Set User Password…"), this);
    m_password->setObjectName(u"setGuestPassword"_s);
    auto *agentRow = new QHBoxLayout;
    agentRow->addWidget(m_agent, 1);
    agentRow->addWidget(m_password);
    form->addRow(tr("Guest agent:"), agentRow);
    m_connection = label(u"overviewConnection"_s);
    form->addRow(tr("Connection:"), m_connection);

    m_title = new QLineEdit(this);
    m_title->setObjectName(u"overviewTitle"_s);
    m_title->setPlaceholderText(tr("A short line shown in the guest list"));
    form->addRow(tr("Title:"), m_title);
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(u"overviewDescription"_s);
    m_description->setPlaceholderText(tr("Notes about this guest"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    form->addRow(tr("Description:"), m_description);
    m_scope = label(u"overviewMetadataScope"_s);
    m_scope->setEnabled(false); // greyed: a hint, not a value
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(u"overviewApplyMetadata"_s);
    m_revert = new QPushButton(tr("Revert"), this);
    m_revert->setObjectName(u"overviewRevertMetadata"_s);
    auto *metadataButtons = new QHBoxLayout;
    metadataButtons->addWidget(m_scope, 1);
    metadataButtons->addWidget(m_revert);
    metadataButtons->addWidget(m_apply);
    form->addRow(QString(), metadataButtons);

    m_status = new QLabel(this);
    m_status->setObjectName(u"overviewStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);

    connect(m_title, &QLineEdit::textEdited, this, &GuestOverviewPage::updateButtons);
    connect(m_description, &QPlainTextEdit::textChanged, this, &GuestOverviewPage::updateButtons);
    connect(m_apply, &QPushButton::clicked, this, &GuestOverviewPage::applyMetadata);
    connect(m_revert, &QPushButton::clicked, this, &GuestOverviewPage::revertMetadata);
    connect(m_autostart, &QCheckBox::clicked, this, &GuestOverviewPage::toggleAutostart);
    connect(m_rename, &QPushButton::clicked, this, &GuestOverviewPage::renameGuest);
    connect(m_password, &QPushButton::clicked, this, &GuestOverviewPage::setPassword);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex mine = m_model->domainIndex(m_connectionId, m_uuid);
        if (mine.isValid() && mine.parent() == topLeft.parent() && mine.row() >= topLeft.row() && mine.row() <= bottomRight.row())
            refreshFromModel();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GuestOverviewPage::refreshFromModel);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GuestOverviewPage::refreshFromModel);

    // The guest list fills before the session calls itself connected: a window opened that
    // early (--show-domain-editor) reads the details again once requests are accepted.
    connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Connected && !m_detailsLoaded)
            reloadDetails();
    });

    refreshFromModel();
    reloadDetails();
}

bool GuestOverviewPage::hasUnsavedMetadata() const
{
    return m_detailsLoaded && (m_title->text() != m_details.title || m_description->toPlainText() != m_details.description);
}

void GuestOverviewPage::refreshFromModel()
{
    const DomainInfo *info = m_model->domain(m_model->domainIndex(m_connectionId, m_uuid));
    if (!info) {
        m_state->setText(tr("This guest no longer exists."));
        m_rename->setEnabled(false);
        m_autostart->setEnabled(false);
        m_password->setEnabled(false);
        return;
    }
    m_name->setText(info->name);
    m_uuidLabel->setText(info->uuid.toString(QUuid::WithoutBraces));
    m_state->setText(GuestListModel::stateText(info->state, info->hasManagedSave));
    m_vcpus->setText(QString::number(info->vcpus));
    m_memory->setText(tr("%1 of %2 maximum")
                          .arg(QLocale().formattedDataSize(qint64(info->memoryKiB) * 1024, 1, QLocale::DataSizeIecFormat),
                               QLocale().formattedDataSize(qint64(info->maxMemoryKiB) * 1024, 1, QLocale::DataSizeIecFormat)));
    if (m_autostartWanted && info->autostart == *m_autostartWanted)
        m_autostartWanted.reset();
    m_autostart->setChecked(m_autostartWanted.value_or(info->autostart));
    m_autostart->setToolTip(info->persistent ? QString() : tr("A transient guest has no definition to start at boot."));
    m_connection->setText(m_session ? m_session->displayName() : QString());

    // The agent's state, the live title and description follow the guest's state and
    // name: read them again when those change (another tool may have changed them too).
    const bool changed = info->state != m_lastState || info->name != m_lastName || info->title != m_lastTitle;
    m_lastState = info->state;
    m_lastName = info->name;
    m_lastTitle = info->title;
    if (changed && m_detailsLoaded)
        reloadDetails();
    updateButtons();
}

void GuestOverviewPage::reloadDetails()
{
    ++m_busy;
    whenFinished(m_service.details(m_uuid), this, [this](const Result<GuestDetails> &result) {
        --m_busy;
        if (!result.ok()) {
            m_detailsFailed = true;
            setStatus(tr("Could not read the guest's details: %1").arg(result.error), true);
            updateButtons();
            return;
        }
        // Edits in progress are the user's: keep them, refresh only what is untouched.
        if (std::exchange(m_detailsFailed, false))
            setStatus({}, false);
        const bool keepEdits = hasUnsavedMetadata();
        m_details = result.value;
        m_detailsLoaded = true;
        if (!keepEdits) {
            m_title->setText(m_details.title);
            m_description->setPlainText(m_details.description);
        }
        showDetails();
        updateButtons();
        Q_EMIT detailsLoaded();
    });
}

void GuestOverviewPage::showDetails()
{
    switch (m_details.agent) {
    case AgentChannel::Absent:
        m_agent->setText(tr("No agent channel in the guest's definition"));
        break;
    case AgentChannel::Disconnected:
        m_agent->setText(isActive(m_details.state) ? tr("Channel present, agent not connected") : tr("Channel present"));
        break;
    case AgentChannel::Connected:
        m_agent->setText(tr("Connected"));
        break;
    }
    if (!m_details.persistent)
        m_scope->setText(tr("Applies to the running guest only (it is transient)."));
    else if (isActive(m_details.state))
        m_scope->setText(tr("Applies now and to the saved definition."));
    else
        m_scope->setText(tr("Applies to the saved definition."));
    showOsName();
}

void GuestOverviewPage::showOsName()
{
    if (m_details.osId.isEmpty()) {
        m_os->setText(tr("Not recorded in the guest's metadata"));
        return;
    }
    m_os->setText(m_details.osId);
    // libosinfo's database loads once per process on a pool thread; until then (or if it
    // is missing) the id itself is shown.
    const QString id = m_details.osId;
    whenFinished(OsInfoLoader::catalog(), this, [this, id](const Result<OsInfoCatalogPtr> &catalog) {
        if (!catalog.ok() || !catalog.value || id != m_details.osId)
            return;
        if (const OsInfoEntry *entry = catalog.value->find(id)) {
            m_os->setText(entry->name);
            m_os->setToolTip(id);
        }
    });
}

void GuestOverviewPage::updateButtons()
{
    const DomainInfo *info = m_model->domain(m_model->domainIndex(m_connectionId, m_uuid));
    const bool exists = info != nullptr;
    const bool dirty = hasUnsavedMetadata();
    m_apply->setEnabled(exists && dirty && m_busy == 0);
    m_revert->setEnabled(dirty && m_busy == 0);
    m_title->setEnabled(exists && m_detailsLoaded);
    m_description->setEnabled(exists && m_detailsLoaded);
    m_rename->setEnabled(exists && !isActive(info->state) && info->persistent && m_busy == 0);
    m_rename->setToolTip(exists && isActive(info->state) ? tr("Shut the guest down to rename it.") : QString());
    m_password->setEnabled(exists && m_busy == 0);
    m_autostart->setEnabled(exists && info->persistent && m_busy == 0);
}

void GuestOverviewPage::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void GuestOverviewPage::applyMetadata()
{
    const QString title = m_title->text();
    if (title.contains(u'\n')) {
        setStatus(tr("A title is one line: remove the line breaks."), true);
        return;
    }
    ++m_busy;
    updateButtons();
    setStatus(tr("Saving…"), false);
    whenFinished(m_service.setMetadata(m_uuid, title, m_description->toPlainText()), this,
                 [this](const Result<GuestDetails> &result) {
                     --m_busy;
                     if (!result.ok()) {
                         // The edits stay in their fields for another try.
                         setStatus(tr("The title and description were not saved: %1").arg(result.error), true);
                         updateButtons();
                         Q_EMIT operationFinished(false, result.error);
                         return;
                     }
                     m_details = result.value;
                     m_title->setText(m_details.title);
                     m_description->setPlainText(m_details.description);
                     showDetails();
                     setStatus(tr("Title and description saved."), false);
                     updateButtons();
                     Q_EMIT operationFinished(true, {});
                 });
}

void GuestOverviewPage::revertMetadata()
{
    m_title->setText(m_details.title);
    m_description->setPlainText(m_details.description);
    setStatus({}, false);
    updateButtons();
}

void GuestOverviewPage::toggleAutostart(bool on)
{
    if (!m_session)
        return;
    ++m_busy;
    m_autostartWanted = on;
    m_autostart->setEnabled(false);
    const DomainAction action = on ? DomainAction::EnableAutostart : DomainAction::DisableAutostart;
    whenFinished(m_session->runAction(action, {m_uuid}), this, [this, on](const DomainActionResults &results) {
        --m_busy;
        const bool ok = !results.isEmpty() && results.first().ok;
        const QString error = results.isEmpty() ? tr("No answer.") : results.first().error;
        if (ok) {
            setStatus(on ? tr("The guest starts when the host boots.") : tr("The guest no longer starts when the host boots."), false);
        } else {
            m_autostartWanted.reset();
            setStatus(tr("Autostart was not changed: %1").arg(error), true);
        }
        refreshFromModel();
        Q_EMIT operationFinished(ok, error);
    });
}

void GuestOverviewPage::renameGuest()
{
    const DomainInfo *info = m_model->domain(m_model->domainIndex(m_connectionId, m_uuid));
    if (!info)
        return;
    QStringList names;
    const QModelIndex parentIndex = m_model->connectionIndex(m_connectionId);
    for (int row = 0; row < m_model->rowCount(parentIndex); ++row) {
        if (const DomainInfo *other = m_model->domain(m_model->index(row, 0, parentIndex)))
            names.append(other->name);
    }
    auto *dialog = new RenameGuestDialog(m_session, m_uuid, info->name, names, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RenameGuestDialog::renamed, this, [this](const QString &name) {
        setStatus(tr("Renamed to \"%1\".").arg(name), false);
        Q_EMIT operationFinished(true, {});
    });
    dialog->open();
}

void GuestOverviewPage::setPassword()
{
    auto *dialog = new GuestPasswordDialog(m_session, m_uuid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace VirtDeck
