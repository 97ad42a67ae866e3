// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck::Cloud {

// One endpoint of the service catalog, as `openstack endpoint list` shows it.
struct CatalogEndpoint
{
    QString id;
    QString serviceName;
    QString serviceType;
    QString interface;
    QString region;
    QString url;
};

} // namespace VirtDeck::Cloud
