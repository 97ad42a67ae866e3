// SPDX-License-Identifier: GPL-2.0-or-later
// Templates, clones and batches on a real libvirtd (qemu:///system, root): a TCG template
// with a small qcow2 disk in a dir pool of its own; 5 linked clones made and started in one
// batch (overlays whose backing file is the template's disk, per the volume XML and
// qemu-img), batch snapshot, batch revert and batch delete leaving no files; a name clash
// refused before anything is made; a failure in the middle of a batch (a volume name
// already taken) that removes that guest's debris and leaves the others; a full and a
// linked clone of a shut-off guest, started. Everything is named virtdeck-test-batch-b-*.
#include "batchcreatejob.h"
#include "futurewait.h"
#include "batchtemplatefixture.h"
#include "cloneservice.h"
#include "connectionsession.h"
#include "libvirterror.h"
#include "namepattern.h"
#include "snapshotservice.h"
#include "storageservice.h"
#include "templateservice.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::BatchTemplateFixture;

namespace {

template<typename T>
T waitFor(const QFuture<T> &future, int ms = 120000)
{
    return VirtDeck::Test::waitForFuture(future, ms);
}

QJsonObject qemuImgInfo(const QString &path)
{
    QProcess process;
    process.start(u"qemu-img"_s, {u"info"_s, u"-U"_s, u"--output=json"_s, path});
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

} // namespace

class TestBatchCloneLibvirtd : public QObject
{
    Q_OBJECT

public:
    TestBatchCloneLibvirtd()
        : m_fixture(u"virtdeck-test-batch-b-"_s)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void batchOfLinkedClones();
    void batchSnapshotRevertDelete();
    void clashRefusedUpFront();
    void failureInTheMiddle();
    void cloneFullAndLinked();

private:
    BatchCreateJob *runBatch(const QStringList &names, const CloneSpec &spec);
    DomainState stateOf(const QUuid &uuid);

