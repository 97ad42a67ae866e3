// SPDX-License-Identifier: GPL-2.0-or-later
//
// The console against a real TCG guest on a real libvirtd (qemu:///system, run as root;
// start the daemon with scripts/libvirtd-start.sh). The guest has no disk and SeaBIOS's
// boot menu enabled, so its screen is SeaBIOS text: the test compares the session's
// framebuffer with `virsh screenshot` pixel for pixel, sends ESC and sees the boot menu
// (again against virsh screenshot), also as a QEMU extended key event (the scan code of ESC
// with a keysym that means something else), and survives the 640x480 -> 720x400 switch of
// every boot, a reset while connected, the guest being destroyed and started again, and
// libvirtd killed and restarted under an open console.
// Then the same console through an SSH tunnel: a qemu+ssh:// connection to a sshd started
// here on 127.0.0.1, the tunnel forced instead of libvirt's socket.

#include "connectionsession.h"
#include "libvirterror.h"
#include "libvirteventloop.h"
#include "libvirtddaemon.h"
#include "libvirthandles.h"
#include "sshserver.h"
#include "vncsession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include <libvirt/libvirt.h>
#include <rfb/keysym.h>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using State = RemoteDisplaySession::State;

namespace {

const char *const NotRunningMessage = "libvirtd is not running: start it with scripts/libvirtd-start.sh";
constexpr int TimeoutMs = 60000;
constexpr qint64 CursorPixels = 40; // the blinking text cursor: 9x2 pixels

QString guestXml(const QString &name)
{
    return uR"(<domain type='qemu'>
  <name>%1</name>
  <description>virtdeck-test-vncx pid %2</description>
  <memory unit='MiB'>96</memory>
  <vcpu>1</vcpu>
  <os><type arch='x86_64'>hvm</type><bootmenu enable='yes' timeout='10000'/></os>
  <devices>
    <graphics type='vnc' listen='127.0.0.1' autoport='yes'/>
  </devices>
</domain>
)"_s.arg(name).arg(QCoreApplication::applicationPid());
}

bool processAlive(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(") ");
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z' && text.at(close + 2) != 'X';
}

// Guests of earlier runs that were killed before their cleanup (a timeout, a crash): each
// names the test process that made it; only those whose process is gone are removed.
void removeOrphanedGuests(virConnectPtr conn)
{
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(conn, &raw, 0);
    for (DomainHandle &domain : adoptHandleArray<DomainHandle>(raw, count)) {
        if (!QByteArray(virDomainGetName(domain.get())).startsWith("virtdeck-test-vncx-"))
            continue;
        CString description{virDomainGetMetadata(domain.get(), VIR_DOMAIN_METADATA_DESCRIPTION, nullptr, 0)};
        const QByteArray text = description ? QByteArray(description.get()) : QByteArray();
        if (!text.startsWith("virtdeck-test-vncx pid "))
            continue;
        if (processAlive(text.mid(23).trimmed().toLongLong()))
            continue;
        if (virDomainIsActive(domain.get()) == 1)
            virDomainDestroy(domain.get());
        virDomainUndefine(domain.get());
    }
}

bool hasContent(const QImage &image)
{
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            if (line[x] & 0xffffff)
                return true;
        }
    }
    return false;
}

// -1: sizes differ; else the number of differing pixels (alpha ignored).
qint64 differingPixels(const QImage &a, const QImage &b)
{
    if (a.size() != b.size())
        return -1;
    const QImage left = a.convertToFormat(QImage::Format_RGB32);
    const QImage right = b.convertToFormat(QImage::Format_RGB32);
    qint64 differing = 0;
    for (int y = 0; y < left.height(); ++y) {
        const auto *l = reinterpret_cast<const QRgb *>(left.constScanLine(y));
        const auto *r = reinterpret_cast<const QRgb *>(right.constScanLine(y));
        for (int x = 0; x < left.width(); ++x)
            differing += (l[x] & 0xffffff) != (r[x] & 0xffffff);
    }
    return differing;
}

} // namespace

class TestVncLibvirt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void consoleFollowsTheGuestFromPowerOn();
    void escapeOpensTheBootMenu();
    void escapeAsScancodeOpensTheBootMenu();
    void resetWhileConnectedKeepsTheConsole();
    void destroyAndStartReconnects();
    void libvirtdRestartKeepsTheConsole();
    void sshTunnelThroughLibvirt();

