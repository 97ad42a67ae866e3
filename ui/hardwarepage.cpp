// SPDX-License-Identifier: GPL-2.0-or-later
#include "hardwarepage.h"

#include "adddiskdialog.h"
#include "addnicdialog.h"
#include "booteditor.h"
#include "connectionsession.h"
#include "cpueditor.h"
#include "devicedetailsview.h"
#include "diskeditor.h"
#include "graphicseditor.h"
#include "guestinterfacemodel.h"
#include "memoryeditor.h"
#include "niceditor.h"
#include "removedevicedialog.h"
#include "videoeditor.h"
#include "whenfinished.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;

QString diskLabel(const DiskDevice &disk)
{
    const QString bus = disk.bus == u"virtio" ? u"VirtIO"_s : disk.bus.toUpper();
    if (disk.device == u"cdrom")
        return HardwarePage::tr("CD-ROM %1 (%2)").arg(disk.target, bus);
    if (disk.device == u"floppy")
        return HardwarePage::tr("Floppy %1").arg(disk.target);
    return HardwarePage::tr("Disk %1 (%2)").arg(disk.target, bus);
}
} // namespace

HardwarePage::HardwarePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_service(session)
    , m_uuid(uuid)
{
    setObjectName(u"hardwarePage"_s);

    m_state = new QLabel(this);
    m_state->setObjectName(u"hardwareState"_s);
    m_state->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"hardwareStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"hardwareList"_s);
    m_list->setAccessibleName(tr("Hardware devices"));
    m_list->setMinimumWidth(180);
    m_add = new QPushButton(tr("&Add Hardware"), this);
    m_add->setObjectName(u"addHardware"_s);
    auto *addMenu = new QMenu(m_add);
    QAction *addDiskAction = addMenu->addAction(tr("&Disk or CD-ROM…"));
    addDiskAction->setObjectName(u"addDiskAction"_s);
    QAction *addNicAction = addMenu->addAction(tr("&Network Card…"));
    addNicAction->setObjectName(u"addNicAction"_s);
    m_add->setMenu(addMenu);
    connect(addDiskAction, &QAction::triggered, this, [this] { addDisk(); });
    connect(addNicAction, &QAction::triggered, this, [this] { addNic(); });
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"removeHardware"_s);
    connect(m_remove, &QPushButton::clicked, this, &HardwarePage::removeSelected);
    auto *left = new QWidget(this);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(m_add);
    leftButtons->addWidget(m_remove);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(leftButtons);

    m_editors = new QStackedWidget(this);
    m_editors->setObjectName(u"hardwareEditors"_s);
    m_empty = new QLabel(tr("Loading…"), m_editors);
    m_empty->setObjectName(u"hardwareEmpty"_s);
    m_cpu = new CpuEditor(m_service, uuid, m_editors);
    m_memory = new MemoryEditor(m_service, uuid, m_editors);
    m_boot = new BootEditor(m_service, uuid, m_editors);
    m_disk = new DiskEditor(m_service, uuid, m_editors);
    m_nic = new NicEditor(m_service, uuid, m_editors);
    m_graphics = new GraphicsEditor(m_service, uuid, m_editors);
    m_video = new VideoEditor(m_service, uuid, m_editors);
    m_details = new DeviceDetailsView(m_editors);
    m_editors->addWidget(m_empty);
    for (HardwareEditor *editor : std::initializer_list<HardwareEditor *>{m_cpu, m_memory, m_boot, m_disk, m_nic, m_graphics, m_video}) {
        m_editors->addWidget(editor);
        connect(editor, &HardwareEditor::changed, this, &HardwarePage::editorChanged);
    }
    m_editors->addWidget(m_details);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_editors);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *nicGroup = new QGroupBox(tr("Network interfaces"), this);
    m_interfaces = new GuestInterfaceModel(session, uuid, this);
    m_interfaceView = new QTableView(nicGroup);
    m_interfaceView->setObjectName(u"interfaceTable"_s);
    m_interfaceView->setAccessibleName(tr("Network interfaces"));
    m_interfaceView->setModel(m_interfaces);
    m_interfaceView->verticalHeader()->hide();
    m_interfaceView->horizontalHeader()->setStretchLastSection(true);
    m_interfaceView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_interfaceView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_interfaceView->setMaximumHeight(120);
    auto *nicLayout = new QVBoxLayout(nicGroup);
    nicLayout->addWidget(m_interfaceView);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(splitter, 1);
    layout->addWidget(nicGroup);
    layout->addWidget(m_status);

    connect(m_list, &QListWidget::currentRowChanged, this, &HardwarePage::showSelected);
    connect(m_interfaces, &GuestInterfaceModel::rowsInserted, m_interfaceView, [this] {
        m_interfaceView->resizeColumnsToContents();
    });
    if (session) {
        connect(session, &ConnectionSession::domainsChanged, this, [this](const DomainInfoList &domains) {
            if (!m_loaded)
                return;
            const bool mine = std::any_of(domains.cbegin(), domains.cend(), [this](const DomainInfo &info) {
                return info.uuid == m_uuid;
            });
            if (mine)
                refresh();
        });
        connect(session, &ConnectionSession::stateChanged, this, [this](ConnectionState state) {
            if (m_loaded && state == ConnectionState::Connected)
                refresh();
        });
    }
    m_editors->setCurrentWidget(m_empty);
    m_remove->setEnabled(false);
}

