// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace VirtDeck::Cloud {

// One address of an instance, from the server's "addresses" map.
struct InstanceAddress
{
    QString network;
    QString address;
    int version = 4;
    QString type; // "fixed" or "floating"
    QString mac;

    bool operator==(const InstanceAddress &) const = default;
};

// Why an instance is in ERROR (Nova's "fault"; details only for admins).
struct InstanceFault
{
    int code = 0;
    QString message;
    QString details;
    QDateTime created;

    bool isEmpty() const { return code == 0 && message.isEmpty(); }
    bool operator==(const InstanceFault &) const = default;
};

// A Nova server, as `openstack server list --long` shows it.
struct CloudInstance
{
    QString id;
    QString name;
    QString status;    // ACTIVE, BUILD, SHUTOFF, ERROR, PAUSED, REBOOT, ...
    QString taskState; // empty when no task runs ("scheduling", "powering-off", ...)
    QString vmState;
    int powerState = 0; // 0 NOSTATE, 1 RUNNING, 3 PAUSED, 4 SHUTDOWN, 6 CRASHED, 7 SUSPENDED
    QList<InstanceAddress> addresses;
    QString flavorName;
    int flavorVcpus = 0;
    qint64 flavorRamMb = 0;
    QString imageId; // empty when booted from a volume
    QString keyName;
    QString projectId;
    QString availabilityZone;
    QString description;
    QDateTime created;
    InstanceFault fault;

    // Nova is still working on it: worth asking again soon.
    bool isTransitional() const
    {
        return !taskState.isEmpty() || status == QLatin1String("BUILD") || status == QLatin1String("REBOOT")
            || status == QLatin1String("HARD_REBOOT") || status == QLatin1String("RESIZE");
    }
    bool operator==(const CloudInstance &) const = default;
};

} // namespace VirtDeck::Cloud