private:
    bool virsh(const QStringList &arguments, QString *error);
    QImage virshScreenshot(QString *error);
    bool waitForSettledScreen(int timeoutMs);
    // Waits until the framebuffer equals virsh screenshot (the screen may still change).
    bool matchesVirshScreenshot(int timeoutMs, QString *detail);
    void openConsole();
    bool connectedSinceWithoutDrop(const QSignalSpy &states) const;
    void bootMenuAfter(const std::function<void()> &press);

    ConnectHandle m_helper;
    DomainHandle m_domain;
    QString m_name;
    QUuid m_uuid;
    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionSession> m_connection;
    std::unique_ptr<VncSession> m_console;
};

void TestVncLibvirt::initTestCase()
{
    LibvirtEventLoop::ensureRunning();
    m_helper.reset(virConnectOpen("qemu:///system"));
    if (!m_helper)
        QFAIL(qPrintable(u"%1 (qemu:///system: %2)"_s.arg(QLatin1StringView(NotRunningMessage), lastLibvirtError())));
    QVERIFY(m_dir.isValid());
    removeOrphanedGuests(m_helper.get());

    m_name = u"virtdeck-test-vncx-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
    m_domain.reset(virDomainDefineXML(m_helper.get(), guestXml(m_name).toUtf8().constData()));
    QVERIFY2(m_domain, qPrintable(lastLibvirtError()));
    unsigned char raw[VIR_UUID_BUFLEN];
    QVERIFY(virDomainGetUUID(m_domain.get(), raw) == 0);
    m_uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));

    m_connection = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_connection->setConnectTimeoutMs(TimeoutMs);
    m_connection->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, TimeoutMs);
}

void TestVncLibvirt::cleanupTestCase()
{
    m_console.reset();
    m_connection.reset();
    if (m_domain) {
        if (virDomainIsActive(m_domain.get()) == 1)
            virDomainDestroy(m_domain.get());
        if (virDomainUndefine(m_domain.get()) < 0)
            qWarning("could not undefine %s: %s", qPrintable(m_name), qPrintable(lastLibvirtError()));
    }
}

bool TestVncLibvirt::virsh(const QStringList &arguments, QString *error)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"virsh"_s, QStringList{u"-c"_s, u"qemu:///system"_s} + arguments);
    // The spy's wait keeps the event loop (and so the session) running.
    if (!finished.wait(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"virsh %1: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAll()));
        process.kill();
        process.waitForFinished(2000);
        return false;
    }
    return true;
}

QImage TestVncLibvirt::virshScreenshot(QString *error)
{
    const QString file = m_dir.filePath(u"screen.ppm"_s);
    QFile::remove(file);
    if (!virsh({u"screenshot"_s, m_name, file}, error))
        return {};
    QImage image(file);
    if (image.isNull())
        *error = u"cannot load %1"_s.arg(file);
    return image;
}

bool TestVncLibvirt::waitForSettledScreen(int timeoutMs)
{
    // SeaBIOS's text cursor blinks for ever: "settled" means nothing but a cursor-sized
    // area changed for 700 ms.
    QElapsedTimer clock;
    clock.start();
    QImage reference = m_console->framebuffer().copy();
    while (clock.elapsed() < timeoutMs) {
        QElapsedTimer window;
        window.start();
        bool changed = false;
        while (window.elapsed() < 700 && !changed) {
            QTest::qWait(50);
            const qint64 differing = differingPixels(m_console->framebuffer().copy(), reference);
            changed = differing < 0 || differing > CursorPixels;
        }
        if (!changed && hasContent(reference))
            return true;
        reference = m_console->framebuffer().copy();
    }
    return false;
}

