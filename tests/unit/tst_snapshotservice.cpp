// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshots against libvirt's test driver (in process, no daemon): the tree of a generated
// host, create / revert / delete / describe through SnapshotService, and the tree model
// following every change incrementally (no reset) under QAbstractItemModelTester, with the
// current marker moving. Also the XML and policy helpers that say what libvirt 9.0 cannot do.
#include "connectionsession.h"
#include "snapshotpolicy.h"
#include "snapshotservice.h"
#include "snapshottreemodel.h"
#include "snapshotxml.h"
#include "testhostgenerator.h"

#include <QAbstractItemModelTester>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

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

// Counts structural signals so a test can say "inserted one row, never reset".
struct ModelSignals
{
    explicit ModelSignals(QAbstractItemModel *model)
        : resets(model, &QAbstractItemModel::modelReset)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , moved(model, &QAbstractItemModel::rowsMoved)
        , changed(model, &QAbstractItemModel::dataChanged)
    {
    }
    void clear()
    {
        inserted.clear();
        removed.clear();
        moved.clear();
        changed.clear();
    }
    QSignalSpy resets;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy moved;
    QSignalSpy changed;
};

SnapshotInfo external(const QString &name, const QString &parent = {})
{
    SnapshotInfo info;
    info.name = name;
    info.parent = parent;
    info.external = true;
    info.state = u"disk-snapshot"_s;
    info.diskOnly = true;
    info.externalFiles = {u"/var/tmp/a.%1.qcow2"_s.arg(name)};
    return info;
}

SnapshotInfo internal(const QString &name, const QString &parent = {})
{
    SnapshotInfo info;
    info.name = name;
    info.parent = parent;
    info.state = u"running"_s;
    info.hasMemory = true;
    return info;
}

} // namespace

#define OPEN_SESSION(f)                                                                                        \
    (f).session.open();                                                                                        \
    QTRY_COMPARE_WITH_TIMEOUT((f).session.state(), ConnectionState::Connected, 20000)

class TestSnapshotService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void treeShapeFromGeneratedHost();
    void createAddsChildOfCurrentAndMovesMarker();
    void revertMovesCurrentMarker();
    void deleteWithChildrenRemovesSubtree();
    void deleteOneReparentsChildren();
    void metadataOnlyDelete();
    void descriptionEditKeepsCurrent();
    void createRefusesBadNamesAndDuplicates();
    void batchGivesOneResultPerGuest();
    void notConnectedAnswersWithError();
    void policySaysWhatLibvirtCannotDo();
    void xmlParseAndWrite();
    void modelHandlesArbitraryChanges();

private:
    struct Fixture
    {
        ConnectionSession session;
        SnapshotService service;
        SnapshotTreeModel model;
        QAbstractItemModelTester tester;
        explicit Fixture(const QString &uri)
            : session(1, ConnectionConfig{uri, {}, false})
            , service(&session)
            , tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest)
        {
        }
        SnapshotListing refresh(const QUuid &guest)
        {
            const auto listing = waitFor(service.list(guest));
            if (!listing.ok())
                qWarning() << listing.error;
            model.setSnapshots(listing.value.snapshots);
            return listing.value;
        }
    };
    QString parentOf(const SnapshotTreeModel &model, const QString &name) const;

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    TestHostGenerator::ExpectedGuest m_withSnapshots;
    TestHostGenerator::ExpectedGuest m_withSnapshots2;
    TestHostGenerator::ExpectedGuest m_without;
};

void TestSnapshotService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 9;
    options.snapshotEvery = 3;
    options.snapshotsPerGuest = 3;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
    QList<TestHostGenerator::ExpectedGuest> with;
    for (const auto &guest : std::as_const(m_expected)) {
        if (guest.snapshotCount > 0)
            with.append(guest);
        else
            m_without = guest;
    }
    QVERIFY(with.size() >= 2);
    m_withSnapshots = with.at(0);
    m_withSnapshots2 = with.at(1);
}

QString TestSnapshotService::parentOf(const SnapshotTreeModel &model, const QString &name) const
{
    const QModelIndex index = model.indexOf(name);
    return index.parent().isValid() ? index.parent().data(SnapshotTreeModel::NameRole).toString() : QString();
}

