// SPDX-License-Identifier: GPL-2.0-or-later
// bench_guestlist: the real main window against a test-driver host of N guests.
//
//   bench_guestlist [N ...] [--idle-seconds 30] [--interval-ms 2000] [--stats-ticks 3]
//                   [--runs 3] [--seed 1] [--screenshot FILE.png] [--keep-hosts DIR]
//
// N defaults to "1000 5000". Each N runs in a child process of its own, so peak RSS and
// libvirt's global state of one size never leak into the next. The child runs the GUI on
// QT_QPA_PLATFORM=offscreen unless the variable is already set; a real X server works too:
//   xvfb-run -a -s "-screen 0 1280x800x24" env QT_QPA_PLATFORM=xcb bench_guestlist 1000
//
// Per N the parent writes the host file, times libvirt's own virConnectOpen+virConnectClose
// of it in fresh processes, as the app's open is (median of --runs), and measures
// the floor RSS: `virsh -c URI uri`, which holds the same parsed host. The child opens the
// connection in the main window and measures, in this order:
//   1. open() until the model holds N guests and the window has painted them, with the
//      longest GUI-thread stall meanwhile (largest gap between 1 ms PreciseTimer ticks);
//   2. the longest stall over the next --stats-ticks real stats ticks;
//   3. idle CPU over --idle-seconds with the heartbeat stopped (it costs CPU itself):
//      process CPU time (all threads, getrusage) per wall time, in % of one core; RSS;
//   4. --stats-ticks synthetic ticks in which every running guest's figures move, fed to the
//      model directly: the test driver's figures stand still, a real host's do not.
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "mainwindow.h"
#include "testhostgenerator.h"

#include <QApplication>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <atomic>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QPixmap>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QWindow>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck::Test {
namespace {

constexpr char ChildFlag[] = "--child-host";
constexpr char ConnectFlag[] = "--libvirt-connect-only";
constexpr int PopulateTimeoutMs = 180000;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

// VmHWM / VmRSS of a process, in KiB; -1 when unreadable (the process is gone).
qint64 procStatusKiB(const QString &statusPath, QByteArrayView key)
{
    QFile file(statusPath);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

qint64 selfKiB(QByteArrayView key)
{
    return procStatusKiB(u"/proc/self/status"_s, key);
}

// User + system time of every thread of this process (libvirt's worker included), in µs.
qint64 processCpuUs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000000
        + usage.ru_utime.tv_usec + usage.ru_stime.tv_usec;
}

// CPU time of the calling thread alone, in ns: on a shared machine, work done is steadier
// than wall time, which other processes stretch.
qint64 threadCpuNs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype mid = values.size() / 2;
    return values.size() % 2 ? values.at(mid) : (values.at(mid - 1) + values.at(mid)) / 2;
}

