// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "flavor.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace VirtDeck {

// "Create flavor": name, ID (automatic or given), sizes, RX/TX factor, public or private.
class FlavorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FlavorDialog(QWidget *parent = nullptr);
    Cloud::Flavor flavor() const;

private:
    void validate();

    QLineEdit *m_name;
    QCheckBox *m_autoId;
    QLineEdit *m_id;
    QSpinBox *m_vcpus;
    QSpinBox *m_ram;
    QSpinBox *m_disk;
    QSpinBox *m_ephemeral;
    QSpinBox *m_swap;
    QDoubleSpinBox *m_rxtx;
    QCheckBox *m_public;
    QLineEdit *m_description;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace VirtDeck
