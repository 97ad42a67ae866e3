// SPDX-License-Identifier: GPL-2.0-or-later
// bench_soak: the main window's guest list (GuestListModel behind GuestFilterProxyModel in a
// QTreeView, all expanded) against a generated test-driver host of 5000 guests,
// with a steady stream of lifecycle changes (start, pause, resume, force off through the
// session, as the user's actions go) and stats ticks, for a while (default 10 minutes).
//
//   bench_soak [--guests 5000] [--minutes 10] [--warmup-seconds 60] [--interval-ms 1000]
//              [--actions-per-second 10] [--sample-seconds 30] [--seed 1]
//
// Prints, every --sample-seconds, RSS, open file descriptors and threads; at the end RSS
// after the warm-up and at the end, fd and thread counts, and the GUI-thread stalls: a 10 ms
// PreciseTimer heartbeat on the GUI thread, each tick's lateness (gap minus 10 ms), with max
// and percentiles over the whole run after the warm-up. Targets (issue 11): RSS flat after
// warm-up, no fd or thread growth, stalls under 50 ms. Exit code 1 when a target is missed.
// Runs on QT_QPA_PLATFORM=offscreen unless the variable is set.
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "libvirterror.h"
#include "guestfilterproxymodel.h"
#include "testhostgenerator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <QTreeView>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck::Test {
namespace {

constexpr int HeartbeatMs = 10;

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

qint64 statusField(QByteArrayView key)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    return -1;
}

qint64 rssKiB() { return statusField("VmRSS:"); }
qint64 threadCount() { return statusField("Threads:"); }
qint64 fdCount() { return qint64(QDir(u"/proc/self/fd"_s).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System).size()); }

struct Sample
{
    double minutes = 0;
    qint64 rss = 0;
    qint64 fds = 0;
    qint64 threads = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values.at(index);
}

} // namespace

