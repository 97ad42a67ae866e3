// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "domainhardwareservice.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace VirtDeck {

class AddDiskDialog;
class AddNicDialog;
class BootEditor;
class ConnectionSession;
class CpuEditor;
class DeviceDetailsView;
class DiskEditor;
class GraphicsEditor;
class GuestInterfaceModel;
class HardwareEditor;
class MemoryEditor;
class NicEditor;
class VideoEditor;

// One guest's hardware, like virt-manager's details view: the devices on the left, the
// selected one's editor on the right, "Add Hardware" (disk, network card) and Remove, and
// the network interfaces table with the addresses libvirt knows. Reloads when the guest
// changes (ConnectionSession::domainsChanged) and after every change made here.
class HardwarePage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Cpu, Memory, Boot, Disk, Nic, Graphics, Video, Serial, Controller };
    Q_ENUM(Kind)

    HardwarePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);

    void activate(); // loads the first time the page is shown
    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_busy > 0; }
    const HardwareListing &listing() const { return m_listing; }
    QListWidget *deviceList() const { return m_list; }
    GuestInterfaceModel *interfaceModel() const { return m_interfaces; }
    bool select(Kind kind, const QString &key = {});
    QWidget *currentEditor() const;
    AddDiskDialog *addDisk();
    AddNicDialog *addNic();
    void removeSelected();

Q_SIGNALS:
    void refreshed();
    void operationFinished(bool ok, const QString &message);

private:
    void rebuildList();
    void showSelected();
    void setStatus(const QString &message, bool error);
    void editorChanged(bool ok, const QString &message);
    void runDetach(const QFuture<Result<DetachOutcome>> &future, const QString &what);

    QPointer<ConnectionSession> m_session;
    DomainHardwareService m_service;
    QUuid m_uuid;
    HardwareListing m_listing;
    bool m_loaded = false;
    int m_busy = 0;
    bool m_reloadAgain = false;

    QLabel *m_state = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QStackedWidget *m_editors = nullptr;
    QWidget *m_empty = nullptr;
    CpuEditor *m_cpu = nullptr;
    MemoryEditor *m_memory = nullptr;
    BootEditor *m_boot = nullptr;
    DiskEditor *m_disk = nullptr;
    NicEditor *m_nic = nullptr;
    GraphicsEditor *m_graphics = nullptr;
    VideoEditor *m_video = nullptr;
    DeviceDetailsView *m_details = nullptr;
    GuestInterfaceModel *m_interfaces = nullptr;
    QTableView *m_interfaceView = nullptr;
};

} // namespace VirtDeck
