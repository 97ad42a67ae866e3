// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hardwareeditor.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace VirtDeck {

// One graphics device (VNC or SPICE): listen address, port, password. An existing password
// is never shown: the user keeps, replaces or clears it. Changes apply at the next boot.
class GraphicsEditor : public HardwareEditor
{
    Q_OBJECT

public:
    GraphicsEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent = nullptr);
    void setListing(const HardwareListing &listing, const QString &index) override;
    GraphicsChange change() const;

protected:
    void apply() override;

private:
    int m_index = -1;
    QComboBox *m_type;
    QLineEdit *m_listen;
    QCheckBox *m_autoport;
    QSpinBox *m_port;
    QLabel *m_passwordState;
    QRadioButton *m_keep;
    QRadioButton *m_set;
    QRadioButton *m_clear;
    QLineEdit *m_password;
};

} // namespace VirtDeck
