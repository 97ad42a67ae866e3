// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QCheckBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace VirtDeck {

// Boot order (<os><boot dev>), the boot menu and its timeout, and the firmware (shown only).
// All of it lives in the definition: it applies at the next boot.
class BootEditor : public HardwareEditor
{
    Q_OBJECT

public:
    BootEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &key) override;
    BootConfig boot() const;

protected:
    void apply() override;

private:
    void move(int delta);

    QLabel *m_firmware;
    QListWidget *m_order;
    QCheckBox *m_menu;
    QSpinBox *m_timeout;
};

} // namespace VirtDeck
