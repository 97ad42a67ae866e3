// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace VirtDeck {

class ConnectionSession;
class StoragePoolModel;
class StorageVolumeModel;

// Storage pools of one connection (top) and the volumes of the selected pool (bottom), with
// their actions. Uploads and downloads run as VolumeTransfers with a progress dialog
// showing speed and a cancel button.
class StoragePane : public QWidget
{
    Q_OBJECT

public:
    explicit StoragePane(ConnectionSession *session, QWidget *parent = nullptr);

    StoragePoolModel *poolModel() const { return m_pools; }
    StorageVolumeModel *volumeModel() const { return m_volumes; }
    QString currentPool() const;
    QString currentVolume() const;

private:
    QAction *makeAction(const QString &objectName, const QString &text);
    void updateActions();
    void showError(const QString &message);
    void afterChange(const QString &error);
    void upload();
    void download();
    void transfer(bool upload, const QString &volume, const QString &path);

    ConnectionSession *m_session;
    StoragePoolModel *m_pools;
    StorageVolumeModel *m_volumes;
    QSortFilterProxyModel *m_poolProxy;
    QSortFilterProxyModel *m_volumeProxy;
    QTableView *m_poolView;
    QTableView *m_volumeView;
    QLabel *m_message;
    QList<QAction *> m_poolActions;
    QList<QAction *> m_volumeActions;
    QAction *m_startPool = nullptr;
    QAction *m_stopPool = nullptr;
    QAction *m_autostart = nullptr;
    QAction *m_newVolume = nullptr;
    QAction *m_upload = nullptr;
};

} // namespace VirtDeck
