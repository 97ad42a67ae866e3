// SPDX-License-Identifier: GPL-2.0-or-later
// Nova, Cinder and Neutron against the real test cloud (scripts/cloud-start.sh): quotas
// (show, defaults, update as admin, 403 as member), flavors (public, private, access, delete,
// 403 as member), security groups (create, SSH and ICMP rules, 409 duplicate, delete).
#include "cloudsession.h"
#include "computeclient.h"
#include "networkclient.h"
#include "securitygrouprulevalidator.h"
#include "testcloud.h"
#include "volumeclient.h"

#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

template<typename T>
Result<T> wait(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    return awaitResult(future, timeoutMs);
}

QString uniqueName(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

bool hasFlavor(const QList<Flavor> &flavors, const QString &id)
{
    return std::any_of(flavors.begin(), flavors.end(), [&id](const Flavor &f) { return f.id == id; });
}

} // namespace

class TestCloudServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = TestCloud::signIn({u"admin"_s, u"demo"_s, u"demo2"_s}, m_sessions); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        m_demoProject = TestCloud::projectId(u"demo"_s);
    }
    void cleanupTestCase() { qDeleteAll(m_sessions); }

    void quotaOverviewInParallel()
    {
        CloudSession *admin = m_sessions.value(u"admin"_s);
        // Nova, Cinder and Neutron are asked at the same time.
        const auto compute = ComputeClient(admin).quotas(m_demoProject);
        const auto volume = VolumeClient(admin).quotas(m_demoProject);
        const auto network = NetworkClient(admin).quotas(m_demoProject);
        const QList<QPair<QFuture<Result<QuotaSet>>, QStringList>> expected = {
            {compute, {u"instances"_s, u"cores"_s, u"ram"_s, u"key_pairs"_s, u"server_groups"_s, u"metadata_items"_s}},
            {volume, {u"volumes"_s, u"gigabytes"_s, u"snapshots"_s, u"backups"_s, u"volumes___DEFAULT__"_s}},
            {network, {u"network"_s, u"subnet"_s, u"port"_s, u"router"_s, u"floatingip"_s, u"security_group"_s,
                       u"security_group_rule"_s}}};
        for (const auto &[future, resources] : expected) {
            const auto set = wait(future);
            QVERIFY2(set.ok(), qPrintable(set.error));
            for (const QString &resource : resources) {
                const QuotaItem *item = set.value.find(resource);
                QVERIFY2(item, qPrintable(set.value.serviceType + u": no "_s + resource));
                QVERIFY2(item->inUse >= 0, qPrintable(resource));
            }
        }
        // A member sees its own quotas (the "default" group already uses one security group).
        const auto mine = wait(NetworkClient(m_sessions.value(u"demo"_s)).quotas(m_demoProject));
        QVERIFY2(mine.ok(), qPrintable(mine.error));
    }

    void defaultQuotas()
    {
        CloudSession *admin = m_sessions.value(u"admin"_s);
        const auto compute = wait(ComputeClient(admin).defaultQuotas(m_demoProject));
        QVERIFY2(compute.ok(), qPrintable(compute.error));
        QCOMPARE(compute.value.find(u"instances"_s)->limit, 10);
        QCOMPARE(compute.value.find(u"instances"_s)->inUse, -1);
        const auto volume = wait(VolumeClient(admin).defaultQuotas(m_demoProject));
        QVERIFY2(volume.ok(), qPrintable(volume.error));
        QCOMPARE(volume.value.find(u"volumes"_s)->limit, 10);
        const auto network = wait(NetworkClient(admin).defaultQuotas(m_demoProject));
        QVERIFY2(network.ok(), qPrintable(network.error));
        QCOMPARE(network.value.find(u"network"_s)->limit, 100);
    }

    void updateQuotasAsAdmin()
    {
        CloudSession *admin = m_sessions.value(u"admin"_s);
        const QString project = TestCloud::projectId(u"demo2"_s);
        auto compute = wait(ComputeClient(admin).updateQuotas(project, {{u"cores"_s, 33}, {u"key_pairs"_s, -1}}));
        QVERIFY2(compute.ok(), qPrintable(compute.error));
        auto volume = wait(VolumeClient(admin).updateQuotas(project, {{u"volumes"_s, 17}}));
        QVERIFY2(volume.ok(), qPrintable(volume.error));
        auto network = wait(NetworkClient(admin).updateQuotas(project, {{u"network"_s, 42}}));
        QVERIFY2(network.ok(), qPrintable(network.error));
        // Read back: the new values are what the services now report.
        QCOMPARE(wait(ComputeClient(admin).quotas(project)).value.find(u"cores"_s)->limit, 33);
        QCOMPARE(wait(ComputeClient(admin).quotas(project)).value.find(u"key_pairs"_s)->limit, -1);
        QCOMPARE(wait(VolumeClient(admin).quotas(project)).value.find(u"volumes"_s)->limit, 17);
        QCOMPARE(wait(NetworkClient(admin).quotas(project)).value.find(u"network"_s)->limit, 42);
        // Invalid values are refused before sending.
        QVERIFY(wait(ComputeClient(admin).updateQuotas(project, {{u"cores"_s, -5}})).error.contains(u"-1"_s));
        // Back to the defaults.
        QVERIFY(wait(ComputeClient(admin).updateQuotas(project, {{u"cores"_s, 20}, {u"key_pairs"_s, 100}})).ok());
        QVERIFY(wait(VolumeClient(admin).updateQuotas(project, {{u"volumes"_s, 10}})).ok());
        QVERIFY(wait(NetworkClient(admin).updateQuotas(project, {{u"network"_s, 100}})).ok());
    }

    void updateQuotasAsMemberIsRefused()
    {
        CloudSession *demo = m_sessions.value(u"demo"_s);
        const auto compute = wait(ComputeClient(demo).updateQuotas(m_demoProject, {{u"cores"_s, 99}}));
        QVERIFY(!compute.ok());
        QVERIFY2(compute.error.contains(u"HTTP 403"_s), qPrintable(compute.error));
        const auto volume = wait(VolumeClient(demo).updateQuotas(m_demoProject, {{u"volumes"_s, 99}}));
        QVERIFY2(volume.error.contains(u"Policy doesn't allow volume_extension:quotas:update to be performed."_s),
                 qPrintable(volume.error));
        const auto network = wait(NetworkClient(demo).updateQuotas(m_demoProject, {{u"network"_s, 99}}));
        QVERIFY2(network.error.contains(u"rule:update_quota is disallowed by policy"_s), qPrintable(network.error));
        QVERIFY2(network.error.contains(u"HTTP 403"_s), qPrintable(network.error));
    }

    void flavorsPublicAndPrivate()
    {
        ComputeClient admin(m_sessions.value(u"admin"_s));
        ComputeClient demo(m_sessions.value(u"demo"_s));
        ComputeClient demo2(m_sessions.value(u"demo2"_s));

        const auto seeded = wait(demo.flavors());
        QVERIFY2(seeded.ok(), qPrintable(seeded.error));
        QVERIFY(hasFlavor(seeded.value, u"1"_s)); // m1.tiny from the start script

        Flavor spec;
        spec.name = uniqueName(u"vd-public-"_s);
        spec.vcpus = 2;
        spec.ramMb = 1024;
        spec.diskGb = 5;
        spec.ephemeralGb = 1;
        spec.swapMb = 128;
        spec.rxtxFactor = 1.5;
        spec.description = u"made by tst_cloudservices"_s;
        const auto publicFlavor = wait(admin.createFlavor(spec));
        QVERIFY2(publicFlavor.ok(), qPrintable(publicFlavor.error));
        QVERIFY(!publicFlavor.value.id.isEmpty()); // chosen by Nova
        QCOMPARE(publicFlavor.value.swapMb, 128);
        QCOMPARE(publicFlavor.value.ephemeralGb, 1);
        QCOMPARE(publicFlavor.value.rxtxFactor, 1.5);
        QVERIFY(hasFlavor(wait(demo.flavors()).value, publicFlavor.value.id));

        const auto specs = wait(admin.setExtraSpecs(publicFlavor.value.id, {{u"hw:cpu_policy"_s, u"shared"_s}}));
        QVERIFY2(specs.ok(), qPrintable(specs.error));
        const auto details = wait(admin.flavor(publicFlavor.value.id));
        QCOMPARE(details.value.extraSpecs.value(u"hw:cpu_policy"_s), u"shared"_s);

        spec.name = uniqueName(u"vd-private-"_s);
        spec.id = uniqueName(u"vd-id-"_s);
        spec.isPublic = false;
        const auto privateFlavor = wait(admin.createFlavor(spec));
        QVERIFY2(privateFlavor.ok(), qPrintable(privateFlavor.error));
        QCOMPARE(privateFlavor.value.id, spec.id);
        QVERIFY(!privateFlavor.value.isPublic);
        QVERIFY(hasFlavor(wait(admin.flavors()).value, spec.id));
        QVERIFY(!hasFlavor(wait(demo.flavors()).value, spec.id));

        auto access = wait(admin.addFlavorAccess(spec.id, m_demoProject));
        QVERIFY2(access.ok(), qPrintable(access.error));
        QCOMPARE(access.value.size(), 1);
        QCOMPARE(access.value.first().projectId, m_demoProject);
        QVERIFY(hasFlavor(wait(demo.flavors()).value, spec.id));
        QVERIFY(!hasFlavor(wait(demo2.flavors()).value, spec.id)); // the other member project
        access = wait(admin.flavorAccess(spec.id));
        QCOMPARE(access.value.size(), 1);
        access = wait(admin.removeFlavorAccess(spec.id, m_demoProject));
        QVERIFY2(access.ok(), qPrintable(access.error));
        QVERIFY(access.value.isEmpty());
        QVERIFY(!hasFlavor(wait(demo.flavors()).value, spec.id));

        QVERIFY(wait(admin.deleteFlavor(spec.id)).ok());
        QVERIFY(wait(admin.deleteFlavor(publicFlavor.value.id)).ok());
        QVERIFY(!hasFlavor(wait(admin.flavors()).value, spec.id));
        const auto gone = wait(admin.deleteFlavor(spec.id));
        QVERIFY2(gone.error.contains(u"HTTP 404"_s), qPrintable(gone.error));
    }

    void flavorCreateAsMemberIsRefused()
    {
        Flavor spec;
        spec.name = uniqueName(u"vd-member-"_s);
        const auto result = wait(ComputeClient(m_sessions.value(u"demo"_s)).createFlavor(spec));
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"HTTP 403"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"Policy doesn't allow os_compute_api:os-flavor-manage:create to be performed."_s),
                 qPrintable(result.error));
    }

    void securityGroups()
    {
        NetworkClient demo(m_sessions.value(u"demo"_s));
        const QString name = uniqueName(u"vd-web-"_s);
        const auto group = wait(demo.createSecurityGroup(name, u"web servers"_s));
        QVERIFY2(group.ok(), qPrintable(group.error));
        QCOMPARE(group.value.name, name);
        QCOMPARE(group.value.rules.size(), 2); // Neutron's egress rules for IPv4 and IPv6

        SecurityGroupRule ssh = SecurityGroupRuleValidator::preset(SecurityGroupRuleValidator::Preset::Ssh);
        ssh.securityGroupId = group.value.id;
        const auto sshRule = wait(demo.addRule(ssh));
        QVERIFY2(sshRule.ok(), qPrintable(sshRule.error));
        QCOMPARE(sshRule.value.portRangeMin, 22);
        SecurityGroupRule icmp = SecurityGroupRuleValidator::preset(SecurityGroupRuleValidator::Preset::Icmp);
        icmp.securityGroupId = group.value.id;
        const auto icmpRule = wait(demo.addRule(icmp));
        QVERIFY2(icmpRule.ok(), qPrintable(icmpRule.error));
        QCOMPARE(icmpRule.value.protocol, u"icmp"_s);

        const auto duplicate = wait(demo.addRule(ssh));
        QVERIFY(!duplicate.ok());
        QVERIFY2(duplicate.error.contains(u"HTTP 409"_s), qPrintable(duplicate.error));
        QVERIFY2(duplicate.error.contains(u"already exists"_s), qPrintable(duplicate.error));

        SecurityGroupRule bad = ssh;
        bad.portRangeMin = 100;
        bad.portRangeMax = 10;
        QVERIFY(wait(demo.addRule(bad)).error.contains(u"above"_s)); // refused before sending

        auto groups = wait(demo.securityGroups(m_demoProject));
        QVERIFY2(groups.ok(), qPrintable(groups.error));
        const auto found = std::find_if(groups.value.begin(), groups.value.end(), [&](const SecurityGroup &g) { return g.name == name; });
        QVERIFY(found != groups.value.end());
        QCOMPARE(found->rules.size(), 4);

        QVERIFY(wait(demo.deleteRule(sshRule.value.id)).ok());
        groups = wait(demo.securityGroups(m_demoProject));
        const auto again = std::find_if(groups.value.begin(), groups.value.end(), [&](const SecurityGroup &g) { return g.name == name; });
        QCOMPARE(again->rules.size(), 3);
        QVERIFY(wait(demo.deleteSecurityGroup(group.value.id)).ok());
        groups = wait(demo.securityGroups(m_demoProject));
        QVERIFY(std::none_of(groups.value.begin(), groups.value.end(), [&](const SecurityGroup &g) { return g.name == name; }));
    }

private:
    QHash<QString, CloudSession *> m_sessions;
    QString m_demoProject;
};

QTEST_GUILESS_MAIN(TestCloudServices)
#include "tst_cloudservices.moc"
