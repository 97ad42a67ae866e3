// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace VirtDeck::Cloud {

// A Neutron port: of an instance (deviceOwner "compute:<zone>", deviceId = server id), of a
// router ("network:router_interface", "network:router_gateway"), of DHCP, ...
struct CloudPort
{
    QString id;
    QString name;
    QString networkId;
    QString deviceId;
    QString deviceOwner;
    QString status;
    QString macAddress;
    QStringList fixedIps;  // addresses, in the port's order
    QStringList subnetIds; // the subnet of each address

    bool operator==(const CloudPort &) const = default;
};

} // namespace VirtDeck::Cloud
