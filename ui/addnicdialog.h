// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "adddevicedialog.h"

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace VirtDeck {

// "Add network card": on a virtual network or a host bridge (br0), model virtio, e1000 or
// rtl8139, the MAC generated (52:54:00:…) or typed, link up or down, and when it applies.
// A bad MAC (format, multicast, already used) is said in the dialog, which keeps the input.
class AddNicDialog : public AddDeviceDialog
{
    Q_OBJECT

public:
    AddNicDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent = nullptr);

    NicDevice nic() const;
    FormProblems validate() const override;
    void submit() override;

Q_SIGNALS:
    void attached(const VirtDeck::NicDevice &nic);

private:
    void loadSources();
    QStringList usedMacs() const;

    QStringList m_networks;
    QStringList m_bridges;

    QComboBox *m_type;
    QComboBox *m_source;
    QComboBox *m_model;
    QLineEdit *m_mac;
    QCheckBox *m_linkUp;
};

} // namespace VirtDeck