bool TestVncLibvirt::matchesVirshScreenshot(int timeoutMs, QString *detail)
{
    // virsh screenshot takes a moment and the cursor blinks meanwhile: the console matches
    // when one of its frames from around the screenshot equals it pixel for pixel.
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        QList<QImage> frames{m_console->framebuffer().copy()};
        const QMetaObject::Connection recorder = connect(m_console.get(), &RemoteDisplaySession::framebufferUpdated, this,
                                                         [&] { frames.append(m_console->framebuffer().copy()); });
        QString error;
        const QImage reference = virshScreenshot(&error);
        QTest::qWait(100); // frames the server was still sending when the screenshot was taken
        disconnect(recorder);
        if (reference.isNull()) {
            *detail = error;
            return false;
        }
        qint64 best = -1;
        for (const QImage &frame : std::as_const(frames)) {
            const qint64 differing = differingPixels(frame, reference);
            if (differing >= 0 && (best < 0 || differing < best))
                best = differing;
            if (differing == 0 && hasContent(frame)) {
                *detail = u"%1x%2 equal to virsh screenshot (%3 frames compared)"_s.arg(frame.width())
                              .arg(frame.height())
                              .arg(frames.size());
                return true;
            }
        }
        const QImage last = frames.last();
        *detail = best < 0 ? u"size %1x%2, virsh screenshot %3x%4"_s.arg(last.width())
                                 .arg(last.height())
                                 .arg(reference.width())
                                 .arg(reference.height())
                           : u"closest of %1 frames: %2 pixels differ"_s.arg(frames.size()).arg(best);
    }
    return false;
}

void TestVncLibvirt::openConsole()
{
    m_console = std::make_unique<VncSession>();
    m_console->setBackoff(100, 1000);
    ConnectionSession *connection = m_connection.get();
    const QUuid uuid = m_uuid;
    m_console->open([connection, uuid] { return connection->consoleEndpoint(uuid); });
}

bool TestVncLibvirt::connectedSinceWithoutDrop(const QSignalSpy &states) const
{
    for (const QList<QVariant> &change : states) {
        if (change.first().value<State>() != State::Connected)
            return false;
    }
    return true;
}

void TestVncLibvirt::consoleFollowsTheGuestFromPowerOn()
{
    // Opened while the guest is off: the console waits for it.
    openConsole();
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), State::Waiting, TimeoutMs);
    qInfo("while off: %s", qPrintable(m_console->statusMessage()));

    QSignalSpy resized(m_console.get(), &RemoteDisplaySession::framebufferResized);
    QVERIFY2(virDomainCreate(m_domain.get()) == 0, qPrintable(lastLibvirtError()));
    m_console->reconnectNow(); // what the console page does when the guest list says "running"
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), State::Connected, TimeoutMs);
    QSignalSpy states(m_console.get(), &RemoteDisplaySession::stateChanged);

    // SeaBIOS text mode (720x400) with real content, not the first size-only frame.
    QTRY_VERIFY_WITH_TIMEOUT(m_console->framebufferSize() == QSize(720, 400) && hasContent(m_console->framebuffer().copy()),
                             TimeoutMs);
    QString detail;
    QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
    QStringList sizes;
    for (const QList<QVariant> &size : std::as_const(resized))
        sizes << u"%1x%2"_s.arg(size.first().toSize().width()).arg(size.first().toSize().height());
    qInfo("sizes seen while connected: %s; %s", qPrintable(sizes.join(u" -> "_s)), qPrintable(detail));
    QVERIFY2(connectedSinceWithoutDrop(states), "the console dropped during the boot's mode switch");
    QCOMPARE(m_console->state(), State::Connected);
}

void TestVncLibvirt::bootMenuAfter(const std::function<void()> &press)
{
    QVERIFY(m_console && m_console->state() == State::Connected);
    QSignalSpy states(m_console.get(), &RemoteDisplaySession::stateChanged);
    // Start the boot over so that "Press ESC for boot menu" is on screen for 10 s.
    const QImage before = m_console->framebuffer().copy();
    QVERIFY2(virDomainReset(m_domain.get(), 0) == 0, qPrintable(lastLibvirtError()));
    QTRY_VERIFY_WITH_TIMEOUT(differingPixels(m_console->framebuffer().copy(), before) != 0, TimeoutMs);
    QVERIFY2(waitForSettledScreen(8000), "the screen did not settle after the reset");
    const QImage prompt = m_console->framebuffer().copy();
    QCOMPARE(prompt.size(), QSize(720, 400));

    press();
    // The guest reacts (the boot menu), and the console shows exactly what virsh shows.
    QTRY_VERIFY_WITH_TIMEOUT(differingPixels(m_console->framebuffer().copy(), prompt) > CursorPixels, 8000);
    QVERIFY(waitForSettledScreen(8000));
    QString detail;
    QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
    QString error;
    const QImage menu = virshScreenshot(&error);
    QVERIFY2(!menu.isNull(), qPrintable(error));
    const qint64 changed = differingPixels(menu, prompt);
    QVERIFY2(changed > CursorPixels, "virsh screenshot shows no boot menu after ESC");
    prompt.save(m_dir.filePath(u"prompt.png"_s));
    menu.save(m_dir.filePath(u"bootmenu.png"_s));
    if (!qEnvironmentVariableIsEmpty("VIRTDECK_KEEP_SCREENS")) {
        prompt.save(qEnvironmentVariable("VIRTDECK_KEEP_SCREENS") + u"/prompt.png"_s);
        menu.save(qEnvironmentVariable("VIRTDECK_KEEP_SCREENS") + u"/bootmenu.png"_s);
    }
    qInfo("after ESC: %s; the menu differs from the prompt in %lld pixels", qPrintable(detail), changed);
    QVERIFY2(connectedSinceWithoutDrop(states), "the console dropped during reset");
}

