// SPDX-License-Identifier: GPL-2.0-or-later
#include "adddiskdialog.h"

#include "connectionsession.h"
#include "hardwarevalidator.h"
#include "storageservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr double GiB = 1024.0 * 1024.0 * 1024.0;
}

AddDiskDialog::AddDiskDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent)
    : AddDeviceDialog(session, guest, listing, parent)
    , m_device(new QComboBox(this))
    , m_bus(new QComboBox(this))
    , m_target(new QLineEdit(this))
    , m_newVolume(new QRadioButton(tr("Create a &new volume"), this))
    , m_existing(new QRadioButton(tr("Use an &existing file, volume or ISO"), this))
    , m_pool(new QComboBox(this))
    , m_volumeName(new QLineEdit(this))
    , m_format(new QComboBox(this))
    , m_size(new QDoubleSpinBox(this))
    , m_path(new QComboBox(this))
    , m_readOnly(new QCheckBox(tr("&Read-only"), this))
    , m_cache(new QComboBox(this))
{
    createScopeBox();
    setObjectName(u"addDiskDialog"_s);
    setWindowTitle(tr("Add Disk to %1").arg(listing.config.name));
    m_device->setObjectName(u"diskDevice"_s);
    m_device->addItem(tr("Disk"), u"disk"_s);
    m_device->addItem(tr("CD-ROM"), u"cdrom"_s);
    m_bus->setObjectName(u"diskBus"_s);
    m_bus->addItem(tr("VirtIO"), u"virtio"_s);
    m_bus->addItem(tr("SATA"), u"sata"_s);
    m_bus->addItem(tr("SCSI"), u"scsi"_s);
    m_target->setObjectName(u"diskTarget"_s);
    m_newVolume->setObjectName(u"newVolume"_s);
    m_existing->setObjectName(u"existingSource"_s);
    m_newVolume->setChecked(true);
    m_pool->setObjectName(u"poolCombo"_s);
    m_volumeName->setObjectName(u"volumeName"_s);
    m_format->setObjectName(u"volumeFormat"_s);
    m_format->addItem(tr("qcow2 (thin, snapshots)"), u"qcow2"_s);
    m_format->addItem(tr("raw"), u"raw"_s);
    m_size->setObjectName(u"diskSize"_s);
    m_size->setRange(0, 64 * 1024);
    m_size->setDecimals(2);
    m_size->setSuffix(tr(" GiB"));
    m_size->setValue(10);
    m_path->setObjectName(u"sourcePath"_s);
    m_path->setEditable(true);
    m_path->setInsertPolicy(QComboBox::NoInsert);
    m_path->lineEdit()->setPlaceholderText(tr("/var/lib/libvirt/images/disk.qcow2 or an ISO"));
    m_readOnly->setObjectName(u"diskReadOnly"_s);
    m_cache->setObjectName(u"diskCache"_s);
    m_cache->addItem(tr("Hypervisor default"), QString());
    for (const QString &mode : {u"none"_s, u"writeback"_s, u"writethrough"_s, u"directsync"_s, u"unsafe"_s})
        m_cache->addItem(mode, mode);

    QFormLayout *layout = createForm();
    layout->addRow(tr("&Device:"), m_device);
    layout->addRow(tr("&Bus:"), m_bus);
    layout->addRow(tr("&Target:"), m_target);
    layout->addRow(m_newVolume);
    layout->addRow(tr("&Pool:"), m_pool);
    layout->addRow(tr("Volume &name:"), m_volumeName);
    layout->addRow(tr("&Format:"), m_format);
    layout->addRow(tr("&Size:"), m_size);
    layout->addRow(m_existing);
    layout->addRow(tr("Pat&h:"), m_path);
    layout->addRow(QString(), m_readOnly);
    layout->addRow(tr("&Cache mode:"), m_cache);
    addClosingRows(layout, tr("Apply &to:"), tr("&Add"));

    connect(m_bus, &QComboBox::currentIndexChanged, this, &AddDiskDialog::suggestTarget);
    connect(m_target, &QLineEdit::textEdited, this, [this] { m_targetEdited = true; });
    connect(m_volumeName, &QLineEdit::textEdited, this, [this] { m_volumeName->setProperty("suggested", false); });
    connect(m_device, &QComboBox::currentIndexChanged, this, [this] {
        // A CD-ROM is read-only on a SATA bus, and media is an existing ISO.
        if (m_device->currentData() == u"cdrom"_s) {
            m_existing->setChecked(true);
            m_readOnly->setChecked(true);
            if (m_bus->currentData() == u"virtio"_s)
                m_bus->setCurrentIndex(m_bus->findData(u"sata"_s));
        }
        updateKind();
    });
    connect(m_newVolume, &QRadioButton::toggled, this, &AddDiskDialog::updateKind);
    connect(m_pool, &QComboBox::currentIndexChanged, this, &AddDiskDialog::loadVolumes);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        QString name = m_volumeName->text();
        const QString ext = u"."_s + m_format->currentData().toString();
        if (name.endsWith(u".qcow2"_s) || name.endsWith(u".raw"_s)) {
            name = name.left(name.lastIndexOf(u'.')) + ext;
            m_volumeName->setText(name);
        }
    });
    suggestTarget();
    updateKind();

    whenFinished(StorageService(session).listPools(), this, [this](const Result<StoragePoolInfoList> &pools) {
        m_poolsLoaded = true;
        if (!pools.ok()) {
            showProblems({{u"pool"_s, tr("Cannot list storage pools: %1").arg(pools.error)}});
            Q_EMIT poolsListed();
            return;
        }
        m_pools = pools.value;
        for (const StoragePoolInfo &pool : std::as_const(m_pools)) {
            const QString free = QLocale().formattedDataSize(qint64(pool.available), 1, QLocale::DataSizeIecFormat);
            m_pool->addItem(pool.isActive() ? tr("%1 (%2 free)").arg(pool.name, free) : tr("%1 (inactive)").arg(pool.name),
                            pool.name);
        }
        const int preferred = m_pool->findData(u"default"_s);
        if (preferred >= 0)
            m_pool->setCurrentIndex(preferred);
        loadVolumes();
        Q_EMIT poolsListed();
    });
}

