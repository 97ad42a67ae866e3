// SPDX-License-Identifier: GPL-2.0-or-later
// Storage pools, volumes and transfers against the real system libvirtd (qemu:///system, run
// as root; start the daemon with scripts/libvirtd-start.sh). Everything made here is named
// virtdeck-test-* and removed again, before and after the tests.
#include "connectionconfig.h"
#include "connectionsession.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "storageservice.h"
#include "storagevolumemodel.h"
#include "volumetransfer.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const auto SystemUri = u"qemu:///system"_s;
const auto PoolName = u"virtdeck-test-storage"_s;
const auto PoolDir = u"/var/tmp/virtdeck-test-storage"_s;
constexpr qint64 TransferBytes = 64ll << 20;

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

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace

class TestStorageLibvirtd : public QObject
{
    Q_OBJECT

private:
    void removeLeftovers()
    {
        virStoragePoolPtr *raw = nullptr;
        const int count = virConnectListAllStoragePools(m_helper.get(), &raw, 0);
        for (const StoragePoolHandle &pool : adoptHandleArray<StoragePoolHandle>(raw, count)) {
            if (!QString::fromUtf8(virStoragePoolGetName(pool.get())).startsWith(u"virtdeck-test-"_s))
                continue;
            if (virStoragePoolIsActive(pool.get()) == 1) {
                virStorageVolPtr *vols = nullptr;
                const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
                for (const StorageVolHandle &vol : adoptHandleArray<StorageVolHandle>(vols, n))
                    virStorageVolDelete(vol.get(), 0);
                virStoragePoolDestroy(pool.get());
            }
            virStoragePoolDelete(pool.get(), 0);
            virStoragePoolUndefine(pool.get());
        }
        QDir(PoolDir).removeRecursively();
    }

    QStringList volumeNames()
    {
        QStringList out;
        const StoragePoolHandle pool(virStoragePoolLookupByName(m_helper.get(), PoolName.toUtf8().constData()));
        if (!pool)
            return out;
        virStoragePoolRefresh(pool.get(), 0);
        virStorageVolPtr *vols = nullptr;
        const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
        for (const StorageVolHandle &vol : adoptHandleArray<StorageVolHandle>(vols, n))
            out.append(QString::fromUtf8(virStorageVolGetName(vol.get())));
        out.sort();
        return out;
    }

