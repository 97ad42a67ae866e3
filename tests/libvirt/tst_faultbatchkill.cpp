// SPDX-License-Identifier: GPL-2.0-or-later
// Fault: libvirtd killed with SIGKILL in the middle of a batch creation (full clones of a
// TCG template with a 64 MiB disk, 24 MiB of it data, so each copy takes a while). The batch
// finishes at once with a report per guest (done, lost in the middle, not begun); after
// libvirtd is back (scripts/libvirtd-restart-daemon.sh) the session reconnects, removes the
// half-made guest and its volumes through the clone journal, and the batch says which
// guests exist. The host then holds exactly the guests reported done, with their volumes,
// and nothing else named after the batch. A second case plants a journal entry (a defined
// guest and a volume, as a crash would leave them) and checks that the next connection
// removes them, while an entry of another live process is left alone.
// Kills libvirtd: run under `flock /tmp/virtdeck-libvirtd.lock`. Names: virtdeck-test-fault-k-*.
#include "batchcreatejob.h"
#include "batchtemplatefixture.h"
#include "clonejournal.h"
#include "connectionsession.h"
#include "libvirtddaemon.h"
#include "libvirterror.h"
#include "libvirteventloop.h"
#include "libvirthandles.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::BatchTemplateFixture;
using Test::LibvirtdDaemon;

namespace {

constexpr int BatchTimeoutMs = 300000;
constexpr int ReconnectTimeoutMs = 180000; // backoff 1, 2, 4, 8, 16, 30 s after the restart

QString canonicalSystemUri()
{
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    CString uri{connection ? virConnectGetURI(connection.get()) : nullptr};
    return uri ? QString::fromUtf8(uri.get()) : u"qemu:///system"_s;
}

} // namespace

class TestFaultBatchKill : public QObject
{
    Q_OBJECT

public:
    TestFaultBatchKill()
        : m_fixture(u"virtdeck-test-fault-k-"_s)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void killDuringBatch();
    void journalLeftoversRemovedOnConnect();

private:
    void ensureDaemon();

    BatchTemplateFixture m_fixture;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestFaultBatchKill::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // the journal goes to a test directory
    QFile::remove(CloneJournal::path());
    silenceLibvirtErrorPrinting();
    LibvirtEventLoop::ensureRunning();
    ensureDaemon();
    QVERIFY2(LibvirtdDaemon::pid() > 0, "qemu:///system: no live libvirtd process: start it with scripts/libvirtd-start.sh");
    QString error;
    QVERIFY2(m_fixture.create(64, 24, &error), qPrintable(error));
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 60000);
}

void TestFaultBatchKill::ensureDaemon()
{
    if (LibvirtdDaemon::pid() > 0)
        return;
    QString output;
    if (!LibvirtdDaemon::restart(&output))
        qWarning("could not bring libvirtd back: %s", qPrintable(output));
}

