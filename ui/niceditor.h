// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QCheckBox;
class QLabel;

namespace VirtDeck {

// One network card: its details and the link state (up/down), now and/or at the next boot.
class NicEditor : public HardwareEditor
{
    Q_OBJECT

public:
    NicEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &mac) override;
    QString mac() const { return m_mac; }

protected:
    void apply() override;

private:
    QString m_mac;
    QLabel *m_details;
    QCheckBox *m_link;
};

} // namespace VirtDeck
