// SPDX-License-Identifier: GPL-2.0-or-later
#include "mainwindow.h"

#include "addconnectiondialog.h"
#include "appicons.h"
#include "cloudpage.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "deleteguestdialog.h"
#include "guestfilterproxymodel.h"
#include "guestlistcolumns.h"
#include "guestlistmodel.h"
#include "guestwindow.h"
#include "hostoverviewwindow.h"
#include "newguestwizard.h"
#include "notificationarea.h"
#include "preferencesdialog.h"
#include "preferencesnotifier.h"
#include "createsnapshotdialog.h"
#include "revertsnapshotdialog.h"
#include "snapshotservice.h"
#include "templateactions.h"
#include "sparklinedelegate.h"
#include "translationloader.h"
#include "whenfinished.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(ConnectionManager *manager, QWidget *parent)
    : QMainWindow(parent)
    , m_manager(manager)
    , m_model(new GuestListModel(this))
    , m_proxy(new GuestFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_notifications(new NotificationArea(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("VirtDeck"));
    resize(1200, 720);

    m_model->attach(m_manager);
    m_proxy->setSourceModel(m_model);

    m_view->setObjectName(u"guestList"_s);
    m_view->setAccessibleName(tr("Guests"));
    m_view->setModel(m_proxy);
    // Uniform heights let the view lay out thousands of rows without measuring each one.
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GuestListModel::NameColumn, Qt::AscendingOrder);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    auto *sparklines = new SparklineDelegate(m_view);
    m_view->setItemDelegateForColumn(GuestListModel::CpuColumn, sparklines);
    m_view->setItemDelegateForColumn(GuestListModel::HostCpuColumn, sparklines);
    QHeaderView *header = m_view->header();
    header->setSectionResizeMode(QHeaderView::Interactive); // never ResizeToContents: it reads every row
    header->setStretchLastSection(true);
    const QList<QPair<int, int>> widths = {{GuestListModel::NameColumn, 220}, {GuestListModel::StateColumn, 110},
                                           {GuestListModel::VcpusColumn, 55}, {GuestListModel::MemoryColumn, 80},
                                           {GuestListModel::CpuColumn, 110}, {GuestListModel::HostCpuColumn, 110},
                                           {GuestListModel::MemoryUsageColumn, 95}, {GuestListModel::DiskIoColumn, 90},
                                           {GuestListModel::NetworkIoColumn, 90}, {GuestListModel::AutostartColumn, 75}};
    for (const auto &[column, width] : widths)
        header->resizeSection(column, width);
    m_columns = new GuestListColumns(m_view, this);
    connect(m_columns, &GuestListColumns::hiddenColumnsChanged, this, [this](const QList<int> &hidden) {
        AppPreferences preferences = m_preferences;
        preferences.hiddenColumns = hidden;
        setPreferences(preferences);
        QSettings settings;
        m_preferences.save(settings);
    });
    // Guests and the OpenStack cloud side by side; the guest list stays the first tab.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"mainTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Virtual machines"));
    m_cloudPage = new CloudPage(m_tabs);
    m_tabs->addTab(m_cloudPage, tr("Cloud"));
    setCentralWidget(m_tabs);

    m_notificationDock = new QDockWidget(tr("Notifications"), this);
    m_notificationDock->setObjectName(u"notificationDock"_s);
    m_notificationDock->setWidget(m_notifications);
    m_notificationDock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, m_notificationDock);
    m_notificationDock->hide();
    connect(m_notifications, &NotificationArea::errorAdded, this, [this] { m_notificationDock->show(); });

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"guestSummary"_s);
    statusBar()->addPermanentWidget(m_summaryLabel);
    m_summaryTimer = new QTimer(this);
    m_summaryTimer->setSingleShot(true);
    m_summaryTimer->setInterval(250); // coalesces bursts of model changes into one recount
    connect(m_summaryTimer, &QTimer::timeout, this, &MainWindow::updateStatusSummary);

    createActions();
    createMenus();
    createToolBar();

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_view, &QTreeView::activated, this, &MainWindow::onActivated);
    connect(m_view, &QTreeView::customContextMenuRequested, this, &MainWindow::showContextMenu);
    // New connection rows open expanded.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parentIndex, int first, int last) {
        if (!parentIndex.isValid()) {
            for (int row = first; row <= last; ++row)
                m_view->expand(m_proxy->index(row, 0));
        }
        m_summaryTimer->start();
        tryPendingRequests();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, m_summaryTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.column() == 0) { // names and states, not stats ticks
            m_summaryTimer->start();
            updateActions();
        }
    });
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        m_view->expand(m_proxy->index(row, 0));

    // Connection failures reach the notification area too, not only the tooltip.
    const auto watchSession = [this](ConnectionSession *session) {
        connect(session, &ConnectionSession::stateChanged, this, [this, session](ConnectionState state, const QString &message) {
            if (state == ConnectionState::Failed || state == ConnectionState::Lost)
                m_notifications->addError(session->displayName(), message);
            tryPendingRequests();
            updateActions();
        });
    };
    for (ConnectionSession *session : m_manager->sessions())
        watchSession(session);
    connect(m_manager, &ConnectionManager::sessionAdded, this, watchSession);

    QSettings settings;
    setPreferences(AppPreferences::load(settings));
    restoreLayout();
    m_columns->setHiddenColumns(m_preferences.hiddenColumns); // the preferences win over the saved header
    m_view->setFocus(); // keyboard users start in the list
    updateActions();
    updateStatusSummary();
}

