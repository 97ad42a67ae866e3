// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "snapshotinfo.h"
#include "snapshotpolicy.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace VirtDeck {

// Delete one snapshot, it and its children, or only libvirt's record of it. What libvirt
// 9.0 would refuse (external snapshots in a mixed tree) is disabled with the reason.
class DeleteSnapshotDialog : public QDialog
{
    Q_OBJECT

public:
    DeleteSnapshotDialog(const SnapshotInfoList &all, const QString &name, QWidget *parent = nullptr);

    SnapshotDeleteMode mode() const;

private:
    void update();

    SnapshotInfoList m_all;
    QString m_name;
    QRadioButton *m_thisOnly = nullptr;
    QRadioButton *m_withChildren = nullptr;
    QRadioButton *m_metadataOnly = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace VirtDeck
