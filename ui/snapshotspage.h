// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "snapshotlisting.h"
#include "snapshotservice.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeView;

namespace VirtDeck {

class ConnectionSession;
class SnapshotTreeModel;

// One guest's snapshots: the tree, details with an editable description, the XML, and
// create / revert / delete. What libvirt 9.0 cannot do is shown before the user tries
// (revert disabled with the reason for external snapshots, delete dialog warnings).
class SnapshotsPage : public QWidget
{
    Q_OBJECT

public:
    SnapshotsPage(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);

    // Loads the list the first time the page is shown.
    void activate();
    void refresh();

    SnapshotTreeModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    const SnapshotListing &listing() const { return m_listing; }
    bool isBusy() const { return m_busy > 0; }

Q_SIGNALS:
    void refreshed();
    void operationFinished(bool ok, const QString &message);

private:
    void createSnapshot();
    void revertSnapshot();
    void deleteSnapshot();
    void saveDescription();
    void showSelected();
    void updateButtons();
    void setStatus(const QString &message, bool error);
    template<typename T>
    void run(const QFuture<Result<T>> &future, const QString &doneMessage, const QString &select = {});
    const SnapshotInfo *selected() const;

    QPointer<ConnectionSession> m_session;
    SnapshotService m_service;
    QUuid m_uuid;
    SnapshotListing m_listing;
    bool m_loaded = false;
    int m_busy = 0;
    QString m_pendingSelection;

    SnapshotTreeModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_banner = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_revertReason = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_saveDescription = nullptr;
    QLabel *m_details = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QPlainTextEdit *m_xml = nullptr;
};

} // namespace VirtDeck