MainWindow::~MainWindow() = default;

void MainWindow::setPreferences(const AppPreferences &preferences)
{
    m_preferences = preferences;
    m_manager->setStatsIntervalMs(int(preferences.statsIntervalSeconds * 1000));
    m_manager->setConnectTimeoutMs(preferences.connectTimeoutSeconds * 1000);
    m_columns->setHiddenColumns(preferences.hiddenColumns);
    m_columns->setGraphsVisible(preferences.showGraphs);
    if (TranslationLoader::current().isEmpty() || TranslationLoader::resolve(preferences.language) != TranslationLoader::current())
        TranslationLoader::apply(preferences.language); // every window gets QEvent::LanguageChange
    PreferencesNotifier::instance()->publish(preferences);
}

void MainWindow::createActions()
{
    QStyle *s = style();
    const auto guestAction = [&](DomainAction action, const QString &text, const QIcon &icon, const QKeySequence &key,
                                 const QString &name) {
        auto *a = new QAction(icon, text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, [this, action] { runOnSelection(action); });
        m_guestActions.insert(action, a);
        addAction(a);
    };
    guestAction(DomainAction::Start, tr("&Start"), AppIcons::themed(u"media-playback-start"_s), QKeySequence(tr("Ctrl+Shift+R")), u"actionStart"_s);
    guestAction(DomainAction::Shutdown, tr("Shut &Down"), AppIcons::themed(u"system-shutdown"_s), QKeySequence(tr("Ctrl+Shift+D")), u"actionShutdown"_s);
    guestAction(DomainAction::Reboot, tr("&Reboot"), AppIcons::themed(u"system-reboot"_s), QKeySequence(tr("Ctrl+Shift+B")), u"actionReboot"_s);
    guestAction(DomainAction::ForceOff, tr("&Force Off…"), AppIcons::themed(u"process-stop"_s), QKeySequence(tr("Ctrl+Shift+F")), u"actionForceOff"_s);
    guestAction(DomainAction::Pause, tr("&Pause"), AppIcons::themed(u"media-playback-pause"_s), QKeySequence(tr("Ctrl+Shift+P")), u"actionPause"_s);
    guestAction(DomainAction::Resume, tr("Res&ume"), AppIcons::themed(u"media-playback-start"_s), QKeySequence(tr("Ctrl+Shift+U")), u"actionResume"_s);
    guestAction(DomainAction::ManagedSave, tr("Sa&ve"), AppIcons::themed(u"document-save"_s), QKeySequence(tr("Ctrl+Shift+V")), u"actionSave"_s);
    guestAction(DomainAction::Restore, tr("Res&tore"), AppIcons::themed(u"document-revert"_s), QKeySequence(tr("Ctrl+Shift+E")), u"actionRestore"_s);
    guestAction(DomainAction::Delete, tr("De&lete…"), AppIcons::themed(u"edit-delete"_s), QKeySequence::Delete, u"actionDelete"_s);
    guestAction(DomainAction::EnableAutostart, tr("Start on &Host Boot"), QIcon(), {}, u"actionAutostartOn"_s);
    guestAction(DomainAction::DisableAutostart, tr("Do &Not Start on Host Boot"), QIcon(), {}, u"actionAutostartOff"_s);

    m_openGuest = new QAction(tr("&Open"), this);
    m_openGuest->setObjectName(u"actionOpenGuest"_s);
    connect(m_openGuest, &QAction::triggered, this, [this] {
        for (const SelectedGuest &guest : selectedGuests())
            openGuestWindow(guest.connectionId, guest.uuid);
    });

    m_snapshotCreate = new QAction(tr("Sna&pshot…"), this);
    m_snapshotCreate->setObjectName(u"actionSnapshotCreate"_s);
    connect(m_snapshotCreate, &QAction::triggered, this, &MainWindow::snapshotSelection);
    m_snapshotRevert = new QAction(tr("Revert to Snaps&hot…"), this);
    m_snapshotRevert->setObjectName(u"actionSnapshotRevert"_s);
    connect(m_snapshotRevert, &QAction::triggered, this, &MainWindow::revertSelectionToSnapshot);
    m_snapshotManager = new QAction(tr("Snapshots…"), this);
    m_snapshotManager->setObjectName(u"actionSnapshots"_s);
    connect(m_snapshotManager, &QAction::triggered, this, [this] {
        const QList<SelectedGuest> guests = selectedGuests();
        if (guests.size() != 1)
            return;
        if (GuestWindow *window = openGuestWindow(guests.first().connectionId, guests.first().uuid))
            window->showPage(GuestWindow::Page::Snapshots);
    });
    // Clone and template actions live in their own class; only the selection is shared.
    m_templateActions = new TemplateActions(m_manager, m_notifications, [this] {
        QList<TemplateActions::Guest> out;
        for (const SelectedGuest &g : selectedGuests())
            out.append({g.connectionId, g.uuid, g.name, g.state});
        return out;
    }, this);

    m_addConnection = new QAction(AppIcons::themed(u"network-server"_s), tr("&Add Connection…"), this);
    m_addConnection->setObjectName(u"actionAddConnection"_s);
    connect(m_addConnection, &QAction::triggered, this, &MainWindow::addConnection);
    m_addDemoHost = new QAction(tr("Add &Demo Host (test driver)"), this);
    m_addDemoHost->setObjectName(u"actionAddDemoHost"_s);
    connect(m_addDemoHost, &QAction::triggered, this, &MainWindow::addDemoHost);
    m_connect = new QAction(tr("&Connect"), this);
    m_connect->setObjectName(u"actionConnect"_s);
    connect(m_connect, &QAction::triggered, this, [this] {
        if (ConnectionSession *session = m_manager->session(selectedConnectionId()))
            session->open();
    });
    m_disconnect = new QAction(tr("D&isconnect"), this);
    m_disconnect->setObjectName(u"actionDisconnect"_s);
    connect(m_disconnect, &QAction::triggered, this, [this] {
        if (ConnectionSession *session = m_manager->session(selectedConnectionId()))
            session->close();
    });
    m_removeConnection = new QAction(tr("&Remove Connection"), this);
    m_removeConnection->setObjectName(u"actionRemoveConnection"_s);
    connect(m_removeConnection, &QAction::triggered, this, [this] {
        ConnectionSession *session = m_manager->session(selectedConnectionId());
        if (!session)
            return;
        const auto answer = !m_preferences.confirmRemoveConnection
            ? QMessageBox::Yes
            : QMessageBox::question(this, tr("Remove connection"),
                                    tr("Remove %1 from the list? Its guests are not touched.").arg(session->displayName()));
        if (answer == QMessageBox::Yes) {
            m_manager->removeConnection(session->id());
            persistConnections();
        }
    });
    m_editConnection = new QAction(tr("&Edit Connection…"), this);
    m_editConnection->setObjectName(u"actionEditConnection"_s);
    connect(m_editConnection, &QAction::triggered, this, &MainWindow::editConnection);
    m_hostOverview = new QAction(AppIcons::themed(u"computer"_s), tr("&Host Overview"), this);
    m_hostOverview->setObjectName(u"actionHostOverview"_s);
    connect(m_hostOverview, &QAction::triggered, this, [this] {
        int id = selectedConnectionId();
        if (id == 0 && !m_manager->sessions().isEmpty())
            id = m_manager->sessions().first()->id();
        openHostOverview(id);
    });
    m_preferencesAction = new QAction(tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"actionPreferences"_s);
    m_preferencesAction->setShortcut(QKeySequence::Preferences);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::editPreferences);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setObjectName(u"actionQuit"_s);
    m_quit->setShortcut(QKeySequence::Quit);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_newGuest = new QAction(s->standardIcon(QStyle::SP_FileIcon), tr("&New Virtual Machine…"), this);
    m_newGuest->setObjectName(u"actionNewGuest"_s);
    m_newGuest->setShortcut(QKeySequence::New);
    connect(m_newGuest, &QAction::triggered, this, &MainWindow::newGuest);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    file->addAction(m_newGuest);
    file->addAction(m_addConnection);
    file->addAction(m_addDemoHost);
    file->addSeparator();
    file->addAction(m_quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_preferencesAction);

    QMenu *host = menuBar()->addMenu(tr("&Host"));
    host->setObjectName(u"hostMenu"_s);
    host->addAction(m_connect);
    host->addAction(m_disconnect);
    host->addAction(m_hostOverview);
    host->addSeparator();
    host->addAction(m_editConnection);
    host->addAction(m_removeConnection);

    QMenu *guest = menuBar()->addMenu(tr("&Guest"));
    guest->setObjectName(u"guestMenu"_s);
    guest->addAction(m_openGuest);
    guest->addSeparator();
    for (DomainAction action : {DomainAction::Start, DomainAction::Shutdown, DomainAction::Reboot, DomainAction::ForceOff})
        guest->addAction(m_guestActions.value(action));
    guest->addSeparator();
    for (DomainAction action : {DomainAction::Pause, DomainAction::Resume, DomainAction::ManagedSave, DomainAction::Restore})
        guest->addAction(m_guestActions.value(action));
    guest->addSeparator();
    guest->addAction(m_guestActions.value(DomainAction::EnableAutostart));
    guest->addAction(m_guestActions.value(DomainAction::DisableAutostart));
    guest->addSeparator();
    guest->addAction(m_snapshotCreate);
    guest->addAction(m_snapshotRevert);
    guest->addAction(m_snapshotManager);
    guest->addSeparator();
    guest->addActions(m_templateActions->actions());
    guest->addSeparator();
    guest->addAction(m_guestActions.value(DomainAction::Delete));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    view->addAction(m_notificationDock->toggleViewAction());
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newGuest);
    bar->addAction(m_addConnection);
    bar->addSeparator();
    for (DomainAction action : {DomainAction::Start, DomainAction::Pause, DomainAction::Resume, DomainAction::Shutdown,
                                DomainAction::ForceOff, DomainAction::Delete})
        bar->addAction(m_guestActions.value(action));
    bar->addSeparator();
    bar->addAction(m_hostOverview);

    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);

    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(u"stateFilter"_s);
    m_stateFilter->addItem(tr("All guests"), int(GuestFilterProxyModel::StateFilter::All));
    m_stateFilter->addItem(tr("Active"), int(GuestFilterProxyModel::StateFilter::Active));
    m_stateFilter->addItem(tr("Running"), int(GuestFilterProxyModel::StateFilter::Running));
    m_stateFilter->addItem(tr("Paused"), int(GuestFilterProxyModel::StateFilter::Paused));
    m_stateFilter->addItem(tr("Shut off"), int(GuestFilterProxyModel::StateFilter::ShutOff));
    m_stateFilter->addItem(tr("Inactive"), int(GuestFilterProxyModel::StateFilter::Inactive));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStateFilter(GuestFilterProxyModel::StateFilter(m_stateFilter->currentData().toInt()));
    });
    bar->addWidget(m_stateFilter);

    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"guestSearch"_s);
    m_search->setAccessibleName(tr("Search guests"));
    m_search->setPlaceholderText(tr("Search guests (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &GuestFilterProxyModel::setSearchText);
    bar->addWidget(m_search);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcut(QKeySequence::Find);
    connect(focusSearch, &QAction::triggered, m_search, [this] { m_search->setFocus(); m_search->selectAll(); });
    addAction(focusSearch);
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray());
    m_view->header()->restoreState(settings.value(u"mainWindow/header"_s).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/header"_s, m_view->header()->saveState());
    for (const auto &window : std::as_const(m_guestWindows)) {
        if (window)
            window->close();
    }
    for (const auto &window : std::as_const(m_hostWindows)) {
        if (window)
            window->close();
    }
    event->accept();
}

QList<MainWindow::SelectedGuest> MainWindow::selectedGuests() const
{
    QList<SelectedGuest> out;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    out.reserve(rows.size());
    for (const QModelIndex &proxyIndex : rows) {
        const DomainInfo *info = m_model->domain(m_proxy->mapToSource(proxyIndex));
        if (!info)
            continue;
        out.append({proxyIndex.data(GuestListModel::ConnectionIdRole).toInt(), info->uuid, info->name, info->state,
                    info->hasManagedSave, info->autostart});
    }
    return out;
}

int MainWindow::selectedConnectionId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(GuestListModel::ConnectionIdRole).toInt() : 0;
}