int runSoak(const QCommandLineParser &parser)
{
    const int guests = parser.value(u"guests"_s).toInt();
    const double minutes = parser.value(u"minutes"_s).toDouble();
    const int warmupS = parser.value(u"warmup-seconds"_s).toInt();
    const int intervalMs = parser.value(u"interval-ms"_s).toInt();
    const double actionsPerSecond = parser.value(u"actions-per-second"_s).toDouble();
    const int sampleS = parser.value(u"sample-seconds"_s).toInt();
    QRandomGenerator random(parser.value(u"seed"_s).toUInt());

    QTemporaryDir dir;
    const QString hostPath = dir.filePath(u"soak-host.xml"_s);
    TestHostGenerator::Options hostOptions;
    hostOptions.guestCount = guests;
    hostOptions.snapshotEvery = 50;
    QString error;
    const QList<TestHostGenerator::ExpectedGuest> expected = TestHostGenerator::write(hostPath, hostOptions, &error);
    if (expected.isEmpty()) {
        out() << "cannot write the host: " << error << Qt::endl;
        return 2;
    }

    ConnectionManager manager;
    GuestListModel guestModel;
    guestModel.attach(&manager);
    GuestFilterProxyModel proxy;
    proxy.setSourceModel(&guestModel);
    QTreeView window;
    window.setUniformRowHeights(true);
    window.setModel(&proxy);
    window.resize(1280, 800);
    window.show();
    manager.setStatsIntervalMs(intervalMs);
    GuestListModel *model = &guestModel;

    QElapsedTimer clock;
    clock.start();
    ConnectionSession *session = manager.addConnection(ConnectionConfig{TestHostGenerator::uriFor(hostPath), u"soak"_s, false});
    session->open();
    {
        QEventLoop loop;
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (model->guestCount() >= guests || session->state() == ConnectionState::Failed || clock.elapsed() > 300000)
                loop.quit();
        });
        poll.start(100);
        loop.exec();
    }
    if (model->guestCount() < guests) {
        out() << "the host did not populate: " << model->guestCount() << " of " << guests << " guests, "
              << session->statusMessage() << Qt::endl;
        return 2;
    }
    window.expandAll();
    out() << "populated " << guests << " guests in " << clock.elapsed() << " ms; RSS " << rssKiB() << " KiB" << Qt::endl;
    manager.setStatsIntervalMs(intervalMs);

    // The heartbeat: lateness of each 10 ms tick is how long the GUI thread was busy.
    std::vector<double> lateness;
    // Filled once and emptied, so its pages are resident before the warm-up sample and the
    // bench's own record does not show up as the application's RSS growth.
    lateness.resize(size_t(minutes * 60 * 1000 / HeartbeatMs) + 1000);
    lateness.clear();
    bool warm = false;
    double warmupMax = 0;
    qint64 lastTickNs = -1;
    QTimer heartbeat;
    heartbeat.setTimerType(Qt::PreciseTimer);
    heartbeat.setInterval(HeartbeatMs);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        if (lastTickNs >= 0) {
            const double late = qMax(0.0, double(now - lastTickNs) / 1e6 - HeartbeatMs);
            if (warm)
                lateness.push_back(late);
            else
                warmupMax = qMax(warmupMax, late);
        }
        lastTickNs = now;
    });

    // The stream of lifecycle changes: what each guest's row says decides the next action.
    qint64 actionsSent = 0;
    qint64 actionsFailed = 0;
    int inFlight = 0;
    QTimer actions;
    actions.setInterval(qMax(1, int(1000.0 / actionsPerSecond)));
    QObject::connect(&actions, &QTimer::timeout, [&] {
        if (inFlight > 20)
            return; // the worker is behind: do not pile up requests
        const auto &guest = expected.at(int(random.bounded(qsizetype(expected.size()))));
        const QModelIndex index = model->domainIndex(session->id(), guest.uuid);
        const auto state = DomainState(index.data(GuestListModel::DomainStateRole).toInt());
        DomainAction action = DomainAction::Start;
        switch (state) {
        case DomainState::Running: action = random.bounded(2) ? DomainAction::Pause : DomainAction::ForceOff; break;
        case DomainState::Paused: action = random.bounded(2) ? DomainAction::Resume : DomainAction::ForceOff; break;
        default: action = DomainAction::Start; break;
        }
        ++actionsSent;
        ++inFlight;
        session->runAction(action, {guest.uuid}).then(&window, [&](const DomainActionResults &results) {
            --inFlight;
            for (const DomainActionResult &result : results)
                actionsFailed += result.ok ? 0 : 1;
        });
    });

    std::vector<Sample> samples;
    const auto sample = [&] {
        Sample s{double(clock.elapsed()) / 60000.0, rssKiB(), fdCount(), threadCount()};
        samples.push_back(s);
        out() << QString::asprintf("t=%6.2f min  RSS %7lld KiB  fds %4lld  threads %3lld  actions %lld (failed %lld)  "
                                   "max stall so far %.1f ms",
                                   s.minutes, s.rss, s.fds, s.threads, actionsSent, actionsFailed,
                                   lateness.empty() ? warmupMax : *std::max_element(lateness.cbegin(), lateness.cend()))
              << Qt::endl;
    };
    QTimer sampler;
    sampler.setInterval(sampleS * 1000);
    QObject::connect(&sampler, &QTimer::timeout, sample);

    Sample warmSample;
    const qint64 startMs = clock.elapsed();
    QTimer::singleShot(warmupS * 1000, [&] {
        warm = true;
        sample();
        warmSample = samples.back();
        out() << "warm-up over" << Qt::endl;
    });
    QEventLoop run;
    QTimer::singleShot(qMax<qint64>(warmupS * 1000 + 1000, qint64(minutes * 60000)), &run, &QEventLoop::quit);
    heartbeat.start();
    actions.start();
    sampler.start();
    sample();
    run.exec();
    actions.stop();
    sampler.stop();
    heartbeat.stop();
    sample();
    const Sample end = samples.back();

    qint64 minRss = end.rss, maxRss = end.rss;
    for (const Sample &s : samples)
        if (s.minutes * 60000 >= startMs + warmupS * 1000) {
            minRss = qMin(minRss, s.rss);
            maxRss = qMax(maxRss, s.rss);
        }
    const double stallMax = lateness.empty() ? 0 : *std::max_element(lateness.cbegin(), lateness.cend());
    const qint64 rssGrowth = end.rss - warmSample.rss;
    out() << Qt::endl << "== soak: " << guests << " guests, " << (double(clock.elapsed() - startMs) / 60000.0)
          << " min, " << actionsSent << " lifecycle actions (" << actionsFailed << " failed), stats every "
          << intervalMs << " ms" << Qt::endl;
    out() << "rss_after_warmup_kib " << warmSample.rss << Qt::endl;
    out() << "rss_end_kib " << end.rss << "  (growth " << rssGrowth << " KiB; min/max after warm-up " << minRss << "/"
          << maxRss << ")" << Qt::endl;
    out() << "fds after_warmup/end " << warmSample.fds << "/" << end.fds << Qt::endl;
    out() << "threads after_warmup/end " << warmSample.threads << "/" << end.threads << Qt::endl;
    out() << QString::asprintf("gui_stall_ms max %.1f  p50 %.2f  p99 %.2f  p99.9 %.1f  (warm-up max %.1f, %zu ticks)",
                               stallMax, percentile(lateness, 50), percentile(lateness, 99), percentile(lateness, 99.9),
                               warmupMax, lateness.size())
          << Qt::endl;
    // Flat: under 2 % or 4 MiB of growth after warm-up, whichever is larger (allocator noise).
    const bool rssFlat = rssGrowth <= qMax<qint64>(4096, warmSample.rss / 50);
    const bool handlesFlat = end.fds <= warmSample.fds && end.threads <= warmSample.threads;
    const bool stallsOk = stallMax < 50;
    out() << "targets: rss_flat " << (rssFlat ? "yes" : "NO") << ", no_fd_thread_growth " << (handlesFlat ? "yes" : "NO")
          << ", stalls_under_50ms " << (stallsOk ? "yes" : "NO") << Qt::endl;
    return rssFlat && handlesFlat && stallsOk ? 0 : 1;
}

} // namespace VirtDeck::Test

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"virtdeck-bench-soak"_s); // settings of its own
    VirtDeck::silenceLibvirtErrorPrinting();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"guests"_s, u"Guests on the host."_s, u"N"_s, u"5000"_s},
                       {u"minutes"_s, u"How long to run."_s, u"M"_s, u"10"_s},
                       {u"warmup-seconds"_s, u"Warm-up before RSS, fds and threads are the baseline."_s, u"S"_s, u"60"_s},
                       {u"interval-ms"_s, u"Stats interval."_s, u"MS"_s, u"1000"_s},
                       {u"actions-per-second"_s, u"Lifecycle changes per second."_s, u"R"_s, u"10"_s},
                       {u"sample-seconds"_s, u"How often to print RSS, fds and threads."_s, u"S"_s, u"30"_s},
                       {u"seed"_s, u"Random seed."_s, u"N"_s, u"1"_s}});
    parser.process(app);
    return VirtDeck::Test::runSoak(parser);
}
