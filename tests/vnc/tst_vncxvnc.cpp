// SPDX-License-Identifier: GPL-2.0-or-later
//
// VncSession against a real VNC server without libvirt: TigerVNC's Xvnc on 127.0.0.1
// (tigervnc-standalone-server; xsetroot and xrandr from x11-xserver-utils). Checks pixels,
// input, idle wake-ups, password authentication, resizes and reconnection after the server
// goes away and comes back. Xvnc takes QEMU extended key events too (it uses their scan
// code with -RawKeyboard, the keysym by default): xev (x11-utils) shows which key it saw. The clipboard both ways through xclip:
// UTF-8 with the extended clipboard, Latin-1 without it.

#include "vncsession.h"
#include "xvncserver.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <rfb/keysym.h>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using Test::XvncServer;
using State = RemoteDisplaySession::State;

namespace {

constexpr int TimeoutMs = 20000;

RemoteDisplaySession::EndpointProvider fixedEndpoint(int port)
{
    return [port] { return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}}); };
}

// Pixels of the session's framebuffer that differ from colour (alpha ignored).
qint64 pixelsNotEqual(const RemoteDisplaySession &session, QRgb colour)
{
    qint64 differing = -1;
    session.framebuffer().read([&](const QImage &image) {
        if (image.isNull())
            return;
        differing = 0;
        for (int y = 0; y < image.height(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x)
                differing += (line[x] & 0xffffff) != (colour & 0xffffff);
        }
    });
    return differing;
}

} // namespace

class TestVncXvnc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheRootWindowPixelExactly();
    void sendsKeysAndPointerAndGetsTheCursorShape();
    void idleDisplayCausesNoWakeups();
    void asksForThePasswordOnceAndKeepsIt();
    void followsAServerSideResize();
    void reconnectsWhenTheServerComesBack();
    void scancodesPickThePhysicalKey();
    void keysymsWhenScancodesAreOff();
    void unicodeClipboardBothWays();
    void latin1ClipboardBothWaysWithoutTheExtension();

private:
    // The key codes an X client saw for KeyPress events while press() ran.
    QList<int> keycodesSeenByX(const XvncServer &server, VncSession &session, const std::function<void()> &press);
    // The X server's CLIPBOARD selection as text (xclip -o).
    QString xClipboard(const XvncServer &server);
};

void TestVncXvnc::initTestCase()
{
    const QString missing = XvncServer::missingToolsMessage();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
}

void TestVncXvnc::showsTheRootWindowPixelExactly()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(800, 600)), qPrintable(error));
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-solid"_s, u"#336699"_s}, &error), qPrintable(error));

    VncSession session;
    QSignalSpy resized(&session, &RemoteDisplaySession::framebufferResized);
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x33, 0x66, 0x99)), qint64(0), TimeoutMs);
    QCOMPARE(session.framebufferSize(), QSize(800, 600));
    QTRY_VERIFY(!resized.isEmpty()); // the signal is queued; the shared picture may be there first
    QCOMPARE(resized.first().first().toSize(), QSize(800, 600));

    // A second colour arrives as damage of the same size.
    QSignalSpy updated(&session, &RemoteDisplaySession::framebufferUpdated);
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-solid"_s, u"#c0ffee"_s}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0xc0, 0xff, 0xee)), qint64(0), TimeoutMs);
    QVERIFY(!updated.isEmpty());
    QCOMPARE(session.state(), State::Connected);
}

void TestVncXvnc::sendsKeysAndPointerAndGetsTheCursorShape()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(640, 480)), qPrintable(error));
    VncSession session;
    QSignalSpy cursor(&session, &RemoteDisplaySession::cursorChanged);
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!session.framebufferSize().isEmpty(), TimeoutMs);

    for (int i = 0; i < 50; ++i)
        session.sendPointer(i * 10, i * 7, i % 2);
    session.sendPointer(10, 10, 0);
    for (const quint32 keysym : {quint32(XK_a), quint32(XK_Shift_L), quint32(XK_A), quint32(XK_F1), quint32(XK_KP_Enter)}) {
        session.sendKey(keysym, true);
        session.sendKey(keysym, false);
    }
    session.sendClipboardText(u"VirtDeck clipboard ünïcode"_s);
    // Xvnc sends the X cursor as a rich cursor (we announced support) when it changes.
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-cursor_name"_s, u"left_ptr"_s}, &error), qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!cursor.isEmpty(), TimeoutMs);
    const QImage shape = cursor.last().at(0).value<QImage>();
    QVERIFY(!shape.isNull());
    // Still connected after all that input: nothing the server disliked.
    QTest::qWait(300);
    QCOMPARE(session.state(), State::Connected);
}

void TestVncXvnc::idleDisplayCausesNoWakeups()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(640, 480)), qPrintable(error));
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-solid"_s, u"#102030"_s}, &error), qPrintable(error));
    VncSession session;
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x10, 0x20, 0x30)), qint64(0), TimeoutMs);

    // Let the screen settle: no new frame for 500 ms.
    QSignalSpy updated(&session, &RemoteDisplaySession::framebufferUpdated);
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 10000) {
        updated.clear();
        if (!updated.wait(500))
            break;
    }
    const quint64 before = session.socketWakeups();
    QTest::qWait(2000);
    const quint64 wakeups = session.socketWakeups() - before;
    qInfo("socket wake-ups in 2 s of an idle display: %llu", wakeups);
    QVERIFY2(wakeups <= 2, qPrintable(u"%1 wake-ups while idle"_s.arg(wakeups)));
}

