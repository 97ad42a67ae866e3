// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionconfig.h"
#include "connectionsession.h"
#include "connectsession.h"
#include "futurewait.h"
#include "storagepoolmodel.h"
#include "storageservice.h"
#include "storagevolumemodel.h"
#include "testhostgenerator.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

using Test::connectSession;
using Test::waitForFuture;

// Pools and volumes through StorageService and their models, on the test driver.
class TestStorageService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void poolLifecycleReachesModel()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        StoragePoolModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StoragePoolModel::refreshed);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(connectSession(session));
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 10000);
        QCOMPARE(model.keys(), QStringList{u"default-pool"_s});
        const QModelIndex pool = model.index(0, StoragePoolModel::StateColumn);
        QCOMPARE(model.data(pool).toString(), StoragePoolModel::stateText(StoragePoolState::Running));

        StorageService storage(&session);
        StoragePoolForm form;
        form.name = u"virtdeck-test-pool"_s;
        form.targetPath = u"/var/tmp/virtdeck-test-pool"_s;
        form.start = false;
        form.build = true;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const auto created = waitForFuture(storage.createPool(form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.state, StoragePoolState::Inactive);
        QCOMPARE(created.value.type, u"dir"_s);
        QCOMPARE(created.value.targetPath, form.targetPath);
        // The define event, not a poll, brings the row.
        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(form.name) >= 0, 5000);
        QCOMPARE(inserted.size(), 1);

        // Same name again: libvirt refuses, the message says why.
        const auto again = waitForFuture(storage.createPool(form));
        QVERIFY(!again.ok());
        QVERIFY(!again.error.isEmpty());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(waitForFuture(storage.startPool(form.name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.item(model.rowOf(form.name))->state, StoragePoolState::Running, 5000);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), model.rowOf(form.name));

        QVERIFY(waitForFuture(storage.setPoolAutostart(form.name, true)).ok());
        QVERIFY(waitForFuture(storage.refreshPool(form.name)).ok()); // refresh event brings autostart along
        model.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(model.item(model.rowOf(form.name))->autostart, 5000);

        const auto xml = waitForFuture(storage.poolXml(form.name));
        QVERIFY(xml.ok());
        QVERIFY(xml.value.contains(u"<path>/var/tmp/virtdeck-test-pool</path>"_s));

        // Stopping then undefining: the row leaves by a removal, never a reset.
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(waitForFuture(storage.stopPool(form.name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.item(model.rowOf(form.name))->state, StoragePoolState::Inactive, 5000);
        QVERIFY(waitForFuture(storage.undefinePool(form.name)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(form.name), -1, 5000);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(resets.size(), 0);

        const auto missing = waitForFuture(storage.startPool(u"no-such-pool"_s));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error.contains(u"no-such-pool"_s));
    }

    void volumes()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        QVERIFY(connectSession(session));
        StorageService storage(&session);
        StorageVolumeModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StorageVolumeModel::refreshed);
        model.setPool(u"default-pool"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!refreshed.isEmpty(), 5000);
        const int before = model.rowCount();

        StorageVolumeForm form;
        form.name = u"virtdeck-test-a.qcow2"_s;
        form.format = u"qcow2"_s;
        form.capacity = 64 << 20;
        const auto created = waitForFuture(storage.createVolume(u"default-pool"_s, form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.capacity, quint64(64 << 20));
        QVERIFY(!created.value.path.isEmpty());

        const auto clone = waitForFuture(storage.cloneVolume(u"default-pool"_s, form.name, u"virtdeck-test-b.qcow2"_s));
        QVERIFY2(clone.ok(), qPrintable(clone.error));
        QCOMPARE(clone.value.capacity, created.value.capacity);

        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before + 2, 5000);
        const auto xml = waitForFuture(storage.volumeXml(u"default-pool"_s, form.name));
        QVERIFY(xml.ok());

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(waitForFuture(storage.deleteVolume(u"default-pool"_s, form.name)).ok());
        QVERIFY(waitForFuture(storage.deleteVolume(u"default-pool"_s, u"virtdeck-test-b.qcow2"_s)).ok());
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), before, 5000);
        QVERIFY(!removed.isEmpty());

        const auto gone = waitForFuture(storage.deleteVolume(u"default-pool"_s, form.name));
        QVERIFY(!gone.ok());
        // Switching pools empties the model at once and never shows the old pool's late answer.
        model.setPool(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void tenThousandVolumesListInOneBatch()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Test::TestHostGenerator::Options options;
        options.guestCount = 1;
        options.poolCount = 1;
        options.volumesPerPool = 10000;
        const QString path = dir.filePath(u"host.xml"_s);
        QString error;
        QVERIFY2(!Test::TestHostGenerator::write(path, options, &error).isEmpty(), qPrintable(error));
        ConnectionSession session(1, ConnectionConfig{Test::TestHostGenerator::uriFor(path), {}, false});
        QVERIFY(connectSession(session));

        StorageVolumeModel model(&session);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy refreshed(&model, &StorageVolumeModel::refreshed);
        QElapsedTimer timer;
        timer.start();
        model.setPool(Test::TestHostGenerator::poolName(0));
        // The GUI thread is free while the worker lists: count the event-loop turns meanwhile.
        int turns = 0;
        while (refreshed.isEmpty() && timer.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            ++turns;
        }
        QCOMPARE(refreshed.size(), 1);
        qInfo("10000 volumes listed in %lld ms (GUI thread turned %d times meanwhile)", timer.elapsed(), turns);
        QCOMPARE(model.rowCount(), 10000);
        QCOMPARE(inserted.size(), 1);

        // A re-list with nothing changed touches no row.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refresh();
        QTRY_COMPARE_WITH_TIMEOUT(refreshed.size(), 2, 30000);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(inserted.size(), 1);
    }

    void keyedDiff()
    {
        // The diff itself: removals in ranges, one dataChanged span, one insert batch.
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        StorageVolumeModel model(&session);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto volume = [](const QString &name, quint64 capacity) {
            StorageVolumeInfo info;
            info.name = name;
            info.capacity = capacity;
            return info;
        };
        model.setItems({volume(u"a"_s, 1), volume(u"b"_s, 1), volume(u"c"_s, 1), volume(u"d"_s, 1), volume(u"e"_s, 1)});
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setItems({volume(u"a"_s, 2), volume(u"d"_s, 1), volume(u"e"_s, 3), volume(u"f"_s, 1), volume(u"g"_s, 1)});
        QCOMPARE(removed.size(), 1); // b and c together
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 2);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 2);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.keys(), (QStringList{u"a"_s, u"d"_s, u"e"_s, u"f"_s, u"g"_s}));
        QCOMPARE(model.item(model.rowOf(u"e"_s))->capacity, quint64(3));
    }
};

QTEST_GUILESS_MAIN(TestStorageService)
#include "tst_storageservice.moc"