QStringList AddDiskDialog::usedTargets() const
{
    QStringList out;
    for (const DiskDevice &disk : m_listing.live.disks)
        out.append(disk.target);
    for (const DiskDevice &disk : m_listing.config.disks)
        out.append(disk.target);
    return out;
}

void AddDiskDialog::suggestTarget()
{
    if (m_targetEdited)
        return;
    m_target->setText(HardwareValidator::nextFreeTarget(m_bus->currentData().toString(), usedTargets()));
    if (m_volumeName->text().isEmpty() || m_volumeName->property("suggested").toBool()) {
        m_volumeName->setText(u"%1-%2.%3"_s.arg(m_listing.config.name, m_target->text(), m_format->currentData().toString()));
        m_volumeName->setProperty("suggested", true);
    }
}

void AddDiskDialog::updateKind()
{
    const bool cdrom = m_device->currentData() == u"cdrom"_s;
    m_newVolume->setEnabled(!cdrom);
    const bool create = m_newVolume->isChecked() && !cdrom;
    for (QWidget *w : std::initializer_list<QWidget *>{m_volumeName, m_format, m_size})
        w->setEnabled(create);
    m_path->setEnabled(!create);
}

void AddDiskDialog::loadVolumes()
{
    const QString pool = m_pool->currentData().toString();
    m_volumes.clear();
    if (pool.isEmpty() || !m_session)
        return;
    whenFinished(StorageService(m_session).listVolumes(pool), this, [this, pool](const Result<StorageVolumeInfoList> &volumes) {
        if (pool != m_pool->currentData().toString() || !volumes.ok())
            return;
        m_volumes = volumes.value;
        const QString typed = m_path->currentText();
        m_path->clear();
        for (const StorageVolumeInfo &volume : std::as_const(m_volumes))
            m_path->addItem(volume.path);
        m_path->setEditText(typed);
    });
}

NewDiskRequest AddDiskDialog::request() const
{
    NewDiskRequest r;
    r.disk.device = m_device->currentData().toString();
    r.disk.bus = m_bus->currentData().toString();
    r.disk.target = m_target->text().trimmed();
    r.disk.readOnly = m_readOnly->isChecked();
    r.disk.cache = m_cache->currentData().toString();
    r.createVolume = m_newVolume->isChecked() && r.disk.device == u"disk"_s;
    if (r.createVolume) {
        r.pool = m_pool->currentData().toString();
        r.volumeName = m_volumeName->text().trimmed();
        r.volumeFormat = m_format->currentData().toString();
        r.capacityBytes = quint64(m_size->value() * GiB);
    } else {
        r.disk.source = m_path->currentText().trimmed();
    }
    return r;
}

FormProblems AddDiskDialog::validate() const
{
    const NewDiskRequest r = request();
    quint64 available = 0;
    for (const StoragePoolInfo &pool : m_pools) {
        if (pool.name == r.pool)
            available = pool.available;
    }
    QStringList names;
    for (const StorageVolumeInfo &volume : m_volumes)
        names.append(volume.name);
    return withScopeProblem(HardwareValidator::validateNewDisk(r, usedTargets(), available, names));
}

void AddDiskDialog::submit()
{
    if (!checkForm())
        return;
    attach(m_service.attachDisk(m_guest, request(), scope()), [this](const DiskDevice &disk) { Q_EMIT attached(disk); });
}

} // namespace VirtDeck
