// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keyedlistmodel.h"
#include "networkinfo.h"
#include "networkservice.h"

namespace VirtDeck {

class ConnectionSession;

// The virtual networks of one connection. Re-lists on every network lifecycle event and on
// (re)connect, and applies the difference (see KeyedListModel).
class NetworkModel : public KeyedListModel<NetworkInfo>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StateColumn, AutostartColumn, ForwardColumn, BridgeColumn, Ipv4Column,
                  Ipv6Column, DhcpColumn, ColumnCount };

    explicit NetworkModel(ConnectionSession *session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString forwardText(const NetworkInfo &network);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const NetworkInfo &row) const override { return row.name; }
    QFuture<Result<NetworkInfoList>> fetch() override;
    void listFinished(const QString &error) override;

private:
    NetworkService m_service;
};

} // namespace VirtDeck
