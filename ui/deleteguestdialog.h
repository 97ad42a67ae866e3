// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainaction.h"
#include "domaindeletioninfo.h"
#include "result.h"

#include <QDialog>
#include <QHash>
#include <QUuid>

class QCheckBox;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;
class QDialogButtonBox;

namespace VirtDeck {

class ConnectionSession;

// Asks which storage, snapshot metadata and NVRAM go with the guests being deleted. The
// disk lists load asynchronously from the sessions; nothing is deleted until the user
// confirms, and only the volumes left ticked are removed.
class DeleteGuestDialog : public QDialog
{
    Q_OBJECT

public:
    struct Target
    {
        ConnectionSession *session = nullptr;
        QUuid uuid;
        QString name;
    };

    explicit DeleteGuestDialog(const QList<Target> &targets, QWidget *parent = nullptr);

    // Per connection id: what to delete, valid after accept().
    QHash<int, DeleteOptions> options() const;
    QList<Target> targets() const { return m_targets; }
    bool isLoading() const { return m_pending > 0; }

Q_SIGNALS:
    void loaded();

private:
    void addInfo(const Target &target, const Result<DomainDeletionInfo> &info);
    void updateSummary();

    QList<Target> m_targets;
    QTreeWidget *m_disks = nullptr;
    QCheckBox *m_snapshots = nullptr;
    QCheckBox *m_nvram = nullptr;
    QLabel *m_summary = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QTreeWidgetItem *, int> m_connectionOfItem;
    int m_pending = 0;
    int m_snapshotTotal = 0;
    int m_running = 0;
};

} // namespace VirtDeck