void TestSnapshotService::treeShapeFromGeneratedHost()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    const SnapshotListing listing = f.refresh(m_withSnapshots.uuid);
    QCOMPARE(listing.snapshots.size(), 3);
    QCOMPARE(listing.guestState, m_withSnapshots.state);
    // A chain: snap-1 > snap-2 > snap-3, the newest current.
    QCOMPARE(f.model.rowCount(), 1);
    const QModelIndex first = f.model.index(0, 0);
    QCOMPARE(first.data(SnapshotTreeModel::NameRole).toString(), u"snap-1"_s);
    QCOMPARE(f.model.rowCount(first), 1);
    const QModelIndex second = f.model.index(0, 0, first);
    QCOMPARE(second.data(SnapshotTreeModel::NameRole).toString(), u"snap-2"_s);
    const QModelIndex third = f.model.index(0, 0, second);
    QCOMPARE(third.data(SnapshotTreeModel::NameRole).toString(), u"snap-3"_s);
    QCOMPARE(f.model.rowCount(third), 0);
    QCOMPARE(f.model.currentName(), u"snap-3"_s);
    QVERIFY(third.data(SnapshotTreeModel::CurrentRole).toBool());
    QVERIFY(third.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!first.data(SnapshotTreeModel::CurrentRole).toBool());
    const SnapshotInfo *info = f.model.snapshot(third);
    QVERIFY(info);
    QCOMPARE(info->description, u"Generated snapshot 3 of %1"_s.arg(m_withSnapshots.name));
    QVERIFY(!info->external);
    QVERIFY(info->creationTime.isValid());
    QVERIFY(info->xml.contains(u"<domainsnapshot>"_s));

    const SnapshotListing none = f.refresh(m_without.uuid);
    QVERIFY(none.snapshots.isEmpty());
    QCOMPARE(f.model.rowCount(), 0);
}

void TestSnapshotService::createAddsChildOfCurrentAndMovesMarker()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    f.refresh(m_withSnapshots.uuid);
    ModelSignals spies(&f.model);
    SnapshotCreateOptions options;
    options.name = u"before <upgrade> & more"_s;
    options.description = u"line one\nline two"_s;
    const auto created = waitFor(f.service.create(m_withSnapshots.uuid, options));
    QVERIFY2(created.ok(), qPrintable(created.error));
    QCOMPARE(created.value.name, options.name);
    QCOMPARE(created.value.description, options.description);
    QCOMPARE(created.value.parent, u"snap-3"_s);
    QVERIFY(created.value.current);
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(spies.resets.size(), 0);
    QCOMPARE(spies.inserted.size(), 1);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(parentOf(f.model, options.name), u"snap-3"_s);
    QCOMPARE(f.model.currentName(), options.name);
    QVERIFY(!f.model.indexOf(u"snap-3"_s).data(SnapshotTreeModel::CurrentRole).toBool());
    QVERIFY(!f.model.indexOf(u"snap-3"_s).data(Qt::FontRole).value<QFont>().bold());
    // Exactly the two rows whose marker changed, not the whole tree.
    QCOMPARE(spies.changed.size(), 1); // the old current; the new row arrived as an insert
}

void TestSnapshotService::revertMovesCurrentMarker()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    f.refresh(m_withSnapshots.uuid);
    ModelSignals spies(&f.model);
    const auto reverted = waitFor(f.service.revert(m_withSnapshots.uuid, u"snap-1"_s, SnapshotRevertMode::AsTaken));
    QVERIFY2(reverted.ok(), qPrintable(reverted.error));
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(f.model.currentName(), u"snap-1"_s);
    QCOMPARE(spies.resets.size(), 0);
    QCOMPARE(spies.inserted.size() + spies.removed.size() + spies.moved.size(), 0);
    QCOMPARE(spies.changed.size(), 2);

    // A new snapshot after the revert branches off snap-1.
    SnapshotCreateOptions options;
    options.name = u"branch"_s;
    QVERIFY(waitFor(f.service.create(m_withSnapshots.uuid, options)).ok());
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(parentOf(f.model, u"branch"_s), u"snap-1"_s);
    QCOMPARE(f.model.rowCount(f.model.indexOf(u"snap-1"_s)), 2);
    QCOMPARE(f.model.currentName(), u"branch"_s);

    // Revert to running / paused: the guest ends up in that state.
    const auto running = waitFor(f.service.revert(m_withSnapshots.uuid, u"snap-2"_s, SnapshotRevertMode::Running));
    QVERIFY2(running.ok(), qPrintable(running.error));
    QCOMPARE(f.refresh(m_withSnapshots.uuid).guestState, DomainState::Running);
    const auto paused = waitFor(f.service.revert(m_withSnapshots.uuid, u"snap-2"_s, SnapshotRevertMode::Paused));
    QVERIFY2(paused.ok(), qPrintable(paused.error));
    QCOMPARE(f.refresh(m_withSnapshots.uuid).guestState, DomainState::Paused);
    QCOMPARE(f.model.currentName(), u"snap-2"_s);

    const auto missing = waitFor(f.service.revert(m_withSnapshots.uuid, u"nope"_s, SnapshotRevertMode::AsTaken));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"nope"_s), qPrintable(missing.error));
}

