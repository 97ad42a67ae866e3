// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudinstancespage.h"

#include "imageclient.h"
#include "instancelistmodel.h"
#include "launchinstancewizard.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

CloudInstancesPage::CloudInstancesPage(QWidget *parent)
    : CloudListPage(u"instanceStatus"_s, parent)
    , m_model(new InstanceListModel(this))
    , m_view(makeTable(m_model, u"instanceList"_s))
    , m_details(new QPlainTextEdit(this))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
    , m_launch(makeButton(tr("Launch…"), u"instanceLaunch"_s))
    , m_start(makeButton(tr("Start"), u"instanceStart"_s))
    , m_stop(makeButton(tr("Stop"), u"instanceStop"_s))
    , m_reboot(makeButton(tr("Reboot"), u"instanceReboot"_s))
    , m_hardReboot(makeButton(tr("Hard Reboot"), u"instanceHardReboot"_s))
    , m_pause(makeButton(tr("Pause"), u"instancePause"_s))
    , m_resume(makeButton(tr("Resume"), u"instanceResume"_s))
    , m_delete(makeButton(tr("Delete…"), u"instanceDelete"_s))
    , m_consoleLog(makeButton(tr("Console Log"), u"instanceConsoleLog"_s))
    , m_console(makeButton(tr("Open Console"), u"instanceConsole"_s))
{
    setObjectName(u"cloudInstancesPage"_s);
    m_view->setAccessibleName(tr("Instances"));
    m_view->setColumnWidth(InstanceListModel::NameColumn, 170);
    m_view->setColumnWidth(InstanceListModel::AddressesColumn, 200);
    m_details->setObjectName(u"instanceDetails"_s);
    m_details->setAccessibleName(tr("Instance details"));
    m_details->setReadOnly(true);
    m_allProjects->setObjectName(u"instanceAllProjects"_s);
    m_allProjects->setToolTip(tr("Every project's instances (administrators only)."));
    m_allProjects->hide();
    auto *refreshButton = makeRefreshButton(tr("Refresh"), u"instanceRefresh"_s);
    layOut(makeButtonRow({m_launch, m_start, m_stop, m_reboot, m_hardReboot, m_pause, m_resume, m_delete, m_consoleLog, m_console},
                         {m_allProjects, refreshButton}),
           makeSplitter(Qt::Vertical, m_view, m_details, 3, 2));

    connect(m_launch, &QPushButton::clicked, this, &CloudInstancesPage::openLaunchWizard);
    connect(m_start, &QPushButton::clicked, this, [this] { perform(InstanceClient::Action::Start); });
    connect(m_stop, &QPushButton::clicked, this, [this] { perform(InstanceClient::Action::Stop); });
    connect(m_reboot, &QPushButton::clicked, this, [this] { perform(InstanceClient::Action::Reboot); });
    connect(m_hardReboot, &QPushButton::clicked, this, [this] { perform(InstanceClient::Action::HardReboot); });
    connect(m_pause, &QPushButton::clicked, this, [this] { perform(InstanceClient::Action::Pause); });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        const CloudInstance *instance = m_model->item(m_view->currentIndex());
        // Nova resumes a paused instance with "unpause", a suspended one with "resume".
        perform(instance && instance->status == u"SUSPENDED"_s ? InstanceClient::Action::Resume : InstanceClient::Action::Unpause);
    });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteSelected(true); });
    connect(m_consoleLog, &QPushButton::clicked, this, &CloudInstancesPage::showConsoleLog);
    connect(m_console, &QPushButton::clicked, this, &CloudInstancesPage::openConsole);
    connect(m_allProjects, &QCheckBox::toggled, m_model, &InstanceListModel::setAllProjects);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        loadDetails();
    });
    connect(m_model, &InstanceListModel::refreshed, this, [this] {
        const int count = m_model->rowCount();
        setStatus(m_model->isPolling() ? tr("%n instance(s); refreshing while Nova works on some", nullptr, count)
                                       : tr("%n instance(s)", nullptr, count));
        updateButtons();
        Q_EMIT loaded();
    });
    reportLoadErrors(m_model, true);
    // The selected row changed in place (a poll): its details may have changed too.
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &first, const QModelIndex &last) {
        const int row = m_view->currentIndex().row();
        if (row >= first.row() && row <= last.row()) {
            updateButtons();
            loadDetails();
        }
    });
    updateButtons();
}

