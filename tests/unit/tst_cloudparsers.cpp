// SPDX-License-Identifier: GPL-2.0-or-later
// Keystone, Nova, Cinder and Neutron replies and error bodies, as the test cloud sends them.
#include "clouderror.h"
#include "computeclient.h"
#include "keystoneparser.h"
#include "networkclient.h"
#include "quotaparser.h"
#include "securitygrouprulevalidator.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;

// Declared first, defined below: moc does not follow multi-line raw strings inside a class.
class TestCloudParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void token();
    void authBodies();
    void errorBodies_data();
    void errorBodies();
    void quotas();
    void flavors();
    void securityGroups();
    void ruleValidation_data();
    void ruleValidation();
    void presets();
};

void TestCloudParsers::token()
{
    const QByteArray body = R"({"token": {"methods": ["password"], "user": {"domain": {"id": "default", "name": "Default"},
        "id": "u1", "name": "admin"}, "expires_at": "2030-01-01T10:00:00.000000Z",
        "project": {"domain": {"id": "default", "name": "Default"}, "id": "p1", "name": "admin"},
        "roles": [{"id": "r1", "name": "reader"}, {"id": "r2", "name": "admin"}],
        "catalog": [{"endpoints": [{"id": "e1", "interface": "public", "region_id": "RegionOne",
            "url": "http://127.0.0.1:8774/v2.1", "region": "RegionOne"},
            {"id": "e2", "interface": "admin", "region_id": "RegionOne", "url": "http://127.0.0.1:8774/v2.1"}],
            "id": "s1", "type": "compute", "name": "nova"}]}})";
    const auto token = KeystoneParser::parseToken(body, "gAAAA-token");
    QVERIFY2(token.ok(), qPrintable(token.error));
    QCOMPARE(token.value.id, QByteArray("gAAAA-token"));
    QCOMPARE(token.value.projectId, u"p1"_s);
    QCOMPARE(token.value.userName, u"admin"_s);
    QVERIFY(token.value.isAdmin());
    QCOMPARE(token.value.expiresAt, QDateTime(QDate(2030, 1, 1), QTime(10, 0), Qt::UTC));
    QCOMPARE(token.value.catalog.size(), 2);
    QCOMPARE(token.value.catalog.at(0).serviceType, u"compute"_s);
    QCOMPARE(token.value.catalog.at(1).interface, u"admin"_s);

    QVERIFY(!KeystoneParser::parseToken(body, {}).ok());
    QVERIFY(KeystoneParser::parseToken(R"({"token": {"expires_at": "2030-01-01T10:00:00Z", "user": {}, "catalog": []}})", "t")
                .error.contains(u"without a project"_s));
}

void TestCloudParsers::authBodies()
{
    CloudConfig config;
    config.username = u"demo"_s;
    config.password = u"pw"_s;
    config.projectName = u"demo"_s;
    config.userDomainName = u"Default"_s;
    QJsonObject auth = KeystoneParser::passwordAuthBody(config, {}).value(u"auth"_s).toObject();
    QCOMPARE(auth[u"identity"_s][u"password"_s][u"user"_s][u"name"_s].toString(), u"demo"_s);
    QCOMPARE(auth[u"identity"_s][u"password"_s][u"user"_s][u"domain"_s][u"name"_s].toString(), u"Default"_s);
    QCOMPARE(auth[u"scope"_s][u"project"_s][u"name"_s].toString(), u"demo"_s);
    QCOMPARE(auth[u"scope"_s][u"project"_s][u"domain"_s][u"name"_s].toString(), u"Default"_s);
    auth = KeystoneParser::passwordAuthBody(config, u"p2"_s).value(u"auth"_s).toObject();
    QCOMPARE(auth[u"scope"_s][u"project"_s][u"id"_s].toString(), u"p2"_s);
    config.method = AuthMethod::ApplicationCredential;
    config.applicationCredentialId = u"ac"_s;
    config.applicationCredentialSecret = u"s"_s;
    auth = KeystoneParser::passwordAuthBody(config, {}).value(u"auth"_s).toObject();
    QCOMPARE(auth[u"identity"_s][u"methods"_s].toArray().first().toString(), u"application_credential"_s);
    QVERIFY(!auth.contains(u"scope"_s));
    QCOMPARE(KeystoneParser::identityBase(u"http://h:5000"_s), u"http://h:5000/v3"_s);
    QCOMPARE(KeystoneParser::identityBase(u"http://h:5000/v3/"_s), u"http://h:5000/v3"_s);
}

