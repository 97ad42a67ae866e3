// SPDX-License-Identifier: GPL-2.0-or-later
//
// Integration test against a real libvirtd on qemu:///system (run as root; start the daemon
// with scripts/libvirtd-start.sh). It drives a TCG guest through the backend and the guest
// list model, kills libvirtd with SIGKILL and checks that the session reconnects after the
// daemon is back, with the guest still running.

#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "libvirterror.h"
#include "libvirteventloop.h"
#include "libvirtddaemon.h"
#include "libvirthandles.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <libvirt/libvirt.h>

#include <signal.h>
#include <sys/types.h>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

namespace {

const QString SystemUri = u"qemu:///system"_s;
constexpr int ConnectTimeoutMs = 60000;     // a cold first start probes QEMU for about 8 s
constexpr int StateTimeoutMs = 30000;       // a TCG guest starts or stops in well under 1 s
// Reconnect backoff runs 1, 2, 4, 8, 16, 30 s: a daemon back within 30 s is found within
// about 60 s of the kill.
constexpr int ReconnectTimeoutMs = 120000;

const char *const NotRunningMessage = "libvirtd is not running: start it with scripts/libvirtd-start.sh";

// A connection of the test's own, beside the one under test, to set up and clean up.
ConnectHandle openHelperConnection(QString *error)
{
    ConnectHandle conn(virConnectOpen("qemu:///system"));
    if (!conn && error)
        *error = lastLibvirtError();
    return conn;
}

QString guestXml(const QString &name)
{
    return uR"(<domain type='qemu'>
  <name>%1</name>
  <memory unit='MiB'>96</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type></os>
  <devices>
    <graphics type='vnc' listen='127.0.0.1' autoport='yes'/>
  </devices>
</domain>
)"_s.arg(name);
}

QString scriptPath(const QString &name)
{
    return Test::sourceDir() + u"/scripts/"_s + name;
}

} // namespace

class TestRealLibvirtd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lifecycleAndDaemonRestart();
    void cleanup();

private:
    bool removeGuest(QString *error);

    QString m_guestName;
    QUuid m_guestUuid;
};

void TestRealLibvirtd::initTestCase()
{
    LibvirtEventLoop::ensureRunning(); // before the first open, as the backend requires
    QString error;
    const ConnectHandle conn = openHelperConnection(&error);
    if (!conn)
        QFAIL(qPrintable(u"%1 (%2: %3)"_s.arg(QLatin1StringView(NotRunningMessage), SystemUri, error)));
    QVERIFY2(Test::LibvirtdDaemon::pid() > 0, "qemu:///system answers, but no libvirtd process was found to kill");
    QVERIFY2(QFile::exists(scriptPath(u"libvirtd-restart-daemon.sh"_s)),
             qPrintable(u"missing %1"_s.arg(scriptPath(u"libvirtd-restart-daemon.sh"_s))));
}

bool TestRealLibvirtd::removeGuest(QString *error)
{
    const ConnectHandle conn = openHelperConnection(error);
    if (!conn)
        return false;
    const QByteArray raw = m_guestUuid.toRfc4122();
    const DomainHandle domain(
        virDomainLookupByUUID(conn.get(), reinterpret_cast<const unsigned char *>(raw.constData())));
    if (!domain)
        return true; // already gone
    if (virDomainIsActive(domain.get()) == 1 && virDomainDestroy(domain.get()) < 0) {
        *error = lastLibvirtError();
        return false;
    }
    if (virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                                 | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA) < 0) {
        *error = lastLibvirtError();
        return false;
    }
    return true;
}