bool MainWindow::applies(DomainAction action, const SelectedGuest &guest)
{
    const bool active = isActive(guest.state);
    switch (action) {
    case DomainAction::Start:
        return !active && !guest.hasManagedSave;
    case DomainAction::Restore:
        return !active && guest.hasManagedSave;
    case DomainAction::Shutdown:
    case DomainAction::Reboot:
        return guest.state == DomainState::Running || guest.state == DomainState::Blocked;
    case DomainAction::ForceOff:
        return active;
    case DomainAction::Pause:
        return guest.state == DomainState::Running || guest.state == DomainState::Blocked;
    case DomainAction::Resume:
        return guest.state == DomainState::Paused;
    case DomainAction::ManagedSave:
        return guest.state == DomainState::Running || guest.state == DomainState::Paused || guest.state == DomainState::Blocked;
    case DomainAction::Delete:
        return true;
    case DomainAction::EnableAutostart:
        return !guest.autostart;
    case DomainAction::DisableAutostart:
        return guest.autostart;
    }
    return false;
}

void MainWindow::updateActions()
{
    const QList<SelectedGuest> guests = selectedGuests();
    for (auto it = m_guestActions.cbegin(); it != m_guestActions.cend(); ++it) {
        const bool any = std::any_of(guests.cbegin(), guests.cend(),
                                     [action = it.key()](const SelectedGuest &g) { return applies(action, g); });
        it.value()->setEnabled(any);
    }
    m_openGuest->setEnabled(!guests.isEmpty());
    m_snapshotCreate->setEnabled(!guests.isEmpty());
    m_snapshotRevert->setEnabled(!guests.isEmpty());
    m_snapshotManager->setEnabled(guests.size() == 1);
    if (m_templateActions)
        m_templateActions->updateActions(selectedConnectionId());
    const ConnectionSession *session = m_manager->session(selectedConnectionId());
    const bool up = session && (session->state() == ConnectionState::Connected || session->state() == ConnectionState::Connecting
                                || session->state() == ConnectionState::Lost);
    m_connect->setEnabled(session && !up);
    m_disconnect->setEnabled(session && up);
    m_removeConnection->setEnabled(session != nullptr);
    m_editConnection->setEnabled(session != nullptr);
    m_hostOverview->setEnabled(!m_manager->sessions().isEmpty());
}