QString fixed(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

// ---------------------------------------------------------------------------------------
// Child: one N, real main window.

struct ChildOptions
{
    QString hostPath;
    int guests = 0;
    int intervalMs = 2000;
    int idleSeconds = 30;
    int statsTicks = 3;
    QString screenshot;
    bool populateOnly = false;
};

void report(const QString &key, const QString &value)
{
    out() << "RESULT " << key << ' ' << value << Qt::endl;
}

// Filled from the backend's timing log line on the worker thread, read after population.
std::atomic<qint64> g_workerConnectMs = -1;
std::atomic<qint64> g_workerPopulateMs = -1;

int runChild(const ChildOptions &options)
{
    silenceLibvirtErrorPrinting();
    QElapsedTimer clock;
    clock.start();

    // The heartbeat: a stalled GUI thread shows as a gap between two 1 ms ticks.
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(1);
    qint64 lastTickNs = 0;
    qint64 maxGapNs = 0;
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        maxGapNs = qMax(maxGapNs, now - lastTickNs);
        lastTickNs = now;
    });
    const auto resetStall = [&] {
        lastTickNs = clock.nsecsElapsed();
        maxGapNs = 0;
    };
    // The gap still open when a phase ends counts too.
    const auto stallNow = [&] { return qMax(maxGapNs, clock.nsecsElapsed() - lastTickNs); };

    ConnectionManager manager;
    // Connected before the window exists, so these run before the model's own slots and
    // the "after" ones (connected later) after them: the difference is the model's work.
    qint64 listedAtNs = -1;
    qint64 listedAtCpuNs = 0;
    qint64 statsBeforeNs = 0;
    qint64 statsBeforeCpuNs = 0;
    QObject::connect(&manager, &ConnectionManager::sessionAdded, [&](ConnectionSession *session) {
        QObject::connect(session, &ConnectionSession::domainsListed, [&] {
            listedAtNs = clock.nsecsElapsed();
            listedAtCpuNs = threadCpuNs();
        });
        QObject::connect(session, &ConnectionSession::statsSampled, [&] {
            statsBeforeNs = clock.nsecsElapsed();
            statsBeforeCpuNs = threadCpuNs();
        });
    });

    MainWindow window(&manager);
    window.resize(1280, 800);
    window.show();
    QElapsedTimer exposeWait;
    exposeWait.start();
    while ((!window.windowHandle() || !window.windowHandle()->isExposed()) && exposeWait.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    QCoreApplication::processEvents();
    manager.setStatsIntervalMs(options.intervalMs); // the window applied the saved preference
    GuestListModel *model = window.guestModel();
    report(u"rss_before_open_kib"_s, QString::number(selfKiB("VmRSS:")));

    heartbeat.start();
    QCoreApplication::processEvents();
    const QString uri = TestHostGenerator::uriFor(options.hostPath);
    ConnectionSession *session = manager.addConnection(ConnectionConfig{uri, u"bench"_s, false});

    qint64 insertStartNs = -1;
    qint64 insertEndNs = -1;
    qint64 listedDoneNs = -1;
    qint64 setDomainsCpuNs = 0;
    QString failure;
    QEventLoop populateLoop;
    QObject::connect(session, &ConnectionSession::domainsListed, [&] {
        listedDoneNs = clock.nsecsElapsed();
        setDomainsCpuNs = threadCpuNs() - listedAtCpuNs;
    });
    QObject::connect(model, &QAbstractItemModel::rowsAboutToBeInserted, [&](const QModelIndex &parentIndex) {
        if (parentIndex.isValid() && insertStartNs < 0)
            insertStartNs = clock.nsecsElapsed();
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        if (model->guestCount() >= options.guests && insertEndNs < 0) {
            insertEndNs = clock.nsecsElapsed();
            populateLoop.quit();
        }
    });
    QObject::connect(session, &ConnectionSession::stateChanged, [&](ConnectionState state, const QString &message) {
        if (state == ConnectionState::Failed) {
            failure = message;
            populateLoop.quit();
        }
    });
    qint64 applyMaxNs = 0;
    qint64 applyTotalNs = 0;
    int statsTicks = 0;
    QEventLoop statsLoop;
    int statsTicksWanted = 0;
    // The first tick after connecting changes every active row (no history yet): what every
    // tick costs on a real host, where running guests' figures always move. The test driver's
    // figures stand still, so later ticks are cheap by the model's own shortcut.
    qint64 firstApplyNs = -1;
    qint64 firstApplyCpuNs = -1;
    QObject::connect(session, &ConnectionSession::statsSampled, [&] {
        const qint64 took = clock.nsecsElapsed() - statsBeforeNs;
        if (firstApplyNs < 0) {
            firstApplyNs = took;
            firstApplyCpuNs = threadCpuNs() - statsBeforeCpuNs;
        }
        applyMaxNs = qMax(applyMaxNs, took);
        applyTotalNs += took;
        ++statsTicks;
        if (statsTicksWanted > 0 && statsTicks >= statsTicksWanted)
            statsLoop.quit();
    });

    QTimer::singleShot(PopulateTimeoutMs, &populateLoop, [&] {
        failure = u"timed out after %1 s with %2 guests"_s.arg(PopulateTimeoutMs / 1000).arg(model->guestCount());
        populateLoop.quit();
    });
    resetStall();
    const qint64 openNs = clock.nsecsElapsed();
    session->open();
    if (insertEndNs < 0 && failure.isEmpty())
        populateLoop.exec();
    if (!failure.isEmpty()) {
        report(u"error"_s, failure);
        return 1;
    }
    // Let the view run its delayed layout, then paint the whole window: it has now shown
    // the guests once (repaint() returns only after painting).
    QCoreApplication::processEvents();
    window.repaint();
    const qint64 paintedNs = clock.nsecsElapsed();
    const qint64 populateStallNs = stallNow();
    const int visibleRows = window.guestView()->model()->rowCount(window.guestView()->model()->index(0, 0));

    report(u"open_to_listed_ms"_s, fixed(ms(listedAtNs - openNs)));
    report(u"set_domains_ms"_s, fixed(ms(listedDoneNs - listedAtNs)));
    report(u"insert_rows_ms"_s, fixed(ms(insertEndNs - insertStartNs)));
    report(u"open_to_model_ms"_s, fixed(ms(insertEndNs - openNs)));
    report(u"model_to_painted_ms"_s, fixed(ms(paintedNs - insertEndNs)));
    report(u"open_to_painted_ms"_s, fixed(ms(paintedNs - openNs)));
    // Same process, same run: everything after libvirt's own connect returned.
    report(u"worker_connect_ms"_s, QString::number(g_workerConnectMs.load()));
    report(u"worker_populate_ms"_s, QString::number(g_workerPopulateMs.load()));
    if (g_workerConnectMs.load() >= 0)
        report(u"own_beyond_connect_ms"_s, fixed(ms(paintedNs - openNs) - double(g_workerConnectMs.load())));
    report(u"stall_populate_ms"_s, fixed(ms(populateStallNs)));
    report(u"set_domains_cpu_ms"_s, fixed(ms(setDomainsCpuNs)));
    report(u"rows_in_view"_s, QString::number(visibleRows));
    report(u"rss_after_populate_kib"_s, QString::number(selfKiB("VmRSS:")));
    if (options.populateOnly) {
        manager.closeAll();
        return 0;
    }

    // Stats ticks with the heartbeat still running.
    const int ticksBefore = statsTicks;
    statsTicksWanted = ticksBefore + options.statsTicks;
    applyMaxNs = 0;
    QTimer::singleShot((options.statsTicks + 2) * options.intervalMs + 2000, &statsLoop, &QEventLoop::quit);
    resetStall();
    if (options.statsTicks > 0)
        statsLoop.exec();
    statsTicksWanted = 0;
    report(u"stall_stats_ms"_s, fixed(ms(stallNow())));
    report(u"stats_ticks_timed"_s, QString::number(statsTicks - ticksBefore));
    report(u"apply_stats_first_ms"_s, fixed(ms(firstApplyNs)));
    report(u"apply_stats_first_cpu_ms"_s, fixed(ms(firstApplyCpuNs)));
    report(u"apply_stats_max_ms"_s, fixed(ms(applyMaxNs)));
    heartbeat.stop();

    // Idle: nothing but the stats timer; the heartbeat would cost CPU of its own.
    QCoreApplication::processEvents();
    const int idleTicksBefore = statsTicks;
    applyTotalNs = 0;
    const qint64 cpuBefore = processCpuUs();
    const qint64 guiCpuBefore = threadCpuNs();
    const qint64 wallBefore = clock.nsecsElapsed();
    QEventLoop idleLoop;
    QTimer::singleShot(options.idleSeconds * 1000, &idleLoop, &QEventLoop::quit);
    idleLoop.exec();
    const double idleWallNs = double(qMax<qint64>(1, clock.nsecsElapsed() - wallBefore));
    const double cpuPercent = 100.0 * double(processCpuUs() - cpuBefore) * 1000.0 / idleWallNs;
    const double guiCpuPercent = 100.0 * double(threadCpuNs() - guiCpuBefore) / idleWallNs;
    const int idleTicks = statsTicks - idleTicksBefore;
    report(u"idle_cpu_percent"_s, fixed(cpuPercent, 2));
    report(u"idle_gui_cpu_percent"_s, fixed(guiCpuPercent, 2));
    report(u"idle_ticks"_s, QString::number(idleTicks));
    report(u"apply_stats_avg_ms"_s, fixed(idleTicks > 0 ? ms(applyTotalNs) / idleTicks : 0.0, 2));
    report(u"rss_after_idle_kib"_s, QString::number(selfKiB("VmRSS:")));
    report(u"peak_rss_kib"_s, QString::number(selfKiB("VmHWM:")));

    // Moving figures. The test driver's stats stand still, so after the first tick the model
    // skips every row; on a real host every running guest's CPU moves on every tick. Feed the
    // model such ticks ourselves (its feeding API is public for tests), with libvirt's own
    // ticks paused so they do not interleave, and time each one with the heartbeat running.
    manager.setStatsIntervalMs(3600 * 1000);
    QCoreApplication::processEvents();
    QVector<QUuid> running; // paused guests' figures stand still on real hosts too
    const QModelIndex connectionIndex = model->connectionIndex(session->id());
    for (int row = 0; row < model->rowCount(connectionIndex); ++row) {
        const QModelIndex index = model->index(row, 0, connectionIndex);
        if (DomainState(index.data(GuestListModel::DomainStateRole).toInt()) == DomainState::Running)
            running.append(index.data(GuestListModel::UuidRole).toUuid());
    }
    QList<double> movingWallMs;
    QList<double> movingCpuMs;
    QEventLoop movingLoop;
    QTimer movingTimer;
    movingTimer.setInterval(options.intervalMs);
    QObject::connect(&movingTimer, &QTimer::timeout, [&] {
        StatsBatch batch;
        batch.timestampMs = QDateTime::currentMSecsSinceEpoch();
        batch.domains.reserve(running.size());
        const int tick = int(movingWallMs.size());
        for (int i = 0; i < running.size(); ++i) {
            DomainStatsSample sample;
            sample.uuid = running.at(i);
            sample.cpuPercent = float((i * 7 + tick * 13) % 100);
            sample.hostCpuPercent = sample.cpuPercent / 8;
            sample.netRxBytesPerSec = 1000.0 * ((i + tick) % 50);
            batch.domains.append(sample);
        }
        const qint64 wall = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        model->applyStats(session->id(), batch);
        movingCpuMs.append(ms(threadCpuNs() - cpu));
        movingWallMs.append(ms(clock.nsecsElapsed() - wall));
        if (movingWallMs.size() >= options.statsTicks) {
            movingTimer.stop();
            QTimer::singleShot(200, &movingLoop, &QEventLoop::quit); // let the last paint happen
        }
    });
    if (options.statsTicks > 0 && !running.isEmpty()) {
        heartbeat.start();
        resetStall();
        movingTimer.start();
        movingLoop.exec();
        report(u"moving_stall_ms"_s, fixed(ms(stallNow())));
        heartbeat.stop();
        report(u"moving_apply_median_ms"_s, fixed(median(movingWallMs)));
        report(u"moving_apply_max_ms"_s, fixed(*std::max_element(movingWallMs.cbegin(), movingWallMs.cend())));
        const double cpuPerTick = median(movingCpuMs);
        report(u"moving_apply_cpu_ms"_s, fixed(cpuPerTick));
        report(u"moving_implied_cpu_percent"_s, fixed(100.0 * cpuPerTick / options.intervalMs, 1));
    }

    if (!options.screenshot.isEmpty()) {
        const bool saved = window.grab().save(options.screenshot);
        report(u"screenshot"_s, saved ? options.screenshot : u"FAILED "_s + options.screenshot);
    }
    manager.closeAll();
    return 0;
}