void TestRealLibvirtd::lifecycleAndDaemonRestart()
{
    ConnectionManager manager;
    manager.setConnectTimeoutMs(ConnectTimeoutMs);
    GuestListModel model;
    model.attach(&manager);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    ConnectionSession *session = manager.addConnection(ConnectionConfig{SystemUri, {}, false});
    QVERIFY(session);
    const int connectionId = session->id();
    QSignalSpy states(session, &ConnectionSession::stateChanged);
    QSignalSpy changes(session, &ConnectionSession::domainsChanged);
    QElapsedTimer clock;
    clock.start();
    const auto phase = [&clock](const char *what) {
        qInfo("%6lld ms  %s", static_cast<long long>(clock.elapsed()), what);
    };
    session->open();
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionState::Connected, ConnectTimeoutMs);
    const QModelIndex connectionRow = model.connectionIndex(connectionId);
    QVERIFY(connectionRow.isValid());
    QCOMPARE(connectionRow.data(GuestListModel::ConnectionStateRole).toInt(), int(ConnectionState::Connected));
    phase("connected");

    const auto stateOf = [&model, connectionId](const QUuid &uuid) {
        const QModelIndex index = model.domainIndex(connectionId, uuid);
        return index.isValid() ? DomainState(index.data(GuestListModel::DomainStateRole).toInt())
                               : DomainState::NoState;
    };
    const auto runAction = [session](DomainAction action, const QUuid &uuid) -> DomainActionResult {
        QFuture<DomainActionResults> future = session->runAction(action, {uuid});
        if (!QTest::qWaitFor([&future] { return future.isFinished(); }, StateTimeoutMs))
            return DomainActionResult{uuid, {}, false, u"no answer within the timeout"_s};
        const DomainActionResults results = future.result();
        return results.size() == 1 ? results.first()
                                   : DomainActionResult{uuid, {}, false, u"expected one result"_s};
    };

    // 1. A guest defined behind VirtDeck's back arrives through a lifecycle event.
    m_guestName = u"virtdeck-test-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    {
        QString error;
        const ConnectHandle conn = openHelperConnection(&error);
        QVERIFY2(conn, qPrintable(error));
        const QByteArray xml = guestXml(m_guestName).toUtf8();
        const DomainHandle domain(virDomainDefineXML(conn.get(), xml.constData()));
        QVERIFY2(domain, qPrintable(u"defining %1 failed: %2"_s.arg(m_guestName, lastLibvirtError())));
        unsigned char raw[VIR_UUID_BUFLEN];
        QCOMPARE(virDomainGetUUID(domain.get(), raw), 0);
        m_guestUuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
    }
    const qsizetype insertsBefore = inserts.size();
    QTRY_VERIFY_WITH_TIMEOUT(model.domainIndex(connectionId, m_guestUuid).isValid(), StateTimeoutMs);
    QVERIFY(inserts.size() > insertsBefore);
    QVERIFY(!changes.isEmpty());
    const QModelIndex row = model.domainIndex(connectionId, m_guestUuid);
    QCOMPARE(row.parent(), connectionRow);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), m_guestName);
    QCOMPARE(stateOf(m_guestUuid), DomainState::ShutOff);
    phase("defined guest appeared in the model");

    // 2. Start, force off, start again, each seen in the model.
    DomainActionResult result = runAction(DomainAction::Start, m_guestUuid);
    QVERIFY2(result.ok, qPrintable(u"start: "_s + result.error));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_guestUuid), DomainState::Running, StateTimeoutMs);

    result = runAction(DomainAction::ForceOff, m_guestUuid);
    QVERIFY2(result.ok, qPrintable(u"force off: "_s + result.error));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_guestUuid), DomainState::ShutOff, StateTimeoutMs);

    result = runAction(DomainAction::Start, m_guestUuid);
    QVERIFY2(result.ok, qPrintable(u"second start: "_s + result.error));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_guestUuid), DomainState::Running, StateTimeoutMs);
    phase("started, forced off, started again");

    // 3. libvirtd dies hard: the session notices, the process carries on.
    const qint64 pid = Test::LibvirtdDaemon::pid();
    QVERIFY2(pid > 0, "no live libvirtd process found");
    states.clear();
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!Test::LibvirtdDaemon::isAlive(pid), StateTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionState::Lost, StateTimeoutMs);
    phase("killed libvirtd, session is Lost");
    QCOMPARE(model.connectionIndex(connectionId).data(GuestListModel::ConnectionStateRole).toInt(),
             int(ConnectionState::Lost));
    QVERIFY2(!session->statusMessage().isEmpty(), "a lost connection should say why");
    // The guest row stays (its state may be stale, the view greys it out) ...
    QVERIFY(model.domainIndex(connectionId, m_guestUuid).isValid());
    // ... and requests fail fast with a message instead of hanging or crashing.
    result = runAction(DomainAction::Pause, m_guestUuid);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QCOMPARE(session->state(), ConnectionState::Lost);

    // 4. libvirtd comes back: the session reconnects on its own, the guest is still running.
    QString output;
    QVERIFY2(Test::LibvirtdDaemon::restart(&output),
             qPrintable(u"libvirtd-restart-daemon.sh failed:\n"_s + output));
    phase("libvirtd restarted");
    QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionState::Connected, ReconnectTimeoutMs);
    phase("session reconnected");
    QCOMPARE(model.connectionIndex(connectionId).data(GuestListModel::ConnectionStateRole).toInt(),
             int(ConnectionState::Connected));
    bool sawLost = false;
    for (const QList<QVariant> &args : std::as_const(states))
        sawLost = sawLost || args.at(0).value<ConnectionState>() == ConnectionState::Lost;
    QVERIFY(sawLost);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_guestUuid), DomainState::Running, StateTimeoutMs);
    QCOMPARE(model.domainIndex(connectionId, m_guestUuid).data(Qt::DisplayRole).toString(), m_guestName);
    int rowsForGuest = 0;
    for (int r = 0; r < model.rowCount(model.connectionIndex(connectionId)); ++r) {
        const QModelIndex guest = model.index(r, 0, model.connectionIndex(connectionId));
        rowsForGuest += guest.data(GuestListModel::UuidRole).toUuid() == m_guestUuid ? 1 : 0;
    }
    QCOMPARE(rowsForGuest, 1);

    // The reconnected session really works: force the guest off through it.
    result = runAction(DomainAction::ForceOff, m_guestUuid);
    QVERIFY2(result.ok, qPrintable(u"force off after reconnect: "_s + result.error));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(m_guestUuid), DomainState::ShutOff, StateTimeoutMs);

    // 5. Delete through the backend; the row goes away. Every change was a row-level signal.
    result = runAction(DomainAction::Delete, m_guestUuid);
    QVERIFY2(result.ok, qPrintable(u"delete: "_s + result.error));
    QTRY_VERIFY_WITH_TIMEOUT(!model.domainIndex(connectionId, m_guestUuid).isValid(), StateTimeoutMs);
    QCOMPARE(resets.size(), 0);
    phase("guest deleted");
}

void TestRealLibvirtd::cleanup()
{
    if (m_guestUuid.isNull())
        return;
    QString error;
    if (!removeGuest(&error)) {
        // The test may have stopped between killing libvirtd and bringing it back.
        if (Test::LibvirtdDaemon::pid() == 0) {
            QString output;
            if (!Test::LibvirtdDaemon::restart(&output))
                qWarning("cleanup: could not restart libvirtd: %s", qPrintable(output));
        }
        if (!removeGuest(&error))
            qWarning("cleanup: could not remove %s: %s", qPrintable(m_guestName), qPrintable(error));
    }
    m_guestUuid = QUuid();
    m_guestName.clear();
}

} // namespace VirtDeck

int main(int argc, char **argv)
{
    // The model's icons need a QGuiApplication; run headless unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    VirtDeck::TestRealLibvirtd test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reallibvirtd.moc"
