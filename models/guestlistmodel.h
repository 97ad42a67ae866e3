// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionstate.h"
#include "domaininfo.h"
#include "domainstats.h"
#include "sparklinehistory.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace VirtDeck {

class ConnectionManager;
class ConnectionSession;

// Every guest of every connection, grouped under one row per connection. Fed by the
// sessions' batched signals; changes arrive as row inserts/removals and ranged
// dataChanged, never as a reset.
class GuestListModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        StateColumn,
        VcpusColumn,
        MemoryColumn,
        CpuColumn,
        HostCpuColumn,
        MemoryUsageColumn,
        DiskIoColumn,
        NetworkIoColumn,
        AutostartColumn,
        TitleColumn,
        ColumnCount
    };
    enum Role {
        UuidRole = Qt::UserRole + 1,
        ConnectionIdRole,
        DomainStateRole,   // int(DomainState), guests only
        ConnectionStateRole, // int(ConnectionState), connection rows only
        IsConnectionRole,
        SortRole,          // numbers for numeric columns
        HistoryRole,       // SparklineHistory for the CPU columns
    };

    explicit GuestListModel(QObject *parent = nullptr);
    ~GuestListModel() override;

    // Follows every session of the manager, present and future.
    void attach(ConnectionManager *manager);

    // The feeding API: what sessions' signals call. Public so tests can drive the model.
    void addConnection(int connectionId, const QString &name);
    void removeConnection(int connectionId);
    void setConnectionName(int connectionId, const QString &name);
    void setConnectionState(int connectionId, ConnectionState state, const QString &message);
    void setDomains(int connectionId, const DomainInfoList &domains);
    void updateDomains(int connectionId, const DomainInfoList &domains);
    void removeDomains(int connectionId, const UuidList &uuids);
    void applyStats(int connectionId, const StatsBatch &batch);

    const DomainInfo *domain(const QModelIndex &index) const;
    QModelIndex connectionIndex(int connectionId) const;
    QModelIndex domainIndex(int connectionId, const QUuid &uuid, int column = 0) const;
    int guestCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString stateText(DomainState state, bool hasManagedSave = false);
    static QString connectionStateText(ConnectionState state);

private:
    struct GuestRow
    {
        DomainInfo info;
        DomainStatsSample stats;
        SparklineHistory cpuHistory;
        SparklineHistory hostCpuHistory;
    };
    struct ConnectionNode
    {
        int id = 0;
        QString name;
        ConnectionState state = ConnectionState::Disconnected;
        QString message;
        HostStatsSample hostStats;
        SparklineHistory hostCpuHistory;
        std::vector<GuestRow> guests;
        QHash<QUuid, int> rowOf;
    };

    ConnectionNode *node(int connectionId) const;
    int nodeRow(const ConnectionNode *node) const;
    void attachSession(ConnectionSession *session);
    void emitChangedSpan(const QModelIndex &parent, const QVector<int> &rows, int firstColumn, int lastColumn);
    void reindexFrom(ConnectionNode &node, int firstRow);
    void removeRows(ConnectionNode &node, QVector<int> rows);
    QVariant guestData(const ConnectionNode &node, const GuestRow &row, int column, int role) const;
    QVariant connectionData(const ConnectionNode &node, int column, int role) const;

    std::vector<std::unique_ptr<ConnectionNode>> m_connections;
};

} // namespace VirtDeck