bool MainWindow::runOnSelection(DomainAction action)
{
    QList<SelectedGuest> guests = selectedGuests();
    guests.erase(std::remove_if(guests.begin(), guests.end(), [action](const SelectedGuest &g) { return !applies(action, g); }),
                 guests.end());
    if (guests.isEmpty())
        return false;
    QStringList names;
    for (const SelectedGuest &guest : guests)
        names.append(guest.name);
    const QString nameList = names.size() > 10 ? tr("%1 and %n more", nullptr, int(names.size()) - 10).arg(names.mid(0, 10).join(u", "_s))
                                               : names.join(u", "_s);
    if (action == DomainAction::ForceOff && m_preferences.confirmForceOff) {
        const auto answer = QMessageBox::warning(this, tr("Force off"),
                                                 tr("Force off %1? This is like pulling the power plug: "
                                                    "unsaved data in the guest is lost.").arg(nameList),
                                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return false;
    }
    const bool askShutdown = m_preferences.confirmShutdown && (action == DomainAction::Shutdown || action == DomainAction::Reboot);
    const bool askPause = m_preferences.confirmPause && action == DomainAction::Pause;
    if (askShutdown || askPause) {
        const QString question = action == DomainAction::Shutdown ? tr("Shut down %1?").arg(nameList)
            : action == DomainAction::Reboot                     ? tr("Reboot %1?").arg(nameList)
                                                                 : tr("Pause %1?").arg(nameList);
        if (QMessageBox::question(this, actionLabel(action), question, QMessageBox::Yes | QMessageBox::Cancel,
                                  QMessageBox::Cancel) != QMessageBox::Yes)
            return false;
    }
    if (action == DomainAction::Delete) {
        deleteSelection(guests);
        return true;
    }
    dispatch(action, guests);
    return true;
}

void MainWindow::deleteSelection(const QList<SelectedGuest> &guests)
{
    if (!m_preferences.confirmDelete) {
        // Without the dialog nothing but the definitions goes: storage is always kept.
        QHash<int, DeleteOptions> keepStorage;
        for (const SelectedGuest &guest : guests)
            keepStorage[guest.connectionId] = DeleteOptions{};
        dispatch(DomainAction::Delete, guests, keepStorage);
        return;
    }
    QList<DeleteGuestDialog::Target> targets;
    for (const SelectedGuest &guest : guests) {
        if (ConnectionSession *session = m_manager->session(guest.connectionId))
            targets.append({session, guest.uuid, guest.name});
    }
    auto *dialog = new DeleteGuestDialog(targets, this);
    dialog->setObjectName(u"deleteGuestDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guests] { dispatch(DomainAction::Delete, guests, dialog->options()); });
    dialog->open();
}

void MainWindow::snapshotSelection()
{
    const QList<SelectedGuest> guests = selectedGuests();
    if (guests.isEmpty())
        return;
    QList<CreateSnapshotDialog::Guest> targets;
    for (const SelectedGuest &guest : guests)
        targets.append({guest.name, guest.state, {}, {}, false});
    auto *dialog = new CreateSnapshotDialog(targets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guests] {
        const SnapshotCreateOptions options = dialog->options();
        QHash<int, UuidList> byConnection;
        for (const SelectedGuest &guest : guests)
            byConnection[guest.connectionId].append(guest.uuid);
        const QString label = tr("Snapshot \"%1\"").arg(options.name);
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
            if (ConnectionSession *session = m_manager->session(it.key()))
                whenFinished(SnapshotService(session).createMany(it.value(), options), this,
                             [this, label](const DomainActionResults &results) { m_notifications->addResults(label, results); });
        }
    });
    dialog->open();
}

