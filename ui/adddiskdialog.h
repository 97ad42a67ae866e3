// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "adddevicedialog.h"
#include "storagepoolinfo.h"
#include "storagevolumeinfo.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QRadioButton;

namespace VirtDeck {

// "Add disk": a new raw or qcow2 volume in a storage pool, or an existing file, volume or
// ISO; disk or CD-ROM on virtio, SATA or SCSI, the next free target filled in, read-only,
// cache mode, and when it applies. Checked before libvirt is asked (size, free space, target
// clash); problems and libvirt's refusals show in the dialog, which keeps the input.
class AddDiskDialog : public AddDeviceDialog
{
    Q_OBJECT

public:
    AddDiskDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent = nullptr);

    NewDiskRequest request() const;
    FormProblems validate() const override;
    void submit() override;
    bool poolsLoaded() const { return m_poolsLoaded; }

Q_SIGNALS:
    void attached(const VirtDeck::DiskDevice &disk);
    void poolsListed();

private:
    void loadVolumes();
    void updateKind();
    void suggestTarget();
    QStringList usedTargets() const;

    StoragePoolInfoList m_pools;
    StorageVolumeInfoList m_volumes;
    bool m_poolsLoaded = false;
    bool m_targetEdited = false;

    QComboBox *m_device;
    QComboBox *m_bus;
    QLineEdit *m_target;
    QRadioButton *m_newVolume;
    QRadioButton *m_existing;
    QComboBox *m_pool;
    QLineEdit *m_volumeName;
    QComboBox *m_format;
    QDoubleSpinBox *m_size;
    QComboBox *m_path;
    QCheckBox *m_readOnly;
    QComboBox *m_cache;
};

} // namespace VirtDeck