void TestVncLibvirt::escapeOpensTheBootMenu()
{
    bootMenuAfter([this] {
        m_console->sendKey(XK_Escape, true); // keysym only: QEMU maps it with its own keymap
        m_console->sendKey(XK_Escape, false);
    });
}

void TestVncLibvirt::escapeAsScancodeOpensTheBootMenu()
{
    // QEMU 7.2 acknowledges extended key events, and answers the extended clipboard's
    // pseudo-encoding with its capabilities (which 0.9.14 alone could not survive).
    QTRY_VERIFY_WITH_TIMEOUT(m_console->sendsScancodes(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->hasUnicodeClipboard(), 10000);
    // The keysym says "a"; only the scan code (XT 0x01) says ESC: the menu proves it is used.
    bootMenuAfter([this] {
        m_console->sendKey(RemoteKey{XK_a, 0x01}, true);
        m_console->sendKey(RemoteKey{XK_a, 0x01}, false);
    });
}

void TestVncLibvirt::resetWhileConnectedKeepsTheConsole()
{
    QVERIFY(m_console && m_console->state() == State::Connected);
    QSignalSpy states(m_console.get(), &RemoteDisplaySession::stateChanged);
    for (int round = 0; round < 3; ++round) {
        const QImage before = m_console->framebuffer().copy();
        QVERIFY2(virDomainReset(m_domain.get(), 0) == 0, qPrintable(lastLibvirtError()));
        QTRY_VERIFY_WITH_TIMEOUT(differingPixels(m_console->framebuffer().copy(), before) != 0, TimeoutMs);
        QVERIFY(waitForSettledScreen(10000));
        QCOMPARE(m_console->framebufferSize(), QSize(720, 400));
        QString detail;
        QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
    }
    QVERIFY2(connectedSinceWithoutDrop(states), "the console dropped during a reset");
    // Still usable: keys go through without an error.
    m_console->sendKey(XK_Escape, true);
    m_console->sendKey(XK_Escape, false);
    QString detail;
    QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
    QCOMPARE(m_console->state(), State::Connected);
}

void TestVncLibvirt::destroyAndStartReconnects()
{
    QVERIFY(m_console && m_console->state() == State::Connected);
    QVERIFY2(virDomainDestroy(m_domain.get()) == 0, qPrintable(lastLibvirtError()));
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), State::Waiting, TimeoutMs);
    QVERIFY2(virDomainCreate(m_domain.get()) == 0, qPrintable(lastLibvirtError()));
    // No help this time: the backoff finds the new QEMU (and its new display) by itself.
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->framebufferSize() == QSize(720, 400) && hasContent(m_console->framebuffer().copy()),
                             TimeoutMs);
    QString detail;
    QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
}