void MainWindow::revertSelectionToSnapshot()
{
    const QList<SelectedGuest> guests = selectedGuests();
    if (guests.isEmpty())
        return;
    QStringList names;
    bool anyActive = false;
    for (const SelectedGuest &guest : guests) {
        names.append(guest.name);
        anyActive |= isActive(guest.state);
    }
    auto *dialog = new RevertSnapshotDialog(names, anyActive, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, guests] {
        const QString name = dialog->snapshotName();
        const SnapshotRevertMode mode = dialog->mode();
        QHash<int, UuidList> byConnection;
        for (const SelectedGuest &guest : guests)
            byConnection[guest.connectionId].append(guest.uuid);
        const QString label = tr("Revert to \"%1\"").arg(name);
        for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
            if (ConnectionSession *session = m_manager->session(it.key()))
                whenFinished(SnapshotService(session).revertMany(it.value(), name, mode), this,
                             [this, label](const DomainActionResults &results) { m_notifications->addResults(label, results); });
        }
    });
    dialog->open();
}

void MainWindow::dispatch(DomainAction action, const QList<SelectedGuest> &guests, const QHash<int, DeleteOptions> &deleteOptions)
{
    QHash<int, UuidList> byConnection;
    for (const SelectedGuest &guest : guests)
        byConnection[guest.connectionId].append(guest.uuid);
    for (auto it = byConnection.cbegin(); it != byConnection.cend(); ++it) {
        ConnectionSession *session = m_manager->session(it.key());
        if (!session)
            continue;
        const QString label = actionLabel(action);
        statusBar()->showMessage(tr("%1: %n guest(s)…", nullptr, int(it.value().size())).arg(label), 3000);
        whenFinished(session->runAction(action, it.value(), deleteOptions.value(it.key())), this,
                     [this, label](const DomainActionResults &results) { m_notifications->addResults(label, results); });
    }
}