void TestSnapshotService::deleteWithChildrenRemovesSubtree()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    f.refresh(m_withSnapshots.uuid);
    ModelSignals spies(&f.model);
    const auto deleted = waitFor(f.service.remove(m_withSnapshots.uuid, u"snap-2"_s, SnapshotDeleteMode::WithChildren));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    const SnapshotListing listing = f.refresh(m_withSnapshots.uuid);
    QCOMPARE(listing.snapshots.size(), 1);
    QCOMPARE(f.model.snapshotCount(), 1);
    QCOMPARE(f.model.rowCount(f.model.indexOf(u"snap-1"_s)), 0);
    QCOMPARE(spies.resets.size(), 0);
    QCOMPARE(spies.removed.size(), 1); // one row, its subtree with it
    QVERIFY(!f.model.indexOf(u"snap-3"_s).isValid());
    // The current one went: libvirt then has no current snapshot, and no row is marked.
    QVERIFY(f.model.currentName().isEmpty() || f.model.currentName() == u"snap-1"_s);
}

void TestSnapshotService::deleteOneReparentsChildren()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    f.refresh(m_withSnapshots.uuid);
    ModelSignals spies(&f.model);
    const auto deleted = waitFor(f.service.remove(m_withSnapshots.uuid, u"snap-2"_s, SnapshotDeleteMode::ThisOnly));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(f.model.snapshotCount(), 2);
    QCOMPARE(parentOf(f.model, u"snap-3"_s), u"snap-1"_s);
    QCOMPARE(f.model.currentName(), u"snap-3"_s);
    QCOMPARE(spies.resets.size(), 0);
    QCOMPARE(spies.moved.size(), 1);
    QCOMPARE(spies.removed.size(), 1);
    QCOMPARE(spies.inserted.size(), 0);
}

void TestSnapshotService::metadataOnlyDelete()
{
    // The test driver has no metadata-only delete (tests/libvirt covers it on QEMU): its
    // refusal must come back as a message, with nothing lost.
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    const auto deleted = waitFor(f.service.remove(m_withSnapshots.uuid, u"snap-3"_s, SnapshotDeleteMode::MetadataOnly));
    QVERIFY(!deleted.ok());
    QVERIFY(!deleted.error.isEmpty());
    QCOMPARE(f.refresh(m_withSnapshots.uuid).snapshots.size(), 3);
    QCOMPARE(f.model.currentName(), u"snap-3"_s);
    const auto missing = waitFor(f.service.remove(m_withSnapshots.uuid, u"nope"_s, SnapshotDeleteMode::ThisOnly));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error.contains(u"nope"_s), qPrintable(missing.error));
}

void TestSnapshotService::descriptionEditKeepsCurrent()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    f.refresh(m_withSnapshots.uuid);
    ModelSignals spies(&f.model);
    // A non-current snapshot: the current one stays current.
    const auto edited = waitFor(f.service.setDescription(m_withSnapshots.uuid, u"snap-1"_s, u"base <install> & tools"_s));
    QVERIFY2(edited.ok(), qPrintable(edited.error));
    QCOMPARE(edited.value.description, u"base <install> & tools"_s);
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(f.model.currentName(), u"snap-3"_s);
    QCOMPARE(f.model.snapshot(f.model.indexOf(u"snap-1"_s))->description, u"base <install> & tools"_s);
    QCOMPARE(spies.changed.size(), 1);
    QCOMPARE(spies.resets.size() + spies.inserted.size() + spies.removed.size(), 0);
    // The current one: still current afterwards, its parent kept.
    const auto current = waitFor(f.service.setDescription(m_withSnapshots.uuid, u"snap-3"_s, u"newest"_s));
    QVERIFY2(current.ok(), qPrintable(current.error));
    f.refresh(m_withSnapshots.uuid);
    QCOMPARE(f.model.currentName(), u"snap-3"_s);
    QCOMPARE(parentOf(f.model, u"snap-3"_s), u"snap-2"_s);
    // Cleared description.
    QVERIFY(waitFor(f.service.setDescription(m_withSnapshots.uuid, u"snap-2"_s, {})).ok());
    f.refresh(m_withSnapshots.uuid);
    QVERIFY(f.model.snapshot(f.model.indexOf(u"snap-2"_s))->description.isEmpty());

    const auto xml = waitFor(f.service.xml(m_withSnapshots.uuid, u"snap-3"_s));
    QVERIFY2(xml.ok(), qPrintable(xml.error));
    QVERIFY(xml.value.contains(u"<description>newest</description>"_s));
}