void TestVncXvnc::asksForThePasswordOnceAndKeepsIt()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(320, 240), u"s3cret!"_s), qPrintable(error));
    VncSession session;
    session.setBackoff(50, 200);
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::AuthenticationRequired, TimeoutMs);

    session.setPassword(u"wrong"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::AuthenticationRequired, TimeoutMs);
    // (It went through Connecting in between.)
    QSignalSpy states(&session, &RemoteDisplaySession::stateChanged);
    session.setPassword(u"s3cret!"_s);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.framebufferSize() == QSize(320, 240), TimeoutMs);

    // Kept for the session: a reconnection does not ask again.
    session.reconnectNow();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    for (const QList<QVariant> &change : std::as_const(states))
        QVERIFY(change.first().value<State>() != State::AuthenticationRequired);
}

void TestVncXvnc::followsAServerSideResize()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(1024, 768)), qPrintable(error));
    VncSession session;
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.framebufferSize(), QSize(1024, 768), TimeoutMs);
    QSignalSpy resized(&session, &RemoteDisplaySession::framebufferResized);
    QVERIFY2(server.runClient(u"xrandr"_s, {u"-s"_s, u"800x600"_s}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.framebufferSize(), QSize(800, 600), TimeoutMs);
    QTRY_VERIFY(!resized.isEmpty()); // the signal is queued; the shared picture may be there first
    QVERIFY2(server.runClient(u"xsetroot"_s, {u"-solid"_s, u"#445566"_s}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x44, 0x55, 0x66)), qint64(0), TimeoutMs);
    QCOMPARE(session.state(), State::Connected);
}

void TestVncXvnc::reconnectsWhenTheServerComesBack()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(640, 480)), qPrintable(error));
    const int port = server.port();
    VncSession session;
    session.setBackoff(100, 500);
    session.open(fixedEndpoint(port));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.framebufferSize() == QSize(640, 480), TimeoutMs);

    server.stop();
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == State::Waiting || session.state() == State::Connecting, TimeoutMs);
    QVERIFY(session.state() != State::Connected);

    // Back on the same port with another size and colour: the session finds it alone.
    XvncServer again;
    QVERIFY2(again.start(&error, QSize(720, 400), {}, port), qPrintable(error));
    QVERIFY2(again.runClient(u"xsetroot"_s, {u"-solid"_s, u"#778899"_s}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(session.framebufferSize(), QSize(720, 400), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x77, 0x88, 0x99)), qint64(0), TimeoutMs);
}

QList<int> TestVncXvnc::keycodesSeenByX(const XvncServer &server, VncSession &session, const std::function<void()> &press)
{
    // xev on the root window: with no window manager the focus follows the pointer to the
    // root, so the key events reach it. It is ready once it printed anything at all; until
    // then the key is pressed again.
    QProcess xev;
    xev.setProcessEnvironment(server.clientEnvironment());
    xev.start(u"stdbuf"_s, {u"-oL"_s, u"xev"_s, u"-root"_s, u"-event"_s, u"keyboard"_s}); // a line at a time
    if (!xev.waitForStarted(5000))
        return {};
    session.sendPointer(5, 5, 0);
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    while (!output.contains("KeyRelease") && clock.elapsed() < TimeoutMs) {
        press();
        xev.waitForReadyRead(500);
        output += xev.readAllStandardOutput();
    }
    xev.kill();
    xev.waitForFinished(2000);
    output += xev.readAllStandardOutput();
    QList<int> keycodes;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype at = line.indexOf("keycode ");
        if (at >= 0)
            keycodes << line.mid(at + 8).split(' ').first().toInt();
    }
    return keycodes;
}

