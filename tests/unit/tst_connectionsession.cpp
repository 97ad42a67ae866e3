// SPDX-License-Identifier: GPL-2.0-or-later
// ConnectionSession and the guest list model against libvirt's test driver (in process, no
// daemon): the list equals the generated host, lifecycle actions change rows through events
// and never through a reset, stats ticks arrive as ranged dataChanged, and bad input fails
// with a clear message instead of a freeze.
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "testhostgenerator.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::TestHostGenerator;

namespace {

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

} // namespace

class TestConnectionSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listMatchesGeneratedHost();
    void lifecycleChangesRowsThroughEvents();
    void statsTicksUpdateRowsWithDataChanged();
    void deleteRemovesTheRow();
    void invalidUriFailsWithMessage();
    void unparsableHostFileFailsWithMessage();
    void hungHostTimesOutWithoutFreezing();
    void unreachableSshHostFailsWithMessage();
    void requestWhileNotConnectedAnswersWithError();
    void servicesRunOnTheConnectionAndSeeEvents();

private:
    struct Fixture
    {
        ConnectionSession session;
        GuestListModel model;
        QAbstractItemModelTester tester;
        explicit Fixture(const QString &uri)
            : session(1, ConnectionConfig{uri, {}, false})
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
            model.addConnection(1, uri);
            connect(&session, &ConnectionSession::stateChanged, &model,
                    [this](ConnectionState s, const QString &m) { model.setConnectionState(1, s, m); });
            connect(&session, &ConnectionSession::domainsListed, &model, [this](const DomainInfoList &l) { model.setDomains(1, l); });
            connect(&session, &ConnectionSession::domainsChanged, &model, [this](const DomainInfoList &l) { model.updateDomains(1, l); });
            connect(&session, &ConnectionSession::domainsRemoved, &model, [this](const UuidList &l) { model.removeDomains(1, l); });
            connect(&session, &ConnectionSession::statsSampled, &model, [this](const StatsBatch &b) { model.applyStats(1, b); });
        }
        QModelIndex row(const QUuid &uuid, int column = 0) const { return model.domainIndex(1, uuid, column); }
        DomainState state(const QUuid &uuid) const
        {
            const DomainInfo *info = model.domain(row(uuid));
            return info ? info->state : DomainState::NoState;
        }
    };

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
};

void TestConnectionSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 40;
    options.snapshotEvery = 10;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

void TestConnectionSession::listMatchesGeneratedHost()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Connected, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(f.model.guestCount(), int(m_expected.size()), 5000);
    QCOMPARE(resets.count(), 0);
    for (const auto &guest : std::as_const(m_expected)) {
        const DomainInfo *info = f.model.domain(f.row(guest.uuid));
        QVERIFY2(info, qPrintable(guest.name));
        QCOMPARE(info->name, guest.name);
        QCOMPARE(info->state, guest.state);
        QCOMPARE(info->vcpus, guest.vcpus);
        QCOMPARE(info->memoryKiB, guest.memoryKiB);
        QCOMPARE(info->title, guest.title);
        QCOMPARE(info->hasManagedSave, guest.hasManagedSave);
    }
    QCOMPARE(f.session.hostInfo().hypervisor, u"TEST"_s);
    QVERIFY(f.session.hostInfo().cpus > 0);
}

