// SPDX-License-Identifier: GPL-2.0-or-later
// Parsers of cloud part 2's resources (key pairs, networks, subnets, routers, ports,
// floating IPs, volumes, attachments) on replies as the test cloud sends them, broken
// replies of every list through a local fake server, request bodies, and ssh-keygen.
#include "cloudsession.h"
#include "fakecloudserver.h"
#include "keypairclient.h"
#include "networkclient.h"
#include "sshkeygenerator.h"
#include "testcloud.h"
#include "volumeclient.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <sys/stat.h>

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

// The file's mode bits as ls shows them (0600).
int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

} // namespace

class TestCloudResourceParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyPairs()
    {
        const auto pairs = KeyPairClient::parseKeyPairs(R"({"keypairs": [
            {"keypair": {"name": "zeta", "public_key": "ssh-ed25519 AAAAC3Nza z@h\n", "fingerprint": "SHA256:x", "type": "ssh"}},
            {"keypair": {"name": "alpha", "public_key": "ssh-rsa AAAAB3 a@h", "fingerprint": "aa:bb"}}]})");
        QVERIFY2(pairs.ok(), qPrintable(pairs.error));
        QCOMPARE(pairs.value.size(), 2);
        QCOMPARE(pairs.value.at(0).name, u"alpha"_s);
        QCOMPARE(pairs.value.at(0).type, u"ssh"_s); // missing type: ssh
        QCOMPARE(pairs.value.at(1).publicKey, u"ssh-ed25519 AAAAC3Nza z@h"_s);
        const auto one = KeyPairClient::parseKeyPair(R"({"keypair": {"name": "k", "fingerprint": "f", "user_id": "u", "type": "x509"}})");
        QVERIFY(one.ok());
        QCOMPARE(one.value.type, u"x509"_s);
        QVERIFY(!KeyPairClient::parseKeyPairs(R"({"keypairs": [{"name": "flat"}]})").ok());
        QVERIFY(!KeyPairClient::parseKeyPairs(R"({"keypairs": [{"keypair": {"fingerprint": "no name"}}]})").ok());
        QVERIFY(!KeyPairClient::parseKeyPair(R"({"key": {}})").ok());
    }

    void keyPairNames()
    {
        QVERIFY(KeyPairClient::validateName(u"my key_1.test@host-2"_s).isEmpty());
        QVERIFY(!KeyPairClient::validateName(QString()).isEmpty());
        QVERIFY(!KeyPairClient::validateName(u"bad/name"_s).isEmpty());
        QVERIFY(!KeyPairClient::validateName(u" lead"_s).isEmpty());
        QVERIFY(!KeyPairClient::validateName(QString(256, u'a')).isEmpty());
    }

    void publicKeyCheck()
    {
        QVERIFY(SshKeyGenerator::checkPublicKey(u"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE me@host\n"_s).isEmpty());
        QVERIFY(SshKeyGenerator::checkPublicKey(u"ecdsa-sha2-nistp256 AAAAE2VjZHNh="_s).isEmpty());
        QVERIFY(SshKeyGenerator::checkPublicKey(u"-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n"_s).contains(u"private"_s));
        QVERIFY(!SshKeyGenerator::checkPublicKey(u"hello world"_s).isEmpty());
        QVERIFY(!SshKeyGenerator::checkPublicKey(QString()).isEmpty());
        QVERIFY(!SshKeyGenerator::checkPublicKey(u"ssh-rsa AAAA a\nssh-rsa BBBB b"_s).isEmpty());
    }

    void sshKeyGeneration()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"sub/virtdeck-test-net-key"_s); // the folder is made too
        const auto key = awaitFuture(SshKeyGenerator::generate(path, u"virtdeck-test-net comment"_s));
        QVERIFY(key);
        QVERIFY2(key->ok(), qPrintable(key->error));
        QCOMPARE(key->value.privateKeyPath, path);
        QCOMPARE(modeOf(path), 0600);
        QCOMPARE(modeOf(dir.filePath(u"sub"_s)), 0700);
        QVERIFY(key->value.publicKey.startsWith(u"ssh-ed25519 "_s));
        QVERIFY(key->value.publicKey.endsWith(u"virtdeck-test-net comment"_s));
        QVERIFY(SshKeyGenerator::checkPublicKey(key->value.publicKey).isEmpty());
        // Never overwritten.
        const auto again = awaitFuture(SshKeyGenerator::generate(path, u"x"_s));
        QVERIFY(again && !again->ok());
        QVERIFY2(again->error.contains(u"exists"_s), qPrintable(again->error));
        QVERIFY(!SshKeyGenerator::checkTarget(QString()).isEmpty());
        QVERIFY(SshKeyGenerator::defaultPath(u"my key/../x"_s).endsWith(u"/.ssh/my_key_.._x"_s));
    }

    void networks()
    {
        const auto networks = NetworkClient::parseNetworks(R"({"networks": [
            {"id": "n2", "name": "public", "status": "ACTIVE", "shared": false, "router:external": true,
             "subnets": ["s9"], "project_id": "admin", "provider:network_type": "flat", "provider:physical_network": "public", "mtu": 1500},
            {"id": "n1", "name": "demo-net", "status": "ACTIVE", "shared": true, "router:external": false, "subnets": [],
             "tenant_id": "demo", "admin_state_up": false}]})");
        QVERIFY2(networks.ok(), qPrintable(networks.error));
        QCOMPARE(networks.value.size(), 2);
        const CloudNetwork &demo = networks.value.at(0);
        QCOMPARE(demo.name, u"demo-net"_s);
        QVERIFY(demo.shared && !demo.external && !demo.adminStateUp);
        QCOMPARE(demo.projectId, u"demo"_s);
        const CloudNetwork &pub = networks.value.at(1);
        QVERIFY(pub.external);
        QCOMPARE(pub.subnetIds, QStringList{u"s9"_s});
        QCOMPARE(pub.networkType, u"flat"_s);
        QCOMPARE(pub.mtu, 1500);
        QVERIFY(!NetworkClient::parseNetworks(R"({"networks": [{"id": "n", "subnets": "s1"}]})").ok());
        QVERIFY(!NetworkClient::parseNetwork(R"({"network": {"name": "no id"}})").ok());
    }

    void subnets()
    {
        const auto subnets = NetworkClient::parseSubnets(R"({"subnets": [
            {"id": "s1", "name": "sub", "network_id": "n1", "ip_version": 4, "cidr": "12.12.12.0/24", "gateway_ip": "12.12.12.1",
             "enable_dhcp": false, "dns_nameservers": ["8.8.4.4"], "allocation_pools": [{"start": "12.12.12.2", "end": "12.12.12.254"}]},
            {"id": "s2", "name": "v6", "network_id": "n1", "ip_version": 6, "cidr": "fd00::/64", "gateway_ip": null,
             "enable_dhcp": true, "dns_nameservers": [], "allocation_pools": []}]})");
        QVERIFY2(subnets.ok(), qPrintable(subnets.error));
        const CloudSubnet &v4 = subnets.value.at(0);
        QCOMPARE(v4.gatewayIp, u"12.12.12.1"_s);
        QVERIFY(!v4.noGateway && !v4.enableDhcp);
        QCOMPARE(v4.dnsNameservers, QStringList{u"8.8.4.4"_s});
        QCOMPARE(v4.allocationPools, (QList<AllocationPool>{{u"12.12.12.2"_s, u"12.12.12.254"_s}}));
        QCOMPARE(subnets.value.at(1).ipVersion, 6);
        QVERIFY(subnets.value.at(1).noGateway);
        QVERIFY(!NetworkClient::parseSubnets(R"({"subnets": [{"id": "s"}]})").ok()); // no cidr
        QVERIFY(!NetworkClient::parseSubnets(R"({"subnets": [{"id": "s", "cidr": "1.0.0.0/8", "allocation_pools": [{"start": 1}]}]})").ok());
        QVERIFY(!NetworkClient::parseSubnet(R"({"subnet": {"id": "s", "cidr": "1.0.0.0/8", "allocation_pools": "1-2"}})").ok());
    }

    void subnetBody()
    {
        CloudSubnet s;
        s.networkId = u"n"_s;
        s.name = u" sub "_s;
        s.cidr = u"12.12.12.0/24"_s;
        s.gatewayIp = u"12.12.12.1"_s;
        s.dnsNameservers = {u"8.8.4.4"_s};
        s.allocationPools = {{u"12.12.12.10"_s, u"12.12.12.20"_s}};
        s.enableDhcp = false;
        const QJsonObject body = NetworkClient::subnetBody(s).value(u"subnet"_s).toObject();
        QCOMPARE(body.value(u"name"_s).toString(), u"sub"_s);
        QCOMPARE(body.value(u"gateway_ip"_s).toString(), u"12.12.12.1"_s);
        QCOMPARE(body.value(u"enable_dhcp"_s).toBool(true), false);
        QCOMPARE(body.value(u"dns_nameservers"_s).toArray().size(), 1);
        QCOMPARE(body.value(u"allocation_pools"_s).toArray().first().toObject().value(u"end"_s).toString(), u"12.12.12.20"_s);
        s.noGateway = true;
        QVERIFY(NetworkClient::subnetBody(s).value(u"subnet"_s).toObject().value(u"gateway_ip"_s).isNull());
        s.noGateway = false;
        s.gatewayIp.clear();
        QVERIFY(!NetworkClient::subnetBody(s).value(u"subnet"_s).toObject().contains(u"gateway_ip"_s));
        CloudNetwork n;
        n.name = u"ext"_s;
        n.external = true;
        n.networkType = u"flat"_s;
        n.physicalNetwork = u"public"_s;
        const QJsonObject network = NetworkClient::networkBody(n).value(u"network"_s).toObject();
        QVERIFY(network.value(u"router:external"_s).toBool());
        QVERIFY(!network.contains(u"shared"_s));
        QCOMPARE(network.value(u"provider:physical_network"_s).toString(), u"public"_s);
    }

    void routersPortsFloatingIps()
    {
        const auto routers = NetworkClient::parseRouters(R"({"routers": [
            {"id": "r1", "name": "router", "status": "ACTIVE", "project_id": "demo", "external_gateway_info":
              {"network_id": "ext", "enable_snat": true, "external_fixed_ips": [{"subnet_id": "s", "ip_address": "172.24.4.10"}]}},
            {"id": "r0", "name": "bare", "status": "ACTIVE", "external_gateway_info": null}]})");
        QVERIFY2(routers.ok(), qPrintable(routers.error));
        QCOMPARE(routers.value.at(0).name, u"bare"_s);
        QVERIFY(routers.value.at(0).externalNetworkId.isEmpty());
        QCOMPARE(routers.value.at(1).externalNetworkId, u"ext"_s);
        QCOMPARE(routers.value.at(1).externalIps, QStringList{u"172.24.4.10"_s});
        QVERIFY(!NetworkClient::parseRouter(R"({"router": {"id": "r", "external_gateway_info": "ext"}})").ok());

        const auto ports = NetworkClient::parsePorts(R"({"ports": [{"id": "p1", "network_id": "n", "device_id": "r1",
            "device_owner": "network:router_interface", "status": "ACTIVE", "mac_address": "fa:16:3e:00:00:01",
            "fixed_ips": [{"subnet_id": "s1", "ip_address": "12.12.12.1"}]}]})");
        QVERIFY2(ports.ok(), qPrintable(ports.error));
        QCOMPARE(ports.value.first().fixedIps, QStringList{u"12.12.12.1"_s});
        QCOMPARE(ports.value.first().subnetIds, QStringList{u"s1"_s});
        QVERIFY(!NetworkClient::parsePorts(R"({"ports": [{"id": "p", "fixed_ips": [{"subnet_id": "s"}]}]})").ok());
        QVERIFY(!NetworkClient::parsePorts(R"({"ports": [{"id": "p", "fixed_ips": {}}]})").ok());
        QCOMPARE(NetworkClient::parseRouterInterface(R"({"id": "r1", "subnet_id": "s1", "port_id": "p9"})").value, u"p9"_s);
        QVERIFY(!NetworkClient::parseRouterInterface(R"({"id": "r1"})").ok());

        const auto ips = NetworkClient::parseFloatingIps(R"({"floatingips": [
            {"id": "f2", "floating_ip_address": "172.24.4.20", "floating_network_id": "ext", "port_id": null,
             "fixed_ip_address": null, "router_id": null, "status": "DOWN"},
            {"id": "f1", "floating_ip_address": "172.24.4.11", "floating_network_id": "ext", "port_id": "p",
             "fixed_ip_address": "12.12.12.5", "router_id": "r1", "status": "ACTIVE"}]})");
        QVERIFY2(ips.ok(), qPrintable(ips.error));
        QCOMPARE(ips.value.at(0).address, u"172.24.4.11"_s);
        QCOMPARE(ips.value.at(0).fixedIp, u"12.12.12.5"_s);
        QVERIFY(ips.value.at(1).portId.isEmpty());
        QVERIFY(!NetworkClient::parseFloatingIp(R"({"floatingip": {"id": "f"}})").ok());
    }

    void volumes()
    {
        const auto volumes = VolumeClient::parseVolumes(R"({"volumes": [
            {"id": "v1", "name": "data", "status": "in-use", "size": 2, "volume_type": "__DEFAULT__", "bootable": "false",
             "os-vol-tenant-attr:tenant_id": "demo", "created_at": "2026-11-29T14:00:01.000000", "multiattach": false,
             "attachments": [{"server_id": "srv", "device": "/dev/vdb", "attachment_id": "a1", "volume_id": "v1"}]},
            {"id": "v0", "name": "", "status": "available", "size": "1", "bootable": "true", "attachments": []}]})");
        QVERIFY2(volumes.ok(), qPrintable(volumes.error));
        QCOMPARE(volumes.value.size(), 2);
        const CloudVolume &unnamed = volumes.value.at(0);
        QVERIFY(unnamed.bootable);
        QCOMPARE(unnamed.sizeGb, 1);
        const CloudVolume &data = volumes.value.at(1);
        QCOMPARE(data.attachments.size(), 1);
        QCOMPARE(data.attachments.first().device, u"/dev/vdb"_s);
        QCOMPARE(data.projectId, u"demo"_s);
        QCOMPARE(data.created, QDateTime(QDate(2026, 11, 29), QTime(14, 0, 1), Qt::UTC));
        QVERIFY(!VolumeClient::parseVolumes(R"({"volumes": [{"id": "v", "status": "available"}]})").ok()); // no size
        QVERIFY(!VolumeClient::parseVolumes(R"({"volumes": [{"id": "v", "size": 1, "status": "available", "attachments": {}}]})").ok());
        QVERIFY(!VolumeClient::parseVolumes(R"({"volumes": [{"id": "v", "size": 1, "status": "x", "attachments": [{"device": "d"}]}]})").ok());
        QVERIFY(!VolumeClient::parseVolume(R"({"volume": []})").ok());
        const auto attachment = VolumeClient::parseAttachment(R"({"volumeAttachment": {"device": "/dev/vdb", "id": "v1", "serverId": "s", "volumeId": "v1"}})");
        QVERIFY(attachment.ok());
        QCOMPARE(attachment.value.serverId, u"s"_s);
        QVERIFY(!VolumeClient::parseAttachment(R"({"volumeAttachment": {"device": "/dev/vdb"}})").ok());

        QVERIFY(VolumeClient::validateNew(u"x"_s, 1).isEmpty());
        QVERIFY(!VolumeClient::validateNew(u"x"_s, 0).isEmpty());
        CloudVolume v;
        v.sizeGb = 2;
        v.status = u"available"_s;
        QVERIFY(VolumeClient::validateExtend(v, 3).isEmpty());
        QVERIFY(VolumeClient::validateExtend(v, 2).contains(u"shrink"_s));
        v.status = u"error"_s;
        QVERIFY(!VolumeClient::validateExtend(v, 3).isEmpty());
    }

    // Cinder's user messages: why an accepted extend failed later, for one volume only.
    void volumeUserMessages()
    {
        const QByteArray body = R"({"messages": [
            {"id": "m3", "resource_uuid": "v1", "user_message": "extend volume:Volume Driver failed to extend volume."},
            {"id": "m2", "resource_uuid": "v2", "user_message": "create volume:Another volume."},
            {"id": "m1", "resource_uuid": "v1", "user_message": "attach volume:An older one."}]})";
        const auto messages = VolumeClient::parseUserMessages(body, u"v1"_s);
        QVERIFY2(messages.ok(), qPrintable(messages.error));
        QCOMPARE(messages.value, (QStringList{u"extend volume:Volume Driver failed to extend volume."_s, u"attach volume:An older one."_s}));
        QVERIFY(VolumeClient::parseUserMessages(body, u"v3"_s).value.isEmpty());
        QVERIFY(VolumeClient::parseUserMessages(R"({"messages": [{"id": "m"}]})", u"v1"_s).error.contains(u"user_message"_s));
        QVERIFY(VolumeClient::parseUserMessages(R"({"messages": [7]})", u"v1"_s).error.contains(u"not an object"_s));
        QVERIFY(VolumeClient::parseUserMessages("<html>", u"v1"_s).error.contains(u"invalid JSON"_s));
    }

    // Every list, through the real HTTP path, with broken replies.
    void brokenLists_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        const QList<QPair<QByteArray, QByteArray>> lists = {
            {"/compute/os-keypairs", "keypairs"},       {"/network/v2.0/networks", "networks"},
            {"/network/v2.0/subnets", "subnets"},        {"/network/v2.0/routers", "routers"},
            {"/network/v2.0/ports", "ports"},            {"/network/v2.0/floatingips", "floatingips"},
            {"/volume/volumes/detail", "volumes"}};
        for (const auto &[path, key] : lists) {
            QTest::addRow("%s malformed", key.constData()) << path << QByteArray(R"({")" + key + R"(": [{"id": ,]})") << u"invalid JSON"_s;
            QTest::addRow("%s not a list", key.constData()) << path << QByteArray(R"({")" + key + R"(": {"id": "x"}})")
                                                           << u"\"%1\""_s.arg(QString::fromLatin1(key));
            QTest::addRow("%s entry a number", key.constData()) << path << QByteArray(R"({")" + key + R"(": [42]})") << u"cannot read"_s;
            QTest::addRow("%s wrong key", key.constData()) << path << QByteArray(R"({"items": []})") << u"is missing"_s;
        }
    }
    void brokenLists()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply(path, {200, body, false, false});
        CloudSession session(configFor(server));
        const std::function<QString()> call = [&]() -> QString {
            const auto error = [](const auto &result) { return result ? (result->ok() ? u"(accepted)"_s : result->error) : u"(timeout)"_s; };
            if (path.endsWith("os-keypairs"))
                return error(awaitFuture(KeyPairClient(&session).keyPairs()));
            if (path.endsWith("networks"))
                return error(awaitFuture(NetworkClient(&session).networks()));
            if (path.endsWith("subnets"))
                return error(awaitFuture(NetworkClient(&session).subnets()));
            if (path.endsWith("routers"))
                return error(awaitFuture(NetworkClient(&session).routers()));
            if (path.endsWith("ports"))
                return error(awaitFuture(NetworkClient(&session).ports(u"device"_s)));
            if (path.endsWith("floatingips"))
                return error(awaitFuture(NetworkClient(&session).floatingIps()));
            return error(awaitFuture(VolumeClient(&session).volumes(true)));
        };
        const QString error = call();
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void serverErrorsKeepTheirMessage()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/network/v2.0/floatingips",
                        {404, R"({"NeutronError": {"type": "ExternalGatewayForFloatingIPNotFound", "message": "External network ext is not reachable from subnet s.", "detail": ""}})",
                         false, false});
        server.setReply("/compute/os-keypairs", {409, R"({"conflictingRequest": {"code": 409, "message": "Key pair 'k' already exists."}})", false, false});
        server.setReply("/volume/volumes", {413, R"({"overLimit": {"code": 413, "message": "VolumeSizeExceedsAvailableQuota: Requested volume or snapshot exceeds allowed gigabytes quota."}})", false, false});
        CloudSession session(configFor(server));
        const auto fip = awaitFuture(NetworkClient(&session).allocateFloatingIp(u"ext"_s));
        QVERIFY(fip && !fip->ok());
        QVERIFY2(fip->error.contains(u"not reachable"_s), qPrintable(fip->error));
        const auto key = awaitFuture(KeyPairClient(&session).importKeyPair(u"k"_s, u"ssh-ed25519 AAAAC3Nza k"_s));
        QVERIFY(key && !key->ok());
        QVERIFY2(key->error.contains(u"already exists"_s) && key->error.contains(u"409"_s), qPrintable(key->error));
        const auto volume = awaitFuture(VolumeClient(&session).createVolume(u"v"_s, 500));
        QVERIFY(volume && !volume->ok());
        QVERIFY2(volume->error.contains(u"gigabytes quota"_s), qPrintable(volume->error));
        // Refused before sending: a bad subnet, a private key, a bad name.
        const int requests = server.requestCount();
        CloudSubnet bad;
        bad.networkId = u"n"_s;
        bad.cidr = u"10.0.0.0/24"_s;
        bad.gatewayIp = u"10.0.1.1"_s;
        const auto subnet = awaitFuture(NetworkClient(&session).createSubnet(bad));
        QVERIFY(subnet && !subnet->ok());
        QVERIFY2(subnet->error.contains(u"outside"_s), qPrintable(subnet->error));
        const auto priv = awaitFuture(KeyPairClient(&session).importKeyPair(u"k"_s, u"-----BEGIN OPENSSH PRIVATE KEY-----"_s));
        QVERIFY(priv && !priv->ok());
        QCOMPARE(server.requestCount(), requests);
    }

    void createdKeyIsRemovedWhenTheUploadFails()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/os-keypairs", {409, R"({"conflictingRequest": {"code": 409, "message": "Key pair 'k' already exists."}})", false, false});
        CloudSession session(configFor(server));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k"_s);
        const auto created = awaitFuture(KeyPairClient(&session).createKeyPair(u"k"_s, path));
        QVERIFY(created && !created->ok());
        QVERIFY2(created->error.contains(u"already exists"_s), qPrintable(created->error));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + u".pub"_s));
    }

    void createdKeyPairIsUploaded()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/os-keypairs",
                        {200, R"({"keypair": {"name": "k", "fingerprint": "SHA256:abc", "type": "ssh", "user_id": "u", "public_key": "ssh-ed25519 AAAA k"}})", false, false});
        CloudSession session(configFor(server));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"k"_s);
        const auto created = awaitFuture(KeyPairClient(&session).createKeyPair(u"k"_s, path));
        QVERIFY(created);
        QVERIFY2(created->ok(), qPrintable(created->error));
        QCOMPARE(created->value.privateKeyPath, path);
        QCOMPARE(created->value.keyPair.fingerprint, u"SHA256:abc"_s);
        QCOMPARE(modeOf(path), 0600);
    }
};

QTEST_GUILESS_MAIN(TestCloudResourceParsers)
#include "tst_cloudresourceparsers.moc"
