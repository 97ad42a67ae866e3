// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "snapshotinfo.h"
#include "snapshotpolicy.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace VirtDeck {

// Asks before a revert and says what it discards. For one guest the snapshot is known; for
// a batch the user types the snapshot name every selected guest is reverted to.
class RevertSnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    // One guest, one known snapshot.
    RevertSnapshotDialog(const QString &guestName, bool guestActive, const SnapshotInfo &snapshot, QWidget *parent = nullptr);
    // A batch: the name is typed.
    RevertSnapshotDialog(const QStringList &guestNames, bool anyActive, QWidget *parent = nullptr);

    QString snapshotName() const;
    SnapshotRevertMode mode() const;
    QString discardText() const;

private:
    void build(const QStringList &guestNames, bool anyActive, const SnapshotInfo *snapshot);
    void validate();

    QLineEdit *m_name = nullptr;
    QString m_fixedName;
    QComboBox *m_mode = nullptr;
    QLabel *m_discard = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace VirtDeck
