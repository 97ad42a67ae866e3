// SPDX-License-Identifier: GPL-2.0-or-later
// "Create from template…" on libvirt's test driver (a host file with a pool holding the
// template's disk, so volumes really are cloned, in memory): clashes and a bad pattern shown
// in the preview before anything starts; count, pattern and overrides (vCPUs, memory,
// network, start) reaching the guests; the progress bar and a status per guest; a guest
// that fails (its volume name is taken) reported with its reason while the others are
// made; Cancel stopping a long batch with nothing half-made. Label gui: the test driver
// clones volumes, so no real libvirtd is needed.
#include "batchcreatedialog.h"
#include "batchcreatejob.h"
#include "cloneservice.h"
#include "connectionsession.h"
#include "futurewait.h"
#include "libvirthandles.h"
#include "templateservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <libvirt/libvirt.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

using Test::waitForFuture;

const QUuid TemplateUuid(u"7a1c2d70-0f4e-4a55-9d49-2b1d8a3a0001"_s);

const char HostXml[] = R"(<node>
  <pool type='dir'>
    <name>batchpool</name>
    <uuid>7a1c2d70-0f4e-4a55-9d49-2b1d8a3a00f0</uuid>
    <target><path>/var/lib/virtdeck-test-batchgui</path></target>
    <volume type='file'>
      <name>tmpl.qcow2</name>
      <capacity unit='MiB'>64</capacity>
      <target><path>/var/lib/virtdeck-test-batchgui/tmpl.qcow2</path><format type='qcow2'/></target>
    </volume>
  </pool>
  <network><name>default</name><bridge name='virbr0'/><forward mode='nat'/><ip address='192.168.122.1' netmask='255.255.255.0'/></network>
  <network><name>lab</name><bridge name='virbr9'/><ip address='10.9.0.1' netmask='255.255.255.0'/></network>
  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
    <name>tmpl</name>
    <uuid>7a1c2d70-0f4e-4a55-9d49-2b1d8a3a0001</uuid>
    <memory unit='MiB'>256</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <devices>
      <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
        <source file='/var/lib/virtdeck-test-batchgui/tmpl.qcow2'/><target dev='vda' bus='virtio'/></disk>
      <interface type='network'><mac address='52:54:00:aa:bb:01'/><source network='default'/></interface>
    </devices>
    <test:runstate>5</test:runstate>
  </domain>
  <domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
    <name>web-2</name>
    <uuid>7a1c2d70-0f4e-4a55-9d49-2b1d8a3a0002</uuid>
    <memory unit='MiB'>128</memory>
    <vcpu>1</vcpu>
    <os><type arch='x86_64'>hvm</type></os>
    <test:runstate>5</test:runstate>
  </domain>
</node>
)";

} // namespace

class TestBatchCreateDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_session;

    template<typename T>
    static T *child(QWidget *parent, const QString &name)
    {
        T *widget = parent->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    // A dialog whose template list and guest names have arrived.
    static void waitLoaded(BatchCreateDialog &dialog)
    {
        auto *templ = child<QComboBox>(&dialog, u"batchTemplate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(templ->currentData().toUuid() == TemplateUuid, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&dialog, u"batchNetwork"_s)->findData(u"lab"_s) >= 0, 20000);
    }

    static QString cell(BatchCreateDialog &dialog, int row, int column)
    {
        const QTableWidgetItem *item = child<QTableWidget>(&dialog, u"batchProgress"_s)->item(row, column);
        return item ? item->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QFile file(m_dir.filePath(u"host.xml"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(HostXml);
        file.close();
        m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"test://"_s + file.fileName(), {}, false});
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 20000);
        const auto marked = waitForFuture(TemplateService(m_session.get()).mark(TemplateUuid));
        QVERIFY2(marked.ok(), qPrintable(marked.error));
    }

    void cleanupTestCase() { m_session.reset(); }

    void clashesShownBeforeStart()
    {
        BatchCreateDialog dialog(m_session.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitLoaded(dialog);
        auto *count = child<QSpinBox>(&dialog, u"batchCount"_s);
        auto *pattern = child<QLineEdit>(&dialog, u"batchNamePattern"_s);
        auto *preview = child<QListWidget>(&dialog, u"batchPreview"_s);
        auto *problemsLabel = child<QLabel>(&dialog, u"batchProblems"_s);
        auto *create = child<QPushButton>(&dialog, u"batchCreateButton"_s);

        count->setValue(3);
        pattern->setText(u"web-{#}"_s);
        // web-2 exists: marked in the preview, named in the problems, Create disabled.
        QTRY_VERIFY(problemsLabel->text().contains(u"web-2"_s));
        QCOMPARE(dialog.previewNames(), (QStringList{u"web-1"_s, u"web-2"_s, u"web-3"_s}));
        QCOMPARE(preview->count(), 3);
        QVERIFY(!preview->item(1)->toolTip().isEmpty());
        QVERIFY(preview->item(0)->toolTip().isEmpty());
        QVERIFY(!create->isEnabled());

        pattern->setText(u"web-{1..3"_s); // not a pattern
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(!create->isEnabled());

        count->setValue(0);
        pattern->setText(u"app-{a,b,a}"_s); // the same name twice
        QVERIFY(!dialog.problems().isEmpty());
        QVERIFY(problemsLabel->text().contains(u"app-a"_s));
        QVERIFY(!create->isEnabled());

        pattern->setText(u"app-{01..04}"_s);
        QCOMPARE(dialog.previewNames().size(), 4);
        QCOMPARE(dialog.previewNames().first(), u"app-01"_s);
        QVERIFY(dialog.problems().isEmpty());
        QVERIFY(create->isEnabled());
        QVERIFY(!dialog.job()); // nothing started
        QVERIFY(!child<QProgressBar>(&dialog, u"batchProgressBar"_s)->isVisible());
        const QStringList guests = waitForFuture(CloneService(m_session.get()).guestNames()).value;
        QVERIFY(!guests.contains(u"app-01"_s));
    }

    void overridesAndOneFailure()
    {
        // b-2's volume name is taken in the pool: that guest fails, with libvirt's reason; its
        // neighbours are made; the volume that was there before is left alone.
        const auto made = waitForFuture(m_session->withConnection<bool>([](virConnectPtr connection) {
            const StoragePoolHandle pool(virStoragePoolLookupByName(connection, "batchpool"));
            const char xml[] = "<volume><name>b-2-vda.qcow2</name><capacity unit='MiB'>1</capacity>"
                               "<target><format type='qcow2'/></target></volume>";
            return Result<bool>{pool && StorageVolHandle(virStorageVolCreateXML(pool.get(), xml, 0)) != nullptr, {}};
        }));
        QVERIFY(made.value);

        BatchCreateDialog dialog(m_session.get(), TemplateUuid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitLoaded(dialog);
        child<QSpinBox>(&dialog, u"batchCount"_s)->setValue(3);
        child<QLineEdit>(&dialog, u"batchNamePattern"_s)->setText(u"b-{#}"_s);
        child<QSpinBox>(&dialog, u"batchVcpus"_s)->setValue(2);
        child<QSpinBox>(&dialog, u"batchMemory"_s)->setValue(512);
        auto *network = child<QComboBox>(&dialog, u"batchNetwork"_s);
        network->setCurrentIndex(network->findData(u"lab"_s));
        child<QRadioButton>(&dialog, u"batchLinked"_s)->setChecked(true);
        child<QCheckBox>(&dialog, u"batchStart"_s)->setChecked(true);
        auto *create = child<QPushButton>(&dialog, u"batchCreateButton"_s);
        QTRY_VERIFY(create->isEnabled());

        QSignalSpy finished(&dialog, &BatchCreateDialog::batchFinished);
        create->click();
        QVERIFY(child<QTableWidget>(&dialog, u"batchProgress"_s)->isVisible());
        auto *bar = child<QProgressBar>(&dialog, u"batchProgressBar"_s);
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->maximum(), 3);
        QVERIFY(!child<QLineEdit>(&dialog, u"batchNamePattern"_s)->isEnabled()); // settled while it runs
        QVERIFY(finished.wait(30000));

        QCOMPARE(bar->value(), 3);
        QCOMPARE(child<QTableWidget>(&dialog, u"batchProgress"_s)->rowCount(), 3);
        QCOMPARE(cell(dialog, 0, 0), u"b-1"_s);
        QCOMPARE(cell(dialog, 0, 1), u"Created"_s);
        QCOMPARE(cell(dialog, 0, 2), u"Started"_s);
        QCOMPARE(cell(dialog, 1, 1), u"Failed"_s);
        QVERIFY2(cell(dialog, 1, 2).contains(u"b-2-vda.qcow2"_s), qPrintable(cell(dialog, 1, 2))); // the reason
        QCOMPARE(cell(dialog, 2, 1), u"Created"_s);
        const QString summary = child<QLabel>(&dialog, u"batchSummary"_s)->text();
        QVERIFY2(summary.contains(u"2"_s) && summary.contains(u"1 failed"_s), qPrintable(summary));
        QCOMPARE(dialog.job()->doneCount(), 2);
        QCOMPARE(dialog.job()->failedCount(), 1);

        const QStringList guests = waitForFuture(CloneService(m_session.get()).guestNames()).value;
        QVERIFY(guests.contains(u"b-1"_s));
        QVERIFY(!guests.contains(u"b-2"_s)); // nothing of it is left
        QVERIFY(guests.contains(u"b-3"_s));
        for (const int index : {0, 2}) {
            const BatchCreateJob::Guest &guest = dialog.job()->guests().at(index);
            QVERIFY(guest.result.started);
            const auto xml = waitForFuture(m_session->domainXml(guest.result.uuid, true));
            QVERIFY2(xml.ok(), qPrintable(xml.error));
            QVERIFY(xml.value.contains(u">2</vcpu>"_s));
            QVERIFY(xml.value.contains(u">524288</memory>"_s));
            QVERIFY(xml.value.contains(u"network='lab'"_s));
            QVERIFY(xml.value.contains(guest.name + u"-vda.qcow2"_s));
        }
        // The volume that was in the way is still there; nothing else was made for b-2.
        const auto volumes = waitForFuture(m_session->withConnection<QStringList>([](virConnectPtr connection) {
            QStringList names;
            const StoragePoolHandle pool(virStoragePoolLookupByName(connection, "batchpool"));
            virStorageVolPtr *raw = nullptr;
            const int n = pool ? virStoragePoolListAllVolumes(pool.get(), &raw, 0) : -1;
            for (const StorageVolHandle &volume : adoptHandleArray<StorageVolHandle>(raw, n))
                names.append(QString::fromUtf8(virStorageVolGetName(volume.get())));
            names.sort();
            return Result<QStringList>{names, {}};
        }));
        QCOMPARE(volumes.value, (QStringList{u"b-1-vda.qcow2"_s, u"b-2-vda.qcow2"_s, u"b-3-vda.qcow2"_s, u"tmpl.qcow2"_s}));
    }

    void cancelStopsTheRest()
    {
        BatchCreateDialog dialog(m_session.get(), TemplateUuid);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        waitLoaded(dialog);
        constexpr int Count = 600; // far more than can be made before the first status arrives
        child<QSpinBox>(&dialog, u"batchCount"_s)->setValue(Count);
        child<QLineEdit>(&dialog, u"batchNamePattern"_s)->setText(u"c-{###}"_s);
        auto *create = child<QPushButton>(&dialog, u"batchCreateButton"_s);
        auto *cancel = child<QPushButton>(&dialog, u"batchCancelButton"_s);
        QTRY_VERIFY(create->isEnabled());
        QVERIFY(!cancel->isEnabled());

        QSignalSpy finished(&dialog, &BatchCreateDialog::batchFinished);
        create->click();
        QVERIFY(cancel->isEnabled());
        // Cancel as soon as the first guest is made, like a user who sees the batch going.
        QVERIFY(dialog.job());
        connect(dialog.job(), &BatchCreateJob::guestChanged, cancel, [&dialog, cancel](int index) {
            if (dialog.job()->guests().at(index).status == BatchCreateJob::Status::Done && cancel->isEnabled())
                cancel->click();
        });
        QVERIFY(finished.wait(60000));
        QVERIFY(!cancel->isEnabled());

        const BatchCreateJob *job = dialog.job();
        const int done = job->doneCount();
        int cancelled = 0;
        for (const BatchCreateJob::Guest &guest : job->guests())
            cancelled += guest.status == BatchCreateJob::Status::Cancelled ? 1 : 0;
        QVERIFY(done >= 1);
        QVERIFY2(cancelled >= 1, qPrintable(QString::number(done)));
        QCOMPARE(job->failedCount(), 0);
        QCOMPARE(done + cancelled, Count);
        QCOMPARE(child<QProgressBar>(&dialog, u"batchProgressBar"_s)->value(), Count);
        QCOMPARE(cell(dialog, Count - 1, 1), u"Cancelled"_s);
        QVERIFY(child<QLabel>(&dialog, u"batchSummary"_s)->text().contains(u"cancelled"_s));
        // Exactly the guests reported as made exist: a cancelled one left nothing.
        const QStringList guests = waitForFuture(CloneService(m_session.get()).guestNames()).value;
        QCOMPARE(int(std::count_if(guests.cbegin(), guests.cend(), [](const QString &n) { return n.startsWith(u"c-"_s); })),
                 done);
    }
};

QTEST_MAIN(TestBatchCreateDialog)
#include "tst_batchcreatedialog.moc"
