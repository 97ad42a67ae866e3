// SPDX-License-Identifier: GPL-2.0-or-later
// Templates and clones on libvirt's test driver (in process): mark / list / unmark through
// the metadata element (refused for a running guest), the clone's XML (new name, no UUID,
// no MACs, its own volumes, shared CD-ROM, overrides, no template marker), a linked and a
// full clone through CloneService, and a batch whose names clash refused before anything
// is made.
#include "batchcreatejob.h"
#include "cloneservice.h"
#include "clonexml.h"
#include "connectionsession.h"
#include "domainxmlreader.h"
#include "templateservice.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

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

const QUuid TemplateUuid(u"6e0d2d70-0f4e-4a55-9d49-2b1d8a3a0001"_s);
const QUuid RunningUuid(u"6e0d2d70-0f4e-4a55-9d49-2b1d8a3a0002"_s);

const char HostXml[] = R"(<node>
  <pool type='dir'>
    <name>virtdeck-test-batch-pool</name>
    <uuid>6e0d2d70-0f4e-4a55-9d49-2b1d8a3a00f0</uuid>
    <target><path>/var/lib/virtdeck-test-batch</path></target>
    <volume type='file'>
      <name>tmpl.qcow2</name>
      <capacity unit='MiB'>64</capacity>
      <target><path>/var/lib/virtdeck-test-batch/tmpl.qcow2</path><format type='qcow2'/></target>
    </volume>
  </pool>
  <network><name>default</name><bridge name='virbr0'/><forward mode='nat'/><ip address='192.168.122.1' netmask='255.255.255.0'/></network>
  <network><name>lab</name><bridge name='virbr9'/><ip address='10.9.0.1' netmask='255.255.255.0'/></network>
  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
    <name>tmpl</name>
    <uuid>6e0d2d70-0f4e-4a55-9d49-2b1d8a3a0001</uuid>
    <memory unit='MiB'>256</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <devices>
      <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
        <source file='/var/lib/virtdeck-test-batch/tmpl.qcow2'/><target dev='vda' bus='virtio'/></disk>
      <disk type='file' device='cdrom'><source file='/iso/install.iso'/><target dev='hdc' bus='ide'/><readonly/></disk>
      <interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/></interface>
    </devices>
    <test:runstate>5</test:runstate>
  </domain>
  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
    <name>running</name>
    <uuid>6e0d2d70-0f4e-4a55-9d49-2b1d8a3a0002</uuid>
    <memory unit='MiB'>128</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <test:runstate>1</test:runstate>
  </domain>
</node>
)";

} // namespace

class TestTemplateClone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void markListUnmark();
    void cloneXml();
    void linkedAndFullClones();
    void batchRefusedUpFront();
    void batchCreates();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestTemplateClone::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QFile file(m_dir.filePath(u"host.xml"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(HostXml);
    file.close();
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"test://"_s + file.fileName(), {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 20000);
}

void TestTemplateClone::markListUnmark()
{
    TemplateService templates(m_session.get());
    auto listed = waitFor(templates.list());
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QVERIFY(listed.value.isEmpty());

    const auto marked = waitFor(templates.mark(TemplateUuid));
    QVERIFY2(marked.ok(), qPrintable(marked.error));
    listed = waitFor(templates.list());
    QVERIFY2(listed.ok(), qPrintable(listed.error));
    QCOMPARE(listed.value.size(), 1);
    QCOMPARE(listed.value.first().name, u"tmpl"_s);
    QCOMPARE(listed.value.first().uuid, TemplateUuid);
    QCOMPARE(listed.value.first().diskCount, 1);
    QCOMPARE(listed.value.first().memoryKiB, 256u * 1024u);
    QVERIFY(waitFor(templates.isTemplate(TemplateUuid)).value);

    // In the persistent definition, under our namespace.
    const auto xml = waitFor(m_session->domainXml(TemplateUuid, true));
    QVERIFY(xml.ok());
    QVERIFY(CloneXml::isTemplate(xml.value));
    QVERIFY2(xml.value.contains(QLatin1StringView(CloneXml::TemplateNamespace)), qPrintable(xml.value));

    // A running guest is refused with the reason.
    const auto refused = waitFor(templates.mark(RunningUuid));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error.contains(u"running"_s));
    QVERIFY(!waitFor(templates.isTemplate(RunningUuid)).value);

    const auto unmarked = waitFor(templates.unmark(TemplateUuid));
    QVERIFY2(unmarked.ok(), qPrintable(unmarked.error));
    QVERIFY(waitFor(templates.list()).value.isEmpty());
    QVERIFY(!waitFor(templates.isTemplate(TemplateUuid)).value);
    QVERIFY(waitFor(templates.mark(TemplateUuid)).ok()); // marked again for the tests below
}

