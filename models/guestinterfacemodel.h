// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"
#include "domainhardwareservice.h"
#include "keyedlistmodel.h"

#include <QUuid>

#include <optional>

namespace VirtDeck {

class ConnectionSession;

// One guest's network cards as `virsh domiflist` shows them (interface, type, source, model,
// MAC) plus the addresses libvirt knows (DHCP lease or guest agent). Keyed by MAC; a refresh
// applies only the difference (see KeyedListModel). Without a session it is fed by setItems.
class GuestInterfaceModel : public KeyedListModel<GuestInterfaceRow>
{
    Q_OBJECT

public:
    enum Column { InterfaceColumn, TypeColumn, SourceColumn, ModelColumn, MacColumn, LinkColumn, AddressColumn, ColumnCount };

    explicit GuestInterfaceModel(QObject *parent = nullptr);
    GuestInterfaceModel(ConnectionSession *session, const QUuid &guest, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const GuestInterfaceRow &row) const override { return row.mac; }
    QFuture<Result<GuestInterfaceRows>> fetch() override;
    void listFinished(const QString &error) override;

private:
    std::optional<DomainHardwareService> m_service;
    QUuid m_guest;
};

} // namespace VirtDeck