void HardwarePage::activate()
{
    if (!m_loaded)
        refresh();
}

void HardwarePage::refresh()
{
    m_loaded = true;
    if (m_busy > 0) {
        m_reloadAgain = true; // one more load after the one in flight, not one per event
        return;
    }
    ++m_busy;
    whenFinished(m_service.load(m_uuid), this, [this](const Result<HardwareListing> &listing) {
        --m_busy;
        if (!listing.ok()) {
            setStatus(tr("Could not read the hardware: %1").arg(listing.error), true);
        } else {
            m_listing = listing.value;
            rebuildList();
        }
        m_interfaces->refresh();
        Q_EMIT refreshed();
        if (m_reloadAgain) {
            m_reloadAgain = false;
            refresh();
        }
    });
}

void HardwarePage::rebuildList()
{
    const QListWidgetItem *current = m_list->currentItem();
    const int keepKind = current ? current->data(KindRole).toInt() : int(Kind::Cpu);
    const QString keepKey = current ? current->data(KeyRole).toString() : QString();

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const auto add = [this](Kind kind, const QString &text, const QString &key = {}) {
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(KindRole, int(kind));
        item->setData(KeyRole, key);
        return item;
    };
    const HardwareListing &l = m_listing;
    const DomainHardware &hw = l.live;
    add(Kind::Cpu, tr("CPUs: %1").arg(hw.cpu.current));
    add(Kind::Memory, tr("Memory: %1").arg(QLocale().formattedDataSize(qint64(hw.memory.currentKiB) * 1024, 1,
                                                                      QLocale::DataSizeIecFormat)));
    add(Kind::Boot, tr("Boot Options (%1)").arg(l.config.boot.firmware));
    for (const DiskDevice &disk : hw.disks) {
        QListWidgetItem *item = add(Kind::Disk, diskLabel(disk), disk.target);
        if (!disk.inLive || !disk.inConfig)
            item->setText(disk.inLive ? tr("%1 – now only").arg(item->text()) : tr("%1 – next boot").arg(item->text()));
    }
    for (const NicDevice &nic : hw.nics) {
        QListWidgetItem *item = add(Kind::Nic, tr("NIC %1 (%2)").arg(nic.mac.right(8), nic.source), nic.mac);
        if (!nic.inLive || !nic.inConfig)
            item->setText(nic.inLive ? tr("%1 – now only").arg(item->text()) : tr("%1 – next boot").arg(item->text()));
    }
    // Graphics and video are edited in the definition; list those so the indexes match.
    for (int i = 0; i < l.config.graphics.size(); ++i)
        add(Kind::Graphics, tr("Display %1").arg(l.config.graphics.at(i).type.toUpper()), QString::number(i));
    for (int i = 0; i < l.config.videos.size(); ++i)
        add(Kind::Video, tr("Video %1").arg(l.config.videos.at(i).model), QString::number(i));
    for (int i = 0; i < hw.serials.size(); ++i) {
        const SerialDevice &serial = hw.serials.at(i);
        add(Kind::Serial, serial.kind == u"console" ? tr("Console (%1)").arg(serial.type)
                                                    : tr("Serial %1 (%2)").arg(serial.port).arg(serial.type),
            QString::number(i));
    }
    for (int i = 0; i < hw.controllers.size(); ++i) {
        const ControllerDevice &c = hw.controllers.at(i);
        add(Kind::Controller, tr("Controller %1 %2").arg(c.type).arg(c.index), QString::number(i));
    }
    int row = 0;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->data(KindRole).toInt() == keepKind && item->data(KeyRole).toString() == keepKey)
            row = i;
    }
    m_list->setCurrentRow(row);
    showSelected();

    QString state = l.active() ? tr("%1 is running: changes can apply now, at the next boot, or both.").arg(hw.name)
                               : tr("%1 is shut off: changes apply at its next boot.").arg(hw.name);
    if (!l.persistent)
        state = tr("%1 is transient (no stored definition): changes apply to the running guest only.").arg(hw.name);
    m_state->setText(state);
}

