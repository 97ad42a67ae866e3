// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "hostbridgeinfo.h"
#include "result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>

namespace VirtDeck {

class ConnectionSession;

// Which host bridges exist and which guests' NICs sit on each ("brctl show" plus
// "virsh domiflist" together). Bridges come from libvirt's interface driver when it
// answers with bridges; for a local hypervisor URI otherwise from /sys/class/net; the
// bridges of virtual networks are always included. A small value: copy it freely.
class HostBridgeService
{
    Q_DECLARE_TR_FUNCTIONS(HostBridgeService)

public:
    explicit HostBridgeService(ConnectionSession *session);

    QFuture<Result<HostBridgeInfoList>> list() const;

    // Where the sysfs fallback reads (tests point it at a fake tree).
    void setSysfsRoot(const QString &path) { m_sysfsRoot = path; }

private:
    QPointer<ConnectionSession> m_session;
    QString m_sysfsRoot = QStringLiteral("/sys/class/net");
};

} // namespace VirtDeck
