// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "allocationpool.h"

#include <QList>
#include <QStringList>

namespace VirtDeck::Cloud {

// A Neutron subnet. Also the input of "create": an empty gatewayIp lets Neutron take the
// first address, unless noGateway is set.
struct CloudSubnet
{
    QString id;
    QString name;
    QString networkId;
    QString projectId;
    int ipVersion = 4;
    QString cidr;
    QString gatewayIp;
    bool noGateway = false;
    bool enableDhcp = true;
    QStringList dnsNameservers;
    QList<AllocationPool> allocationPools;

    bool operator==(const CloudSubnet &) const = default;
};

} // namespace VirtDeck::Cloud
