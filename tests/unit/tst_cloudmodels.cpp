// SPDX-License-Identifier: GPL-2.0-or-later
// The Cloud tab's table models, under QAbstractItemModelTester.
#include "catalogendpointmodel.h"
#include "flavorlistmodel.h"
#include "securitygrouplistmodel.h"
#include "securitygrouprulemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;

class TestCloudModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flavors()
    {
        FlavorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Flavor small;
        small.id = u"2"_s;
        small.name = u"m1.small"_s;
        small.ramMb = 2048;
        Flavor tiny;
        tiny.id = u"1"_s;
        tiny.name = u"m1.tiny"_s;
        tiny.isPublic = false;
        tiny.swapMb = 512;
        model.setFlavors({tiny, small});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, FlavorListModel::NameColumn).data().toString(), u"m1.small"_s); // sorted by name
        QCOMPARE(model.index(1, FlavorListModel::PublicColumn).data().toString(), u"No"_s);
        QCOMPARE(model.index(1, FlavorListModel::SwapColumn).data().toString(), u"512 MiB"_s);
        QCOMPARE(model.index(0, FlavorListModel::SwapColumn).data().toString(), u"none"_s);
        QCOMPARE(model.index(1, 0).data(FlavorListModel::FlavorIdRole).toString(), u"1"_s);
        model.setFlavors({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.flavorAt(0));
    }

    void securityGroups()
    {
        SecurityGroupListModel groups;
        QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SecurityGroupRule ssh;
        ssh.id = u"r1"_s;
        ssh.protocol = u"tcp"_s;
        ssh.portRangeMin = 22;
        ssh.portRangeMax = 22;
        ssh.remoteIpPrefix = u"0.0.0.0/0"_s;
        SecurityGroupRule icmp;
        icmp.id = u"r2"_s;
        icmp.protocol = u"icmp"_s;
        icmp.portRangeMin = 8;
        icmp.portRangeMax = 0;
        icmp.remoteGroupId = u"g1"_s;
        SecurityGroup web{u"g1"_s, u"web"_s, u"web servers"_s, u"p"_s, true, {ssh, icmp}};
        groups.setGroups({web});
        QCOMPARE(groups.index(0, SecurityGroupListModel::RulesColumn).data().toInt(), 2);
        QCOMPARE(groups.rowOf(u"g1"_s), 0);
        QCOMPARE(groups.rowOf(u"nope"_s), -1);

        SecurityGroupRuleModel rules;
        QAbstractItemModelTester ruleTester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
        rules.setRules(web.rules, {{u"g1"_s, u"web"_s}});
        QCOMPARE(rules.rowCount(), 2);
        QStringList ports;
        QStringList remotes;
        for (int row = 0; row < rules.rowCount(); ++row) {
            ports.append(rules.index(row, SecurityGroupRuleModel::PortsColumn).data().toString());
            remotes.append(rules.index(row, SecurityGroupRuleModel::RemoteColumn).data().toString());
        }
        QVERIFY2(ports.contains(u"22"_s) && ports.contains(u"type 8, code 0"_s), qPrintable(ports.join(u'|')));
        QVERIFY2(remotes.contains(u"group web"_s) && remotes.contains(u"0.0.0.0/0"_s), qPrintable(remotes.join(u'|')));
        SecurityGroupRule range = ssh;
        range.portRangeMax = 30;
        QCOMPARE(SecurityGroupRuleModel::portsText(range), u"22–30"_s);
        rules.setRules({});
        QCOMPARE(rules.rowCount(), 0);
    }

    void endpoints()
    {
        CatalogEndpointModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEndpoints({{u"1"_s, u"nova"_s, u"compute"_s, u"public"_s, u"RegionOne"_s, u"http://x/v2.1"_s},
                            {u"2"_s, u"neutron"_s, u"network"_s, u"admin"_s, u"RegionOne"_s, u"http://y"_s}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, CatalogEndpointModel::ServiceNameColumn).data().toString(), u"neutron"_s);
        QCOMPARE(model.headerData(CatalogEndpointModel::UrlColumn, Qt::Horizontal).toString(), u"URL"_s);
    }
};

QTEST_MAIN(TestCloudModels)
#include "tst_cloudmodels.moc"
