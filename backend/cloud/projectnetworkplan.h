// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace VirtDeck::Cloud {

// What the guided "network for this project" creates: a network with one subnet, and a
// router with a gateway to an external network (none = no gateway step) and an interface
// on the subnet.
struct ProjectNetworkPlan
{
    QString networkName;
    QString subnetName;
    QString routerName;
    QString cidr;
    QString gatewayIp; // empty: Neutron takes the first address
    QStringList dnsNameservers;
    bool enableDhcp = true;
    QString externalNetworkId;
};

} // namespace VirtDeck::Cloud
