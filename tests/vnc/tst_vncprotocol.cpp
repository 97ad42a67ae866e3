// SPDX-License-Identifier: GPL-2.0-or-later
//
// VncSession against a scripted RFB server on 127.0.0.1 that parses every client message:
// keys go as QEMU extended key events (XT scan codes) only when the server acknowledged the
// pseudo-encoding, keysyms otherwise; the extended clipboard (UTF-8, zlib, caps / notify /
// request / provide / peek) both ways; the classic Latin-1 clipboard, which refuses text
// outside Latin-1 with a message instead of sending garbage.

#include "vncsession.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <rfb/keysym.h>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using State = RemoteDisplaySession::State;

namespace {

constexpr int TimeoutMs = 10000;
constexpr qint32 QemuKeyEncoding = -258;
constexpr qint32 ExtendedClipboardEncoding = qint32(0xC0A1E5CE);
constexpr quint32 ClipText = 1;
constexpr quint32 ClipCaps = 1u << 24;
constexpr quint32 ClipRequest = 1u << 25;
constexpr quint32 ClipPeek = 1u << 26;
constexpr quint32 ClipNotify = 1u << 27;
constexpr quint32 ClipProvide = 1u << 28;

QByteArray be16(quint16 v)
{
    QByteArray b(2, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, Qt::Uninitialized);
    qToBigEndian(v, b.data());
    return b;
}

// A complete zlib stream (qCompress puts a 4-byte length in front).
QByteArray zlib(const QByteArray &data)
{
    return qCompress(data).mid(4);
}

QByteArray unzlib(const QByteArray &stream)
{
    return qUncompress(be32(1 << 20) + stream);
}

struct KeyMessage {
    bool extended; // QEMU extended key event (255/0) or plain KeyEvent (4)
    bool down;
    quint32 keysym;
    quint32 keycode;
};

struct CutMessage {
    qint32 length;   // negative: extended clipboard
    quint32 flags;   // extended only
    QByteArray data; // text (classic) or the bytes after the flags (extended)
};

// One connection at a time; what the client sends is parsed message by message.
class ScriptedServer : public QObject
{
public:
    bool ackQemuKeys = false;
    bool extendedClipboard = false;
    quint32 clipboardCaps = ClipCaps | ClipText | ClipRequest | ClipPeek | ClipNotify | ClipProvide;
    quint32 textLimit = 1 << 20;

    QList<qint32> encodings;
    QList<KeyMessage> keys;
    QList<CutMessage> cuts;

    ScriptedServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_socket = socket;
                m_step = 0;
                m_buffer.clear();
                socket->write("RFB 003.008\n");
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer += socket->readAll();
                    parse();
                });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    int port() const { return m_server.serverPort(); }
    void send(const QByteArray &bytes) { m_socket->write(bytes); }
    void sendExtendedClipboard(quint32 flags, const QByteArray &data = {})
    {
        send(QByteArray::fromHex("03000000") + be32(quint32(-qint32(4 + data.size()))) + be32(flags) + data);
    }

