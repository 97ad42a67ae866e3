// SPDX-License-Identifier: GPL-2.0-or-later
// Fault: the disk fills up while a storage volume is downloaded (VolumeTransfer, real
// libvirtd). The target directory is a 1 MiB tmpfs mounted for the test; the volume holds
// 4 MiB of data. The download fails with a message that says the disk is full, no partial
// file is left in the directory, and a file that was there before keeps its content.
// Runs as root (mount). Names: virtdeck-test-fault-d-*.
#include "batchtemplatefixture.h"
#include "libvirterror.h"
#include "volumetransfer.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::BatchTemplateFixture;

namespace {

bool run(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool done = process.waitForFinished(60000);
    *output = QString::fromLocal8Bit(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

class TestFaultDiskFull : public QObject
{
    Q_OBJECT

public:
    TestFaultDiskFull()
        : m_fixture(u"virtdeck-test-fault-d-"_s)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void downloadIntoFullDisk();

private:
    BatchTemplateFixture m_fixture;
    QTemporaryDir m_mountPoint;
    bool m_mounted = false;
};

void TestFaultDiskFull::initTestCase()
{
    silenceLibvirtErrorPrinting();
    QVERIFY(m_mountPoint.isValid());
    QString output;
    QVERIFY2(run(u"mount"_s, {u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1M"_s, u"virtdeck-full"_s, m_mountPoint.path()}, &output),
             qPrintable(u"cannot mount a 1 MiB tmpfs (the test runs as root): "_s + output));
    m_mounted = true;
    QString error;
    QVERIFY2(m_fixture.create(8, 4, &error), qPrintable(error));
}

void TestFaultDiskFull::cleanupTestCase()
{
    if (m_mounted) {
        QString output;
        if (!run(u"umount"_s, {m_mountPoint.path()}, &output))
            qWarning("cannot unmount %s: %s", qPrintable(m_mountPoint.path()), qPrintable(output));
    }
    const QStringList problems = m_fixture.remove();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestFaultDiskFull::downloadIntoFullDisk()
{
    const QString target = m_mountPoint.filePath(u"download.qcow2"_s);
    const QString before = m_mountPoint.filePath(u"before.qcow2"_s);
    {
        QFile old(before);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old content");
    }
    for (const QString &path : {target, before}) {
        VolumeTransfer::Request request;
        request.direction = VolumeTransfer::Direction::Download;
        request.uri = u"qemu:///system"_s;
        request.pool = m_fixture.poolName();
        request.volume = m_fixture.templateName() + u".qcow2"_s;
        request.localPath = path;
        request.chunkBytes = 256 * 1024;
        VolumeTransfer transfer(request);
        QSignalSpy finished(&transfer, &VolumeTransfer::finished);
        transfer.start();
        QVERIFY(finished.wait(120000));
        const QList<QVariant> args = finished.takeFirst();
        const QString error = args.at(2).toString();
        qInfo("%s: %s", qPrintable(QFileInfo(path).fileName()), qPrintable(error));
        QVERIFY2(!args.at(0).toBool(), "the download into a 1 MiB disk succeeded");
        QVERIFY(!args.at(1).toBool());
        QVERIFY2(error.contains(u"No space left on device"_s), qPrintable(error));
        QVERIFY2(error.contains(path), qPrintable(error));
    }
    // No partial file, and the file that was there is untouched.
    QCOMPARE(QDir(m_mountPoint.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList{u"before.qcow2"_s});
    QFile old(before);
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), QByteArray("the old content"));
}

QTEST_GUILESS_MAIN(TestFaultDiskFull)
#include "tst_faultdiskfull.moc"
