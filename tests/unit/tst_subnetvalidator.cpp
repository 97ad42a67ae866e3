// SPDX-License-Identifier: GPL-2.0-or-later
// The subnet checks of the Networks page and the guided project network: CIDR, gateway,
// DNS servers and allocation pools, IPv4 and IPv6.
#include "projectnetworkbuilder.h"
#include "subnetvalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;

namespace {

CloudSubnet makeSubnet(const QString &cidr, const QString &gateway = {}, const QString &pools = {}, const QString &dns = {})
{
    CloudSubnet s;
    s.networkId = u"n"_s;
    s.cidr = cidr;
    s.ipVersion = cidr.contains(u':') ? 6 : 4;
    s.gatewayIp = gateway;
    s.allocationPools = SubnetValidator::parseAllocationPools(pools).value;
    s.dnsNameservers = SubnetValidator::parseDnsServers(dns);
    return s;
}

QString fields(const FormProblems &problems)
{
    QStringList out;
    for (const FormProblem &p : problems)
        out.append(p.field);
    return out.join(u',');
}

QString messages(const FormProblems &problems)
{
    QStringList out;
    for (const FormProblem &p : problems)
        out.append(p.message);
    return out.join(u" | "_s);
}

} // namespace

class TestSubnetValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cidr_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<int>("version");   // 0 = refused
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("v4 /24") << u"10.0.0.0/24"_s << 4 << QString();
        QTest::newRow("v4 spaces") << u"  192.168.7.0/24 "_s << 4 << QString();
        QTest::newRow("v4 /30") << u"10.0.0.4/30"_s << 4 << QString();
        QTest::newRow("v6 /64") << u"fd00:1::/64"_s << 6 << QString();
        QTest::newRow("empty") << QString() << 0 << u"CIDR"_s;
        QTest::newRow("no prefix") << u"10.0.0.0"_s << 0 << u"prefix length"_s;
        QTest::newRow("words") << u"ten/24"_s << 0 << u"not a network"_s;
        QTest::newRow("prefix too long") << u"10.0.0.0/33"_s << 0 << u"not a network"_s;
        QTest::newRow("octet 256") << u"10.0.256.0/24"_s << 0 << u"not a network"_s;
        QTest::newRow("host bits") << u"10.0.0.5/24"_s << 0 << u"10.0.0.0/24"_s;
        QTest::newRow("v4 /31") << u"10.0.0.0/31"_s << 0 << u"/30"_s;
        QTest::newRow("v4 /32") << u"10.0.0.1/32"_s << 0 << u"/30"_s;
        QTest::newRow("v4 /4") << u"0.0.0.0/4"_s << 0 << u"/8"_s;
        QTest::newRow("v6 /128") << u"fd00::1/128"_s << 0 << u"/126"_s;
        QTest::newRow("v6 host bits") << u"fd00:1::1/64"_s << 0 << u"fd00:1::/64"_s;
    }
    void cidr()
    {
        QFETCH(QString, cidr);
        QFETCH(int, version);
        QFETCH(QString, messagePart);
        int found = 0;
        const QString problem = SubnetValidator::checkCidr(cidr, &found);
        if (version) {
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(found, version);
        } else {
            QVERIFY(!problem.isEmpty());
            QVERIFY2(problem.contains(messagePart), qPrintable(problem));
        }
    }

    void subnet_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("pools");
        QTest::addColumn<QString>("dns");
        QTest::addColumn<QString>("problemFields"); // comma-separated, empty = valid
        QTest::newRow("seed example") << u"12.12.12.0/24"_s << u"12.12.12.1"_s << QString() << u"8.8.4.4"_s << QString();
        QTest::newRow("pools and dns") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.10-10.0.0.99\n10.0.0.150,10.0.0.200"_s
                                       << u"8.8.8.8, 1.1.1.1"_s << QString();
        QTest::newRow("default gateway") << u"10.0.0.0/24"_s << QString() << u"10.0.0.2-10.0.0.254"_s << QString() << QString();
        QTest::newRow("gateway at end") << u"10.0.0.0/24"_s << u"10.0.0.254"_s << u"10.0.0.1-10.0.0.253"_s << QString() << QString();
        QTest::newRow("v6") << u"fd00:1::/64"_s << u"fd00:1::1"_s << u"fd00:1::10-fd00:1::ff"_s << u"2001:4860:4860::8888"_s << QString();
        QTest::newRow("gateway outside") << u"10.0.0.0/24"_s << u"10.0.1.1"_s << QString() << QString() << u"gateway"_s;
        QTest::newRow("gateway not an address") << u"10.0.0.0/24"_s << u"10.0.0.x"_s << QString() << QString() << u"gateway"_s;
        QTest::newRow("gateway is network") << u"10.0.0.0/24"_s << u"10.0.0.0"_s << QString() << QString() << u"gateway"_s;
        QTest::newRow("gateway is broadcast") << u"10.0.0.0/24"_s << u"10.0.0.255"_s << QString() << QString() << u"gateway"_s;
        QTest::newRow("gateway v6 in v4") << u"10.0.0.0/24"_s << u"fd00::1"_s << QString() << QString() << u"gateway"_s;
        QTest::newRow("dns v6 in v4") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << QString() << u"fd00::53"_s << u"dns"_s;
        QTest::newRow("dns word") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << QString() << u"dns.example"_s << u"dns"_s;
        QTest::newRow("dns twice") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << QString() << u"8.8.8.8 8.8.8.8"_s << u"dns"_s;
        QTest::newRow("pool outside") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.10-10.0.1.10"_s << QString() << u"pools"_s;
        QTest::newRow("pool reversed") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.99-10.0.0.10"_s << QString() << u"pools"_s;
        QTest::newRow("pool holds gateway") << u"10.0.0.0/24"_s << u"10.0.0.50"_s << u"10.0.0.10-10.0.0.99"_s << QString() << u"pools"_s;
        QTest::newRow("pool holds default gateway") << u"10.0.0.0/24"_s << QString() << u"10.0.0.1-10.0.0.99"_s << QString() << u"pools"_s;
        QTest::newRow("pools overlap") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.10-10.0.0.50\n10.0.0.40-10.0.0.60"_s
                                       << QString() << u"pools"_s;
        QTest::newRow("pools touch") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.10-10.0.0.50;10.0.0.50-10.0.0.60"_s
                                     << QString() << u"pools"_s;
        QTest::newRow("pool broadcast") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"10.0.0.10-10.0.0.255"_s << QString() << u"pools"_s;
        QTest::newRow("pool v6 in v4") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << u"fd00::10-fd00::20"_s << QString() << u"pools"_s;
        QTest::newRow("v6 pool overlap") << u"fd00:1::/64"_s << u"fd00:1::1"_s << u"fd00:1::10-fd00:1::20\nfd00:1::1f-fd00:1::30"_s
                                         << QString() << u"pools"_s;
        QTest::newRow("several problems") << u"10.0.0.0/24"_s << u"10.9.9.9"_s << u"10.0.0.10-10.0.0.5"_s << u"x"_s
                                          << u"gateway,dns,pools"_s;
        QTest::newRow("bad cidr stops there") << u"10.0.0.0/99"_s << u"10.0.0.1"_s << u"1-2"_s << QString() << u"cidr"_s;
    }
    void subnet()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, gateway);
        QFETCH(QString, pools);
        QFETCH(QString, dns);
        QFETCH(QString, problemFields);
        const FormProblems problems = SubnetValidator::validate(makeSubnet(cidr, gateway, pools, dns));
        QVERIFY2(fields(problems) == problemFields, qPrintable(fields(problems) + u": "_s + messages(problems)));
        for (const FormProblem &problem : problems)
            QVERIFY(!problem.message.isEmpty());
    }

    void versionMismatch()
    {
        CloudSubnet s = makeSubnet(u"10.0.0.0/24"_s);
        s.ipVersion = 6;
        const FormProblems problems = SubnetValidator::validate(s);
        QCOMPARE(fields(problems), u"cidr"_s);
        QVERIFY(problems.first().message.contains(u"IPv4"_s));
    }

    void noGatewayAllowsFirstAddressInPool()
    {
        CloudSubnet s = makeSubnet(u"10.0.0.0/24"_s, QString(), u"10.0.0.1-10.0.0.254"_s);
        s.noGateway = true;
        QVERIFY(SubnetValidator::validate(s).isEmpty());
    }

    void poolParsing()
    {
        const auto pools = SubnetValidator::parseAllocationPools(u" 10.0.0.2 - 10.0.0.9 \n\n10.0.0.20,10.0.0.30;fd00::1-fd00::9"_s);
        QVERIFY2(pools.ok(), qPrintable(pools.error));
        QCOMPARE(pools.value.size(), 3);
        QCOMPARE(pools.value.at(0), (AllocationPool{u"10.0.0.2"_s, u"10.0.0.9"_s}));
        QCOMPARE(pools.value.at(2), (AllocationPool{u"fd00::1"_s, u"fd00::9"_s}));
        QCOMPARE(SubnetValidator::allocationPoolsText(pools.value), u"10.0.0.2-10.0.0.9\n10.0.0.20-10.0.0.30\nfd00::1-fd00::9"_s);
        const auto bad = SubnetValidator::parseAllocationPools(u"10.0.0.2"_s);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error.contains(u"10.0.0.2"_s));
        QVERIFY(!SubnetValidator::parseAllocationPools(u"1-2-3"_s).ok());
        QVERIFY(SubnetValidator::parseAllocationPools(u"  "_s).value.isEmpty());
        QCOMPARE(SubnetValidator::parseDnsServers(u"8.8.8.8,1.1.1.1\n 9.9.9.9"_s),
                 (QStringList{u"8.8.8.8"_s, u"1.1.1.1"_s, u"9.9.9.9"_s}));
    }

    void projectNetworkPlan()
    {
        ProjectNetworkPlan plan;
        plan.networkName = u"net"_s;
        plan.routerName = u"router"_s;
        plan.cidr = u"12.12.12.0/24"_s;
        plan.gatewayIp = u"12.12.12.1"_s;
        plan.dnsNameservers = {u"8.8.4.4"_s};
        QVERIFY(ProjectNetworkBuilder::validate(plan).isEmpty());
        plan.networkName.clear();
        plan.cidr = u"12.12.12.0/40"_s;
        QCOMPARE(fields(ProjectNetworkBuilder::validate(plan)), u"networkName,cidr"_s);
    }

    void builderRefusesBadPlanWithoutSending()
    {
        // No session at all: a bad plan must be refused by validation before anything else.
        ProjectNetworkBuilder builder(nullptr);
        QList<QPair<bool, QString>> results;
        connect(&builder, &ProjectNetworkBuilder::finished, this, [&results](bool ok, const QString &m) { results.append({ok, m}); });
        ProjectNetworkPlan plan;
        plan.networkName = u"n"_s;
        plan.routerName = u"r"_s;
        plan.cidr = u"nonsense"_s;
        builder.start(plan);
        QCOMPARE(results.size(), 1);
        QVERIFY(!results.first().first);
        QVERIFY(results.first().second.contains(u"nonsense"_s));
    }
};

QTEST_GUILESS_MAIN(TestSubnetValidator)
#include "tst_subnetvalidator.moc"