void HardwarePage::showSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_editors->setCurrentWidget(m_empty);
        m_remove->setEnabled(false);
        return;
    }
    const Kind kind = Kind(item->data(KindRole).toInt());
    const QString key = item->data(KeyRole).toString();
    HardwareEditor *editor = nullptr;
    switch (kind) {
    case Kind::Cpu:
        editor = m_cpu;
        break;
    case Kind::Memory:
        editor = m_memory;
        break;
    case Kind::Boot:
        editor = m_boot;
        break;
    case Kind::Disk:
        editor = m_disk;
        break;
    case Kind::Nic:
        editor = m_nic;
        break;
    case Kind::Graphics:
        editor = m_graphics;
        break;
    case Kind::Video:
        editor = m_video;
        break;
    case Kind::Serial:
        m_details->showSerial(m_listing.live.serials.value(key.toInt()));
        m_editors->setCurrentWidget(m_details);
        break;
    case Kind::Controller:
        m_details->showController(m_listing.live.controllers.value(key.toInt()));
        m_editors->setCurrentWidget(m_details);
        break;
    }
    if (editor) {
        editor->setListing(m_listing, key);
        m_editors->setCurrentWidget(editor);
    }
    m_remove->setEnabled(kind == Kind::Disk || kind == Kind::Nic);
}

bool HardwarePage::select(Kind kind, const QString &key)
{
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->data(KindRole).toInt() == int(kind) && (key.isEmpty() || item->data(KeyRole).toString() == key)) {
            m_list->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QWidget *HardwarePage::currentEditor() const
{
    return m_editors->currentWidget();
}

void HardwarePage::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    m_status->setStyleSheet(error ? u"color: #b00020;"_s : QString());
}

void HardwarePage::editorChanged(bool ok, const QString &message)
{
    if (ok)
        setStatus(message, false);
    Q_EMIT operationFinished(ok, message);
    refresh();
}

AddDiskDialog *HardwarePage::addDisk()
{
    auto *dialog = new AddDiskDialog(m_session, m_uuid, m_listing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddDiskDialog::attached, this, [this](const DiskDevice &disk) {
        const QString message = tr("Disk %1 added (%2).").arg(disk.target, disk.source.isEmpty() ? tr("empty") : disk.source);
        setStatus(message, false);
        Q_EMIT operationFinished(true, message);
        refresh();
        select(Kind::Disk, disk.target);
    });
    dialog->open();
    return dialog;
}

AddNicDialog *HardwarePage::addNic()
{
    auto *dialog = new AddNicDialog(m_session, m_uuid, m_listing, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddNicDialog::attached, this, [this](const NicDevice &nic) {
        const QString message = tr("Network card %1 added on %2.").arg(nic.mac, nic.source);
        setStatus(message, false);
        Q_EMIT operationFinished(true, message);
        refresh();
    });
    dialog->open();
    return dialog;
}

void HardwarePage::removeSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const Kind kind = Kind(item->data(KindRole).toInt());
    const QString key = item->data(KeyRole).toString();
    bool inLive = true;
    bool inConfig = true;
    QString what;
    if (kind == Kind::Disk) {
        for (const DiskDevice &disk : m_listing.live.disks) {
            if (disk.target == key) {
                inLive = disk.inLive;
                inConfig = disk.inConfig;
            }
        }
        what = tr("disk %1").arg(key);
    } else if (kind == Kind::Nic) {
        for (const NicDevice &nic : m_listing.live.nics) {
            if (nic.mac == key) {
                inLive = nic.inLive;
                inConfig = nic.inConfig;
            }
        }
        what = tr("network card %1").arg(key);
    } else {
        return;
    }
    auto *dialog = new RemoveDeviceDialog(what, inLive, inConfig, m_listing.active(), m_listing.persistent, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, kind, key, what] {
        const ApplyScope scope = dialog->scope();
        runDetach(kind == Kind::Disk ? m_service.detachDisk(m_uuid, key, scope) : m_service.detachNic(m_uuid, key, scope), what);
    });
    dialog->open();
}

void HardwarePage::runDetach(const QFuture<Result<DetachOutcome>> &future, const QString &what)
{
    setStatus(tr("Removing %1…").arg(what), false);
    whenFinished(future, this, [this, what](const Result<DetachOutcome> &result) {
        QString message;
        if (!result.ok())
            message = result.error;
        else if (result.value == DetachOutcome::RequestedFromGuest)
            message = tr("The guest was asked to release %1 but has not yet: it stays attached until the guest's "
                         "operating system lets go of it (a guest without one never does).").arg(what);
        else
            message = tr("Removed %1.").arg(what);
        setStatus(message, !result.ok());
        Q_EMIT operationFinished(result.ok(), message);
        refresh();
    });
}

} // namespace VirtDeck