QString MainWindow::actionLabel(DomainAction action)
{
    switch (action) {
    case DomainAction::Start: return tr("Start");
    case DomainAction::Shutdown: return tr("Shut down");
    case DomainAction::Reboot: return tr("Reboot");
    case DomainAction::ForceOff: return tr("Force off");
    case DomainAction::Pause: return tr("Pause");
    case DomainAction::Resume: return tr("Resume");
    case DomainAction::ManagedSave: return tr("Save");
    case DomainAction::Restore: return tr("Restore");
    case DomainAction::Delete: return tr("Delete");
    case DomainAction::EnableAutostart: return tr("Autostart on");
    case DomainAction::DisableAutostart: return tr("Autostart off");
    }
    return {};
}

void MainWindow::selectGuests(const QStringList &names)
{
    QItemSelection selection;
    for (int c = 0; c < m_proxy->rowCount(); ++c) {
        const QModelIndex connection = m_proxy->index(c, 0);
        for (int r = 0; r < m_proxy->rowCount(connection); ++r) {
            const QModelIndex row = m_proxy->index(r, 0, connection);
            if (names.contains(row.data().toString()))
                selection.select(row, row.siblingAtColumn(GuestListModel::ColumnCount - 1));
        }
    }
    m_view->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void MainWindow::addConnection()
{
    AddConnectionDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionConfig config = dialog.config();
    if (ConnectionSession *existing = m_manager->findByUri(config.uri)) {
        m_notifications->addInfo(tr("%1 is already in the list.").arg(config.uri));
        existing->open();
        return;
    }
    ConnectionSession *session = m_manager->addConnection(config);
    m_manager->setPersistent(session->id(), true);
    persistConnections();
    session->open();
}

void MainWindow::addDemoHost()
{
    ConnectionSession *session = m_manager->findByUri(u"test:///default"_s);
    if (!session) {
        session = m_manager->addConnection(ConnectionConfig{u"test:///default"_s, tr("Demo host"), false});
        m_manager->setPersistent(session->id(), false);
    }
    session->open();
}

void MainWindow::editConnection()
{
    ConnectionSession *session = m_manager->session(selectedConnectionId());
    if (!session)
        return;
    AddConnectionDialog dialog(this);
    dialog.setWindowTitle(tr("Edit Connection"));
    dialog.setConfig(session->config());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ConnectionConfig config = dialog.config();
    if (config.uri != session->uri()) {
        // Another URI is another host: a new session, the old one closed and removed.
        if (m_manager->findByUri(config.uri)) {
            m_notifications->addError(tr("Edit connection"), tr("%1 is already in the list.").arg(config.uri));
            return;
        }
        m_manager->removeConnection(session->id());
        ConnectionSession *replacement = m_manager->addConnection(config);
        m_manager->setPersistent(replacement->id(), true);
        replacement->open();
    } else {
        session->setConfig(config);
        m_model->setConnectionName(session->id(), session->displayName());
        m_manager->setPersistent(session->id(), true);
    }
    persistConnections();
}

void MainWindow::persistConnections()
{
    QSettings settings;
    m_manager->save(settings);
}

void MainWindow::editPreferences()
{
    PreferencesDialog dialog(this);
    QStringList uris;
    for (const ConnectionSession *session : m_manager->sessions())
        uris.append(session->uri());
    dialog.setConnectionChoices(uris);
    dialog.setPreferences(m_preferences);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setPreferences(dialog.preferences());
    QSettings settings;
    m_preferences.save(settings);
}

void MainWindow::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const int connectionId = source.data(GuestListModel::ConnectionIdRole).toInt();
    if (const DomainInfo *info = m_model->domain(source)) {
        openGuestWindow(connectionId, info->uuid);
        return;
    }
    ConnectionSession *session = m_manager->session(connectionId);
    if (session && session->state() != ConnectionState::Connected)
        session->open();
    else
        openHostOverview(connectionId);
}

