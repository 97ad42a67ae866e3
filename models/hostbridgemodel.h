// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostbridgeinfo.h"
#include "hostbridgeservice.h"
#include "keyedlistmodel.h"

namespace VirtDeck {

class ConnectionSession;

// The host's bridges and the guest NICs on each. Re-lists when networks change, when
// guests come, go or change state (a started guest gets its tap), and on (re)connect.
class HostBridgeModel : public KeyedListModel<HostBridgeInfo>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, NetworkColumn, PortsColumn, GuestsColumn, SourceColumn, ColumnCount };

    explicit HostBridgeModel(ConnectionSession *session, QObject *parent = nullptr);

    HostBridgeService &service() { return m_service; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const HostBridgeInfo &row) const override { return row.name; }
    QFuture<Result<HostBridgeInfoList>> fetch() override;
    void listFinished(const QString &error) override;

private:
    HostBridgeService m_service;
};

} // namespace VirtDeck