void CloudInstancesPage::setSession(CloudSession *session)
{
    m_session = session;
    const bool admin = session && session->token().isAdmin();
    m_allProjects->setVisible(admin);
    if (!admin)
        m_allProjects->setChecked(false);
    m_model->setSession(session);
    if (session) {
        // Image names for the list (Nova only says the image's id).
        whenFinished(ImageClient(session).images(), this, [this](const Result<QList<CloudImage>> &images) {
            if (!images.ok())
                return;
            QHash<QString, QString> names;
            for (const CloudImage &image : images.value)
                names.insert(image.id, image.name);
            m_model->setImageNames(names);
        });
    }
}

void CloudInstancesPage::refresh()
{
    if (!m_session)
        return;
    setStatus(tr("Loading…"));
    m_model->refresh();
}

QString CloudInstancesPage::selectedId() const
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    return instance ? instance->id : QString();
}

void CloudInstancesPage::updateButtons()
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    const QString status = instance ? instance->status : QString();
    const bool idle = instance && instance->taskState.isEmpty();
    m_launch->setEnabled(m_session);
    m_start->setEnabled(idle && status == u"SHUTOFF"_s);
    m_stop->setEnabled(idle && (status == u"ACTIVE"_s || status == u"ERROR"_s));
    m_reboot->setEnabled(idle && status == u"ACTIVE"_s);
    m_hardReboot->setEnabled(instance && (status == u"ACTIVE"_s || status == u"SHUTOFF"_s || status == u"ERROR"_s
                                          || status == u"REBOOT"_s));
    m_pause->setEnabled(idle && status == u"ACTIVE"_s);
    m_resume->setEnabled(idle && (status == u"PAUSED"_s || status == u"SUSPENDED"_s));
    m_delete->setEnabled(instance);
    m_consoleLog->setEnabled(instance && status != u"BUILD"_s);
    m_console->setEnabled(instance && status == u"ACTIVE"_s);
}

void CloudInstancesPage::loadDetails()
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    const quint64 generation = ++m_detailsGeneration;
    if (!instance || !m_session) {
        m_details->setPlainText(tr("Select an instance to see its details and action log."));
        return;
    }
    const QLocale locale;
    QStringList lines{tr("Name: %1").arg(instance->name),
                      tr("ID: %1").arg(instance->id),
                      tr("Status: %1 (task: %2, power: %3)")
                          .arg(instance->status, instance->taskState.isEmpty() ? tr("none") : instance->taskState,
                               InstanceListModel::powerStateName(instance->powerState)),
                      tr("Flavor: %1").arg(instance->flavorName),
                      tr("Addresses: %1").arg(instance->addresses.isEmpty() ? tr("none") : InstanceListModel::addressText(*instance)),
                      tr("Key pair: %1").arg(instance->keyName.isEmpty() ? tr("none") : instance->keyName),
                      tr("Availability zone: %1").arg(instance->availabilityZone),
                      tr("Created: %1").arg(locale.toString(instance->created.toLocalTime(), QLocale::LongFormat))};
    if (!instance->fault.isEmpty()) {
        lines.append(tr("Fault (%1): %2").arg(instance->fault.code).arg(instance->fault.message));
        if (!instance->fault.details.isEmpty())
            lines.append(instance->fault.details);
    }
    m_details->setPlainText(lines.join(u'\n'));
    whenFinished(InstanceClient(m_session).actions(instance->id), this,
                 [this, generation, lines](const Result<QList<InstanceAction>> &actions) {
                     if (generation != m_detailsGeneration)
                         return; // another instance was selected meanwhile
                     QStringList text = lines;
                     text.append(QString());
                     if (!actions.ok()) {
                         text.append(tr("Action log: %1").arg(actions.error));
                     } else {
                         text.append(tr("Action log:"));
                         const QLocale here;
                         for (const InstanceAction &action : actions.value) {
                             text.append(tr("  %1  %2  (request %3)%4")
                                             .arg(here.toString(action.startTime.toLocalTime(), QLocale::ShortFormat), action.action,
                                                  action.requestId, action.message.isEmpty() ? QString() : u": "_s + action.message));
                             for (const InstanceActionEvent &event : action.events) {
                                 text.append(tr("      %1: %2").arg(event.event, event.result.isEmpty() ? tr("running") : event.result));
                                 if (!event.traceback.isEmpty())
                                     text.append(u"        "_s + event.traceback.trimmed().replace(u'\n', u"\n        "_s));
                             }
                         }
                     }
                     m_details->setPlainText(text.join(u'\n'));
                     Q_EMIT detailsLoaded();
                 });
}