// ---------------------------------------------------------------------------------------
// Parent: host files, libvirt's own figures, one child per N, the table.

// libvirt alone: what a fresh process pays to open this host file (its first open, as the
// app's is), timed in a child of its own; -1 on failure.
double libvirtConnectMs(const QString &program, const QString &path, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, {QString::fromLatin1(ConnectFlag), path});
    process.waitForFinished(120000);
    const QString answer = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    if (process.exitCode() != 0 || !answer.startsWith(u"connect_ms "_s)) {
        *error = answer;
        return -1;
    }
    return answer.mid(11).toDouble();
}

// The child of libvirtConnectMs(): no Qt application, nothing but libvirt.
int runConnectOnly(const char *path)
{
    silenceLibvirtErrorPrinting();
    const QByteArray uri = TestHostGenerator::uriFor(QString::fromLocal8Bit(path)).toUtf8();
    QElapsedTimer timer;
    timer.start();
    virConnectPtr conn = virConnectOpen(uri.constData());
    if (!conn) {
        out() << "error " << lastLibvirtError() << Qt::endl;
        return 1;
    }
    virConnectClose(conn);
    out() << "connect_ms " << fixed(ms(timer.nsecsElapsed())) << Qt::endl;
    return 0;
}

// Peak RSS of `virsh -c URI uri`: the least any process holding this host needs.
qint64 floorRssKiB(const QString &uri, QString *how)
{
    const QString time = u"/usr/bin/time"_s;
    if (QFileInfo(time).isExecutable()) {
        QProcess process;
        process.start(time, {u"-f"_s, u"VIRSH_MAXRSS %M"_s, u"virsh"_s, u"-c"_s, uri, u"uri"_s});
        process.waitForFinished(120000);
        const QStringList lines = QString::fromUtf8(process.readAllStandardError()).split(u'\n');
        for (const QString &line : lines) {
            if (line.startsWith(u"VIRSH_MAXRSS "_s)) {
                *how = u"/usr/bin/time"_s;
                return line.mid(13).trimmed().toLongLong();
            }
        }
    }
    // No GNU time: poll the child's high-water mark until it exits.
    QProcess process;
    process.start(u"virsh"_s, {u"-c"_s, uri, u"uri"_s});
    if (!process.waitForStarted())
        return -1;
    const QString status = u"/proc/%1/status"_s.arg(process.processId());
    qint64 peak = -1;
    while (process.state() == QProcess::Running) {
        peak = qMax(peak, procStatusKiB(status, "VmHWM:"));
        process.waitForFinished(5);
    }
    *how = u"polling /proc/PID/status"_s;
    return peak;
}