void TestVncXvnc::scancodesPickThePhysicalKey()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"xev"_s).isEmpty(), "xev missing: install x11-utils (scripts/install-deps.sh)");
    // TigerVNC's Xvnc acknowledges QEMU extended key events, but maps the keysym unless
    // told to use the raw key (-RawKeyboard), which QEMU always does.
    for (const bool raw : {true, false}) {
        XvncServer server;
        if (raw)
            server.setExtraArguments({u"-RawKeyboard"_s});
        QString error;
        QVERIFY2(server.start(&error, QSize(320, 240)), qPrintable(error));
        VncSession session;
        session.open(fixedEndpoint(server.port()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(session.sendsScancodes(), TimeoutMs);
        // The keysym says "b" (X key code 56), the scan code says the key labelled A on a US
        // keyboard (XT 0x1e, X key code 38).
        const QList<int> seen = keycodesSeenByX(server, session, [&] {
            session.sendKey(RemoteKey{XK_b, 0x1e}, true);
            session.sendKey(RemoteKey{XK_b, 0x1e}, false);
        });
        QStringList names;
        for (const int keycode : seen)
            names << QString::number(keycode);
        qInfo("%s: X key codes seen: %s", raw ? "-RawKeyboard" : "default", qPrintable(names.join(u' ')));
        QVERIFY2(!seen.isEmpty(), "xev saw no key");
        for (const int keycode : seen)
            QCOMPARE(keycode, raw ? 38 : 56);
    }
}

void TestVncXvnc::keysymsWhenScancodesAreOff()
{
    XvncServer server;
    server.setExtraArguments({u"-RawKeyboard"_s}); // it would use a scan code if it got one
    QString error;
    QVERIFY2(server.start(&error, QSize(320, 240)), qPrintable(error));
    VncSession session;
    session.setFeatures({.scancodeKeys = false, .extendedClipboard = true});
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QVERIFY(!session.sendsScancodes());
    // The same key: now the keysym decides, and "b" is X key code 56.
    const QList<int> seen = keycodesSeenByX(server, session, [&] {
        session.sendKey(RemoteKey{XK_b, 0x1e}, true);
        session.sendKey(RemoteKey{XK_b, 0x1e}, false);
    });
    QVERIFY2(!seen.isEmpty(), "xev saw no key");
    for (const int keycode : seen)
        QCOMPARE(keycode, 56);
}

QString TestVncXvnc::xClipboard(const XvncServer &server)
{
    QProcess xclip;
    xclip.setProcessEnvironment(server.clientEnvironment());
    xclip.start(u"xclip"_s, {u"-o"_s, u"-selection"_s, u"clipboard"_s});
    if (!xclip.waitForFinished(5000)) {
        xclip.kill();
        xclip.waitForFinished(2000);
        return {};
    }
    return QString::fromUtf8(xclip.readAllStandardOutput());
}

void TestVncXvnc::unicodeClipboardBothWays()
{
    QVERIFY2(!QStandardPaths::findExecutable(u"xclip"_s).isEmpty(), "xclip missing: install xclip (scripts/install-deps.sh)");
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(320, 240)), qPrintable(error));
    VncSession session;
    QSignalSpy received(&session, &RemoteDisplaySession::clipboardReceived);
    QSignalSpy refused(&session, &RemoteDisplaySession::clipboardRefused);
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(session.hasUnicodeClipboard(), TimeoutMs); // TigerVNC has the extension

    // To the server: X clients read it from the CLIPBOARD selection.
    const QString text = u"中文 € Grüße\nzweite Zeile"_s;
    session.sendClipboardText(text);
    QTRY_COMPARE_WITH_TIMEOUT(xClipboard(server), text, TimeoutMs);

    // From the server: an X client owns the selection, the session gets the text.
    QProcess owner;
    owner.setProcessEnvironment(server.clientEnvironment());
    owner.start(u"xclip"_s, {u"-quiet"_s, u"-i"_s, u"-selection"_s, u"clipboard"_s});
    QVERIFY(owner.waitForStarted(5000));
    owner.write(u"日本語 ✓ naïve"_s.toUtf8());
    owner.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() && received.last().first().toString() == u"日本語 ✓ naïve"_s, TimeoutMs);
    owner.kill();
    owner.waitForFinished(2000);
    QVERIFY(refused.isEmpty());
    QCOMPARE(session.state(), State::Connected);
}

void TestVncXvnc::latin1ClipboardBothWaysWithoutTheExtension()
{
    XvncServer server;
    QString error;
    QVERIFY2(server.start(&error, QSize(320, 240)), qPrintable(error));
    VncSession session;
    session.setFeatures({.scancodeKeys = true, .extendedClipboard = false});
    QSignalSpy received(&session, &RemoteDisplaySession::clipboardReceived);
    QSignalSpy refused(&session, &RemoteDisplaySession::clipboardRefused);
    session.open(fixedEndpoint(server.port()));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QVERIFY(!session.hasUnicodeClipboard());

    session.sendClipboardText(u"café ± ½ Grüße"_s);
    QTRY_COMPARE_WITH_TIMEOUT(xClipboard(server), u"café ± ½ Grüße"_s, TimeoutMs);
    // Not Latin-1: refused with a message, the X clipboard keeps the last good text.
    session.sendClipboardText(u"中文 €"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, TimeoutMs);
    qInfo("refused: %s", qPrintable(refused.first().first().toString()));
    QCOMPARE(xClipboard(server), u"café ± ½ Grüße"_s);

    QProcess owner;
    owner.setProcessEnvironment(server.clientEnvironment());
    owner.start(u"xclip"_s, {u"-quiet"_s, u"-i"_s, u"-selection"_s, u"clipboard"_s});
    QVERIFY(owner.waitForStarted(5000));
    owner.write(u"Ærø £5"_s.toUtf8());
    owner.closeWriteChannel();
    QTRY_VERIFY_WITH_TIMEOUT(!received.isEmpty() && received.last().first().toString() == u"Ærø £5"_s, TimeoutMs);
    owner.kill();
    owner.waitForFinished(2000);
    QCOMPARE(session.state(), State::Connected);
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestVncXvnc)
#include "tst_vncxvnc.moc"
