// SPDX-License-Identifier: GPL-2.0-or-later
// bench_vnc: the VNC console against TigerVNC's Xvnc on 127.0.0.1, side by side with
// gvncviewer (gtk-vnc) and xtigervncviewer on the same server in the same run.
//
//   bench_vnc [--seconds 10] [--size 1024x768] [--fps 60] [--latency-samples 30]
//
// Busy: a drawing client (this program with --draw, Xlib) repaints the whole screen with a
// moving gradient at --fps. Idle: the screen does not change. Per viewer, over --seconds:
//   CPU per second (utime+stime of all threads: getrusage for the console, /proc/PID/stat
//   for the others), frames per second shown (the console only: the other viewers do not
//   report frames), CPU per frame, and wake-ups per second (voluntary context switches of
//   all threads, /proc/PID/task/*/status: the same measure for every viewer).
// Latency (the console only): a key sent to a window that answers each key press by
// repainting itself, until the new colour is in the console's framebuffer.
// The console runs in a VncView on QT_QPA_PLATFORM=offscreen (painting included); the other
// viewers show on a second Xvnc used as their display.

#include "vncsession.h"
#include "vncview.h"
#include "xvncserver.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QEventLoop>

#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::XvncServer;

namespace {

// ---- the drawing client (child process) ------------------------------------------------

int runDrawer(const QString &mode, int fps)
{
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        fprintf(stderr, "drawer: cannot open display\n");
        return 1;
    }
    const int screen = DefaultScreen(display);
    const int width = DisplayWidth(display, screen);
    const int height = DisplayHeight(display, screen);
    const Window window = XCreateSimpleWindow(display, RootWindow(display, screen), 0, 0, unsigned(width),
                                              unsigned(height), 0, 0, 0);
    XSelectInput(display, window, KeyPressMask | ExposureMask);
    XMapRaised(display, window);
    XSync(display, False);
    XSetInputFocus(display, window, RevertToParent, CurrentTime);
    const GC gc = XCreateGC(display, window, 0, nullptr);

    if (mode == u"latency"_s) {
        // Each key press flips the window between two colours.
        bool red = false;
        XSetForeground(display, gc, 0x000000);
        XFillRectangle(display, window, gc, 0, 0, unsigned(width), unsigned(height));
        XFlush(display);
        for (;;) {
            XEvent event;
            XNextEvent(display, &event);
            if (event.type == KeyPress) {
                red = !red;
                XSetForeground(display, gc, red ? 0xff0000 : 0x0000ff);
                XFillRectangle(display, window, gc, 0, 0, unsigned(width), unsigned(height));
                XFlush(display);
            }
        }
    }

    // Busy: a full-screen gradient that moves every frame (not compressible to one colour).
    XImage *image = XCreateImage(display, DefaultVisual(display, screen), unsigned(DefaultDepth(display, screen)),
                                 ZPixmap, 0, nullptr, unsigned(width), unsigned(height), 32, 0);
    image->data = static_cast<char *>(malloc(size_t(image->bytes_per_line) * size_t(height)));
    QElapsedTimer clock;
    clock.start();
    for (qint64 frame = 0;; ++frame) {
        for (int y = 0; y < height; ++y) {
            auto *line = reinterpret_cast<quint32 *>(image->data + qsizetype(y) * image->bytes_per_line);
            for (int x = 0; x < width; ++x)
                line[x] = quint32(((x + frame * 7) & 0xff) << 16 | ((y + frame * 3) & 0xff) << 8 | ((x ^ y) & 0xff));
        }
        XPutImage(display, window, gc, image, 0, 0, 0, 0, unsigned(width), unsigned(height));
        XSync(display, False);
        const qint64 due = (frame + 1) * 1000 / fps;
        const qint64 wait = due - clock.elapsed();
        if (wait > 0)
            usleep(useconds_t(wait * 1000));
    }
}

// ---- measuring ------------------------------------------------------------------------

double ownCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double processCpuSeconds(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(") ") + 2).split(' ');
    // Fields after the command: state is [0], utime [11], stime [12].
    return fields.size() > 12 ? (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK)) : 0;
}

qint64 contextSwitches(qint64 pid)
{
    qint64 total = 0;
    const QDir tasks(u"/proc/%1/task"_s.arg(pid));
    for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile status(tasks.filePath(task + u"/status"_s));
        if (!status.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("voluntary_ctxt_switches:"))
                total += line.mid(24).trimmed().toLongLong();
        }
    }
    return total;
}

