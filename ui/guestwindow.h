// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QTabWidget;

namespace VirtDeck {

class ConnectionSession;
class ConsolePage;
class SnapshotsPage;
class HardwarePage;
class GuestListModel;

// One guest's own window. Pages so far: Overview (live from the guest list model), XML
// (read-only) and Console (VNC, connected when first shown). The hardware and snapshot
// pages come with their own issues.
class GuestWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Page { Overview, Xml, Console, Snapshots, Hardware };

    GuestWindow(ConnectionSession *session, GuestListModel *model, const QUuid &uuid, QWidget *parent = nullptr);

    QUuid uuid() const { return m_uuid; }
    int connectionId() const { return m_connectionId; }
    void showPage(Page page);
    ConsolePage *consolePage() const { return m_console; }
    SnapshotsPage *snapshotsPage() const { return m_snapshots; }
    HardwarePage *hardwarePage() const { return m_hardware; }

private:
    void refreshOverview();
    void loadXml();

    QPointer<ConnectionSession> m_session;
    GuestListModel *m_model = nullptr;
    int m_connectionId = 0;
    QUuid m_uuid;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_uuidLabel = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_vcpus = nullptr;
    QLabel *m_memory = nullptr;
    QLabel *m_autostart = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_connection = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    ConsolePage *m_console = nullptr;
    SnapshotsPage *m_snapshots = nullptr;
    HardwarePage *m_hardware = nullptr;
};

} // namespace VirtDeck
