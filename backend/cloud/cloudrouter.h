// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStringList>

namespace VirtDeck::Cloud {

// A Neutron router with its external gateway (empty externalNetworkId = none).
struct CloudRouter
{
    QString id;
    QString name;
    QString status;
    QString projectId;
    bool adminStateUp = true;
    QString externalNetworkId;
    QStringList externalIps; // the gateway's addresses on the external network
    bool enableSnat = true;

    bool operator==(const CloudRouter &) const = default;
};

} // namespace VirtDeck::Cloud