void TestConnectionSession::lifecycleChangesRowsThroughEvents()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.model.guestCount(), int(m_expected.size()), 20000);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy removals(&f.model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);

    QUuid shutOff;
    QUuid running;
    for (const auto &guest : std::as_const(m_expected)) {
        if (guest.state == DomainState::ShutOff && !guest.hasManagedSave && shutOff.isNull())
            shutOff = guest.uuid;
        if (guest.state == DomainState::Running && running.isNull())
            running = guest.uuid;
    }
    QVERIFY(!shutOff.isNull() && !running.isNull());

    auto results = waitFor(f.session.runAction(DomainAction::Start, {shutOff}));
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().ok, qPrintable(results.first().error));
    QTRY_COMPARE_WITH_TIMEOUT(f.state(shutOff), DomainState::Running, 5000);

    results = waitFor(f.session.runAction(DomainAction::Pause, {running}));
    QVERIFY2(results.first().ok, qPrintable(results.first().error));
    QTRY_COMPARE_WITH_TIMEOUT(f.state(running), DomainState::Paused, 5000);

    results = waitFor(f.session.runAction(DomainAction::ForceOff, {running, shutOff}));
    QCOMPARE(results.size(), 2);
    QVERIFY(results[0].ok && results[1].ok);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(running), DomainState::ShutOff, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(f.state(shutOff), DomainState::ShutOff, 5000);

    // Starting a running guest fails with libvirt's own message; the row stays.
    waitFor(f.session.runAction(DomainAction::Start, {shutOff}));
    results = waitFor(f.session.runAction(DomainAction::Start, {shutOff}));
    QVERIFY(!results.first().ok);
    QVERIFY2(results.first().error.contains(u"running"_s, Qt::CaseInsensitive), qPrintable(results.first().error));

    // Autostart has no libvirt event: the worker re-reads the guest after the call.
    results = waitFor(f.session.runAction(DomainAction::EnableAutostart, {running}));
    QVERIFY2(results.first().ok, qPrintable(results.first().error));
    QTRY_VERIFY_WITH_TIMEOUT(f.model.domain(f.row(running))->autostart, 5000);

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 0);
    // Every change arrived as dataChanged spanning only the rows of the guests acted on
    // (the list is in name order, so they lie between the two targets), never all rows.
    QVERIFY(changes.count() >= 4);
    const int low = qMin(f.row(running).row(), f.row(shutOff).row());
    const int high = qMax(f.row(running).row(), f.row(shutOff).row());
    for (const auto &args : std::as_const(changes)) {
        const QModelIndex tl = args.at(0).value<QModelIndex>();
        const QModelIndex br = args.at(1).value<QModelIndex>();
        if (tl.parent().isValid() && tl.column() == 0) {
            QVERIFY(tl.row() >= low);
            QVERIFY(br.row() <= high);
        }
    }
}

void TestConnectionSession::statsTicksUpdateRowsWithDataChanged()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    f.session.setStatsIntervalMs(250);
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.model.guestCount(), int(m_expected.size()), 20000);
    QSignalSpy ticks(&f.session, &ConnectionSession::statsSampled);
    QSignalSpy changes(&f.model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);
    QVERIFY(ticks.wait(5000));
    QVERIFY(ticks.wait(5000));

    const auto batch = ticks.last().first().value<StatsBatch>();
    int active = 0;
    for (const auto &guest : std::as_const(m_expected))
        active += isActive(guest.state) ? 1 : 0;
    QCOMPARE(batch.domains.size(), active); // one value per active guest per tick
    bool statsRange = false;
    for (const auto &args : std::as_const(changes)) {
        const QModelIndex tl = args.at(0).value<QModelIndex>();
        const QModelIndex br = args.at(1).value<QModelIndex>();
        if (tl.column() == GuestListModel::CpuColumn && br.column() == GuestListModel::NetworkIoColumn)
            statsRange = true;
    }
    QVERIFY2(statsRange, "stats ticks must reach the view as ranged dataChanged on the stats columns");
    QCOMPARE(resets.count(), 0);
    const QModelIndex connection = f.model.connectionIndex(1);
    QVERIFY(connection.siblingAtColumn(GuestListModel::HostCpuColumn).data(GuestListModel::HistoryRole).isValid());
}

void TestConnectionSession::deleteRemovesTheRow()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.model.guestCount(), int(m_expected.size()), 20000);
    QUuid victim;
    for (const auto &guest : std::as_const(m_expected)) {
        if (guest.snapshotCount > 0 && guest.state == DomainState::Running) {
            victim = guest.uuid;
            break;
        }
    }
    QVERIFY(!victim.isNull());
    const auto info = waitFor(f.session.deletionInfo(victim));
    QVERIFY2(info.ok(), qPrintable(info.error));
    QVERIFY(info.value.snapshotCount > 0);
    QVERIFY(info.value.active);
    QVERIFY(!info.value.disks.isEmpty());

    // Keeping snapshot metadata blocks the delete, with libvirt's reason.
    DeleteOptions keep;
    keep.removeSnapshotMetadata = false;
    auto results = waitFor(f.session.runAction(DomainAction::Delete, {victim}, keep));
    QVERIFY(!results.first().ok);
    QVERIFY(!results.first().error.isEmpty());

    QSignalSpy removals(&f.model, &QAbstractItemModel::rowsRemoved);
    results = waitFor(f.session.runAction(DomainAction::Delete, {victim}, DeleteOptions{}));
    QVERIFY2(results.first().ok, qPrintable(results.first().error));
    QTRY_VERIFY_WITH_TIMEOUT(!f.row(victim).isValid(), 5000);
    QCOMPARE(removals.count(), 1);
    QCOMPARE(f.model.guestCount(), int(m_expected.size()) - 1);
}