    BatchTemplateFixture m_fixture;
    std::unique_ptr<ConnectionSession> m_session;
    QVector<QUuid> m_batch;
    QStringList m_batchNames;
};

void TestBatchCloneLibvirtd::initTestCase()
{
    silenceLibvirtErrorPrinting();
    QString error;
    QVERIFY2(m_fixture.create(8, 1, &error), qPrintable(error));
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
    const auto marked = waitFor(TemplateService(m_session.get()).mark(m_fixture.templateUuid()));
    QVERIFY2(marked.ok(), qPrintable(marked.error));
}

void TestBatchCloneLibvirtd::cleanupTestCase()
{
    m_session.reset();
    const QStringList problems = m_fixture.remove();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
    QVERIFY(BatchTemplateFixture::guestsNamed(m_fixture.prefix()).isEmpty());
}

BatchCreateJob *TestBatchCloneLibvirtd::runBatch(const QStringList &names, const CloneSpec &spec)
{
    auto *job = new BatchCreateJob(m_session.get(), m_fixture.templateUuid(), names, spec, this);
    QSignalSpy finished(job, &BatchCreateJob::finished);
    job->start();
    if (!job->isFinished())
        finished.wait(180000);
    return job;
}

DomainState TestBatchCloneLibvirtd::stateOf(const QUuid &uuid)
{
    const auto listing = waitFor(SnapshotService(m_session.get()).list(uuid));
    return listing.ok() ? listing.value.guestState : DomainState::NoState;
}

void TestBatchCloneLibvirtd::batchOfLinkedClones()
{
    const auto templates = waitFor(TemplateService(m_session.get()).list());
    QVERIFY2(templates.ok(), qPrintable(templates.error));
    QVERIFY(std::any_of(templates.value.cbegin(), templates.value.cend(),
                        [this](const TemplateInfo &t) { return t.name == m_fixture.templateName(); }));

    m_batchNames = NamePattern::expand(u"virtdeck-test-batch-b-web-{01..05}"_s, 0).names;
    QCOMPARE(m_batchNames.size(), 5);
    CloneSpec spec;
    spec.mode = CloneMode::Linked;
    spec.memoryMiB = 160;
    spec.start = true;
    QElapsedTimer timer;
    timer.start();
    BatchCreateJob *job = runBatch(m_batchNames, spec);
    QVERIFY(job->isFinished());
    QVERIFY2(job->refusals().isEmpty(), qPrintable(job->refusals().join(u'\n')));
    qInfo("5 linked clones defined and started in %lld ms", timer.elapsed());
    for (const BatchCreateJob::Guest &guest : job->guests()) {
        QVERIFY2(guest.status == BatchCreateJob::Status::Done, qPrintable(guest.name + u": "_s + guest.result.error));
        QVERIFY(guest.result.started);
        QCOMPARE(guest.result.volumes.size(), 1); // the CD-ROM is shared, not copied
        const QString overlay = guest.result.volumes.first();
        QCOMPARE(overlay, m_fixture.poolPath() + u"/"_s + guest.name + u"-vda.qcow2"_s);
        m_batch.append(guest.result.uuid);

        // The backing file, from libvirt's volume XML and from the image itself.
        const auto volumeXml = waitFor(StorageService(m_session.get()).volumeXml(m_fixture.poolName(), guest.name + u"-vda.qcow2"_s));
        QVERIFY2(volumeXml.ok(), qPrintable(volumeXml.error));
        QVERIFY2(volumeXml.value.contains(u"<backingStore>"_s) && volumeXml.value.contains(m_fixture.templateDisk()),
                 qPrintable(volumeXml.value));
        const QJsonObject info = qemuImgInfo(overlay);
        QCOMPARE(info.value(u"format"_s).toString(), u"qcow2"_s);
        QCOMPARE(info.value(u"backing-filename"_s).toString(), m_fixture.templateDisk());
        QCOMPARE(stateOf(guest.result.uuid), DomainState::Running);
        const auto xml = waitFor(m_session->domainXml(guest.result.uuid, true));
        QVERIFY(xml.ok());
        QVERIFY(xml.value.contains(u"163840"_s)); // 160 MiB in KiB
    }
    // The template itself is untouched and still shut off.
    QCOMPARE(stateOf(m_fixture.templateUuid()), DomainState::ShutOff);
}

void TestBatchCloneLibvirtd::batchSnapshotRevertDelete()
{
    QCOMPARE(m_batch.size(), 5);
    SnapshotService snapshots(m_session.get());
    SnapshotCreateOptions options;
    options.name = u"batch-one"_s;
    const DomainActionResults created = waitFor(snapshots.createMany(m_batch, options));
    QCOMPARE(created.size(), 5);
    for (const DomainActionResult &r : created)
        QVERIFY2(r.ok, qPrintable(r.name + u": "_s + r.error));

    // Force them off, then revert all to the snapshot: running again.
    for (const DomainActionResult &r : waitFor(m_session->runAction(DomainAction::ForceOff, m_batch)))
        QVERIFY2(r.ok, qPrintable(r.error));
    const DomainActionResults reverted = waitFor(snapshots.revertMany(m_batch, u"batch-one"_s, SnapshotRevertMode::AsTaken));
    for (const DomainActionResult &r : reverted)
        QVERIFY2(r.ok, qPrintable(r.name + u": "_s + r.error));
    for (const QUuid &uuid : std::as_const(m_batch))
        QCOMPARE(stateOf(uuid), DomainState::Running);

    // Delete with their storage: the pool keeps only the template's disk.
    DeleteOptions remove;
    for (const QUuid &uuid : std::as_const(m_batch)) {
        const auto info = waitFor(m_session->deletionInfo(uuid));
        QVERIFY2(info.ok(), qPrintable(info.error));
        for (const DomainDisk &disk : info.value.disks)
            if (disk.device == u"disk"_s && disk.inStoragePool)
                remove.storagePaths.append(disk.sourcePath);
    }
    QCOMPARE(remove.storagePaths.size(), 5);
    for (const DomainActionResult &r : waitFor(m_session->runAction(DomainAction::Delete, m_batch, remove)))
        QVERIFY2(r.ok, qPrintable(r.name + u": "_s + r.error));
    QCOMPARE(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-b-web-"_s), QStringList{});
    QVERIFY(waitFor(StorageService(m_session.get()).refreshPool(m_fixture.poolName())).ok());
    QCOMPARE(m_fixture.poolFiles(), QStringList{m_fixture.templateName() + u".qcow2"_s});
}

void TestBatchCloneLibvirtd::clashRefusedUpFront()
{
    QString error;
    QVERIFY2(BatchTemplateFixture::defineBareGuest(u"virtdeck-test-batch-b-c-03"_s, &error), qPrintable(error));
    const QStringList filesBefore = m_fixture.poolFiles();
    BatchCreateJob *job = runBatch(NamePattern::expand(u"virtdeck-test-batch-b-c-{01..05}"_s, 0).names, {});
    QCOMPARE(job->refusals().size(), 1);
    QVERIFY(job->refusals().first().contains(u"virtdeck-test-batch-b-c-03"_s));
    QCOMPARE(job->doneCount(), 0);
    QCOMPARE(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-b-c-"_s), QStringList{u"virtdeck-test-batch-b-c-03"_s});
    QCOMPARE(m_fixture.poolFiles(), filesBefore);
}

void TestBatchCloneLibvirtd::failureInTheMiddle()
{
    // A volume the third guest's disk would be named like, made beforehand.
    StorageVolumeForm form;
    form.name = u"virtdeck-test-batch-b-m-3-vda.qcow2"_s;
    form.capacity = 1024 * 1024;
    const auto squatter = waitFor(StorageService(m_session.get()).createVolume(m_fixture.poolName(), form));
    QVERIFY2(squatter.ok(), qPrintable(squatter.error));

    const QStringList names = NamePattern::expand(u"virtdeck-test-batch-b-m-{#}"_s, 5).names;
    BatchCreateJob *job = runBatch(names, {});
    QVERIFY(job->refusals().isEmpty());
    QCOMPARE(job->doneCount(), 4);
    QCOMPARE(job->failedCount(), 1);
    const BatchCreateJob::Guest &failed = job->guests().at(2);
    QCOMPARE(failed.status, BatchCreateJob::Status::Failed);
    QVERIFY2(failed.result.error.contains(u"virtdeck-test-batch-b-m-3-vda.qcow2"_s), qPrintable(failed.result.error));
    // No definition for it; the squatting volume is not the batch's to remove; the rest stand.
    QCOMPARE(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-b-m-"_s),
             (QStringList{u"virtdeck-test-batch-b-m-1"_s, u"virtdeck-test-batch-b-m-2"_s, u"virtdeck-test-batch-b-m-4"_s,
                          u"virtdeck-test-batch-b-m-5"_s}));
    QVERIFY(m_fixture.poolFiles().contains(u"virtdeck-test-batch-b-m-3-vda.qcow2"_s));
    for (int i : {1, 2, 4, 5}) {
        const QString file = u"virtdeck-test-batch-b-m-%1-vda.qcow2"_s.arg(i);
        QVERIFY2(m_fixture.poolFiles().contains(file), qPrintable(file));
        QCOMPARE(qemuImgInfo(m_fixture.poolPath() + u'/' + file).value(u"backing-filename"_s).toString(), m_fixture.templateDisk());
    }
}

void TestBatchCloneLibvirtd::cloneFullAndLinked()
{
    CloneService clones(m_session.get());
    CloneSpec spec;
    spec.name = u"virtdeck-test-batch-b-full"_s;
    spec.mode = CloneMode::Full;
    spec.start = true;
    const CloneResult full = waitFor(clones.clone(m_fixture.templateUuid(), spec));
    QVERIFY2(full.ok, qPrintable(full.error));
    QVERIFY(full.started);
    const QJsonObject fullInfo = qemuImgInfo(full.volumes.value(0));
    QCOMPARE(fullInfo.value(u"format"_s).toString(), u"qcow2"_s);
    QVERIFY(!fullInfo.contains(u"backing-filename"_s)); // an independent copy
    QCOMPARE(stateOf(full.uuid), DomainState::Running);

    // A clone of the (shut-off) full clone is refused while it runs, allowed once it is off.
    spec.name = u"virtdeck-test-batch-b-linked"_s;
    spec.mode = CloneMode::Linked;
    const CloneResult refused = waitFor(clones.clone(full.uuid, spec));
    QVERIFY(!refused.ok);
    QVERIFY(refused.error.contains(u"shut off"_s));
    for (const DomainActionResult &r : waitFor(m_session->runAction(DomainAction::ForceOff, {full.uuid})))
        QVERIFY2(r.ok, qPrintable(r.error));
    const CloneResult linked = waitFor(clones.clone(full.uuid, spec));
    QVERIFY2(linked.ok, qPrintable(linked.error));
    QCOMPARE(qemuImgInfo(linked.volumes.value(0)).value(u"backing-filename"_s).toString(), full.volumes.value(0));
    QCOMPARE(stateOf(linked.uuid), DomainState::Running);
    const auto xml = waitFor(m_session->domainXml(linked.uuid, true));
    QVERIFY(xml.ok());
    QVERIFY(!xml.value.contains(full.uuid.toString(QUuid::WithoutBraces)));
}

QTEST_MAIN(TestBatchCloneLibvirtd)
#include "tst_batchclonelibvirtd.moc"
