// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudimage.h"
#include "cloudnetwork.h"
#include "cloudvolume.h"
#include "flavor.h"
#include "keypair.h"
#include "quotaset.h"
#include "securitygroup.h"
#include "volumesnapshot.h"

#include <QList>
#include <QStringList>

namespace VirtDeck {

// Everything the launch wizard offers, loaded once when it opens.
struct LaunchCatalog
{
    QStringList availabilityZones;
    QList<Cloud::CloudImage> images;
    QList<Cloud::CloudVolume> volumes;
    QList<Cloud::VolumeSnapshot> snapshots;
    QList<Cloud::Flavor> flavors;
    QList<Cloud::CloudNetwork> networks;
    QList<Cloud::SecurityGroup> securityGroups;
    QList<Cloud::KeyPair> keyPairs;
    Cloud::QuotaSet computeQuota;
    bool quotaKnown = false;
};

} // namespace VirtDeck