void TestCloudParsers::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("verbatim");
    QTest::newRow("nova flavor policy") << 403
        << QByteArray(R"({"forbidden": {"code": 403, "message": "Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed."}})")
        << u"compute"_s << u"Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed."_s;
    QTest::newRow("neutron quota policy") << 403
        << QByteArray(R"({"NeutronError": {"type": "PolicyNotAuthorized", "message": "rule:update_quota is disallowed by policy", "detail": ""}})")
        << u"network"_s << u"rule:update_quota is disallowed by policy"_s;
    QTest::newRow("cinder quota policy") << 403
        << QByteArray(R"({"forbidden": {"code": 403, "message": "Policy doesn't allow volume_extension:quotas:update to be performed."}})")
        << u"volumev3"_s << u"Policy doesn't allow volume_extension:quotas:update to be performed."_s;
    QTest::newRow("glance text") << 403
        << QByteArray("403 Forbidden\n\nYou are not authorized to complete publicize_image action.\n\n   ")
        << u"image"_s << u"You are not authorized to complete publicize_image action."_s;
    QTest::newRow("keystone 401") << 401
        << QByteArray(R"({"error":{"code":401,"message":"The request you have made requires authentication.","title":"Unauthorized"}})")
        << u"identity"_s << u"The request you have made requires authentication."_s;
    QTest::newRow("neutron 409") << 409
        << QByteArray(R"({"NeutronError": {"type": "SecurityGroupRuleExists", "message": "Security group rule already exists. Rule id is 5.", "detail": ""}})")
        << u"network"_s << u"Security group rule already exists. Rule id is 5."_s;
    QTest::newRow("html") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1><p>upstream down</p></body></html>")
                          << u"compute"_s << u"upstream down"_s;
}

void TestCloudParsers::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, service);
    QFETCH(QString, verbatim);
    const QString message = CloudError::describe(status, body, service);
    QVERIFY2(message.contains(verbatim), qPrintable(message));
    QVERIFY2(message.contains(u"HTTP %1"_s.arg(status)), qPrintable(message));
    QVERIFY2(message.contains(CloudError::serviceLabel(service)), qPrintable(message));
    if (status == 403)
        QVERIFY2(message.contains(u"role"_s), qPrintable(message)); // the plain explanation
}

void TestCloudParsers::quotas()
{
    const auto nova = QuotaParser::parse(R"({"quota_set": {"id": "p", "cores": {"limit": 20, "in_use": 2, "reserved": 0},
        "ram": {"limit": -1, "in_use": 1024, "reserved": 0}}})", u"compute"_s, u"p"_s);
    QVERIFY2(nova.ok(), qPrintable(nova.error));
    QCOMPARE(nova.value.items.size(), 2);
    QCOMPARE(nova.value.find(u"cores"_s)->inUse, 2);
    QCOMPARE(nova.value.find(u"ram"_s)->limit, -1);
    const auto neutron = QuotaParser::parse(R"({"quota": {"network": {"limit": 100, "used": 3, "reserved": 0}}})",
                                            u"network"_s, u"p"_s);
    QCOMPARE(neutron.value.find(u"network"_s)->inUse, 3);
    const auto defaults = QuotaParser::parse(R"({"quota_set": {"id": "p", "volumes": 10, "volumes_lvm": -1}})",
                                             u"volumev3"_s, u"p"_s);
    QCOMPARE(defaults.value.find(u"volumes_lvm"_s)->limit, -1);
    QCOMPARE(defaults.value.find(u"volumes"_s)->inUse, -1);
    QVERIFY(!QuotaParser::parse(R"({"quota_set": {"cores": "many"}})", u"compute"_s, {}).ok());
    QVERIFY(!QuotaParser::parse(R"({"quota_set": {"cores": {"in_use": 1}}})", u"compute"_s, {}).ok());
    QVERIFY(!QuotaParser::parse(R"({"quota_set": {"cores": -7}})", u"compute"_s, {}).ok());
    QVERIFY(!QuotaParser::parse(R"({"quota": {}})", u"network"_s, {}).ok());
    QVERIFY(QuotaParser::updateBody(u"compute"_s, {{u"cores"_s, -2}}).error.contains(u"-1"_s));
    QCOMPARE(QuotaParser::updateBody(u"network"_s, {{u"network"_s, 5}}).value[u"quota"_s][u"network"_s].toInt(), 5);
}

