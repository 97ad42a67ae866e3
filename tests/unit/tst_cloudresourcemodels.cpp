// SPDX-License-Identifier: GPL-2.0-or-later
// The list models of cloud part 2 (key pairs, networks, subnets, routers, ports, floating
// IPs, volumes) under QAbstractItemModelTester, fed by a local fake server: rows appear,
// change in place and go away without a reset; a broken reply keeps the rows and reports.
#include "cloudnetworklistmodel.h"
#include "cloudsession.h"
#include "cloudvolumelistmodel.h"
#include "fakecloudserver.h"
#include "floatingiplistmodel.h"
#include "keypairlistmodel.h"
#include "portlistmodel.h"
#include "routerlistmodel.h"
#include "subnetlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

CloudConfig configFor(const FakeCloudServer &server)
{
    CloudConfig config;
    config.name = u"fake"_s;
    config.authUrl = server.authUrl();
    config.username = u"fake"_s;
    config.password = u"pw"_s;
    config.projectName = u"fake"_s;
    return config;
}

} // namespace

class TestCloudResourceModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyPairsIncremental()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/os-keypairs", {200, R"({"keypairs": [{"keypair": {"name": "a", "fingerprint": "f1", "type": "ssh"}},
            {"keypair": {"name": "b", "fingerprint": "f2", "type": "ssh"}}]})", false, false});
        CloudSession session(configFor(server));
        KeyPairListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &KeyPairListModel::refreshed);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setSession(&session);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.data(model.index(1, KeyPairListModel::FingerprintColumn)).toString(), u"f2"_s);
        QCOMPARE(model.headerData(KeyPairListModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);

        // b changes, a goes, c arrives.
        server.setReply("/compute/os-keypairs", {200, R"({"keypairs": [{"keypair": {"name": "b", "fingerprint": "f2b", "type": "ssh"}},
            {"keypair": {"name": "c", "fingerprint": "f3", "type": "ssh"}}]})", false, false});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(model.keys(), (QStringList{u"b"_s, u"c"_s}));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(model.index(0, KeyPairListModel::FingerprintColumn)).toString(), u"f2b"_s);
        QCOMPARE(reset.size(), 0);

        // A broken reply: the rows stay, the error is reported.
        server.setReply("/compute/os-keypairs", {200, "{not json", false, false});
        QSignalSpy failed(&model, &KeyPairListModel::refreshFailed);
        model.refresh();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(u"invalid JSON"_s));
        QCOMPARE(model.rowCount(), 2);
    }

    void networksSubnetsRoutersPorts()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/network/v2.0/networks", {200, R"({"networks": [
            {"id": "n1", "name": "demo-net", "status": "ACTIVE", "shared": false, "router:external": false, "subnets": ["s1"]},
            {"id": "n2", "name": "public", "status": "ACTIVE", "shared": true, "router:external": true, "subnets": []}]})", false, false});
        server.setReply("/network/v2.0/subnets", {200, R"({"subnets": [{"id": "s1", "name": "demo-subnet", "network_id": "n1",
            "ip_version": 4, "cidr": "12.12.12.0/24", "gateway_ip": "12.12.12.1", "enable_dhcp": true, "dns_nameservers": ["8.8.4.4"],
            "allocation_pools": [{"start": "12.12.12.2", "end": "12.12.12.254"}]}]})", false, false});
        server.setReply("/network/v2.0/routers", {200, R"({"routers": [{"id": "r1", "name": "demo-router", "status": "ACTIVE",
            "external_gateway_info": {"network_id": "n2", "external_fixed_ips": [{"ip_address": "172.24.4.5"}]}}]})", false, false});
        server.setReply("/network/v2.0/ports", {200, R"({"ports": [{"id": "p1", "device_id": "r1", "device_owner": "network:router_interface",
            "status": "ACTIVE", "mac_address": "fa:16:3e:00:00:01", "fixed_ips": [{"subnet_id": "s1", "ip_address": "12.12.12.1"}]}]})", false, false});
        CloudSession session(configFor(server));

        CloudNetworkListModel networks;
        QAbstractItemModelTester networkTester(&networks, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy networksDone(&networks, &CloudNetworkListModel::refreshed);
        networks.setSession(&session);
        QVERIFY(networksDone.wait(20000));
        QCOMPARE(networks.rowCount(), 2);
        QCOMPARE(networks.data(networks.index(1, CloudNetworkListModel::ExternalColumn)).toString(), u"Yes"_s);
        QCOMPARE(networks.data(networks.index(0, CloudNetworkListModel::SubnetsColumn)).toString(), u"s1"_s);
        QSignalSpy cidrChanged(&networks, &QAbstractItemModel::dataChanged);
        networks.setSubnetCidrs({{u"s1"_s, u"12.12.12.0/24"_s}});
        QCOMPARE(cidrChanged.size(), 1);
        QCOMPARE(networks.data(networks.index(0, CloudNetworkListModel::SubnetsColumn)).toString(), u"12.12.12.0/24"_s);

        SubnetListModel subnets;
        QAbstractItemModelTester subnetTester(&subnets, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy subnetsDone(&subnets, &SubnetListModel::refreshed);
        subnets.setSession(&session);
        QCOMPARE(subnets.rowCount(), 0); // no network chosen: nothing asked
        subnets.setNetworkId(u"n1"_s);
        QVERIFY(subnetsDone.wait(20000));
        QCOMPARE(subnets.rowCount(), 1);
        QCOMPARE(subnets.data(subnets.index(0, SubnetListModel::PoolsColumn)).toString(), u"12.12.12.2-12.12.12.254"_s);
        QCOMPARE(subnets.data(subnets.index(0, SubnetListModel::DnsColumn)).toString(), u"8.8.4.4"_s);
        subnets.setNetworkId(QString());
        QCOMPARE(subnets.rowCount(), 0);

        RouterListModel routers;
        QAbstractItemModelTester routerTester(&routers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy routersDone(&routers, &RouterListModel::refreshed);
        routers.setSession(&session);
        QVERIFY(routersDone.wait(20000));
        routers.setNetworkNames({{u"n2"_s, u"public"_s}});
        QCOMPARE(routers.data(routers.index(0, RouterListModel::GatewayColumn)).toString(), u"public"_s);
        QCOMPARE(routers.data(routers.index(0, RouterListModel::AddressesColumn)).toString(), u"172.24.4.5"_s);

        PortListModel ports;
        QAbstractItemModelTester portTester(&ports, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy portsDone(&ports, &PortListModel::refreshed);
        ports.setSession(&session);
        ports.setDeviceId(u"r1"_s);
        QVERIFY(portsDone.wait(20000));
        QCOMPARE(ports.rowCount(), 1);
        QCOMPARE(ports.data(ports.index(0, PortListModel::AddressesColumn)).toString(), u"12.12.12.1"_s);
        QCOMPARE(ports.data(ports.index(0, PortListModel::OwnerColumn)).toString(), u"network:router_interface"_s);
    }

    void floatingIpsAndVolumes()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/network/v2.0/floatingips", {200, R"({"floatingips": [{"id": "f1", "floating_ip_address": "172.24.4.9",
            "floating_network_id": "n2", "port_id": "p9", "fixed_ip_address": "12.12.12.7", "status": "ACTIVE"},
            {"id": "f2", "floating_ip_address": "172.24.4.10", "floating_network_id": "n2", "port_id": null, "status": "DOWN"}]})", false, false});
        server.setReply("/volume/volumes/detail", {200, R"({"volumes": [{"id": "v1", "name": "data", "status": "in-use", "size": 2,
            "bootable": "false", "attachments": [{"server_id": "srv", "device": "/dev/vdb"}], "os-vol-tenant-attr:tenant_id": "demo",
            "created_at": "2026-11-29T14:00:00.000000"}]})", false, false});
        CloudSession session(configFor(server));

        FloatingIpListModel ips;
        QAbstractItemModelTester ipTester(&ips, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy ipsDone(&ips, &FloatingIpListModel::refreshed);
        ips.setSession(&session);
        QVERIFY(ipsDone.wait(20000));
        QCOMPARE(ips.rowCount(), 2);
        ips.setPortOwners({{u"p9"_s, u"web-1"_s}});
        ips.setNetworkNames({{u"n2"_s, u"public"_s}});
        QCOMPARE(ips.data(ips.index(0, FloatingIpListModel::InstanceColumn)).toString(), u"web-1"_s);
        QCOMPARE(ips.data(ips.index(1, FloatingIpListModel::FixedIpColumn)).toString(), u"not associated"_s);
        QCOMPARE(ips.data(ips.index(1, FloatingIpListModel::NetworkColumn)).toString(), u"public"_s);

        CloudVolumeListModel volumes;
        QAbstractItemModelTester volumeTester(&volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy volumesDone(&volumes, &CloudVolumeListModel::refreshed);
        volumes.setSession(&session);
        QVERIFY(volumesDone.wait(20000));
        QCOMPARE(volumes.rowCount(), 1);
        volumes.setServerNames({{u"srv"_s, u"web-1"_s}});
        QCOMPARE(volumes.data(volumes.index(0, CloudVolumeListModel::AttachedColumn)).toString(), u"web-1 on /dev/vdb"_s);
        QCOMPARE(volumes.data(volumes.index(0, CloudVolumeListModel::SizeColumn)).toString(), u"2 GiB"_s);
        volumes.setAllProjects(true);
        QVERIFY(volumesDone.wait(20000));
        QCOMPARE(volumes.rowCount(), 1);
        QCOMPARE(volumes.data(volumes.index(0, CloudVolumeListModel::ProjectColumn)).toString(), u"demo"_s);
    }
};

QTEST_GUILESS_MAIN(TestCloudResourceModels)
#include "tst_cloudresourcemodels.moc"