void TestSnapshotService::createRefusesBadNamesAndDuplicates()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    const SnapshotInfoList before = f.refresh(m_withSnapshots.uuid).snapshots;
    for (const QString &bad : {u""_s, u"a/b"_s, u" lead"_s, u"snap-2"_s}) {
        SnapshotCreateOptions options;
        options.name = bad;
        const auto created = waitFor(f.service.create(m_withSnapshots.uuid, options));
        QVERIFY2(!created.ok(), qPrintable(bad));
        QVERIFY(!created.error.isEmpty());
    }
    // Nothing lost, nothing added, the current one unchanged.
    QCOMPARE(f.refresh(m_withSnapshots.uuid).snapshots, before);
    SnapshotCreateOptions options;
    options.name = u"x"_s;
    const auto gone = waitFor(f.service.create(QUuid::createUuid(), options));
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error.contains(u"no longer exists"_s), qPrintable(gone.error));
}

void TestSnapshotService::batchGivesOneResultPerGuest()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_SESSION(f);
    const QUuid stranger = QUuid::createUuid();
    SnapshotCreateOptions options;
    options.name = u"nightly"_s;
    const UuidList guests{m_withSnapshots.uuid, m_without.uuid, stranger};
    const DomainActionResults created = waitFor(f.service.createMany(guests, options));
    QCOMPARE(created.size(), 3);
    QVERIFY2(created.at(0).ok, qPrintable(created.at(0).error));
    QCOMPARE(created.at(0).name, m_withSnapshots.name);
    QVERIFY2(created.at(1).ok, qPrintable(created.at(1).error));
    QVERIFY(!created.at(2).ok);
    QVERIFY(!created.at(2).error.isEmpty());
    QCOMPARE(f.refresh(m_without.uuid).snapshots.size(), 1);

    // Revert all to a name only some have: those get a clear error, the others revert.
    const DomainActionResults reverted =
        waitFor(f.service.revertMany({m_withSnapshots.uuid, m_without.uuid, m_withSnapshots2.uuid}, u"snap-1"_s,
                                     SnapshotRevertMode::AsTaken));
    QCOMPARE(reverted.size(), 3);
    QVERIFY2(reverted.at(0).ok, qPrintable(reverted.at(0).error));
    QVERIFY(!reverted.at(1).ok);
    QVERIFY2(reverted.at(1).error.contains(u"snap-1"_s), qPrintable(reverted.at(1).error));
    QVERIFY2(reverted.at(2).ok, qPrintable(reverted.at(2).error));
    f.refresh(m_withSnapshots2.uuid);
    QCOMPARE(f.model.currentName(), u"snap-1"_s);
}

void TestSnapshotService::notConnectedAnswersWithError()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    const auto listing = waitFor(f.service.list(m_withSnapshots.uuid));
    QVERIFY(!listing.ok());
    QVERIFY(!listing.error.isEmpty());
    const DomainActionResults results = waitFor(f.service.revertMany({m_withSnapshots.uuid, m_without.uuid}, u"snap-1"_s,
                                                                     SnapshotRevertMode::AsTaken));
    QCOMPARE(results.size(), 2);
    QVERIFY(!results.at(0).ok && !results.at(1).ok);
    QVERIFY(!results.at(0).error.isEmpty());
}

