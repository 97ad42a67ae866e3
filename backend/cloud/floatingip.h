// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// A Neutron floating IP; portId is empty while it is not associated.
struct FloatingIp
{
    QString id;
    QString address;
    QString networkId; // the external network it comes from
    QString portId;
    QString fixedIp;
    QString routerId;
    QString status;
    QString projectId;
    QString description;

    bool operator==(const FloatingIp &) const = default;
};

} // namespace VirtDeck::Cloud