    ConnectHandle m_helper;
    std::unique_ptr<ConnectionSession> m_session;
    QTemporaryDir m_files;

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
        QVERIFY(m_files.isValid());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_helper)
            removeLeftovers();
        QVERIFY(!QFileInfo::exists(PoolDir));
    }

    void dirPool()
    {
        StorageService storage(m_session.get());
        StoragePoolForm form;
        form.name = PoolName;
        form.targetPath = PoolDir;
        form.build = true;
        form.start = true;
        const auto created = waitFor(storage.createPool(form));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.state, StoragePoolState::Running);
        QVERIFY(created.value.capacity > 0);
        QVERIFY(QFileInfo(PoolDir).isDir());
        const auto pools = waitFor(storage.listPools());
        QVERIFY(pools.ok());
        QVERIFY(std::any_of(pools.value.cbegin(), pools.value.cend(),
                            [](const StoragePoolInfo &p) { return p.name == PoolName; }));
    }

    void qcow2VolumeAndOverlay()
    {
        StorageService storage(m_session.get());
        StorageVolumeForm base;
        base.name = u"virtdeck-test-base.qcow2"_s;
        base.format = u"qcow2"_s;
        base.capacity = 256ull << 20;
        const auto created = waitFor(storage.createVolume(PoolName, base));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.value.format, u"qcow2"_s);
        QCOMPARE(created.value.capacity, base.capacity);
        QVERIFY(created.value.allocation < base.capacity); // thin

        StorageVolumeForm overlay;
        overlay.name = u"virtdeck-test-overlay.qcow2"_s;
        overlay.format = u"qcow2"_s;
        overlay.backingPath = created.value.path;
        overlay.backingFormat = created.value.format;
        overlay.backingCapacity = created.value.capacity;
        const auto linked = waitFor(storage.createVolume(PoolName, overlay));
        QVERIFY2(linked.ok(), qPrintable(linked.error));
        QCOMPARE(linked.value.backingPath, created.value.path);
        QCOMPARE(linked.value.capacity, base.capacity);

        StorageVolumeModel model(m_session.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy refreshed(&model, &StorageVolumeModel::refreshed);
        model.setPool(PoolName);
        QVERIFY(refreshed.wait(20000));
        const StorageVolumeInfo *row = model.item(model.rowOf(overlay.name));
        QVERIFY(row);
        QCOMPARE(row->backingPath, created.value.path);
        QCOMPARE(model.data(model.index(model.rowOf(overlay.name), StorageVolumeModel::BackingColumn)).toString(),
                 created.value.path);

        // Resize, clone, wipe, delete on the real daemon.
        QVERIFY(!waitFor(storage.resizeVolume(PoolName, base.name, 128ull << 20, false)).ok()); // shrink refused
        const auto grown = waitFor(storage.resizeVolume(PoolName, base.name, 512ull << 20, false));
        QVERIFY2(grown.ok(), qPrintable(grown.error));
        const auto clone = waitFor(storage.cloneVolume(PoolName, base.name, u"virtdeck-test-clone.qcow2"_s));
        QVERIFY2(clone.ok(), qPrintable(clone.error));
        QCOMPARE(clone.value.capacity, 512ull << 20);
        const auto wiped = waitFor(storage.wipeVolume(PoolName, u"virtdeck-test-clone.qcow2"_s));
        QVERIFY2(wiped.ok(), qPrintable(wiped.error));
        QVERIFY(waitFor(storage.deleteVolume(PoolName, u"virtdeck-test-clone.qcow2"_s)).ok());
        QVERIFY(waitFor(storage.deleteVolume(PoolName, overlay.name)).ok());
        QVERIFY(waitFor(storage.deleteVolume(PoolName, base.name)).ok());
        QCOMPARE(volumeNames(), QStringList());
    }

    void uploadDownloadRoundTrip()
    {
        const QString source = m_files.filePath(u"source.img"_s);
        {
            QFile file(source);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, Qt::Uninitialized);
            QRandomGenerator random(42);
            for (qint64 written = 0; written < TransferBytes; written += block.size()) {
                random.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                QCOMPARE(file.write(block), qint64(block.size()));
            }
        }
        VolumeTransfer::Request up;
        up.direction = VolumeTransfer::Direction::Upload;
        up.uri = SystemUri;
        up.pool = PoolName;
        up.volume = u"virtdeck-test-upload.img"_s;
        up.localPath = source;
        VolumeTransfer upload(up);
        QSignalSpy upProgress(&upload, &VolumeTransfer::progress);
        QSignalSpy upFinished(&upload, &VolumeTransfer::finished);
        // The session's own queue keeps answering while the transfer runs elsewhere.
        QElapsedTimer timer;
        timer.start();
        upload.start();
        QVERIFY(waitFor(StorageService(m_session.get()).listPools()).ok());
        QVERIFY(upFinished.wait(120000));
        const double upSeconds = double(timer.elapsed()) / 1000.0;
        QVERIFY2(upFinished.first().at(0).toBool(), qPrintable(upFinished.first().at(2).toString()));
        QVERIFY(!upProgress.isEmpty());
        QCOMPARE(upProgress.last().at(0).toLongLong(), TransferBytes);
        QCOMPARE(upProgress.last().at(1).toLongLong(), TransferBytes);
        QVERIFY(upProgress.last().at(2).toDouble() > 0);

        const QString target = m_files.filePath(u"downloaded.img"_s);
        VolumeTransfer::Request down = up;
        down.direction = VolumeTransfer::Direction::Download;
        down.localPath = target;
        VolumeTransfer download(down);
        QSignalSpy downProgress(&download, &VolumeTransfer::progress);
        QSignalSpy downFinished(&download, &VolumeTransfer::finished);
        timer.restart();
        download.start();
        QVERIFY(downFinished.wait(120000));
        const double downSeconds = double(timer.elapsed()) / 1000.0;
        QVERIFY2(downFinished.first().at(0).toBool(), qPrintable(downFinished.first().at(2).toString()));
        QVERIFY(!downProgress.isEmpty());
        QCOMPARE(downProgress.last().at(0).toLongLong(), TransferBytes);
        QCOMPARE(QFileInfo(target).size(), TransferBytes);
        QCOMPARE(sha256(target), sha256(source));
        qInfo("64 MiB upload %.2f s (%.0f MiB/s), download %.2f s (%.0f MiB/s); %lld/%lld progress signals",
              upSeconds, 64 / upSeconds, downSeconds, 64 / downSeconds, qint64(upProgress.size()),
              qint64(downProgress.size()));
        QVERIFY(waitFor(StorageService(m_session.get()).deleteVolume(PoolName, up.volume)).ok());
    }

    void cancelledUploadLeavesNothing()
    {
        const QString source = m_files.filePath(u"source.img"_s);
        QVERIFY(QFileInfo::exists(source));
        VolumeTransfer::Request up;
        up.direction = VolumeTransfer::Direction::Upload;
        up.uri = SystemUri;
        up.pool = PoolName;
        up.volume = u"virtdeck-test-cancelled.img"_s;
        up.localPath = source;
        VolumeTransfer upload(up);
        // Cancel from the transfer's own thread at the first progress report: mid-transfer
        // for sure, with 63 MiB still to go.
        connect(&upload, &VolumeTransfer::progress, &upload,
                [&upload](qint64 done, qint64 total) {
                    if (done < total)
                        upload.cancel();
                },
                Qt::DirectConnection);
        QSignalSpy progress(&upload, &VolumeTransfer::progress);
        QSignalSpy finished(&upload, &VolumeTransfer::finished);
        upload.start();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QCOMPARE(finished.first().at(1).toBool(), true);
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.last().at(0).toLongLong() < TransferBytes);
        QVERIFY(!volumeNames().contains(up.volume));
        QVERIFY(!QFileInfo::exists(PoolDir + u'/' + up.volume));

        // A cancelled download leaves no file either.
        const QString target = m_files.filePath(u"never.img"_s);
        up.volume = u"virtdeck-test-down.img"_s;
        VolumeTransfer seed(up);
        QSignalSpy seeded(&seed, &VolumeTransfer::finished);
        seed.start();
        QVERIFY(seeded.wait(120000));
        QVERIFY(seeded.first().at(0).toBool());
        VolumeTransfer::Request down = up;
        down.direction = VolumeTransfer::Direction::Download;
        down.localPath = target;
        VolumeTransfer download(down);
        connect(&download, &VolumeTransfer::progress, &download,
                [&download](qint64 done, qint64 total) {
                    if (done < total)
                        download.cancel();
                },
                Qt::DirectConnection);
        QSignalSpy downFinished(&download, &VolumeTransfer::finished);
        download.start();
        QVERIFY(downFinished.wait(120000));
        QCOMPARE(downFinished.first().at(1).toBool(), true);
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(waitFor(StorageService(m_session.get()).deleteVolume(PoolName, up.volume)).ok());
    }

    void poolStopDeleteUndefine()
    {
        StorageService storage(m_session.get());
        QVERIFY(waitFor(storage.setPoolAutostart(PoolName, true)).ok());
        QVERIFY(waitFor(storage.refreshPool(PoolName)).ok());
        QVERIFY(waitFor(storage.stopPool(PoolName)).ok());
        const auto deleted = waitFor(storage.deletePool(PoolName));
        QVERIFY2(deleted.ok(), qPrintable(deleted.error));
        QVERIFY(!QFileInfo::exists(PoolDir));
        QVERIFY(waitFor(storage.undefinePool(PoolName)).ok());
        const StoragePoolHandle gone(virStoragePoolLookupByName(m_helper.get(), PoolName.toUtf8().constData()));
        QVERIFY(!gone);
    }
};

QTEST_GUILESS_MAIN(TestStorageLibvirtd)
#include "tst_storagelibvirtd.moc"