private:
    void parse()
    {
        for (;;) {
            if (m_step == 0) { // client version
                if (m_buffer.size() < 12)
                    return;
                m_buffer.remove(0, 12);
                send(QByteArray::fromHex("0101")); // security: None
                m_step = 1;
            } else if (m_step == 1) { // chosen security type
                if (m_buffer.isEmpty())
                    return;
                m_buffer.remove(0, 1);
                send(be32(0));
                m_step = 2;
            } else if (m_step == 2) { // ClientInit
                if (m_buffer.isEmpty())
                    return;
                m_buffer.remove(0, 1);
                QByteArray init = be16(64) + be16(48) + QByteArray::fromHex("20180001") + be16(255) + be16(255) + be16(255)
                    + QByteArray::fromHex("100800000000");
                send(init + be32(8) + "scripted");
                m_step = 3;
            } else if (!message()) {
                return;
            }
        }
    }

    // One client message; false while it is incomplete.
    bool message()
    {
        if (m_buffer.isEmpty())
            return false;
        const auto u8 = [this](int at) { return quint8(m_buffer.at(at)); };
        const auto u16 = [this](int at) { return qFromBigEndian<quint16>(m_buffer.constData() + at); };
        const auto u32 = [this](int at) { return qFromBigEndian<quint32>(m_buffer.constData() + at); };
        switch (u8(0)) {
        case 0: // SetPixelFormat
            if (m_buffer.size() < 20)
                return false;
            m_buffer.remove(0, 20);
            return true;
        case 2: { // SetEncodings
            if (m_buffer.size() < 4 || m_buffer.size() < 4 + 4 * u16(2))
                return false;
            const int count = u16(2);
            QList<qint32> list;
            for (int i = 0; i < count; ++i)
                list << qint32(u32(4 + 4 * i));
            m_buffer.remove(0, 4 + 4 * count);
            encodings = list;
            if (ackQemuKeys && list.contains(QemuKeyEncoding)) // a one-rect update with the pseudo-encoding
                send(QByteArray::fromHex("0000") + be16(1) + be16(0) + be16(0) + be16(64) + be16(48) + be32(quint32(QemuKeyEncoding)));
            if (extendedClipboard && list.contains(ExtendedClipboardEncoding))
                sendExtendedClipboard(clipboardCaps, be32(textLimit));
            return true;
        }
        case 3: // FramebufferUpdateRequest
            if (m_buffer.size() < 10)
                return false;
            m_buffer.remove(0, 10);
            return true;
        case 4: // KeyEvent
            if (m_buffer.size() < 8)
                return false;
            keys.append({false, u8(1) != 0, u32(4), 0});
            m_buffer.remove(0, 8);
            return true;
        case 5: // PointerEvent
            if (m_buffer.size() < 6)
                return false;
            m_buffer.remove(0, 6);
            return true;
        case 6: { // ClientCutText
            if (m_buffer.size() < 8)
                return false;
            const qint32 length = qint32(u32(4));
            const qint64 size = length < 0 ? -qint64(length) : length;
            if (m_buffer.size() < 8 + size)
                return false;
            CutMessage cut{length, 0, {}};
            if (length < 0) {
                cut.flags = u32(8);
                cut.data = m_buffer.mid(12, size - 4);
            } else {
                cut.data = m_buffer.mid(8, size);
            }
            cuts.append(cut);
            m_buffer.remove(0, 8 + size);
            return true;
        }
        case 255: // QEMU: extended key event
            if (m_buffer.size() < 12)
                return false;
            keys.append({true, u16(2) != 0, u32(4), u32(8)});
            m_buffer.remove(0, 12);
            return true;
        default:
            qWarning("unexpected client message type %d", u8(0));
            m_socket->abort();
            m_buffer.clear();
            return false;
        }
    }

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_buffer;
    int m_step = 0;
};

RemoteDisplaySession::EndpointProvider endpointOf(const ScriptedServer &server)
{
    return [port = server.port()] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    };
}

} // namespace

class TestVncProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysymsWhenTheServerTakesNoScancodes();
    void scancodesWhenTheServerTakesThem();
    void scancodesCanBeSwitchedOff();
    void extendedClipboardBothWays();
    void extendedClipboardNotifiesWhenTheServerWantsToAsk();
    void classicClipboardIsLatin1AndRefusesTheRest();
    void extendedClipboardIsNotOfferedWhenSwitchedOff();
};

void TestVncProtocol::keysymsWhenTheServerTakesNoScancodes()
{
    ScriptedServer server;
    QVERIFY(server.listen());
    VncSession session;
    session.open(endpointOf(server));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.encodings.contains(QemuKeyEncoding), TimeoutMs); // offered, never acknowledged
    QVERIFY(!session.sendsScancodes());
    session.sendKey(RemoteKey{XK_a, 0x1e}, true);
    session.sendKey(RemoteKey{XK_a, 0x1e}, false);
    QTRY_COMPARE_WITH_TIMEOUT(server.keys.size(), 2, TimeoutMs);
    QVERIFY(!server.keys.at(0).extended);
    QCOMPARE(server.keys.at(0).keysym, quint32(XK_a));
    QVERIFY(server.keys.at(0).down);
    QVERIFY(!server.keys.at(1).down);
}