void TestCloudParsers::flavors()
{
    const auto flavors = ComputeClient::parseFlavors(R"({"flavors": [{"id": "1", "name": "m1.tiny", "ram": 512, "disk": 1,
        "swap": "", "OS-FLV-EXT-DATA:ephemeral": 0, "vcpus": 1, "os-flavor-access:is_public": true, "rxtx_factor": 1.0,
        "extra_specs": {"hw:cpu_policy": "dedicated"}},
        {"id": "x", "name": "p", "ram": 1024, "disk": 10, "swap": 256, "OS-FLV-EXT-DATA:ephemeral": 5, "vcpus": 2,
         "os-flavor-access:is_public": false, "rxtx_factor": 2.5, "description": "private one"}]})");
    QVERIFY2(flavors.ok(), qPrintable(flavors.error));
    QCOMPARE(flavors.value.size(), 2);
    QCOMPARE(flavors.value.at(0).swapMb, 0);
    QCOMPARE(flavors.value.at(0).extraSpecs.value(u"hw:cpu_policy"_s), u"dedicated"_s);
    QCOMPARE(flavors.value.at(1).swapMb, 256);
    QCOMPARE(flavors.value.at(1).ephemeralGb, 5);
    QVERIFY(!flavors.value.at(1).isPublic);
    QCOMPARE(flavors.value.at(1).rxtxFactor, 2.5);
    QVERIFY(!ComputeClient::parseFlavors(R"({"flavors": [{"id": "1", "name": "a", "ram": "lots", "disk": 1, "vcpus": 1}]})").ok());
    QVERIFY(!ComputeClient::parseFlavors(R"({"flavors": {}})").ok());
    QVERIFY(!ComputeClient::parseFlavors(R"([1, 2])").ok());
    const auto access = ComputeClient::parseFlavorAccess(R"({"flavor_access": [{"flavor_id": "x", "tenant_id": "p2"}]})");
    QCOMPARE(access.value.first().projectId, u"p2"_s);

    Flavor flavor;
    flavor.name = u"ok"_s;
    QVERIFY(ComputeClient::validate(flavor).isEmpty());
    flavor.vcpus = 0;
    QVERIFY(!ComputeClient::validate(flavor).isEmpty());
    flavor.vcpus = 1;
    flavor.name = u"  "_s;
    QVERIFY(!ComputeClient::validate(flavor).isEmpty());
}

void TestCloudParsers::securityGroups()
{
    const auto groups = NetworkClient::parseSecurityGroups(R"({"security_groups": [{"id": "g1", "name": "default",
        "description": "Default security group", "project_id": "p", "stateful": true, "security_group_rules": [
        {"id": "r1", "security_group_id": "g1", "direction": "ingress", "ethertype": "IPv4", "protocol": "tcp",
         "port_range_min": 22, "port_range_max": 22, "remote_ip_prefix": "0.0.0.0/0", "remote_group_id": null},
        {"id": "r2", "security_group_id": "g1", "direction": "egress", "ethertype": "IPv6", "protocol": null,
         "port_range_min": null, "port_range_max": null, "remote_ip_prefix": null, "remote_group_id": "g1"}]}]})");
    QVERIFY2(groups.ok(), qPrintable(groups.error));
    const SecurityGroup &group = groups.value.first();
    QCOMPARE(group.rules.size(), 2);
    QCOMPARE(group.rules.at(0).portRangeMin, 22);
    QCOMPARE(group.rules.at(1).protocol, QString());
    QCOMPARE(group.rules.at(1).portRangeMin, -1);
    QCOMPARE(group.rules.at(1).remoteGroupId, u"g1"_s);
    QVERIFY(!NetworkClient::parseSecurityGroups(R"({"security_groups": [{"name": "no id"}]})").ok());
    QVERIFY(!NetworkClient::parseSecurityGroups(R"({"security_groups": [{"id": "g", "security_group_rules": 5}]})").ok());
}

