// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionconfig.h"
#include "connectionsession.h"
#include "connectsession.h"
#include "futurewait.h"
#include "guestnicreader.h"
#include "hostbridgemodel.h"
#include "networkmodel.h"
#include "networkservice.h"
#include "sysfsbridgereader.h"
#include "testhostgenerator.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

using Test::connectSession;
using Test::waitForFuture;

// Virtual networks and host bridges on the test driver; NIC and sysfs readers on fixtures.
class TestNetworkService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void networkLifecycleReachesModel()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        NetworkModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &NetworkModel::refreshed);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(connectSession(session));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QCOMPARE(model.keys(), QStringList{u"default"_s});
        const NetworkInfo *defaultNetwork = model.item(0);
        QCOMPARE(defaultNetwork->forwardMode, NetworkForwardMode::Nat);
        QVERIFY(!defaultNetwork->ips.isEmpty());
        QVERIFY(!defaultNetwork->ips.first().dhcpRanges.isEmpty());

        NetworkService networks(&session);
        NetworkForm form;
        form.name = u"virtdeck-test-iso"_s;
        form.forwardMode = NetworkForwardMode::Isolated;
        form.bridge = u"vdtiso0"_s;
        form.ipv4Cidr = u"10.200.7.0/24"_s;
        form.ipv4Gateway = u"10.200.7.1"_s;
        form.dhcpStart = u"10.200.7.10"_s;
        form.dhcpEnd = u"10.200.7.99"_s;
        form.startNow = false;
        const auto created = waitForFuture(networks.create(form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.forwardMode, NetworkForwardMode::Isolated);
        QCOMPARE(created.value.bridge, u"vdtiso0"_s);
        QCOMPARE(created.value.ips.first().cidr(), u"10.200.7.0/24"_s);
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(form.name) >= 0, 5000);
        const int row = model.rowOf(form.name);
        QCOMPARE(model.data(model.index(row, NetworkModel::Ipv4Column)).toString(), u"10.200.7.0/24"_s);

        QVERIFY(waitForFuture(networks.start(form.name)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model.item(model.rowOf(form.name))->active, 5000);
        QVERIFY(waitForFuture(networks.setAutostart(form.name, true)).ok());
        model.refresh(); // autostart has no event
        QTRY_VERIFY_WITH_TIMEOUT(model.item(model.rowOf(form.name))->autostart, 5000);
        QVERIFY(waitForFuture(networks.stop(form.name)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model.item(model.rowOf(form.name))->active, 5000);

        const auto xml = waitForFuture(networks.xml(form.name));
        QVERIFY(xml.ok());
        QVERIFY(xml.value.contains(u"vdtiso0"_s));

        QVERIFY(!waitForFuture(networks.create(form)).ok()); // duplicate: libvirt's own refusal
        QVERIFY(waitForFuture(networks.remove(form.name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(form.name), -1, 5000);
        QCOMPARE(resets.size(), 0);
        const auto missing = waitForFuture(networks.remove(form.name));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(form.name));
    }

    void bridgesWithGuestNics()
    {
        QTemporaryDir dir;
        Test::TestHostGenerator::Options options;
        options.guestCount = 6;
        options.networkCount = 2;
        const QString path = dir.filePath(u"host.xml"_s);
        const auto guests = Test::TestHostGenerator::write(path, options);
        QVERIFY(!guests.isEmpty());
        ConnectionSession session(1, ConnectionConfig{Test::TestHostGenerator::uriFor(path), {}, false});
        HostBridgeModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &HostBridgeModel::refreshed);
        QVERIFY(connectSession(session));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QVERIFY(model.rowOf(u"vdbr0"_s) >= 0);
        QVERIFY(model.rowOf(u"vdbr1"_s) >= 0);
        int nics = 0;
        for (const HostBridgeInfo &bridge : model.items()) {
            for (const GuestNicInfo &nic : bridge.guestNics) {
                ++nics;
                const auto guest = std::find_if(guests.cbegin(), guests.cend(),
                                                [&nic](const auto &g) { return g.name == nic.guest; });
                QVERIFY(guest != guests.cend());
                QCOMPARE(bridge.network, guest->network);
            }
        }
        QCOMPARE(nics, guests.size());

        // A network event re-lists: a removed network's bridge row goes away.
        NetworkService networks(&session);
        const QString removedNetwork = Test::TestHostGenerator::networkName(1);
        const int before = refreshed.size();
        QVERIFY(waitForFuture(networks.remove(removedNetwork)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() > before && model.rowOf(u"vdbr1"_s) < 0, 10000);
    }

    void guestNicReader()
    {
        const QString xml = uR"(<domain type='kvm'><name>g</name><devices>
            <disk type='file'/>
            <interface type='bridge'><mac address='52:54:00:00:00:01'/><source bridge='br0'/>
              <target dev='vnet3'/><model type='virtio'/></interface>
            <interface type='network'><mac address='52:54:00:00:00:02'/>
              <source network='default' portid='x' bridge='virbr0'/></interface>
            <interface type='direct'><mac address='52:54:00:00:00:03'/><source dev='eth0' mode='vepa'/></interface>
            </devices></domain>)"_s;
        const GuestNicInfoList nics = GuestNicReader::read(u"g"_s, xml);
        QCOMPARE(nics.size(), 3);
        QCOMPARE(nics.at(0).type, u"bridge"_s);
        QCOMPARE(nics.at(0).source, u"br0"_s);
        QCOMPARE(nics.at(0).target, u"vnet3"_s);
        QCOMPARE(nics.at(0).model, u"virtio"_s);
        QCOMPARE(nics.at(1).source, u"default"_s);
        QCOMPARE(GuestNicReader::liveBridge(xml, u"52:54:00:00:00:02"_s), u"virbr0"_s);
        QCOMPARE(nics.at(2).source, u"eth0"_s);
        QVERIFY(GuestNicReader::read(u"g"_s, u"<domain><devices>"_s).isEmpty());
    }

    void sysfsBridgeReader()
    {
        QTemporaryDir dir;
        const QDir root(dir.path());
        const auto write = [&root](const QString &file, const QByteArray &content) {
            QFile f(root.filePath(file));
            return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
        };
        QVERIFY(root.mkpath(u"br0/bridge"_s));
        QVERIFY(root.mkpath(u"br0/brif/eth0"_s));
        QVERIFY(root.mkpath(u"br0/brif/vnet0"_s));
        QVERIFY(write(u"br0/address"_s, "52:54:00:aa:bb:cc\n"));
        QVERIFY(write(u"br0/operstate"_s, "up\n"));
        QVERIFY(root.mkpath(u"eth0"_s)); // not a bridge
        QVERIFY(root.mkpath(u"virbr9/bridge"_s));
        QVERIFY(write(u"virbr9/operstate"_s, "down\n"));
        QVERIFY(write(u"virbr9/flags"_s, "0x1002\n"));
        const HostBridgeInfoList bridges = SysfsBridgeReader::read(dir.path());
        QCOMPARE(bridges.size(), 2);
        QCOMPARE(bridges.at(0).name, u"br0"_s);
        QCOMPARE(bridges.at(0).ports, (QStringList{u"eth0"_s, u"vnet0"_s}));
        QCOMPARE(bridges.at(0).mac, u"52:54:00:aa:bb:cc"_s);
        QVERIFY(bridges.at(0).active);
        QCOMPARE(bridges.at(1).name, u"virbr9"_s);
        QVERIFY(!bridges.at(1).active);
    }
};

QTEST_GUILESS_MAIN(TestNetworkService)
#include "tst_networkservice.moc"