void TestSnapshotService::policySaysWhatLibvirtCannotDo()
{
    QVERIFY(!SnapshotPolicy::nameProblem({}).isEmpty());
    QVERIFY(!SnapshotPolicy::nameProblem(u"   "_s).isEmpty());
    QVERIFY(!SnapshotPolicy::nameProblem(u"a/b"_s).isEmpty());
    QVERIFY(!SnapshotPolicy::nameProblem(u"dup"_s, {internal(u"dup"_s)}).isEmpty());
    QVERIFY(SnapshotPolicy::nameProblem(u"fine name-1"_s, {internal(u"dup"_s)}).isEmpty());

    // Revert to external: refused with the reason, before libvirt is asked.
    const QString reason = SnapshotPolicy::revertProblem(external(u"ext"_s));
    QVERIFY(reason.contains(u"libvirt 9.0"_s));
    QVERIFY(SnapshotPolicy::revertProblem(internal(u"int"_s)).isEmpty());

    // Mixed tree: deleting the external one is refused, metadata-only is allowed with a note.
    const SnapshotInfoList mixed{internal(u"a"_s), external(u"b"_s, u"a"_s), internal(u"c"_s, u"b"_s)};
    QVERIFY(SnapshotPolicy::mixesInternalAndExternal(mixed));
    QVERIFY(!SnapshotPolicy::deleteProblem(mixed, u"b"_s, SnapshotDeleteMode::ThisOnly).isEmpty());
    QVERIFY(!SnapshotPolicy::deleteProblem(mixed, u"a"_s, SnapshotDeleteMode::WithChildren).isEmpty());
    QVERIFY(SnapshotPolicy::deleteProblem(mixed, u"b"_s, SnapshotDeleteMode::MetadataOnly).isEmpty());
    QVERIFY(!SnapshotPolicy::deleteProblem(mixed, u"c"_s, SnapshotDeleteMode::ThisOnly).isEmpty());
    const SnapshotInfoList externalOnly{external(u"e1"_s), external(u"e2"_s, u"e1"_s)};
    QVERIFY(SnapshotPolicy::deleteProblem(externalOnly, u"e2"_s, SnapshotDeleteMode::ThisOnly).isEmpty());
    QVERIFY(SnapshotPolicy::deleteWarning(externalOnly, u"e2"_s, SnapshotDeleteMode::ThisOnly).contains(u"/var/tmp/a.e2.qcow2"_s));
    QVERIFY(SnapshotPolicy::deleteWarning(mixed, u"b"_s, SnapshotDeleteMode::MetadataOnly).contains(u"/var/tmp/a.b.qcow2"_s));
    const SnapshotInfoList plain{internal(u"a"_s), internal(u"b"_s, u"a"_s)};
    QVERIFY(SnapshotPolicy::deleteProblem(plain, u"a"_s, SnapshotDeleteMode::WithChildren).isEmpty());
    QVERIFY(SnapshotPolicy::deleteWarning(plain, u"a"_s, SnapshotDeleteMode::WithChildren).isEmpty());
    QCOMPARE(SnapshotPolicy::subtree(mixed, u"b"_s), (QStringList{u"b"_s, u"c"_s}));

    // A running guest's disks alone: only externally.
    SnapshotCreateOptions diskOnly;
    diskOnly.name = u"d"_s;
    diskOnly.withMemory = false;
    QVERIFY(!SnapshotPolicy::createProblem(diskOnly, DomainState::Running).isEmpty());
    QVERIFY(SnapshotPolicy::createProblem(diskOnly, DomainState::ShutOff).isEmpty());
    diskOnly.external = true;
    QVERIFY(SnapshotPolicy::createProblem(diskOnly, DomainState::Running).isEmpty());
}

