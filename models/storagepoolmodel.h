// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keyedlistmodel.h"
#include "storagepoolinfo.h"
#include "storageservice.h"

namespace VirtDeck {

class ConnectionSession;

// The storage pools of one connection. Re-lists on every pool lifecycle event and on
// (re)connect, and applies the difference (see KeyedListModel).
class StoragePoolModel : public KeyedListModel<StoragePoolInfo>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, TypeColumn, AutostartColumn, UsageColumn, CapacityColumn,
                  AllocationColumn, AvailableColumn, PathColumn, ColumnCount };
    enum Role { UsagePercentRole = Qt::UserRole + 1 }; // 0-100, -1 when unknown

    explicit StoragePoolModel(ConnectionSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(StoragePoolState state);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const StoragePoolInfo &row) const override { return row.name; }
    QFuture<Result<StoragePoolInfoList>> fetch() override;
    void listFinished(const QString &error) override;

private:
    StorageService m_service;
};

} // namespace VirtDeck
