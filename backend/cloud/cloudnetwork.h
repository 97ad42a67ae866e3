// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace VirtDeck::Cloud {

// A Neutron network, as `openstack network list --long` shows it. Also the input of "create".
struct CloudNetwork
{
    QString id;
    QString name;
    QString status;
    QString projectId;
    bool shared = false;
    bool external = false; // router:external: routers can use it as gateway, floating IPs come from it
    bool adminStateUp = true;
    QStringList subnetIds;
    QString networkType;      // provider:network_type (admins only): "flat", "vxlan", ...
    QString physicalNetwork;  // provider:physical_network (admins only)
    int mtu = 0;

    bool operator==(const CloudNetwork &) const = default;
};

} // namespace VirtDeck::Cloud
