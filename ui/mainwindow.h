// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "apppreferences.h"
#include "domainaction.h"
#include "domaininfo.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QUuid>

class QAction;
class QComboBox;
class QDockWidget;
class QLineEdit;
class QLabel;
class QTabWidget;
class QTimer;
class QTreeView;

namespace VirtDeck {

class CloudPage;
class GuestListColumns;
class ConnectionManager;
class ConnectionSession;
class GuestFilterProxyModel;
class GuestListModel;
class GuestWindow;
class HostOverviewWindow;
class NotificationArea;
class TemplateActions;

// The guest list: every guest of every connection, with lifecycle actions that apply to
// the whole selection and report a result per guest.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConnectionManager *manager, QWidget *parent = nullptr);
    ~MainWindow() override;

    GuestListModel *guestModel() const { return m_model; }
    GuestFilterProxyModel *proxyModel() const { return m_proxy; }
    QTreeView *guestView() const { return m_view; }
    QTabWidget *centralTabs() const { return m_tabs; }
    CloudPage *cloudPage() const { return m_cloudPage; }
    NotificationArea *notifications() const { return m_notifications; }

    void setPreferences(const AppPreferences &preferences);
    const AppPreferences &preferences() const { return m_preferences; }

    // Runs an action on the selected guests; false when nothing applicable is selected.
    // Confirmations (force off, delete) are asked unless the preferences turn them off.
    bool runOnSelection(DomainAction action);
    void selectGuests(const QStringList &names);

    // Command-line entry points: act as soon as the named guest or host is known.
    void showDomainWhenAvailable(const QString &name, bool console);
    void showHostSummaryWhenAvailable();
    GuestWindow *openGuestWindow(int connectionId, const QUuid &uuid);
    HostOverviewWindow *openHostOverview(int connectionId);

protected:
    void closeEvent(QCloseEvent *event) override;
    // QEvent::LanguageChange (the preferences' language): retranslateUi().
    void changeEvent(QEvent *event) override;

private:
    struct SelectedGuest
    {
        int connectionId;
        QUuid uuid;
        QString name;
        DomainState state;
        bool hasManagedSave;
        bool autostart;
    };

    void createActions();
    void createMenus();
    void createToolBar();
    // Sets every text the window owns again in the installed language. New actions and
    // menus of the main window belong here too (the language changes without a restart).
    void retranslateUi();
    void restoreLayout();
    QList<SelectedGuest> selectedGuests() const;
    int selectedConnectionId() const;
    void updateActions();
    void dispatch(DomainAction action, const QList<SelectedGuest> &guests, const QHash<int, DeleteOptions> &deleteOptions = {});
    void deleteSelection(const QList<SelectedGuest> &guests);
    void snapshotSelection();
    void revertSelectionToSnapshot();
    void addConnection();
    void newGuest();
    void addDemoHost();
    void editConnection();
    void editPreferences();
    void onActivated(const QModelIndex &proxyIndex);
    void showContextMenu(const QPoint &pos);
    void tryPendingRequests();
    void persistConnections();
    void updateStatusSummary();
    static QString actionLabel(DomainAction action);
    static bool applies(DomainAction action, const SelectedGuest &guest);

    ConnectionManager *m_manager;
    GuestListModel *m_model;
    GuestFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QTabWidget *m_tabs = nullptr;
    CloudPage *m_cloudPage = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    NotificationArea *m_notifications;
    QDockWidget *m_notificationDock = nullptr;
    AppPreferences m_preferences;
    GuestListColumns *m_columns = nullptr;

    QHash<DomainAction, QAction *> m_guestActions;
    QAction *m_addConnection = nullptr;
    QAction *m_addDemoHost = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_removeConnection = nullptr;
    QAction *m_editConnection = nullptr;
    QAction *m_hostOverview = nullptr;
    QAction *m_openGuest = nullptr;
    QAction *m_snapshotCreate = nullptr;
    QAction *m_snapshotRevert = nullptr;
    QAction *m_snapshotManager = nullptr;
    TemplateActions *m_templateActions = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_newGuest = nullptr;

    QHash<QPair<int, QUuid>, QPointer<GuestWindow>> m_guestWindows;
    QHash<int, QPointer<HostOverviewWindow>> m_hostWindows;

    struct PendingShow
    {
        QString name;
        bool console = false;
    };
    QList<PendingShow> m_pendingDomains;
    bool m_pendingHostSummary = false;
    QTimer *m_summaryTimer = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace VirtDeck