void TestVncProtocol::scancodesWhenTheServerTakesThem()
{
    ScriptedServer server;
    server.ackQemuKeys = true;
    QVERIFY(server.listen());
    VncSession session;
    QSignalSpy capabilities(&session, &RemoteDisplaySession::capabilitiesChanged);
    session.open(endpointOf(server));
    QTRY_VERIFY_WITH_TIMEOUT(session.sendsScancodes(), TimeoutMs);
    QVERIFY(!capabilities.isEmpty());

    session.sendKey(RemoteKey{XK_a, 0x1e}, true);
    session.sendKey(RemoteKey{XK_Control_R, 0xe01d}, true);   // extended key: 0x9d on the wire
    session.sendKey(RemoteKey{XK_KP_Enter, 0xe01c}, false);
    session.sendKey(RemoteKey{XK_EuroSign, 0}, true);         // no scan code known: keysym
    session.sendKey(XK_Escape, false);                        // keysym-only call
    QTRY_COMPARE_WITH_TIMEOUT(server.keys.size(), 5, TimeoutMs);
    QVERIFY(server.keys.at(0).extended);
    QCOMPARE(server.keys.at(0).keycode, 0x1eu);
    QCOMPARE(server.keys.at(0).keysym, quint32(XK_a));
    QVERIFY(server.keys.at(0).down);
    QCOMPARE(server.keys.at(1).keycode, 0x9du);
    QCOMPARE(server.keys.at(2).keycode, 0x9cu);
    QVERIFY(!server.keys.at(2).down);
    QVERIFY(!server.keys.at(3).extended);
    QCOMPARE(server.keys.at(3).keysym, quint32(XK_EuroSign));
    QVERIFY(!server.keys.at(4).extended);
    QCOMPARE(session.state(), State::Connected);

    session.close();
    QVERIFY(!session.sendsScancodes()); // only while connected
}

void TestVncProtocol::scancodesCanBeSwitchedOff()
{
    ScriptedServer server;
    server.ackQemuKeys = true;
    QVERIFY(server.listen());
    VncSession session;
    session.setFeatures({.scancodeKeys = false, .extendedClipboard = true});
    session.open(endpointOf(server));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.encodings.contains(QemuKeyEncoding), TimeoutMs);
    session.sendKey(RemoteKey{XK_a, 0x1e}, true);
    QTRY_COMPARE_WITH_TIMEOUT(server.keys.size(), 1, TimeoutMs);
    QVERIFY(!server.keys.at(0).extended);
    QVERIFY(!session.sendsScancodes());
}

void TestVncProtocol::extendedClipboardBothWays()
{
    ScriptedServer server;
    server.extendedClipboard = true;
    QVERIFY(server.listen());
    VncSession session;
    QSignalSpy received(&session, &RemoteDisplaySession::clipboardReceived);
    QSignalSpy refused(&session, &RemoteDisplaySession::clipboardRefused);
    session.open(endpointOf(server));
    QTRY_VERIFY_WITH_TIMEOUT(session.hasUnicodeClipboard(), TimeoutMs);
    // The client answered the server's capabilities with its own.
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 1, TimeoutMs);
    QVERIFY(server.cuts.at(0).length < 0);
    QVERIFY(server.cuts.at(0).flags & ClipCaps);
    QVERIFY(server.cuts.at(0).flags & ClipText);
    QVERIFY(server.cuts.at(0).flags & ClipProvide);
    QCOMPARE(server.cuts.at(0).data.size(), 4); // one size: text's

    // Client to server: unsolicited provide (the server takes 1 MiB unasked), UTF-8, CRLF, NUL.
    const QString text = u"中文 €\nGrüße"_s;
    session.sendClipboardText(text);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 2, TimeoutMs);
    const CutMessage provide = server.cuts.at(1);
    QCOMPARE(provide.flags, ClipProvide | ClipText);
    const QByteArray plain = unzlib(provide.data);
    QVERIFY2(plain.size() > 4, "the provide message does not inflate");
    const quint32 size = qFromBigEndian<quint32>(plain.constData());
    QCOMPARE(plain.mid(4, size), u"中文 €\r\nGrüße"_s.toUtf8() + '\0');

    // The server asks for it again (request) and peeks: the client provides and notifies.
    server.sendExtendedClipboard(ClipRequest | ClipText);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 3, TimeoutMs);
    QCOMPARE(server.cuts.at(2).flags, ClipProvide | ClipText);
    server.sendExtendedClipboard(ClipPeek);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 4, TimeoutMs);
    QCOMPARE(server.cuts.at(3).flags, ClipNotify | ClipText);

    // Server to client: notify -> the client requests -> provide -> clipboardReceived.
    server.sendExtendedClipboard(ClipNotify | ClipText);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 5, TimeoutMs);
    QCOMPARE(server.cuts.at(4).flags, ClipRequest | ClipText);
    const QByteArray guestText = u"Grüße aus dem Gast 中文 €\r\nzweite Zeile"_s.toUtf8() + '\0';
    server.sendExtendedClipboard(ClipProvide | ClipText, zlib(be32(quint32(guestText.size())) + guestText));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, TimeoutMs);
    QCOMPARE(received.first().first().toString(), u"Grüße aus dem Gast 中文 €\nzweite Zeile"_s);

    // Damaged data: a message for the user, the connection stays.
    server.sendExtendedClipboard(ClipProvide | ClipText, QByteArray("not zlib at all"));
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, TimeoutMs);
    qInfo("damaged clipboard: %s", qPrintable(refused.first().first().toString()));
    session.sendClipboardText(u"still there"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 6, TimeoutMs);
    QCOMPARE(session.state(), State::Connected);
}

