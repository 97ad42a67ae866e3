// SPDX-License-Identifier: GPL-2.0-or-later
// An OpenStack reply body through every parse function of the cloud clients: one body is
// given to all of them, so a seed for one service also exercises the others' error paths.
#include "fuzzentry.h"

#include "computeclient.h"
#include "imageclient.h"
#include "instanceclient.h"
#include "keypairclient.h"
#include "keystoneparser.h"
#include "networkclient.h"
#include "quotaparser.h"
#include "volumeclient.h"
#include "volumesnapshotclient.h"

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runCloudJson(const QByteArray &input)
{
    using namespace VirtDeck::Cloud;
    ComputeClient::parseFlavors(input);
    ComputeClient::parseFlavor(input);
    ComputeClient::parseFlavorAccess(input);
    ImageClient::parseImages(input);
    ImageClient::parseImage(input);
    InstanceClient::parseInstances(input);
    InstanceClient::parseInstance(input);
    InstanceClient::parseActions(input);
    InstanceClient::parseAction(input);
    InstanceClient::parseConsoleLog(input);
    InstanceClient::parseConsoleUrl(input);
    InstanceClient::parseAvailabilityZones(input);
    InstanceClient::parseReservation(input);
    KeyPairClient::parseKeyPairs(input);
    KeyPairClient::parseKeyPair(input);
    KeystoneParser::parseToken(input, "fuzz-subject-token");
    KeystoneParser::parseProjects(input);
    NetworkClient::parseSecurityGroups(input);
    NetworkClient::parseSecurityGroup(input);
    NetworkClient::parseRule(input);
    NetworkClient::parseNetworks(input);
    NetworkClient::parseNetwork(input);
    NetworkClient::parseSubnets(input);
    NetworkClient::parseSubnet(input);
    NetworkClient::parseRouters(input);
    NetworkClient::parseRouter(input);
    NetworkClient::parsePorts(input);
    NetworkClient::parseFloatingIps(input);
    NetworkClient::parseFloatingIp(input);
    NetworkClient::parseRouterInterface(input);
    for (const QString &service : {u"compute"_s, u"volumev3"_s, u"network"_s})
        QuotaParser::parse(input, service, u"fuzz-project"_s);
    VolumeClient::parseVolumes(input);
    VolumeClient::parseVolume(input);
    VolumeClient::parseAttachment(input);
    VolumeSnapshotClient::parseSnapshots(input);
}

} // namespace VirtDeck::Fuzz
