// SPDX-License-Identifier: GPL-2.0-or-later
// Virtual networks and host bridges against the real system libvirtd (qemu:///system, as
// root; start the daemon with scripts/libvirtd-start.sh). Networks made here are named
// virtdeck-test-*, use 10.200.x.0/24 and vdt* bridges, and are removed before and after.
#include "connectionconfig.h"
#include "connectionsession.h"
#include "hostbridgeservice.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "networkformvalidator.h"
#include "networkmodel.h"
#include "networkservice.h"

#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const auto SystemUri = u"qemu:///system"_s;

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(60000);
    return future.result();
}

} // namespace

class TestNetworkLibvirtd : public QObject
{
    Q_OBJECT

private:
    void removeLeftovers()
    {
        virNetworkPtr *raw = nullptr;
        const int count = virConnectListAllNetworks(m_helper.get(), &raw, 0);
        for (const NetworkHandle &network : adoptHandleArray<NetworkHandle>(raw, count)) {
            if (!QString::fromUtf8(virNetworkGetName(network.get())).startsWith(u"virtdeck-test-"_s))
                continue;
            if (virNetworkIsActive(network.get()) == 1)
                virNetworkDestroy(network.get());
            virNetworkUndefine(network.get());
        }
    }

    ConnectHandle m_helper;
    std::unique_ptr<ConnectionSession> m_session;

private Q_SLOTS:
    void initTestCase()
    {
        silenceLibvirtErrorPrinting();
        m_helper.reset(virConnectOpen("qemu:///system"));
        if (!m_helper)
            QFAIL(qPrintable(u"libvirtd is not running: start it with bash scripts/libvirtd-start.sh (%1: %2)"_s
                                 .arg(SystemUri, lastLibvirtError())));
        removeLeftovers();
        m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{SystemUri, {}, false});
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_helper)
            removeLeftovers();
    }

    void natNetworkWithDhcp()
    {
        NetworkModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &NetworkModel::refreshed);
        QVERIFY(refreshed.wait(20000));

        NetworkForm form;
        form.name = u"virtdeck-test-nat"_s;
        form.forwardMode = NetworkForwardMode::Nat;
        form.bridge = u"vdtnat0"_s;
        form.ipv4Cidr = u"10.200.21.0/24"_s;
        form.ipv4Gateway = u"10.200.21.1"_s;
        form.dhcpStart = u"10.200.21.100"_s;
        form.dhcpEnd = u"10.200.21.200"_s;
        form.startNow = true;
        QVERIFY(NetworkFormValidator::validate(form, model.keys()).isEmpty());
        NetworkService networks(m_session.get());
        const auto created = waitFor(networks.create(form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QVERIFY(created.value.active);
        QCOMPARE(created.value.forwardMode, NetworkForwardMode::Nat);
        QVERIFY(QFileInfo::exists(u"/sys/class/net/vdtnat0/bridge"_s)); // the bridge is real
        // Started through lifecycle events: the model follows without being asked.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(form.name) >= 0 && model.item(model.rowOf(form.name))->active, 10000);

        const auto leases = waitFor(networks.dhcpLeases(form.name));
        QVERIFY2(leases.ok(), qPrintable(leases.error)); // no guests: empty, but answered
        QVERIFY(leases.value.isEmpty());

        // The host bridge list shows it, from the host (sysfs) or libvirt.
        const auto bridges = waitFor(HostBridgeService(m_session.get()).list());
        QVERIFY2(bridges.ok(), qPrintable(bridges.error));
        const auto bridge = std::find_if(bridges.value.cbegin(), bridges.value.cend(),
                                         [](const HostBridgeInfo &b) { return b.name == u"vdtnat0"_s; });
        QVERIFY(bridge != bridges.value.cend());
        QCOMPARE(bridge->network, form.name);
        QVERIFY(bridge->active);

        QVERIFY(waitFor(networks.stop(form.name)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!model.item(model.rowOf(form.name))->active, 10000);
        QVERIFY(!QFileInfo::exists(u"/sys/class/net/vdtnat0"_s));
        QVERIFY(waitFor(networks.start(form.name)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(model.item(model.rowOf(form.name))->active, 10000);
        QVERIFY(waitFor(networks.remove(form.name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(form.name), -1, 10000);
    }

    void isolatedNetwork()
    {
        NetworkForm form;
        form.name = u"virtdeck-test-iso"_s;
        form.forwardMode = NetworkForwardMode::Isolated;
        form.bridge = u"vdtiso0"_s;
        form.ipv4Cidr = u"10.200.22.0/24"_s;
        form.ipv4Gateway = u"10.200.22.1"_s;
        form.dhcp = false;
        form.autostart = true;
        NetworkService networks(m_session.get());
        const auto created = waitFor(networks.create(form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.forwardMode, NetworkForwardMode::Isolated);
        QVERIFY(created.value.autostart);
        QVERIFY(created.value.active);
        const auto xml = waitFor(networks.xml(form.name));
        QVERIFY(xml.ok());
        QVERIFY(!xml.value.contains(u"<forward"_s));
        QVERIFY(waitFor(networks.setAutostart(form.name, false)).ok());
        QVERIFY(waitFor(networks.remove(form.name)).ok());
        const NetworkHandle gone(virNetworkLookupByName(m_helper.get(), "virtdeck-test-iso"));
        QVERIFY(!gone);
    }
};

QTEST_GUILESS_MAIN(TestNetworkLibvirtd)
#include "tst_networklibvirtd.moc"
