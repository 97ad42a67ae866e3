// SPDX-License-Identifier: GPL-2.0-or-later
// 100 linked clones of a template against 100 full copies, on the real libvirtd
// (qemu:///system, root): wall time to define all of them through BatchCreateJob (the
// GUI's and CLI's code path) and the disk space their volumes take. The template disk is
// 64 MiB with 48 MiB written, so a full copy has a real cost. Target: 100 linked clones in
// under 10 s. Everything is named virtdeck-test-batch-bench-* and removed afterwards.
#include "batchcreatejob.h"
#include "batchtemplatefixture.h"
#include "connectionsession.h"
#include "libvirterror.h"
#include "namepattern.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QTextStream>
#include <QTimer>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::BatchTemplateFixture;

namespace {

template<typename T>
T await(const QFuture<T> &future)
{
    if (!future.isFinished()) {
        QFutureWatcher<T> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        if (!future.isFinished())
            loop.exec();
    }
    return future.result();
}

quint64 allocatedBytes(const QStringList &paths)
{
    quint64 total = 0;
    for (const QString &path : paths) {
        struct stat st{};
        if (::stat(path.toLocal8Bit().constData(), &st) == 0)
            total += quint64(st.st_blocks) * 512;
    }
    return total;
}

struct Round
{
    qint64 createMs = 0;
    qint64 deleteMs = 0;
    quint64 bytes = 0;
    int ok = 0;
    QString firstError;
};

Round runRound(ConnectionSession &session, const QUuid &source, CloneMode mode, const QString &pattern, int concurrency)
{
    Round round;
    CloneSpec spec;
    spec.mode = mode;
    BatchCreateJob job(&session, source, NamePattern::expand(pattern, 100).names, spec);
    job.setConcurrency(concurrency);
    QEventLoop loop;
    QObject::connect(&job, &BatchCreateJob::finished, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    job.start();
    if (!job.isFinished())
        loop.exec();
    round.createMs = timer.elapsed();
    round.ok = job.doneCount();
    QStringList volumes;
    UuidList uuids;
    for (const BatchCreateJob::Guest &guest : job.guests()) {
        if (guest.status == BatchCreateJob::Status::Done) {
            volumes += guest.result.volumes;
            uuids.append(guest.result.uuid);
        } else if (round.firstError.isEmpty()) {
            round.firstError = guest.name + u": "_s + guest.result.error;
        }
    }
    if (!job.refusals().isEmpty())
        round.firstError = job.refusals().join(u"; "_s);
    round.bytes = allocatedBytes(volumes);
    DeleteOptions options;
    options.storagePaths = volumes;
    timer.restart();
    await(session.runAction(DomainAction::Delete, uuids, options));
    round.deleteMs = timer.elapsed();
    return round;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    silenceLibvirtErrorPrinting();
    QTextStream out(stdout);
    BatchTemplateFixture fixture(u"virtdeck-test-batch-bench-"_s);
    QString error;
    if (!fixture.create(64, 48, &error)) {
        out << "setup failed: " << error << Qt::endl;
        fixture.remove();
        return 1;
    }
    const quint64 templateBytes = allocatedBytes({fixture.templateDisk()});

    ConnectionSession session(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    session.setStatsIntervalMs(3600 * 1000);
    session.open();
    QElapsedTimer wait;
    wait.start();
    while (session.state() != ConnectionState::Connected && wait.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    if (session.state() != ConnectionState::Connected) {
        out << "cannot connect to qemu:///system: " << session.statusMessage() << Qt::endl;
        fixture.remove();
        return 1;
    }

    // Concurrency from the command line (default: the product's), and one round made one
    // clone at a time, as before, to show what the overlap gains.
    const int concurrency = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : BatchCreateJob::DefaultConcurrency;
    const Round serial = runRound(session, fixture.templateUuid(), CloneMode::Linked, u"virtdeck-test-batch-bench-s{001..100}"_s, 1);
    const Round linked = runRound(session, fixture.templateUuid(), CloneMode::Linked, u"virtdeck-test-batch-bench-l{001..100}"_s, concurrency);
    const Round full = runRound(session, fixture.templateUuid(), CloneMode::Full, u"virtdeck-test-batch-bench-f{001..100}"_s, concurrency);
    session.close();
    const QStringList leftovers = fixture.remove();

    const auto mib = [](quint64 bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    out << "template disk: 64 MiB virtual, " << mib(templateBytes) << " MiB allocated" << Qt::endl;
    out << "100 linked clones, one at a time: " << serial.ok << " made, define " << serial.createMs << " ms" << Qt::endl;
    out << "100 linked clones, " << concurrency << " at once: " << linked.ok << " made, define " << linked.createMs << " ms ("
        << QString::number(double(linked.createMs) / 100.0, 'f', 1) << " ms each), disk used " << mib(linked.bytes)
        << " MiB, delete " << linked.deleteMs << " ms" << (linked.createMs < 10000 ? " [target < 10 s: met]" : " [target < 10 s: MISSED]")
        << Qt::endl;
    out << "100 full copies, " << concurrency << " at once: " << full.ok << " made, define " << full.createMs << " ms ("
        << QString::number(double(full.createMs) / 100.0, 'f', 1) << " ms each), disk used " << mib(full.bytes)
        << " MiB, delete " << full.deleteMs << " ms" << Qt::endl;
    if (!serial.firstError.isEmpty() || !linked.firstError.isEmpty() || !full.firstError.isEmpty())
        out << "errors: " << serial.firstError << " " << linked.firstError << " " << full.firstError << Qt::endl;
    if (!leftovers.isEmpty())
        out << "cleanup problems: " << leftovers.join(u"; "_s) << Qt::endl;
    return serial.ok == 100 && linked.ok == 100 && full.ok == 100 && leftovers.isEmpty() ? 0 : 1;
}
