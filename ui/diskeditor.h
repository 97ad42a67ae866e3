// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace VirtDeck {

// One disk: its details; for a hard disk the cache mode and read-only flag (next boot); for
// a CD-ROM or floppy drive new media or eject, now and/or at the next boot.
class DiskEditor : public HardwareEditor
{
    Q_OBJECT

public:
    DiskEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &target) override;
    QString target() const { return m_target; }

protected:
    void apply() override;

private:
    void eject();
    bool removable() const;

    QString m_target;
    QString m_device;
    QLabel *m_details;
    QComboBox *m_cache;
    QCheckBox *m_readOnly;
    QLineEdit *m_media;
    QPushButton *m_eject;
};

} // namespace VirtDeck