void TestFaultBatchKill::cleanupTestCase()
{
    ensureDaemon(); // the test may have stopped between the kill and the restart
    m_session.reset();
    const QStringList problems = m_fixture.remove();
    QFile::remove(CloneJournal::path());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestFaultBatchKill::killDuringBatch()
{
    QStringList names;
    for (int i = 1; i <= 6; ++i)
        names.append(m_fixture.prefix() + u"g%1"_s.arg(i));
    CloneSpec spec;
    spec.mode = CloneMode::Full;
    BatchCreateJob job(m_session.get(), m_fixture.templateUuid(), names, spec);
    QSignalSpy finished(&job, &BatchCreateJob::finished);
    QSignalSpy verified(&job, &BatchCreateJob::verified);
    job.start();

    // The first guest is complete and the second is being copied: kill the daemon now.
    QTRY_VERIFY_WITH_TIMEOUT(job.guests().at(0).status != BatchCreateJob::Status::Waiting
                                 && job.guests().at(0).status != BatchCreateJob::Status::Creating,
                             BatchTimeoutMs);
    QCOMPARE(job.guests().at(0).status, BatchCreateJob::Status::Done);
    const qint64 pid = LibvirtdDaemon::killHard();
    QVERIFY2(pid > 0, "no live libvirtd to kill");
    QTRY_VERIFY_WITH_TIMEOUT(!LibvirtdDaemon::isAlive(pid), 30000);

    // The batch ends by itself with a report per guest; nothing hangs.
    if (!job.isFinished())
        QVERIFY(finished.wait(BatchTimeoutMs));
    QVERIFY2(job.connectionLost(), "the whole batch was done before the kill landed: the copies are too fast");
    int lost = 0;
    for (const BatchCreateJob::Guest &guest : job.guests()) {
        qInfo("%s: status %d, lost %d: %s", qPrintable(guest.name), int(guest.status), int(guest.result.connectionLost),
              qPrintable(guest.result.error));
        if (guest.status == BatchCreateJob::Status::Done)
            continue;
        QVERIFY2(guest.result.connectionLost, qPrintable(guest.name + u": "_s + guest.result.error));
        QVERIFY(!guest.result.error.isEmpty());
        ++lost;
    }
    QVERIFY(lost > 0);

    QString output;
    QVERIFY2(LibvirtdDaemon::restart(&output), qPrintable(u"libvirtd-restart-daemon.sh failed:\n"_s + output));
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, ReconnectTimeoutMs);
    if (!job.isVerified())
        QVERIFY(verified.wait(60000));

    // The host holds exactly the guests reported done, with their volumes; nothing of the rest.
    const QStringList onHost = BatchTemplateFixture::guestsNamed(m_fixture.prefix() + u"g"_s);
    const QStringList poolFiles = m_fixture.poolFiles();
    QStringList done;
    for (const BatchCreateJob::Guest &guest : job.guests()) {
        const bool hasFile = std::any_of(poolFiles.cbegin(), poolFiles.cend(),
                                         [&](const QString &file) { return file.startsWith(guest.name + u'-'); });
        if (guest.status == BatchCreateJob::Status::Done) {
            done.append(guest.name);
            QCOMPARE(guest.presence, BatchCreateJob::Presence::Present);
            QVERIFY2(hasFile, qPrintable(guest.name + u" is done but has no volume"_s));
        } else {
            QCOMPARE(guest.presence, BatchCreateJob::Presence::Absent);
            QVERIFY2(!hasFile, qPrintable(guest.name + u" left a volume: "_s + poolFiles.join(u", "_s)));
        }
    }
    QCOMPARE(onHost, done);
    QCOMPARE(poolFiles.size(), done.size() + 1); // plus the template's disk
    const QString uri = canonicalSystemUri();
    for (const CloneJournal::Entry &entry : CloneJournal::entries())
        QVERIFY2(entry.uri != uri, qPrintable(u"journal entry left for "_s + entry.name));
}

void TestFaultBatchKill::journalLeftoversRemovedOnConnect()
{
    // What a crash in the middle of a clone leaves: a defined guest and a volume, both in
    // the journal of a process that no longer runs.
    ConnectHandle helper(virConnectOpen("qemu:///system"));
    QVERIFY2(helper, qPrintable(lastLibvirtError()));
    const QString name = m_fixture.prefix() + u"crashed"_s;
    const QUuid uuid = QUuid::createUuid();
    const QByteArray domainXml = u"<domain type='qemu'><name>%1</name><uuid>%2</uuid><memory unit='MiB'>64</memory>"
                                 "<vcpu>1</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os></domain>"_s
                                     .arg(name, uuid.toString(QUuid::WithoutBraces)).toUtf8();
    QVERIFY2(DomainHandle(virDomainDefineXML(helper.get(), domainXml.constData())), qPrintable(lastLibvirtError()));
    const QByteArray poolName = m_fixture.poolName().toUtf8();
    const StoragePoolHandle pool(virStoragePoolLookupByName(helper.get(), poolName.constData()));
    QVERIFY(pool);
    const QByteArray volumeXml = u"<volume><name>%1-vda.qcow2</name><capacity unit='MiB'>4</capacity>"
                                 "<target><format type='qcow2'/></target></volume>"_s.arg(name).toUtf8();
    QVERIFY2(StorageVolHandle(virStorageVolCreateXML(pool.get(), volumeXml.constData(), 0)), qPrintable(lastLibvirtError()));

    const QString uri = canonicalSystemUri();
    CloneJournal::Entry crashed{uri, name, uuid, 999999999, {{m_fixture.poolName(), name + u"-vda.qcow2"_s}}, {}};
    QVERIFY(CloneJournal::record(crashed));
    // Another VirtDeck (PID 1 stands in for a live process) is making this one right now.
    CloneJournal::Entry busy{uri, m_fixture.prefix() + u"busy"_s, QUuid::createUuid(), 1, {}, {}};
    QVERIFY(CloneJournal::record(busy));

    ConnectionSession session(2, ConnectionConfig{u"qemu:///system"_s, {}, false});
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 60000);
    QVERIFY(BatchTemplateFixture::guestsNamed(name).isEmpty());
    QVERIFY2(!m_fixture.poolFiles().contains(name + u"-vda.qcow2"_s), qPrintable(m_fixture.poolFiles().join(u", "_s)));
    const QVector<CloneJournal::Entry> left = CloneJournal::entries();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().uuid, busy.uuid);
    CloneJournal::forget(busy.uuid);
}

QTEST_GUILESS_MAIN(TestFaultBatchKill)
#include "tst_faultbatchkill.moc"