void CloudInstancesPage::perform(InstanceClient::Action action)
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    if (!instance || !m_session)
        return;
    const QString name = instance->name;
    setStatus(tr("Asking Nova to %1 %2…").arg(InstanceClient::actionName(action), name));
    whenFinished(InstanceClient(m_session).perform(instance->id, action), this, [this, name, action](const Result<bool> &result) {
        if (!result.ok())
            setStatus(tr("%1 could not %2: %3").arg(name, InstanceClient::actionName(action), result.error), true);
        else
            setStatus(tr("Nova accepted to %1 %2.").arg(InstanceClient::actionName(action), name));
        // The list polls again while the action runs (task state set).
        m_model->refresh();
        Q_EMIT actionFinished(result.error);
    });
}

void CloudInstancesPage::deleteSelected(bool confirm)
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    if (!instance || !m_session)
        return;
    const QString id = instance->id;
    const QString name = instance->name;
    if (confirm
        && !askToConfirm(tr("Delete Instance"),
                         tr("Delete instance %1 (%2)? Its disk is gone for good; volumes it boots from are deleted only if they were created with \"delete on terminate\".")
                             .arg(name, id)))
        return;
    whenFinished(InstanceClient(m_session).deleteInstance(id), this, [this, name](const Result<bool> &result) {
        if (!result.ok())
            setStatus(tr("%1 could not be deleted: %2").arg(name, result.error), true);
        else
            setStatus(tr("Deleting %1…").arg(name));
        m_model->refresh();
        Q_EMIT actionFinished(result.error);
    });
}

void CloudInstancesPage::showConsoleLog()
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    if (!instance || !m_session)
        return;
    const QString name = instance->name;
    whenFinished(InstanceClient(m_session).consoleLog(instance->id), this, [this, name](const Result<QString> &log) {
        if (!log.ok()) {
            setStatus(tr("The console log of %1 cannot be read: %2").arg(name, log.error), true);
            Q_EMIT consoleLogLoaded({});
            return;
        }
        auto *dialog = new QDialog(this);
        dialog->setObjectName(u"consoleLogDialog"_s);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Console Log of %1").arg(name));
        auto *text = new QPlainTextEdit(dialog);
        text->setObjectName(u"consoleLogText"_s);
        text->setReadOnly(true);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setPlainText(log.value);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog->resize(760, 480);
        dialog->show();
        Q_EMIT consoleLogLoaded(log.value);
    });
}

void CloudInstancesPage::openConsole()
{
    const CloudInstance *instance = m_model->item(m_view->currentIndex());
    if (!instance || !m_session)
        return;
    const QString name = instance->name;
    whenFinished(InstanceClient(m_session).consoleUrl(instance->id), this, [this, name](const Result<QString> &url) {
        if (!url.ok()) {
            setStatus(tr("No console for %1: %2").arg(name, url.error), true);
            return;
        }
        const QUrl address(url.value);
        setStatus(tr("Console of %1: %2").arg(name, address.toString()));
        QDesktopServices::openUrl(address);
        Q_EMIT consoleUrlOpened(address);
    });
}

LaunchInstanceWizard *CloudInstancesPage::openLaunchWizard()
{
    if (!m_session)
        return nullptr;
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return m_wizard;
    }
    m_wizard = new LaunchInstanceWizard(m_session, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &LaunchInstanceWizard::launched, this, [this] { m_model->refresh(); });
    connect(m_wizard, &LaunchInstanceWizard::launchSettled, this, [this] { m_model->refresh(); });
    m_wizard->load();
    m_wizard->show();
    return m_wizard;
}

} // namespace VirtDeck
