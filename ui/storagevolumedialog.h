// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "storagevolumeform.h"
#include "storagevolumeinfo.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

namespace VirtDeck {

class ProblemsLabel;

class ConnectionSession;

// The "new volume" form: name, raw or qcow2, capacity and allocation, and optionally a
// backing volume of the same pool for a linked qcow2 overlay. Validated before libvirt is
// asked; problems and libvirt's refusals show in the dialog, which keeps what was typed.
class StorageVolumeDialog : public QDialog
{
    Q_OBJECT

public:
    StorageVolumeDialog(ConnectionSession *session, const QString &pool, const StorageVolumeInfoList &volumes,
                        QWidget *parent = nullptr);

    StorageVolumeForm form() const;
    void submit();

Q_SIGNALS:
    void volumeCreated(const QString &name);

private:
    void showProblems(const FormProblems &problems);

    ConnectionSession *m_session;
    QString m_pool;
    StorageVolumeInfoList m_volumes;
    QLineEdit *m_name;
    QComboBox *m_format;
    QDoubleSpinBox *m_capacity;
    QDoubleSpinBox *m_allocation;
    QComboBox *m_backing;
    ProblemsLabel *m_problems;
};

} // namespace VirtDeck
