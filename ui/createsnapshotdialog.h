// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "snapshotcreateoptions.h"
#include "snapshotinfo.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace VirtDeck {

// Name, description and kind of a new snapshot, for one guest or (batch) for several. The
// name is checked as it is typed (non-empty, no '/', unique in the guest); OK stays off
// while anything is wrong and the reason is shown.
class CreateSnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    struct Guest
    {
        QString name;
        DomainState state = DomainState::NoState;
        SnapshotInfoList existing;
        QStringList diskPaths;     // for the list of overlay files an external snapshot makes
        bool agentConnected = false;
    };

    CreateSnapshotDialog(const QList<Guest> &guests, QWidget *parent = nullptr);

    SnapshotCreateOptions options() const;
    void setName(const QString &name);
    QString problem() const;

private:
    void validate();

    QList<Guest> m_guests;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QRadioButton *m_withMemory = nullptr;
    QRadioButton *m_diskOnly = nullptr;
    QRadioButton *m_internal = nullptr;
    QRadioButton *m_external = nullptr;
    QCheckBox *m_quiesce = nullptr;
    QLabel *m_files = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace VirtDeck