void TestCloudParsers::ruleValidation_data()
{
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("etherType");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ssh") << u"tcp"_s << 22 << 22 << u"0.0.0.0/0"_s << u"IPv4"_s << true;
    QTest::newRow("range") << u"udp"_s << 1000 << 2000 << QString() << u"IPv4"_s << true;
    QTest::newRow("reversed") << u"tcp"_s << 2000 << 1000 << QString() << u"IPv4"_s << false;
    QTest::newRow("port 0") << u"tcp"_s << 0 << 10 << QString() << u"IPv4"_s << false;
    QTest::newRow("port too big") << u"tcp"_s << 1 << 70000 << QString() << u"IPv4"_s << false;
    QTest::newRow("half range") << u"tcp"_s << 22 << -1 << QString() << u"IPv4"_s << false;
    QTest::newRow("icmp echo") << u"icmp"_s << 8 << 0 << QString() << u"IPv4"_s << true;
    QTest::newRow("icmp any") << u"icmp"_s << -1 << -1 << QString() << u"IPv4"_s << true;
    QTest::newRow("icmp code no type") << u"icmp"_s << -1 << 3 << QString() << u"IPv4"_s << false;
    QTest::newRow("icmp type 300") << u"icmp"_s << 300 << -1 << QString() << u"IPv4"_s << false;
    QTest::newRow("any") << QString() << -1 << -1 << QString() << u"IPv4"_s << true;
    QTest::newRow("any with ports") << QString() << 1 << 2 << QString() << u"IPv4"_s << false;
    QTest::newRow("number") << u"47"_s << -1 << -1 << QString() << u"IPv4"_s << true;
    QTest::newRow("number 256") << u"256"_s << -1 << -1 << QString() << u"IPv4"_s << false;
    QTest::newRow("word") << u"gre-ish"_s << -1 << -1 << QString() << u"IPv4"_s << false;
    QTest::newRow("bad cidr") << u"tcp"_s << 22 << 22 << u"10.0.0.300/8"_s << u"IPv4"_s << false;
    QTest::newRow("v6 cidr on v4") << u"tcp"_s << 22 << 22 << u"2001:db8::/32"_s << u"IPv4"_s << false;
    QTest::newRow("v6") << u"tcp"_s << 22 << 22 << u"2001:db8::/32"_s << u"IPv6"_s << true;
}

void TestCloudParsers::ruleValidation()
{
    QFETCH(QString, protocol);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(QString, cidr);
    QFETCH(QString, etherType);
    QFETCH(bool, valid);
    SecurityGroupRule rule;
    rule.protocol = protocol;
    rule.portRangeMin = from;
    rule.portRangeMax = to;
    rule.remoteIpPrefix = cidr;
    rule.etherType = etherType;
    const QString problem = SecurityGroupRuleValidator::validate(rule);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestCloudParsers::presets()
{
    using P = SecurityGroupRuleValidator::Preset;
    QCOMPARE(SecurityGroupRuleValidator::preset(P::Ssh).portRangeMin, 22);
    QCOMPARE(SecurityGroupRuleValidator::preset(P::Rdp).portRangeMax, 3389);
    QCOMPARE(SecurityGroupRuleValidator::preset(P::Icmp, u"IPv6"_s).protocol, u"ipv6-icmp"_s);
    QCOMPARE(SecurityGroupRuleValidator::preset(P::Https).remoteIpPrefix, u"0.0.0.0/0"_s);
    for (P preset : {P::Ssh, P::Icmp, P::Http, P::Https, P::Rdp})
        QVERIFY(SecurityGroupRuleValidator::validate(SecurityGroupRuleValidator::preset(preset)).isEmpty());
    const QJsonObject body = SecurityGroupRuleValidator::requestBody(SecurityGroupRuleValidator::preset(P::Icmp));
    QVERIFY(!body[u"security_group_rule"_s].toObject().contains(u"port_range_min"_s));
}

QTEST_GUILESS_MAIN(TestCloudParsers)
#include "tst_cloudparsers.moc"