// libvirtd killed with SIGKILL and started again while the console is open (issue 11): QEMU
// and its display outlive the daemon, the session reconnects to the new daemon by itself, and
// the console shows the guest's screen (what virsh screenshot shows) and follows a reset.
void TestVncLibvirt::libvirtdRestartKeepsTheConsole()
{
    QVERIFY(m_console && m_console->state() == State::Connected);
    const qint64 killed = Test::LibvirtdDaemon::killHard();
    QVERIFY2(killed > 0, "no libvirtd to kill: start it with scripts/libvirtd-start.sh");
    QTRY_VERIFY_WITH_TIMEOUT(!Test::LibvirtdDaemon::isAlive(killed), TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_connection->state() != ConnectionState::Connected, TimeoutMs);
    QString output;
    QVERIFY2(Test::LibvirtdDaemon::restart(&output), qPrintable(u"libvirtd-restart-daemon.sh failed:\n"_s + output));
    m_helper.reset(virConnectOpen("qemu:///system"));
    QVERIFY2(m_helper, qPrintable(lastLibvirtError()));
    const QByteArray rawName = m_name.toUtf8();
    m_domain.reset(virDomainLookupByName(m_helper.get(), rawName.constData()));
    QVERIFY2(m_domain && virDomainIsActive(m_domain.get()) == 1, "the guest did not survive libvirtd's restart");

    QTRY_COMPARE_WITH_TIMEOUT(m_connection->state(), ConnectionState::Connected, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasContent(m_console->framebuffer().copy()), TimeoutMs);
    QString detail;
    QVERIFY2(matchesVirshScreenshot(30000, &detail), qPrintable(detail));
    // Commands through the new daemon reach the same QEMU, and the console follows them.
    QVERIFY2(virDomainReset(m_domain.get(), 0) == 0, qPrintable(lastLibvirtError()));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->state() == State::Connected && hasContent(m_console->framebuffer().copy()), TimeoutMs);
}

void TestVncLibvirt::sshTunnelThroughLibvirt()
{
    QVERIFY(virDomainIsActive(m_domain.get()) == 1);
    Test::SshServer sshd;
    QString error;
    QVERIFY2(sshd.start(&error), qPrintable(error));
    // libvirt's own ssh (no_verify=1) records the test host key: removed again below.
    const QString hostEntry = u"[127.0.0.1]:%1"_s.arg(sshd.port());
    const auto forgetHostKey = qScopeGuard([&hostEntry] {
        QProcess::execute(u"ssh-keygen"_s, {u"-R"_s, hostEntry});
    });
    const QString uri = u"qemu+ssh://%1@127.0.0.1:%2/system?keyfile=%3&no_verify=1"_s.arg(sshd.user()).arg(sshd.port())
                            .arg(sshd.clientKey());
    ConnectionSession remote(2, ConnectionConfig{uri, {}, false});
    remote.setConnectTimeoutMs(TimeoutMs);
    remote.open();
    QTRY_VERIFY2_WITH_TIMEOUT(remote.state() == ConnectionState::Connected, qPrintable(sshd.log().right(600)), TimeoutMs);

    // Any console of a remote host goes through ssh when libvirt cannot pass the socket;
    // here the socket would work, so the tunnel is forced.
    ConnectionSession *connection = &remote;
    const QUuid uuid = m_uuid;
    QFuture<Result<ConsoleEndpoint>> probe = connection->consoleEndpoint(uuid, ConsoleRoute::SshTunnel);
    QTRY_VERIFY_WITH_TIMEOUT(probe.isFinished(), TimeoutMs);
    QVERIFY2(probe.result().ok(), qPrintable(probe.result().error));
    const ConsoleSshTunnel tunnel = probe.result().value.sshTunnel;
    QVERIFY(tunnel.isSet());
    QCOMPARE(tunnel.host, u"127.0.0.1"_s);
    QCOMPARE(tunnel.port, sshd.port());
    QCOMPARE(tunnel.keyFile, sshd.clientKey());
    QVERIFY(tunnel.noVerify);
    QCOMPARE(tunnel.targetHost, u"127.0.0.1"_s);

    VncSession console;
    console.setBackoff(100, 1000);
    console.open([connection, uuid] { return connection->consoleEndpoint(uuid, ConsoleRoute::SshTunnel); });
    QTRY_COMPARE_WITH_TIMEOUT(console.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(console.framebufferSize() == QSize(720, 400) && hasContent(console.framebuffer().copy()), TimeoutMs);
    qInfo("console through %s", qPrintable(console.statusMessage()));
    QVERIFY2(sshd.log().contains(u"port forwarding"_s) || sshd.log().contains(u"direct-tcpip"_s) || sshd.log().contains(u"Accepted publickey"_s),
             qPrintable(sshd.log().right(600)));
    // What virsh shows, up to the blinking text cursor.
    const auto matchesVirsh = [&] {
        const QImage reference = virshScreenshot(&error);
        const qint64 differing = reference.isNull() ? -1 : differingPixels(console.framebuffer().copy(), reference);
        return differing >= 0 && differing <= CursorPixels;
    };
    QTRY_VERIFY_WITH_TIMEOUT(matchesVirsh(), 30000);
    console.close();
    remote.close();
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestVncLibvirt)
#include "tst_vnclibvirt.moc"