void TestTemplateClone::cloneXml()
{
    const auto source = waitFor(m_session->domainXml(TemplateUuid, true));
    QVERIFY(source.ok());
    CloneXml::Changes changes;
    changes.name = u"copy"_s;
    changes.disks.insert(0, {u"/var/lib/virtdeck-test-batch/copy-vda.qcow2"_s, u"qcow2"_s});
    changes.vcpus = 3;
    changes.memoryKiB = 512 * 1024;
    changes.network = u"lab"_s;
    const CloneXml::Rewritten out = CloneXml::rewrite(source.value, changes);
    QVERIFY2(out.error.isEmpty(), qPrintable(out.error));
    QVERIFY(out.xml.contains(u"<name>copy</name>"_s));
    QVERIFY(!out.xml.contains(u"<uuid>"_s));
    QVERIFY(!out.xml.contains(u"<mac"_s));
    QVERIFY(!out.xml.contains(u"tmpl.qcow2"_s));
    QVERIFY(out.xml.contains(u"<vcpu"_s) && out.xml.contains(u">3</vcpu>"_s));
    QVERIFY(out.xml.contains(u">524288</memory>"_s));
    QVERIFY(out.xml.contains(u"network=\"lab\""_s));
    QVERIFY(!CloneXml::isTemplate(out.xml));
    const auto disks = DomainXmlReader::disks(out.xml);
    QVERIFY(disks.error.isEmpty());
    QCOMPARE(disks.disks.size(), 2);
    QCOMPARE(disks.disks.at(0).sourcePath, u"/var/lib/virtdeck-test-batch/copy-vda.qcow2"_s);
    QCOMPARE(disks.disks.at(1).sourcePath, u"/iso/install.iso"_s); // the CD-ROM is shared

    const CloneXml::Rewritten bad = CloneXml::rewrite(u"<domain><name>x</devices>"_s, changes);
    QVERIFY(!bad.error.isEmpty());
}

void TestTemplateClone::linkedAndFullClones()
{
    CloneService clones(m_session.get());
    CloneSpec spec;
    spec.name = u"virtdeck-test-batch-linked"_s;
    spec.mode = CloneMode::Linked;
    spec.vcpus = 2;
    const CloneResult linked = waitFor(clones.clone(TemplateUuid, spec));
    QVERIFY2(linked.ok, qPrintable(linked.error));
    QVERIFY(!linked.uuid.isNull());
    QVERIFY(linked.uuid != TemplateUuid);
    QCOMPARE(linked.volumes, QStringList{u"/var/lib/virtdeck-test-batch/virtdeck-test-batch-linked-vda.qcow2"_s});
    const auto xml = waitFor(m_session->domainXml(linked.uuid, true));
    QVERIFY(xml.ok());
    QVERIFY(!CloneXml::isTemplate(xml.value));
    QVERIFY(!xml.value.contains(u"52:54:00:aa:bb:01"_s)); // a new MAC
    QCOMPARE(DomainXmlReader::disks(xml.value).disks.at(0).sourcePath, linked.volumes.first());

    spec.name = u"virtdeck-test-batch-full"_s;
    spec.mode = CloneMode::Full;
    spec.start = true;
    const CloneResult full = waitFor(clones.clone(TemplateUuid, spec));
    QVERIFY2(full.ok, qPrintable(full.error));
    QVERIFY(full.started);

    // The same name again: refused, and the first clone's volume is not touched.
    const CloneResult again = waitFor(clones.clone(TemplateUuid, spec));
    QVERIFY(!again.ok);
    QVERIFY(again.error.contains(u"already exists"_s));

    // A running source is refused.
    spec.name = u"virtdeck-test-batch-of-running"_s;
    const CloneResult ofRunning = waitFor(clones.clone(RunningUuid, spec));
    QVERIFY(!ofRunning.ok);
    QVERIFY(ofRunning.error.contains(u"shut off"_s));
}

void TestTemplateClone::batchRefusedUpFront()
{
    const QStringList before = waitFor(CloneService(m_session.get()).guestNames()).value;
    BatchCreateJob job(m_session.get(), TemplateUuid,
                       {u"virtdeck-test-batch-a"_s, u"virtdeck-test-batch-linked"_s, u"virtdeck-test-batch-a"_s}, {});
    QSignalSpy refused(&job, &BatchCreateJob::refused);
    QSignalSpy finished(&job, &BatchCreateJob::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(refused.size(), 1);
    QCOMPARE(job.refusals().size(), 2); // the taken name and the duplicate
    QCOMPARE(job.doneCount(), 0);
    QCOMPARE(waitFor(CloneService(m_session.get()).guestNames()).value, before);
}

void TestTemplateClone::batchCreates()
{
    CloneSpec spec;
    spec.memoryMiB = 128;
    BatchCreateJob job(m_session.get(), TemplateUuid, {u"virtdeck-test-batch-1"_s, u"virtdeck-test-batch-2"_s}, spec);
    QSignalSpy changed(&job, &BatchCreateJob::guestChanged);
    QSignalSpy finished(&job, &BatchCreateJob::finished);
    job.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(job.doneCount(), 2);
    QVERIFY(changed.size() >= 2);
    for (const BatchCreateJob::Guest &guest : job.guests())
        QCOMPARE(guest.status, BatchCreateJob::Status::Done);

    // Cancelled before it began: nothing is made.
    BatchCreateJob cancelled(m_session.get(), TemplateUuid, {u"virtdeck-test-batch-3"_s}, spec);
    QSignalSpy cancelledDone(&cancelled, &BatchCreateJob::finished);
    cancelled.start();
    cancelled.cancel();
    QVERIFY(cancelledDone.wait(20000));
    QCOMPARE(cancelled.guests().first().status, BatchCreateJob::Status::Cancelled);
    QVERIFY(!waitFor(CloneService(m_session.get()).guestNames()).value.contains(u"virtdeck-test-batch-3"_s));
}

QTEST_GUILESS_MAIN(TestTemplateClone)
#include "tst_templateclone.moc"