struct ParentOptions
{
    QList<int> sizes;
    int idleSeconds = 30;
    int intervalMs = 2000;
    int statsTicks = 3;
    int runs = 3;
    quint32 seed = 1;
    QString screenshot;
    QString keepDir;
};

QString screenshotFor(const QString &base, int guests, bool several)
{
    if (base.isEmpty() || !several)
        return base;
    const QFileInfo info(base);
    return info.dir().filePath(u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(guests).arg(info.suffix()));
}

// One child: the window against one host; its RESULT lines as a map ("error" on failure).
QMap<QString, QString> runChildProcess(const QString &program, const QProcessEnvironment &environment,
                                       const QString &path, int guests, const ParentOptions &options,
                                       bool populateOnly, const QString &screenshot)
{
    QMap<QString, QString> results;
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QStringList args{QString::fromLatin1(ChildFlag), path, u"--child-guests"_s, QString::number(guests),
                     u"--interval-ms"_s, QString::number(options.intervalMs),
                     u"--idle-seconds"_s, QString::number(options.idleSeconds),
                     u"--stats-ticks"_s, QString::number(options.statsTicks)};
    if (populateOnly)
        args << u"--child-populate-only"_s;
    if (!screenshot.isEmpty())
        args << u"--screenshot"_s << screenshot;
    child.start(program, args);
    const int budgetMs = PopulateTimeoutMs
        + (options.idleSeconds + 2 * (options.statsTicks + 4) * options.intervalMs / 1000 + 60) * 1000;
    if (!child.waitForFinished(budgetMs)) {
        child.kill();
        child.waitForFinished();
        results.insert(u"error"_s, u"child did not finish"_s);
    }
    for (const QString &line : QString::fromUtf8(child.readAllStandardOutput()).split(u'\n')) {
        if (!line.startsWith(u"RESULT "_s))
            continue;
        const QString rest = line.mid(7);
        const qsizetype space = rest.indexOf(u' ');
        results.insert(rest.left(space), rest.mid(space + 1));
    }
    if ((child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) && !results.contains(u"error"_s))
        results.insert(u"error"_s, u"child exited with %1"_s.arg(child.exitCode()));
    return results;
}

