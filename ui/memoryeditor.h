// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QLabel;
class QSpinBox;

namespace VirtDeck {

// Memory in MiB: the current size (the balloon of a running guest, up to its maximum) and
// the maximum (the definition only). Says before Apply when a restart is needed.
class MemoryEditor : public HardwareEditor
{
    Q_OBJECT

public:
    MemoryEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &key) override;
    MemoryChange change() const;

protected:
    void apply() override;

private:
    void check();

    QLabel *m_state;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
};

} // namespace VirtDeck