void MainWindow::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    if (index.data(GuestListModel::IsConnectionRole).toBool()) {
        m_view->setCurrentIndex(index);
        updateActions();
        menu.addAction(m_connect);
        menu.addAction(m_disconnect);
        menu.addAction(m_hostOverview);
        menu.addSeparator();
        menu.addAction(m_editConnection);
        menu.addAction(m_removeConnection);
    } else {
        menu.addAction(m_openGuest);
        menu.addSeparator();
        for (DomainAction action : {DomainAction::Start, DomainAction::Restore, DomainAction::Shutdown, DomainAction::Reboot,
                                    DomainAction::ForceOff, DomainAction::Pause, DomainAction::Resume, DomainAction::ManagedSave}) {
            if (m_guestActions.value(action)->isEnabled())
                menu.addAction(m_guestActions.value(action));
        }
        menu.addSeparator();
        menu.addAction(m_guestActions.value(DomainAction::EnableAutostart));
        menu.addAction(m_guestActions.value(DomainAction::DisableAutostart));
        menu.addSeparator();
        menu.addAction(m_snapshotCreate);
        menu.addAction(m_snapshotRevert);
        menu.addAction(m_snapshotManager);
        menu.addSeparator();
        menu.addActions(m_templateActions->actions());
        menu.addSeparator();
        menu.addAction(m_guestActions.value(DomainAction::Delete));
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

GuestWindow *MainWindow::openGuestWindow(int connectionId, const QUuid &uuid)
{
    QPointer<GuestWindow> &window = m_guestWindows[qMakePair(connectionId, uuid)];
    if (!window) {
        ConnectionSession *session = m_manager->session(connectionId);
        if (!session)
            return nullptr;
        window = new GuestWindow(session, m_model, uuid, nullptr);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

HostOverviewWindow *MainWindow::openHostOverview(int connectionId)
{
    QPointer<HostOverviewWindow> &window = m_hostWindows[connectionId];
    if (!window) {
        ConnectionSession *session = m_manager->session(connectionId);
        if (!session)
            return nullptr;
        window = new HostOverviewWindow(session, nullptr);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void MainWindow::showDomainWhenAvailable(const QString &name, bool console)
{
    m_pendingDomains.append({name, console});
    tryPendingRequests();
}

void MainWindow::showHostSummaryWhenAvailable()
{
    m_pendingHostSummary = true;
    tryPendingRequests();
}

void MainWindow::tryPendingRequests()
{
    if (m_pendingHostSummary && !m_manager->sessions().isEmpty()) {
        m_pendingHostSummary = false;
        openHostOverview(m_manager->sessions().first()->id());
    }
    if (m_pendingDomains.isEmpty())
        return;
    bool stillLoading = false;
    for (const ConnectionSession *session : m_manager->sessions())
        stillLoading |= session->state() == ConnectionState::Connecting;
    for (auto it = m_pendingDomains.begin(); it != m_pendingDomains.end();) {
        bool found = false;
        for (const ConnectionSession *session : m_manager->sessions()) {
            const QModelIndex parentIndex = m_model->connectionIndex(session->id());
            for (int row = 0; row < m_model->rowCount(parentIndex) && !found; ++row) {
                const DomainInfo *info = m_model->domain(m_model->index(row, 0, parentIndex));
                if (info && info->name == it->name) {
                    found = true;
                    GuestWindow *window = openGuestWindow(session->id(), info->uuid);
                    if (window && it->console)
                        window->showPage(GuestWindow::Page::Console);
                }
            }
            if (found)
                break;
        }
        if (found) {
            it = m_pendingDomains.erase(it);
        } else if (!stillLoading && m_model->guestCount() >= 0 && !m_manager->sessions().isEmpty()) {
            bool anyConnected = false;
            for (const ConnectionSession *session : m_manager->sessions())
                anyConnected |= session->state() == ConnectionState::Connected;
            if (!anyConnected) {
                ++it;
                continue; // wait for a connection to come up
            }
            m_notifications->addError(tr("Open guest"), tr("No guest named \"%1\" on any connected host.").arg(it->name));
            it = m_pendingDomains.erase(it);
        } else {
            ++it;
        }
    }
}

void MainWindow::newGuest()
{
    // The selected connection, else the first connected one.
    ConnectionSession *session = m_manager->session(selectedConnectionId());
    if (!session || session->state() != ConnectionState::Connected) {
        session = nullptr;
        for (ConnectionSession *candidate : m_manager->sessions()) {
            if (candidate->state() == ConnectionState::Connected) {
                session = candidate;
                break;
            }
        }
    }
    if (!session) {
        m_notifications->addError(tr("New virtual machine"), tr("Connect to a host first."));
        return;
    }
    auto *wizard = new NewGuestWizard(session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &NewGuestWizard::startFailed, this, [this](const QString &name, const QString &message) {
        m_notifications->addError(tr("Start %1").arg(name), message);
    });
    connect(wizard, &NewGuestWizard::guestCreated, this,
            [this](int connectionId, const QUuid &uuid, const QString &, bool openConsole) {
                GuestWindow *window = openGuestWindow(connectionId, uuid);
                if (window && openConsole)
                    window->showPage(GuestWindow::Page::Console);
            });
    wizard->show();
}

void MainWindow::updateStatusSummary()
{
    int total = 0;
    int running = 0;
    for (int c = 0; c < m_model->rowCount(); ++c) {
        const QModelIndex parentIndex = m_model->index(c, 0);
        const int rows = m_model->rowCount(parentIndex);
        total += rows;
        for (int r = 0; r < rows; ++r) {
            const DomainInfo *info = m_model->domain(m_model->index(r, 0, parentIndex));
            running += info && isActive(info->state) ? 1 : 0;
        }
    }
    m_summaryLabel->setText(tr("%n guest(s), %1 active", nullptr, total).arg(running));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("VirtDeck"));
    m_tabs->setTabText(m_tabs->indexOf(m_view), tr("Virtual machines"));
    m_tabs->setTabText(m_tabs->indexOf(m_cloudPage), tr("Cloud"));
    m_notificationDock->setWindowTitle(tr("Notifications"));
    m_notificationDock->toggleViewAction()->setText(tr("Notifications"));
    m_templateActions->retranslate();

    const QList<QPair<DomainAction, QString>> guestTexts = {
        {DomainAction::Start, tr("&Start")}, {DomainAction::Shutdown, tr("Shut &Down")}, {DomainAction::Reboot, tr("&Reboot")},
        {DomainAction::ForceOff, tr("&Force Off…")}, {DomainAction::Pause, tr("&Pause")}, {DomainAction::Resume, tr("Res&ume")},
        {DomainAction::ManagedSave, tr("Sa&ve")}, {DomainAction::Restore, tr("Res&tore")}, {DomainAction::Delete, tr("De&lete…")},
        {DomainAction::EnableAutostart, tr("Start on &Host Boot")}, {DomainAction::DisableAutostart, tr("Do &Not Start on Host Boot")}};
    for (const auto &[action, text] : guestTexts) {
        if (QAction *a = m_guestActions.value(action))
            a->setText(text);
    }
    const QList<QPair<QAction *, QString>> texts = {
        {m_openGuest, tr("&Open")}, {m_snapshotCreate, tr("Sna&pshot…")}, {m_snapshotRevert, tr("Revert to Snaps&hot…")},
        {m_snapshotManager, tr("Snapshots…")}, {m_addConnection, tr("&Add Connection…")},
        {m_addDemoHost, tr("Add &Demo Host (test driver)")}, {m_connect, tr("&Connect")}, {m_disconnect, tr("D&isconnect")},
        {m_removeConnection, tr("&Remove Connection")}, {m_editConnection, tr("&Edit Connection…")},
        {m_hostOverview, tr("&Host Overview")}, {m_preferencesAction, tr("&Preferences…")}, {m_quit, tr("&Quit")}};
    for (const auto &[action, text] : texts) {
        if (action)
            action->setText(text);
    }
    // Actions added by other windows' work, found by name so this compiles without them.
    const QList<QPair<QString, QString>> named = {{u"actionNewGuest"_s, tr("&New Virtual Machine…")}};
    for (const auto &[name, text] : named) {
        if (auto *action = findChild<QAction *>(name, Qt::FindDirectChildrenOnly))
            action->setText(text);
    }
    const QList<QPair<QString, QString>> menus = {{u"fileMenu"_s, tr("&File")}, {u"editMenu"_s, tr("&Edit")},
                                                  {u"hostMenu"_s, tr("&Host")}, {u"guestMenu"_s, tr("&Guest")},
                                                  {u"viewMenu"_s, tr("&View")}};
    for (const auto &[name, title] : menus) {
        if (auto *menu = menuBar()->findChild<QMenu *>(name, Qt::FindDirectChildrenOnly))
            menu->setTitle(title);
    }
    if (auto *bar = findChild<QToolBar *>(u"mainToolBar"_s))
        bar->setWindowTitle(tr("Main"));
    if (m_stateFilter) {
        const QStringList filters = {tr("All guests"), tr("Active"), tr("Running"), tr("Paused"), tr("Shut off"), tr("Inactive")};
        for (int i = 0; i < filters.size() && i < m_stateFilter->count(); ++i)
            m_stateFilter->setItemText(i, filters.at(i));
    }
    if (m_search) {
        m_search->setPlaceholderText(tr("Search guests (Ctrl+F)"));
        m_search->setAccessibleName(tr("Search guests"));
    }
    m_view->setAccessibleName(tr("Guests"));
    m_view->header()->viewport()->update(); // column titles and states are translated when painted
    m_view->viewport()->update();
    updateStatusSummary();
}

} // namespace VirtDeck
