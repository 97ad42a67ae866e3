// SPDX-License-Identifier: GPL-2.0-or-later
// Snapshots on a real libvirtd (qemu:///system, root): an internal snapshot of a running TCG
// guest with a qcow2 disk, revert, delete; an external disk-only snapshot whose overlay goes
// next to the image (never over an existing file), and revert to it refused up front with
// the reason (libvirt 9.0 cannot do it), by the service and on the page. Everything this test
// creates is named virtdeck-test-snap-* and removed in cleanupTestCase, also after failures.
#include "connectionsession.h"
#include "futurewait.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "snapshotservice.h"
#include "snapshotspage.h"
#include "snapshottreemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <libvirt/virterror.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const char NotRunningMessage[] = "qemu:///system does not answer. Start the daemon as root with "
                                 "`bash scripts/libvirtd-start.sh` (or run the suite through scripts/run-tests.sh)";

template<typename T>
T waitFor(const QFuture<T> &future, int ms = 60000)
{
    return VirtDeck::Test::waitForFuture(future, ms);
}

} // namespace

class TestSnapshotLibvirt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void internalSnapshotOfRunningGuest();
    void externalDiskOnlySnapshot();

private:
    void removeGuest();
    DomainState guestState();

    QString m_name;
    QString m_dir;
    QString m_image;
    QUuid m_uuid;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestSnapshotLibvirt::initTestCase()
{
    silenceLibvirtErrorPrinting();
    m_name = u"virtdeck-test-snap-%1"_s.arg(QCoreApplication::applicationPid());
    m_dir = u"/var/tmp/"_s + m_name;
    m_image = m_dir + u"/disk.qcow2"_s;
    {
        ConnectHandle probe(virConnectOpen("qemu:///system"));
        if (!probe)
            QFAIL(qPrintable(u"%1 (%2)"_s.arg(QLatin1StringView(NotRunningMessage), lastLibvirtError())));
    }
    removeGuest(); // a leftover of an interrupted run with the same pid
    QVERIFY(QDir().mkpath(m_dir));
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_image, u"64M"_s});
    QVERIFY2(qemuImg.waitForFinished(30000) && qemuImg.exitCode() == 0,
             qPrintable(u"qemu-img failed (install qemu-utils): "_s + QString::fromLocal8Bit(qemuImg.readAllStandardError())));

    const QByteArray xml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>96</memory><vcpu>1</vcpu>"
                           "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                           "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='%2'/>"
                           "<target dev='vda' bus='virtio'/></disk></devices></domain>"_s.arg(m_name, m_image).toUtf8();
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    QVERIFY(connection);
    DomainHandle domain(virDomainDefineXML(connection.get(), xml.constData()));
    QVERIFY2(domain, qPrintable(lastLibvirtError()));
    QVERIFY2(virDomainCreate(domain.get()) == 0, qPrintable(lastLibvirtError()));
    unsigned char raw[VIR_UUID_BUFLEN];
    QVERIFY(virDomainGetUUID(domain.get(), raw) == 0);
    m_uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));

    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
}

void TestSnapshotLibvirt::removeGuest()
{
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    if (connection) {
        const QByteArray name = m_name.toUtf8();
        if (DomainHandle domain{virDomainLookupByName(connection.get(), name.constData())}) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA | VIR_DOMAIN_UNDEFINE_NVRAM);
        }
        virResetLastError();
    }
    if (!m_dir.isEmpty() && m_dir.startsWith(u"/var/tmp/virtdeck-test-snap-"_s))
        QDir(m_dir).removeRecursively();
}

void TestSnapshotLibvirt::cleanupTestCase()
{
    m_session.reset();
    removeGuest();
    QVERIFY(!QFileInfo::exists(m_dir));
}

DomainState TestSnapshotLibvirt::guestState()
{
    const auto listing = waitFor(SnapshotService(m_session.get()).list(m_uuid));
    return listing.ok() ? listing.value.guestState : DomainState::NoState;
}

