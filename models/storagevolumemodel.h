// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keyedlistmodel.h"
#include "storageservice.h"
#include "storagevolumeinfo.h"

namespace VirtDeck {

class ConnectionSession;

// The volumes of one pool. Listed in one go on the worker and inserted in one batch, so a
// pool of thousands of volumes costs the GUI thread one insert. Re-lists on events of its
// pool and when asked (libvirt has no volume events: the panes refresh after their changes).
class StorageVolumeModel : public KeyedListModel<StorageVolumeInfo>
{
    Q_OBJECT

public:
    enum Column { NameColumn, FormatColumn, CapacityColumn, AllocationColumn, PathColumn, BackingColumn,
                  ColumnCount };

    explicit StorageVolumeModel(ConnectionSession *session, QObject *parent = nullptr);

    QString pool() const { return m_pool; }
    void setPool(const QString &pool); // empties the model and lists the new pool's volumes

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const StorageVolumeInfo &row) const override { return row.name; }
    QFuture<Result<StorageVolumeInfoList>> fetch() override;
    void listFinished(const QString &error) override;

private:
    StorageService m_service;
    QString m_pool;
};

} // namespace VirtDeck