void TestConnectionSession::invalidUriFailsWithMessage()
{
    Fixture f(u"qemu+bogus://host/system"_s);
    QSignalSpy states(&f.session, &ConnectionSession::stateChanged);
    f.session.open();
    QCOMPARE(f.session.state(), ConnectionState::Failed); // rejected before any thread starts
    QVERIFY(f.session.statusMessage().contains(u"Unknown transport"_s));
    QCOMPARE(f.model.connectionIndex(1).siblingAtColumn(GuestListModel::TitleColumn).data().toString(),
             f.session.statusMessage());
}

void TestConnectionSession::unparsableHostFileFailsWithMessage()
{
    const QString path = m_dir.filePath(u"broken.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<node><domain type='test'><name>half");
    file.close();
    Fixture f(TestHostGenerator::uriFor(path));
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Failed, 20000);
    QVERIFY2(!f.session.statusMessage().isEmpty(), "the failure must carry libvirt's message");
    QCOMPARE(f.model.guestCount(), 0);
}

void TestConnectionSession::hungHostTimesOutWithoutFreezing()
{
    // A TCP server that accepts and never answers: libvirt's handshake blocks forever.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] { held.append(silent.nextPendingConnection()); });
    Fixture f(u"qemu+tcp://127.0.0.1:%1/system"_s.arg(silent.serverPort()));
    f.session.setConnectTimeoutMs(1500);

    QElapsedTimer clock;
    clock.start();
    f.session.open();
    QVERIFY2(clock.elapsed() < 200, "open() must return at once");
    // The event loop keeps running meanwhile: a 10 ms timer keeps firing.
    int heartbeats = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] { ++heartbeats; });
    heartbeat.start(10);
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Failed, 10000);
    QVERIFY2(f.session.statusMessage().contains(u"No answer"_s), qPrintable(f.session.statusMessage()));
    QVERIFY(heartbeats > 50);
    // Requests on the failed session answer with an error rather than hanging.
    const auto results = waitFor(f.session.runAction(DomainAction::Start, {QUuid::createUuid()}));
    QVERIFY(!results.first().ok);
}

void TestConnectionSession::unreachableSshHostFailsWithMessage()
{
    // A closed port on this machine: ssh itself fails, and libvirt passes its words on.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    Fixture f(u"qemu+ssh://nobody@127.0.0.1:%1/system?no_tty=1"_s.arg(closedPort));
    f.session.setConnectTimeoutMs(20000);
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Failed, 25000);
    const QString message = f.session.statusMessage();
    QVERIFY2(message.contains(u"refused"_s, Qt::CaseInsensitive) || message.contains(u"ssh"_s), qPrintable(message));
    QCOMPARE(f.model.guestCount(), 0);
}

void TestConnectionSession::requestWhileNotConnectedAnswersWithError()
{
    ConnectionSession session(7, ConnectionConfig{u"test:///default"_s, {}, false});
    const auto results = waitFor(session.runAction(DomainAction::Start, {QUuid::createUuid()}));
    QCOMPARE(results.size(), 1);
    QVERIFY(!results.first().ok);
    QVERIFY(results.first().error.contains(u"Not connected"_s));
    const auto xml = waitFor(session.domainXml(QUuid::createUuid()));
    QVERIFY(!xml.ok());
}


void TestConnectionSession::servicesRunOnTheConnectionAndSeeEvents()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    // Not connected yet: a failure, and the job is not run.
    bool ran = false;
    auto early = waitFor(f.session.withConnection<int>([&ran](virConnectPtr) { ran = true; return Result<int>{1, {}}; }));
    QVERIFY(!early.ok());
    QVERIFY(!ran);

    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Connected, 20000);
    const auto count = waitFor(f.session.withConnection<int>([](virConnectPtr connection) {
        return Result<int>{virConnectNumOfDefinedNetworks(connection) + virConnectNumOfNetworks(connection), {}};
    }));
    QVERIFY2(count.ok(), qPrintable(count.error));
    QCOMPARE(count.value, 2); // the generator's two networks

    QSignalSpy networkEvents(&f.session, &ConnectionSession::networkEvent);
    const auto created = waitFor(f.session.withConnection<bool>([](virConnectPtr connection) {
        const char *xml = "<network><name>extra</name><ip address='10.77.0.1' netmask='255.255.255.0'/></network>";
        NetworkHandle network(virNetworkDefineXML(connection, xml));
        return network ? Result<bool>{true, {}} : Result<bool>::failure(lastLibvirtError());
    }));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QTRY_VERIFY_WITH_TIMEOUT(!networkEvents.isEmpty(), 5000);
    QCOMPARE(networkEvents.first().at(0).toString(), u"extra"_s);
    QCOMPARE(networkEvents.first().at(1).toInt(), int(VIR_NETWORK_EVENT_DEFINED));
}

QTEST_MAIN(TestConnectionSession)
#include "tst_connectionsession.moc"