int runParent(const ParentOptions &options, const QString &program)

{
    silenceLibvirtErrorPrinting();
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err() << "bench_guestlist: no temporary directory\n";
        return 1;
    }
    const QString hostDir = options.keepDir.isEmpty() ? scratch.path() : options.keepDir;
    QDir().mkpath(hostDir);
    // The window reads and writes QSettings: keep the user's own settings out of it.
    const QString settingsDir = scratch.filePath(u"settings"_s);

    QProcessEnvironment childEnvironment = QProcessEnvironment::systemEnvironment();
    if (!childEnvironment.contains(u"QT_QPA_PLATFORM"_s))
        childEnvironment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    childEnvironment.insert(u"VIRTDECK_BENCH_SETTINGS"_s, settingsDir);
    if (!childEnvironment.contains(u"XDG_RUNTIME_DIR"_s)) { // keeps QStandardPaths from warning
        const QString runtimeDir = scratch.filePath(u"runtime"_s);
        QDir().mkpath(runtimeDir);
        QFile::setPermissions(runtimeDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        childEnvironment.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir);
    }

    // virsh on a host without guests: its own baseline, so the floor's growth with N is
    // libvirt's memory for the guests alone.
    QString emptyHow;
    const QString emptyHost = scratch.filePath(u"empty-host.xml"_s);
    TestHostGenerator::Options emptyOptions;
    emptyOptions.guestCount = 0;
    TestHostGenerator::write(emptyHost, emptyOptions);
    const qint64 emptyFloorKiB = floorRssKiB(TestHostGenerator::uriFor(emptyHost), &emptyHow);

    QList<QMap<QString, QString>> results;
    bool allOk = true;

    for (const int guests : options.sizes) {
        QMap<QString, QString> row;
        row.insert(u"guests"_s, QString::number(guests));
        const QString path = QDir(hostDir).filePath(u"bench-host-%1.xml"_s.arg(guests));
        TestHostGenerator::Options hostOptions;
        hostOptions.guestCount = guests;
        hostOptions.seed = options.seed;
        hostOptions.snapshotEvery = 50;
        QString error;
        TestHostGenerator::write(path, hostOptions, &error);
        if (!error.isEmpty()) {
            err() << "bench_guestlist: " << error << '\n';
            return 1;
        }
        row.insert(u"host_file_kib"_s, QString::number(QFileInfo(path).size() / 1024));
        const QString uri = TestHostGenerator::uriFor(path);

        QString floorHow;
        row.insert(u"floor_rss_kib"_s, QString::number(floorRssKiB(uri, &floorHow)));
        row.insert(u"floor_how"_s, floorHow);

        // Other processes on a shared machine stretch wall times: pair each libvirt connect
        // with a populate-only run of the window right after it, under the same load, and
        // take medians of the runs and of the pairs' differences.
        QList<double> connects;
        QList<double> populates;
        QList<double> differences;
        for (int run = 0; run < options.runs; ++run) {
            err() << "[" << guests << "] run " << run + 1 << '/' << options.runs
                  << ": libvirt connect, then the window populating" << Qt::endl;
            const double connectMs = libvirtConnectMs(program, path, &error);
            if (connectMs < 0) {
                err() << "bench_guestlist: libvirt cannot open " << uri << ": " << error << '\n';
                return 1;
            }
            const auto populate = runChildProcess(program, childEnvironment, path, guests, options, true, {});
            if (!populate.contains(u"open_to_painted_ms"_s)) {
                row.insert(u"error"_s, populate.value(u"error"_s, u"populate run failed"_s));
                break;
            }
            const double painted = populate.value(u"open_to_painted_ms"_s).toDouble();
            connects.append(connectMs);
            populates.append(painted);
            differences.append(painted - connectMs);
        }
        row.insert(u"libvirt_connect_ms"_s, fixed(median(connects)));
        row.insert(u"populate_median_ms"_s, fixed(median(populates)));
        row.insert(u"beyond_libvirt_ms"_s, fixed(median(differences)));
        if (!differences.isEmpty()) {
            const auto [least, most] = std::minmax_element(differences.cbegin(), differences.cend());
            row.insert(u"beyond_spread_ms"_s, u"%1..%2"_s.arg(fixed(*least, 0), fixed(*most, 0)));
        }

        err() << "[" << guests << "] main window: populate, " << options.statsTicks << " stats ticks, "
              << options.idleSeconds << " s idle, " << options.statsTicks << " moving ticks" << Qt::endl;
        const QString shot = screenshotFor(options.screenshot, guests, options.sizes.size() > 1);
        const auto full = runChildProcess(program, childEnvironment, path, guests, options, false, shot);
        for (auto it = full.cbegin(); it != full.cend(); ++it)
            row.insert(it.key(), it.value());
        if (row.contains(u"error"_s))
            allOk = false;
        const qint64 floor = row.value(u"floor_rss_kib"_s).toLongLong();
        if (row.contains(u"peak_rss_kib"_s) && floor > 0)
            row.insert(u"rss_excess_kib"_s, QString::number(row.value(u"peak_rss_kib"_s).toLongLong() - floor));
        if (row.contains(u"rss_after_populate_kib"_s) && floor > 0 && emptyFloorKiB > 0) {
            const qint64 libvirtGrowth = floor - emptyFloorKiB;
            const qint64 appGrowth = row.value(u"rss_after_populate_kib"_s).toLongLong()
                - row.value(u"rss_before_open_kib"_s).toLongLong();
            row.insert(u"libvirt_growth_kib"_s, QString::number(libvirtGrowth));
            row.insert(u"app_growth_kib"_s, QString::number(appGrowth));
            row.insert(u"app_per_guest_kib"_s, fixed(double(appGrowth - libvirtGrowth) / guests, 1));
        }
        results.append(row);
    }

    // The table: one column per N.
    const auto mib = [](const QString &kib) { return kib.isEmpty() ? QString() : fixed(kib.toDouble() / 1024.0); };
    struct Line
    {
        QString label;
        QString key;
        bool inMiB = false;
    };
    const QList<Line> lines = {
        {u"guests"_s, u"guests"_s},
        {u"host file [MiB]"_s, u"host_file_kib"_s, true},
        {u"libvirt connect, fresh process [ms] (a)"_s, u"libvirt_connect_ms"_s},
        {u"window: open() -> painted [ms] (a)"_s, u"populate_median_ms"_s},
        {u"OWN TIME: connect returned -> painted [ms] (c)"_s, u"own_beyond_connect_ms"_s},
        {u"  worker: host info + list + read guests [ms]"_s, u"worker_populate_ms"_s},
        {u"  libvirt connect in that run [ms]"_s, u"worker_connect_ms"_s},
        {u"populated beyond libvirt connect, paired [ms] (b)"_s, u"beyond_libvirt_ms"_s},
        {u"  spread over the runs [ms]"_s, u"beyond_spread_ms"_s},
        {u"breakdown, from the full run:"_s, u"-"_s},
        {u"open() -> list reaches GUI thread [ms]"_s, u"open_to_listed_ms"_s},
        {u"  model takes the list (setDomains) [ms]"_s, u"set_domains_ms"_s},
        {u"    GUI-thread CPU of that [ms]"_s, u"set_domains_cpu_ms"_s},
        {u"  of which row insertion, proxy+view [ms]"_s, u"insert_rows_ms"_s},
        {u"open() -> model holds N guests [ms]"_s, u"open_to_model_ms"_s},
        {u"  layout + first paint [ms]"_s, u"model_to_painted_ms"_s},
        {u"open() -> painted [ms]"_s, u"open_to_painted_ms"_s},
        {u"guest rows in the view"_s, u"rows_in_view"_s},
        {u"longest GUI stall, connect+populate [ms]"_s, u"stall_populate_ms"_s},
        {u"longest GUI stall, stats ticks [ms]"_s, u"stall_stats_ms"_s},
        {u"  stats ticks observed"_s, u"stats_ticks_timed"_s},
        {u"  model applyStats, worst of those [ms]"_s, u"apply_stats_max_ms"_s},
        {u"first real stats tick [ms] (*)"_s, u"apply_stats_first_ms"_s},
        {u"  GUI-thread CPU of that [ms]"_s, u"apply_stats_first_cpu_ms"_s},
        {u"  model applyStats, idle average [ms]"_s, u"apply_stats_avg_ms"_s},
        {u"MOVING STATS (synthetic), per tick [ms]"_s, u"moving_apply_median_ms"_s},
        {u"  worst tick [ms]"_s, u"moving_apply_max_ms"_s},
        {u"  GUI-thread CPU per tick [ms]"_s, u"moving_apply_cpu_ms"_s},
        {u"  = GUI CPU at this interval [% core]"_s, u"moving_implied_cpu_percent"_s},
        {u"  longest GUI stall [ms]"_s, u"moving_stall_ms"_s},
        {u"RSS before open [MiB]"_s, u"rss_before_open_kib"_s, true},
        {u"RSS after populate [MiB]"_s, u"rss_after_populate_kib"_s, true},
        {u"RSS after idle [MiB]"_s, u"rss_after_idle_kib"_s, true},
        {u"peak RSS, VmHWM [MiB]"_s, u"peak_rss_kib"_s, true},
        {u"floor: virsh holding the host [MiB]"_s, u"floor_rss_kib"_s, true},
        {u"PEAK RSS EXCESS OVER FLOOR [MiB]"_s, u"rss_excess_kib"_s, true},
        {u"  floor growth, virsh N vs 0 guests [MiB]"_s, u"libvirt_growth_kib"_s, true},
        {u"  window growth, open -> populated [MiB]"_s, u"app_growth_kib"_s, true},
        {u"  window's own memory per guest [KiB]"_s, u"app_per_guest_kib"_s},
        {u"idle CPU [% of one core]"_s, u"idle_cpu_percent"_s},
        {u"  of which GUI thread [% of one core]"_s, u"idle_gui_cpu_percent"_s},
        {u"  stats ticks while idle"_s, u"idle_ticks"_s},
    };
    int labelWidth = 0;
    for (const Line &line : lines)
        labelWidth = qMax(labelWidth, int(line.label.size()));
    out() << '\n'
          << "bench_guestlist: stats interval " << options.intervalMs << " ms, idle " << options.idleSeconds
          << " s, platform " << (qEnvironmentVariableIsSet("QT_QPA_PLATFORM") ? qEnvironmentVariable("QT_QPA_PLATFORM")
                                                                                 : u"offscreen"_s)
          << ", " << QThread::idealThreadCount() << " CPUs\n";
    out() << QString(labelWidth + 14 * int(results.size()) + 2, u'-') << '\n';
    for (const Line &line : lines) {
        out() << line.label.leftJustified(labelWidth + 2);
        for (const auto &row : results) {
            const QString value = row.value(line.key);
            out() << (line.inMiB ? mib(value) : value).rightJustified(14);
        }
        out() << '\n';
    }
    out() << QString(labelWidth + 14 * int(results.size()) + 2, u'-') << '\n';
    out() << "(a) median of " << options.runs << " runs, each in a fresh process.\n"
             "(b) median of the differences of runs made back to back (same machine load).\n"
             "(c) one process: open() to first paint minus the connect call the worker timed itself.\n"
             "(*) changes every active row; cheap when it lands before the view's first layout.\n"
             "MOVING STATS: every running guest's figures change each tick, as on a real host.\n";
    for (const auto &row : results) {
        out() << "N=" << row.value(u"guests"_s) << ": floor RSS measured with " << row.value(u"floor_how"_s);
        if (row.contains(u"screenshot"_s))
            out() << "; screenshot " << row.value(u"screenshot"_s);
        if (row.contains(u"error"_s))
            out() << "; ERROR: " << row.value(u"error"_s);
        out() << '\n';
    }
    out().flush();
    return allOk ? 0 : 1;
}

