// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QWidget>

namespace VirtDeck {

class ConnectionSession;
class HostBridgeModel;

// The host's bridges and which guests' NICs sit on each (brctl show + virsh domiflist).
class HostInterfacesPane : public QWidget
{
    Q_OBJECT

public:
    explicit HostInterfacesPane(ConnectionSession *session, QWidget *parent = nullptr);

    HostBridgeModel *model() const { return m_model; }

private:
    HostBridgeModel *m_model;
};

} // namespace VirtDeck