void TestSnapshotLibvirt::internalSnapshotOfRunningGuest()
{
    SnapshotService service(m_session.get());
    QCOMPARE(guestState(), DomainState::Running);
    SnapshotCreateOptions options;
    options.name = u"one"_s;
    options.description = u"first"_s;
    const auto one = waitFor(service.create(m_uuid, options));
    QVERIFY2(one.ok(), qPrintable(one.error));
    QVERIFY(!one.value.external);
    QVERIFY(one.value.hasMemory);
    QCOMPARE(one.value.state, u"running"_s);
    QVERIFY(one.value.current);

    // A running guest's disks alone, internally: refused up front with the reason.
    options.name = u"diskonly"_s;
    options.withMemory = false;
    const auto refused = waitFor(service.create(m_uuid, options));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error.isEmpty());

    options.name = u"two"_s;
    options.withMemory = true;
    const auto two = waitFor(service.create(m_uuid, options));
    QVERIFY2(two.ok(), qPrintable(two.error));
    QCOMPARE(two.value.parent, u"one"_s);

    // Revert to "one", paused, from elsewhere: QEMU's lifecycle event moves the page's
    // current marker without a refresh by hand. Then as taken (running).
    SnapshotsPage page(m_session.get(), m_uuid);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->snapshotCount() == 2 && !page.isBusy(), 30000);
    QCOMPARE(page.model()->currentName(), u"two"_s);
    const auto paused = waitFor(service.revert(m_uuid, u"one"_s, SnapshotRevertMode::Paused));
    QVERIFY2(paused.ok(), qPrintable(paused.error));
    QCOMPARE(guestState(), DomainState::Paused);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->currentName(), u"one"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(page.listing().guestState, DomainState::Paused, 30000);
    const auto reverted = waitFor(service.revert(m_uuid, u"one"_s, SnapshotRevertMode::AsTaken));
    QVERIFY2(reverted.ok(), qPrintable(reverted.error));
    QCOMPARE(guestState(), DomainState::Running);
    auto listing = waitFor(service.list(m_uuid));
    QVERIFY2(listing.ok(), qPrintable(listing.error));
    SnapshotTreeModel model;
    model.setSnapshots(listing.value.snapshots);
    QCOMPARE(model.currentName(), u"one"_s);

    // Description edit keeps "one" current.
    const auto described = waitFor(service.setDescription(m_uuid, u"one"_s, u"edited"_s));
    QVERIFY2(described.ok(), qPrintable(described.error));
    listing = waitFor(service.list(m_uuid));
    model.setSnapshots(listing.value.snapshots);
    QCOMPARE(model.currentName(), u"one"_s);
    QCOMPARE(model.snapshot(model.indexOf(u"one"_s))->description, u"edited"_s);

    const auto deleted = waitFor(service.remove(m_uuid, u"one"_s, SnapshotDeleteMode::WithChildren));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error));
    listing = waitFor(service.list(m_uuid));
    QVERIFY(listing.ok());
    QVERIFY(listing.value.snapshots.isEmpty());
    QVERIFY(QFileInfo::exists(m_image));
}

void TestSnapshotLibvirt::externalDiskOnlySnapshot()
{
    SnapshotService service(m_session.get());
    // An internal snapshot first: the tree will then mix both kinds.
    SnapshotCreateOptions internal;
    internal.name = u"base"_s;
    QVERIFY(waitFor(service.create(m_uuid, internal)).ok());

    // An overlay file that already exists is never overwritten.
    const QString clash = m_dir + u"/disk.clash.qcow2"_s;
    {
        QFile file(clash);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    SnapshotCreateOptions options;
    options.external = true;
    options.withMemory = false;
    options.name = u"clash"_s;
    const auto refused = waitFor(service.create(m_uuid, options));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(clash), qPrintable(refused.error));
    QFile kept(clash);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), QByteArray("keep me"));

    options.name = u"ext"_s;
    const auto ext = waitFor(service.create(m_uuid, options));
    QVERIFY2(ext.ok(), qPrintable(ext.error));
    QVERIFY(ext.value.external);
    QVERIFY(ext.value.diskOnly);
    const QString overlay = m_dir + u"/disk.ext.qcow2"_s;
    QCOMPARE(ext.value.externalFiles, QStringList{overlay});
    QVERIFY(QFileInfo::exists(overlay));
    QVERIFY(QFileInfo::exists(m_image));

    // Revert to it: refused before libvirt is asked, with the reason; the guest keeps running.
    const auto revert = waitFor(service.revert(m_uuid, u"ext"_s, SnapshotRevertMode::AsTaken));
    QVERIFY(!revert.ok());
    QVERIFY2(revert.error.contains(u"libvirt 9.0"_s), qPrintable(revert.error));
    QCOMPARE(guestState(), DomainState::Running);
    // Deleting in the mixed tree: refused with the reason, files untouched.
    const auto remove = waitFor(service.remove(m_uuid, u"base"_s, SnapshotDeleteMode::ThisOnly));
    QVERIFY(!remove.ok());
    QVERIFY(QFileInfo::exists(overlay));

    // The page says it before the user tries.
    SnapshotsPage page(m_session.get(), m_uuid);
    page.show();
    page.activate();
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->snapshotCount() == 2 && !page.isBusy(), 30000);
    QVERIFY(page.findChild<QLabel *>(u"snapshotBanner"_s)->isVisible());
    page.view()->setCurrentIndex(page.model()->indexOf(u"ext"_s));
    QVERIFY(!page.findChild<QPushButton *>(u"revertSnapshot"_s)->isEnabled());
    auto *reason = page.findChild<QLabel *>(u"snapshotRevertReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"libvirt 9.0"_s), qPrintable(reason->text()));
    page.view()->setCurrentIndex(page.model()->indexOf(u"base"_s));
    QVERIFY(page.findChild<QPushButton *>(u"revertSnapshot"_s)->isEnabled());

    // Metadata-only removal works in the mixed tree and leaves the overlay alone.
    const auto metadata = waitFor(service.remove(m_uuid, u"ext"_s, SnapshotDeleteMode::MetadataOnly));
    QVERIFY2(metadata.ok(), qPrintable(metadata.error));
    QVERIFY(QFileInfo::exists(overlay));
}

QTEST_MAIN(TestSnapshotLibvirt)
#include "tst_snapshotlibvirt.moc"