bool positiveInt(const QString &text, int minimum, int *out)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

} // namespace
} // namespace VirtDeck::Test

int main(int argc, char *argv[])
{
    using namespace VirtDeck::Test;
    if (argc == 3 && std::strcmp(argv[1], ConnectFlag) == 0)
        return runConnectOnly(argv[2]);
    const bool child = argc > 1 && std::strcmp(argv[1], ChildFlag) == 0;

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the main window against test-driver hosts of N guests."_s);
    parser.addHelpOption();
    const QCommandLineOption idle(u"idle-seconds"_s, u"Idle CPU window (default 30)."_s, u"S"_s, u"30"_s);
    const QCommandLineOption interval(u"interval-ms"_s, u"Stats interval (default 2000)."_s, u"MS"_s, u"2000"_s);
    const QCommandLineOption ticks(u"stats-ticks"_s, u"Stats ticks timed for stalls (default 3)."_s, u"T"_s, u"3"_s);
    const QCommandLineOption runs(u"runs"_s, u"Paired libvirt-connect / window-populate runs (default 3)."_s,
                                  u"R"_s, u"3"_s);
    const QCommandLineOption seed(u"seed"_s, u"Host generator seed (default 1)."_s, u"S"_s, u"1"_s);
    const QCommandLineOption screenshot(u"screenshot"_s, u"Save the window after the run (-N added per size)."_s,
                                        u"FILE.png"_s);
    const QCommandLineOption keep(u"keep-hosts"_s, u"Write the host files here and keep them."_s, u"DIR"_s);
    QCommandLineOption childHost(QString::fromLatin1(ChildFlag + 2), u"internal"_s, u"PATH"_s);
    childHost.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption childGuests(u"child-guests"_s, u"internal"_s, u"N"_s);
    childGuests.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption childPopulateOnly(u"child-populate-only"_s, u"internal"_s);
    childPopulateOnly.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({idle, interval, ticks, runs, seed, screenshot, keep, childHost, childGuests, childPopulateOnly});
    parser.addPositionalArgument(u"N"_s, u"Guest counts to run (default: 1000 5000)."_s, u"[N...]"_s);

    if (child) {
        // The GUI runs headless unless the caller chose a platform (xvfb-run: xcb).
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // The offscreen plugin warns about every top-level window; that says nothing here.
        static const QtMessageHandler previousHandler = qInstallMessageHandler(nullptr);
        // The backend logs its own connect and populate times (category virtdeck.libvirt).
        QLoggingCategory::setFilterRules(u"virtdeck.libvirt.info=true"_s);
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
            static const QRegularExpression timing(u"libvirt connect (\\d+) ms, .* listed in (\\d+) ms"_s);
            const auto match = timing.match(message);
            if (match.hasMatch()) {
                g_workerConnectMs = match.captured(1).toLongLong();
                g_workerPopulateMs = match.captured(2).toLongLong();
                return;
            }
            if (!message.contains(u"does not support propagateSizeHints"_s))
                previousHandler(type, context, message);
        });
        QApplication app(argc, argv);
        QCoreApplication::setOrganizationName(u"VirtDeckBench"_s);
        QCoreApplication::setApplicationName(u"bench_guestlist"_s);
        const QString settingsDir = qEnvironmentVariable("VIRTDECK_BENCH_SETTINGS");
        if (!settingsDir.isEmpty())
            QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
        parser.process(app);
        ChildOptions options;
        options.hostPath = parser.value(childHost);
        options.guests = parser.value(childGuests).toInt();
        options.intervalMs = parser.value(interval).toInt();
        options.idleSeconds = parser.value(idle).toInt();
        options.statsTicks = parser.value(ticks).toInt();
        options.screenshot = parser.value(screenshot);
        options.populateOnly = parser.isSet(childPopulateOnly);
        return runChild(options);
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_guestlist"_s);
    parser.process(app);
    ParentOptions options;
    int seedValue = 1;
    if (!positiveInt(parser.value(idle), 0, &options.idleSeconds)
        || !positiveInt(parser.value(interval), 250, &options.intervalMs)
        || !positiveInt(parser.value(ticks), 0, &options.statsTicks)
        || !positiveInt(parser.value(runs), 1, &options.runs)
        || !positiveInt(parser.value(seed), 0, &seedValue)) {
        err() << "bench_guestlist: bad number (interval at least 250 ms, connect runs at least 1)\n";
        return 2;
    }
    options.seed = quint32(seedValue);
    options.screenshot = parser.value(screenshot);
    options.keepDir = parser.value(keep);
    for (const QString &size : parser.positionalArguments()) {
        int guests = 0;
        if (!positiveInt(size, 1, &guests)) {
            err() << "bench_guestlist: guest count must be a positive number: " << size << '\n';
            return 2;
        }
        options.sizes.append(guests);
    }
    if (options.sizes.isEmpty())
        options.sizes = {1000, 5000};
    return runParent(options, QCoreApplication::applicationFilePath());
}
