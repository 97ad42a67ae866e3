// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QTabWidget;

namespace VirtDeck {

class ConnectionSession;
class ConsolePage;
class GuestOverviewPage;
class GuestPerformancePage;
class HardwarePage;
class GuestXmlPage;
class SnapshotsPage;
class GuestListModel;

// One guest's own window: Overview (live from the guest list model, editable title,
// description and autostart), Performance (graphs of the stats stream), XML (the saved
// definition editable), Console (VNC, connected when first shown) and Snapshots.
class GuestWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Overview, Xml, Console, Snapshots, Performance, Hardware };

    GuestWindow(ConnectionSession *session, GuestListModel *model, const QUuid &uuid, QWidget *parent = nullptr);

    QUuid uuid() const { return m_uuid; }
    int connectionId() const { return m_connectionId; }
    void showPage(Page page);
    ConsolePage *consolePage() const { return m_console; }
    SnapshotsPage *snapshotsPage() const { return m_snapshots; }
    GuestOverviewPage *overviewPage() const { return m_overview; }
    GuestPerformancePage *performancePage() const { return m_performance; }
    GuestXmlPage *xmlPage() const { return m_xmlPage; }
    HardwarePage *hardwarePage() const { return m_hardware; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshOverview();
    QWidget *pageWidget(Page page) const;

    QPointer<ConnectionSession> m_session;
    GuestListModel *m_model = nullptr;
    int m_connectionId = 0;
    QUuid m_uuid;
    QTabWidget *m_tabs = nullptr;
    GuestOverviewPage *m_overview = nullptr;
    GuestPerformancePage *m_performance = nullptr;
    GuestXmlPage *m_xmlPage = nullptr;
    bool m_closeConfirmed = false; // the XML page's unsaved-changes question was answered
    ConsolePage *m_console = nullptr;
    SnapshotsPage *m_snapshots = nullptr;
    HardwarePage *m_hardware = nullptr;
};

} // namespace VirtDeck