struct Figures
{
    QString viewer;
    QString load;
    double seconds = 0;
    double cpu = 0;
    qint64 frames = -1; // -1: not countable
    qint64 wakeups = 0;
    qint64 socketWakeups = -1;
};

void print(const Figures &f)
{
    const double cpuPercent = 100.0 * f.cpu / f.seconds;
    const QString fps = f.frames < 0 ? u"n/a"_s : QString::number(f.frames / f.seconds, 'f', 1);
    const QString perFrame = f.frames <= 0 ? u"n/a"_s : QString::number(1000.0 * f.cpu / double(f.frames), 'f', 2);
    const QString socket = f.socketWakeups < 0 ? u""_s : u" (socket %1/s)"_s.arg(f.socketWakeups / f.seconds, 0, 'f', 1);
    printf("%-16s %-5s %8.1f %% %10s %14s %12.1f%s\n", qPrintable(f.viewer), qPrintable(f.load), cpuPercent, qPrintable(fps),
           qPrintable(perFrame), f.wakeups / f.seconds, qPrintable(socket));
    fflush(stdout);
}

// An event loop that sleeps until the timer (QTest::qWait wakes every 10 ms, which would
// count as the viewer's own wake-ups).
void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

Figures measureConsole(int port, const QString &load, int seconds)
{
    VncView view;
    view.setScaling(RemoteView::Scaling::Never);
    view.resize(view.sizeHint());
    view.show();
    VncSession *session = view.vncSession();
    session->open([port] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    });
    QElapsedTimer clock;
    clock.start();
    while (session->framesReceived() == 0 && clock.elapsed() < 20000)
        wait(50);
    view.resize(view.sizeHint());
    wait(2000); // warm up
    Figures f{u"VirtDeck"_s, load};
    const double cpu0 = ownCpuSeconds();
    const qint64 frames0 = qint64(session->framesReceived());
    const qint64 socket0 = qint64(session->socketWakeups());
    const qint64 switches0 = contextSwitches(QCoreApplication::applicationPid());
    clock.restart();
    wait(seconds * 1000);
    f.seconds = clock.elapsed() / 1000.0;
    f.cpu = ownCpuSeconds() - cpu0;
    f.frames = qint64(session->framesReceived()) - frames0;
    f.socketWakeups = qint64(session->socketWakeups()) - socket0;
    f.wakeups = contextSwitches(QCoreApplication::applicationPid()) - switches0;
    session->close();
    return f;
}

Figures measureExternal(const QString &name, const QString &program, const QStringList &arguments,
                        const XvncServer &viewerDisplay, const QString &load, int seconds)
{
    Figures f{name, load};
    QProcess viewer;
    viewer.setProcessEnvironment(viewerDisplay.clientEnvironment());
    viewer.setStandardOutputFile(QProcess::nullDevice());
    viewer.setStandardErrorFile(QProcess::nullDevice());
    viewer.start(program, arguments);
    if (!viewer.waitForStarted(10000)) {
        fprintf(stderr, "%s did not start: %s\n", qPrintable(program), qPrintable(viewer.errorString()));
        f.seconds = 1;
        return f;
    }
    wait(3000); // connect and warm up
    const qint64 pid = viewer.processId();
    const double cpu0 = processCpuSeconds(pid);
    const qint64 switches0 = contextSwitches(pid);
    QElapsedTimer clock;
    clock.start();
    wait(seconds * 1000);
    f.seconds = clock.elapsed() / 1000.0;
    f.cpu = processCpuSeconds(pid) - cpu0;
    f.wakeups = contextSwitches(pid) - switches0;
    if (viewer.state() != QProcess::Running)
        fprintf(stderr, "%s exited early (code %d)\n", qPrintable(program), viewer.exitCode());
    viewer.terminate();
    if (!viewer.waitForFinished(3000)) {
        viewer.kill();
        viewer.waitForFinished(3000);
    }
    return f;
}