void TestVncProtocol::extendedClipboardNotifiesWhenTheServerWantsToAsk()
{
    // QEMU announces a text size of 0: nothing unsolicited, notify and wait for a request.
    ScriptedServer server;
    server.extendedClipboard = true;
    server.textLimit = 0;
    QVERIFY(server.listen());
    VncSession session;
    session.open(endpointOf(server));
    QTRY_VERIFY_WITH_TIMEOUT(session.hasUnicodeClipboard(), TimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 1, TimeoutMs);
    session.sendClipboardText(u"€ only on request"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 2, TimeoutMs);
    QCOMPARE(server.cuts.at(1).flags, ClipNotify | ClipText);
    server.sendExtendedClipboard(ClipRequest | ClipText);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 3, TimeoutMs);
    QCOMPARE(server.cuts.at(2).flags, ClipProvide | ClipText);
    const QByteArray plain = unzlib(server.cuts.at(2).data);
    QCOMPARE(plain.mid(4), u"€ only on request"_s.toUtf8() + '\0');
}

void TestVncProtocol::classicClipboardIsLatin1AndRefusesTheRest()
{
    ScriptedServer server; // takes the pseudo-encoding without answering it: a classic server
    QVERIFY(server.listen());
    VncSession session;
    QSignalSpy received(&session, &RemoteDisplaySession::clipboardReceived);
    QSignalSpy refused(&session, &RemoteDisplaySession::clipboardRefused);
    session.open(endpointOf(server));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!server.encodings.isEmpty(), TimeoutMs);
    QVERIFY(!session.hasUnicodeClipboard());

    session.sendClipboardText(u"café Grüße ±"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 1, TimeoutMs);
    QCOMPARE(server.cuts.at(0).data, QByteArray("caf\xe9 Gr\xfc\xdf" "e \xb1"));

    session.sendClipboardText(u"中文 €"_s);
    QTRY_COMPARE_WITH_TIMEOUT(refused.size(), 1, TimeoutMs);
    const QString message = refused.first().first().toString();
    QVERIFY2(message.contains(u"Latin-1"_s) && message.contains(u"中"_s), qPrintable(message));
    // Nothing went out for it: the next cut text the server sees is the next Latin-1 one.
    session.sendClipboardText(u"naïve"_s);
    QTRY_COMPARE_WITH_TIMEOUT(server.cuts.size(), 2, TimeoutMs);
    QCOMPARE(server.cuts.at(1).data, QByteArray("na\xefve"));

    server.send(QByteArray::fromHex("03000000") + be32(5) + QByteArray("\xa3" "5 \xe9t"));
    QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, TimeoutMs);
    QCOMPARE(received.first().first().toString(), u"£5 ét"_s);
    QCOMPARE(session.state(), State::Connected);
}

void TestVncProtocol::extendedClipboardIsNotOfferedWhenSwitchedOff()
{
    ScriptedServer server;
    server.extendedClipboard = true;
    QVERIFY(server.listen());
    VncSession session;
    session.setFeatures({.scancodeKeys = true, .extendedClipboard = false});
    session.open(endpointOf(server));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(server.encodings.contains(QemuKeyEncoding), TimeoutMs);
    QVERIFY(!server.encodings.contains(ExtendedClipboardEncoding));
    QVERIFY(!session.hasUnicodeClipboard());
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestVncProtocol)
#include "tst_vncprotocol.moc"