void TestSnapshotService::xmlParseAndWrite()
{
    const QString externalXml = uR"(<domainsnapshot>
  <name>ext</name>
  <state>disk-snapshot</state>
  <parent><name>base</name></parent>
  <creationTime>1700000000</creationTime>
  <memory snapshot='no'/>
  <disks>
    <disk name='vda' snapshot='external' type='file'>
      <driver type='qcow2'/>
      <source file='/var/tmp/x/disk.ext.qcow2'/>
    </disk>
    <disk name='sda' snapshot='no'/>
  </disks>
  <domain type='qemu'><name>g</name></domain>
</domainsnapshot>)"_s;
    const SnapshotXml::Parsed parsed = SnapshotXml::parse(externalXml);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QCOMPARE(parsed.info.name, u"ext"_s);
    QCOMPARE(parsed.info.parent, u"base"_s);
    QVERIFY(parsed.info.external);
    QVERIFY(parsed.info.diskOnly);
    QVERIFY(!parsed.info.hasMemory);
    QCOMPARE(parsed.info.externalFiles, QStringList{u"/var/tmp/x/disk.ext.qcow2"_s});
    QCOMPARE(parsed.info.creationTime.toSecsSinceEpoch(), 1700000000);

    // The description changes, nothing else does.
    const SnapshotXml::Parsed described = SnapshotXml::withDescription(externalXml, u"a & b"_s);
    QVERIFY2(described.error.isEmpty(), qPrintable(described.error));
    QCOMPARE(described.info.description, u"a & b"_s);
    QCOMPARE(described.info.externalFiles, parsed.info.externalFiles);
    QCOMPARE(described.info.parent, u"base"_s);
    QVERIFY(described.info.xml.contains(u"<domain type=\"qemu\">"_s) || described.info.xml.contains(u"<domain type='qemu'>"_s));
    const SnapshotXml::Parsed again = SnapshotXml::withDescription(described.info.xml, u"second"_s);
    QCOMPARE(again.info.description, u"second"_s);
    QCOMPARE(again.info.xml.count(u"<description>"_s), 1);

    QVERIFY(!SnapshotXml::parse(u"<domain/>"_s).error.isEmpty());
    QVERIFY(!SnapshotXml::parse(u"<domainsnapshot><name>x</name>"_s).error.isEmpty());

    // External create document: overlays next to each writable disk, CD-ROMs left out.
    QCOMPARE(SnapshotXml::overlayPath(u"/var/tmp/x/disk.qcow2"_s, u"s1"_s, u".qcow2"_s), u"/var/tmp/x/disk.s1.qcow2"_s);
    SnapshotCreateOptions options;
    options.name = u"s1"_s;
    options.description = u"<d>"_s;
    options.external = true;
    const DomainDiskList disks{{u"vda"_s, u"disk"_s, u"/var/tmp/x/disk.qcow2"_s, false, false, false},
                               {u"sda"_s, u"cdrom"_s, u"/var/tmp/x/cd.iso"_s, true, false, false}};
    const QString document = SnapshotXml::createDocument(options, disks);
    QVERIFY(document.contains(u"/var/tmp/x/disk.s1.qcow2"_s));
    QVERIFY(document.contains(u"&lt;d&gt;"_s));
    QVERIFY(document.contains(u"<disk name=\"sda\" snapshot=\"no\"/>"_s));
    QVERIFY(!document.contains(u"cd.s1"_s));

    const QString live = u"<domain><devices><channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0' "
                         "state='connected'/></channel></devices></domain>"_s;
    QVERIFY(SnapshotXml::agentConnected(live));
    QVERIFY(!SnapshotXml::agentConnected(QString(live).replace(u"'connected'"_s, u"'disconnected'"_s)));
}

void TestSnapshotService::modelHandlesArbitraryChanges()
{
    SnapshotTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ModelSignals spies(&model);
    const auto at = [](SnapshotInfo info, int seconds, bool current = false) {
        info.creationTime = QDateTime::fromSecsSinceEpoch(1700000000 + seconds);
        info.current = current;
        return info;
    };
    model.setSnapshots({at(internal(u"a"_s), 1), at(internal(u"b"_s, u"a"_s), 2), at(internal(u"c"_s, u"b"_s), 3, true),
                        at(internal(u"d"_s, u"a"_s), 4)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowCount(model.indexOf(u"a"_s)), 2);
    // A new root parent above everything (a redefine), children re-parented, one gone.
    model.setSnapshots({at(internal(u"z"_s), 0), at(internal(u"a"_s, u"z"_s), 1), at(internal(u"c"_s, u"a"_s), 3),
                        at(internal(u"d"_s, u"c"_s), 4, true)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(parentOf(model, u"a"_s), u"z"_s);
    QCOMPARE(parentOf(model, u"c"_s), u"a"_s);
    QCOMPARE(parentOf(model, u"d"_s), u"c"_s);
    QVERIFY(!model.indexOf(u"b"_s).isValid());
    QCOMPARE(model.currentName(), u"d"_s);
    // Orphans (parent not listed) become roots; everything gone at once.
    model.setSnapshots({at(internal(u"q"_s, u"missing"_s), 5)});
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(spies.resets.size(), 0);
}

QTEST_MAIN(TestSnapshotService)
#include "tst_snapshotservice.moc"
