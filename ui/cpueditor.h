// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QLabel;
class QSpinBox;

namespace VirtDeck {

// vCPUs: the current count (live up to the running guest's maximum, or for the next boot)
// and the maximum (the definition only). Says before Apply when a restart is needed.
class CpuEditor : public HardwareEditor
{
    Q_OBJECT

public:
    CpuEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &key) override;
    VcpuChange change() const;

protected:
    void apply() override;

private:
    void check();

    QLabel *m_state;
    QSpinBox *m_current;
    QSpinBox *m_maximum;
    QLabel *m_model;
};

} // namespace VirtDeck