int freeDisplayPort()
{
    // gvncviewer takes host:display, so the port must be 5900 + display.
    for (int port = 5950; port < 6000; ++port) {
        QTcpServer probe;
        if (probe.listen(QHostAddress::LocalHost, quint16(port)))
            return port;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && strcmp(argv[1], "--draw") == 0)
        return runDrawer(QString::fromLocal8Bit(argc > 2 ? argv[2] : "busy"), argc > 3 ? atoi(argv[3]) : 60);

    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption secondsOption(u"seconds"_s, u"measuring time per viewer and load"_s, u"S"_s, u"10"_s);
    const QCommandLineOption sizeOption(u"size"_s, u"server screen size"_s, u"WxH"_s, u"1024x768"_s);
    const QCommandLineOption fpsOption(u"fps"_s, u"full-screen redraws per second by the drawing client"_s, u"N"_s, u"60"_s);
    const QCommandLineOption latencyOption(u"latency-samples"_s, u"key-to-screen samples"_s, u"N"_s, u"30"_s);
    parser.addOptions({secondsOption, sizeOption, fpsOption, latencyOption});
    parser.process(app);
    const int seconds = parser.value(secondsOption).toInt();
    const QStringList size = parser.value(sizeOption).split(u'x');
    const QSize geometry(size.value(0).toInt(), size.value(1).toInt());
    const int fps = parser.value(fpsOption).toInt();

    XvncServer server;
    XvncServer viewerDisplay;
    QString error;
    const int port = freeDisplayPort();
    if (!port || !server.start(&error, geometry, {}, port) || !viewerDisplay.start(&error, QSize(1280, 1024))) {
        fprintf(stderr, "bench_vnc: %s\n", qPrintable(error));
        return 1;
    }
    const QString self = QCoreApplication::applicationFilePath();
    printf("Xvnc %dx%d on 127.0.0.1:%d, drawing client at %d full-screen frames/s, %d s per measurement\n",
           geometry.width(), geometry.height(), port, fps, seconds);
    printf("%-16s %-5s %10s %10s %14s %12s\n", "viewer", "load", "CPU", "frames/s", "CPU ms/frame", "wake-ups/s");

    const auto others = [&](const QString &load) {
        print(measureExternal(u"gvncviewer"_s, u"gvncviewer"_s, {u"127.0.0.1:%1"_s.arg(port - 5900)}, viewerDisplay, load,
                              seconds));
        print(measureExternal(u"xtigervncviewer"_s, u"xtigervncviewer"_s, {u"127.0.0.1::%1"_s.arg(port)}, viewerDisplay, load,
                              seconds));
    };

    {
        QProcess drawer;
        drawer.setProcessEnvironment(server.clientEnvironment());
        drawer.start(self, {u"--draw"_s, u"busy"_s, QString::number(fps)});
        drawer.waitForStarted();
        wait(1000);
        print(measureConsole(port, u"busy"_s, seconds));
        others(u"busy"_s);
        drawer.kill();
        drawer.waitForFinished();
    }
    server.runClient(u"xsetroot"_s, {u"-solid"_s, u"#336699"_s}, &error);
    wait(500);
    print(measureConsole(port, u"idle"_s, seconds));
    others(u"idle"_s);

    // Latency: key press -> drawing client repaints -> new colour in our framebuffer.
    QProcess drawer;
    drawer.setProcessEnvironment(server.clientEnvironment());
    drawer.start(self, {u"--draw"_s, u"latency"_s});
    drawer.waitForStarted();
    wait(1000);
    VncSession session;
    session.open([port] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    });
    QElapsedTimer clock;
    clock.start();
    while (session.framesReceived() == 0 && clock.elapsed() < 20000)
        wait(50);
    wait(500);
    const auto centre = [&] {
        QRgb pixel = 0;
        session.framebuffer().read([&](const QImage &image) {
            if (!image.isNull())
                pixel = image.pixel(image.width() / 2, image.height() / 2) & 0xffffff;
        });
        return pixel;
    };
    QList<double> samples;
    const int wanted = parser.value(latencyOption).toInt();
    for (int i = 0; i < wanted; ++i) {
        const QRgb before = centre();
        QSignalSpy updated(&session, &RemoteDisplaySession::framebufferUpdated);
        QElapsedTimer latency;
        latency.start();
        session.sendKey(0x20, true); // space
        session.sendKey(0x20, false);
        while (centre() == before && latency.elapsed() < 2000)
            updated.wait(100);
        if (centre() != before)
            samples.append(latency.nsecsElapsed() / 1e6);
        wait(100);
    }
    std::sort(samples.begin(), samples.end());
    if (samples.isEmpty())
        printf("latency: no sample (the drawing client did not react)\n");
    else
        printf("key-to-screen latency (VirtDeck only): median %.2f ms, min %.2f ms, max %.2f ms over %lld samples\n",
               samples.at(samples.size() / 2), samples.first(), samples.last(), qlonglong(samples.size()));
    drawer.kill();
    drawer.waitForFinished();
    return 0;
}
