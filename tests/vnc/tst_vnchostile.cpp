// SPDX-License-Identifier: GPL-2.0-or-later
//
// VncSession against hostile RFB servers written here, on 127.0.0.1: truncated and
// oversized messages, random bytes after a valid handshake, impossible screen sizes and
// servers that stop talking mid-handshake. The session must end in an error state, never
// crash, and the GUI thread's event loop must keep running throughout (a 10 ms heartbeat).
// Run this under AddressSanitizer too (-DVIRTDECK_SANITIZE=ON).

#include "vncsession.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QtEndian>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using State = RemoteDisplaySession::State;

namespace {

enum class Scenario {
    GarbageInsteadOfVersion,
    HangAfterVersion,
    HangInServerInit,
    HugeScreen,
    ZeroScreen,
    TruncatedUpdateThenClose,
    TruncatedUpdateThenSilence,
    OversizedRect,
    RectOutsideScreen,
    UnknownEncoding,
    HugeCutText,
    RandomBytesThenClose,
    RandomBytesThenSilence,
    ValidFrameThenRandomBytes,
};

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

QByteArray serverInit(quint16 width, quint16 height)
{
    QByteArray init = be16(width) + be16(height);
    // 32 bpp, depth 24, little endian, true colour, 255/255/255, shifts 16/8/0, padding.
    init += QByteArray::fromHex("20180001") + be16(255) + be16(255) + be16(255) + QByteArray::fromHex("100800000000");
    const QByteArray name = "hostile";
    return init + be32(quint32(name.size())) + name;
}

QByteArray rectHeader(quint16 x, quint16 y, quint16 w, quint16 h, qint32 encoding)
{
    return be16(x) + be16(y) + be16(w) + be16(h) + be32(quint32(encoding));
}

QByteArray randomBytes(quint32 seed, int count)
{
    QRandomGenerator random(seed);
    QByteArray bytes(count, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    return bytes;
}

// Plays one scenario on every connection it accepts; each connection walks through the
// RFB 3.8 handshake (no authentication) as far as the scenario allows.
class HostileServer : public QObject
{
public:
    HostileServer(Scenario scenario, quint32 seed)
        : m_scenario(scenario)
        , m_seed(seed)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    int port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *socket)
    {
        socket->setParent(this);
        ++m_connections;
        if (m_scenario == Scenario::GarbageInsteadOfVersion) {
            socket->write("HTTP/1.1 400 Bad Request\r\n\r\n" + randomBytes(m_seed, 64));
            socket->disconnectFromHost();
            return;
        }
        socket->write("RFB 003.008\n");
        if (m_scenario == Scenario::HangAfterVersion)
            return; // never another byte
        auto received = std::make_shared<QByteArray>();
        auto step = std::make_shared<int>(0);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, received, step] {
            *received += socket->readAll();
            if (*step == 0 && received->size() >= 12) { // client version
                received->remove(0, 12);
                socket->write(QByteArray::fromHex("0101")); // one security type: None
                *step = 1;
            }
            if (*step == 1 && received->size() >= 1) { // chosen type
                received->remove(0, 1);
                socket->write(be32(0)); // SecurityResult OK
                *step = 2;
            }
            if (*step == 2 && received->size() >= 1) { // ClientInit
                received->remove(0, 1);
                *step = 3;
                afterHandshake(socket);
            }
            received->clear(); // what the client sends later does not matter
        });
    }

    void afterHandshake(QTcpSocket *socket)
    {
        const QByteArray init = serverInit(64, 48);
        const QByteArray updateHeader = QByteArray::fromHex("0000") + be16(1);
        switch (m_scenario) {
        case Scenario::HangInServerInit:
            socket->write(init.left(10));
            return;
        case Scenario::HugeScreen:
            socket->write(serverInit(65535, 65535));
            return;
        case Scenario::ZeroScreen:
            socket->write(serverInit(0, 0));
            return;
        case Scenario::TruncatedUpdateThenClose:
            socket->write(init + updateHeader + rectHeader(0, 0, 64, 48, 0) + QByteArray(100, '\x7f'));
            socket->disconnectFromHost();
            return;
        case Scenario::TruncatedUpdateThenSilence:
            socket->write(init + updateHeader + rectHeader(0, 0, 64, 48, 0) + QByteArray(100, '\x7f'));
            return;
        case Scenario::OversizedRect:
            socket->write(init + updateHeader + rectHeader(0, 0, 5000, 5000, 0) + QByteArray(4096, '\x01'));
            return;
        case Scenario::RectOutsideScreen:
            socket->write(init + updateHeader + rectHeader(60, 40, 64, 48, 0) + QByteArray(4096, '\x01'));
            return;
        case Scenario::UnknownEncoding:
            socket->write(init + updateHeader + rectHeader(0, 0, 8, 8, 0x12345) + QByteArray(256, '\x02'));
            return;
        case Scenario::HugeCutText:
            socket->write(init + QByteArray::fromHex("03000000") + be32(0x7fffffff) + "only a few bytes");
            socket->disconnectFromHost();
            return;
        case Scenario::RandomBytesThenClose:
            socket->write(init + randomBytes(m_seed, 8192));
            socket->disconnectFromHost();
            return;
        case Scenario::RandomBytesThenSilence:
            socket->write(init + randomBytes(m_seed, 8192));
            return;
        case Scenario::ValidFrameThenRandomBytes:
            socket->write(init + updateHeader + rectHeader(0, 0, 64, 48, 0) + QByteArray(64 * 48 * 4, '\x40')
                          + randomBytes(m_seed, 8192));
            socket->disconnectFromHost();
            return;
        case Scenario::GarbageInsteadOfVersion:
        case Scenario::HangAfterVersion:
            return;
        }
    }

    QTcpServer m_server;
    Scenario m_scenario;
    quint32 m_seed;
    int m_connections = 0;
};

} // namespace

class TestVncHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsInErrorWithoutFreezing_data();
    void endsInErrorWithoutFreezing();
    void closeDuringAHangingHandshakeReturnsAtOnce();
};

void TestVncHostile::endsInErrorWithoutFreezing_data()
{
    QTest::addColumn<Scenario>("scenario");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("garbage instead of version") << Scenario::GarbageInsteadOfVersion << 1u;
    QTest::newRow("hang after version") << Scenario::HangAfterVersion << 1u;
    QTest::newRow("hang in ServerInit") << Scenario::HangInServerInit << 1u;
    QTest::newRow("65535x65535 screen") << Scenario::HugeScreen << 1u;
    QTest::newRow("0x0 screen") << Scenario::ZeroScreen << 1u;
    QTest::newRow("truncated update, close") << Scenario::TruncatedUpdateThenClose << 1u;
    QTest::newRow("truncated update, silence") << Scenario::TruncatedUpdateThenSilence << 1u;
    QTest::newRow("oversized rect") << Scenario::OversizedRect << 1u;
    QTest::newRow("rect outside screen") << Scenario::RectOutsideScreen << 1u;
    QTest::newRow("unknown encoding") << Scenario::UnknownEncoding << 1u;
    QTest::newRow("2 GiB cut text") << Scenario::HugeCutText << 1u;
    for (quint32 seed = 1; seed <= 6; ++seed) {
        QTest::addRow("random bytes, close, seed %u", seed) << Scenario::RandomBytesThenClose << seed;
        QTest::addRow("random bytes, silence, seed %u", seed) << Scenario::RandomBytesThenSilence << seed;
        QTest::addRow("valid frame then random, seed %u", seed) << Scenario::ValidFrameThenRandomBytes << seed;
    }
}

void TestVncHostile::endsInErrorWithoutFreezing()
{
    QFETCH(Scenario, scenario);
    QFETCH(quint32, seed);
    HostileServer server(scenario, seed);
    QVERIFY(server.listen());

    VncSession session;
    session.setTimeoutSeconds(1);
    session.setMaxFailures(2);
    session.setBackoff(20, 50);

    QElapsedTimer clock;
    clock.start();
    qint64 lastBeat = 0;
    qint64 longestGap = 0;
    QTimer heartbeat;
    connect(&heartbeat, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        longestGap = qMax(longestGap, now - lastBeat);
        lastBeat = now;
    });
    heartbeat.start(10);

    session.open([port = server.port()] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    });
    QVERIFY2(clock.elapsed() < 200, "open() must return at once");
    // A frame may arrive before the garbage (ValidFrameThenRandomBytes): that connection
    // worked, so the session keeps reconnecting; every later one fails the same way.
    QTRY_VERIFY_WITH_TIMEOUT(session.state() == State::Failed
                                 || (scenario == Scenario::ValidFrameThenRandomBytes && server.connections() >= 3
                                     && session.state() != State::Connected),
                             30000);
    QVERIFY2(!session.statusMessage().isEmpty(), "the error state needs a message for the user");
    qInfo("%s after %lld ms, %d connection(s); longest event-loop gap %lld ms",
          qPrintable(session.statusMessage()), clock.elapsed(), server.connections(), longestGap);
    QVERIFY2(longestGap < 1000, qPrintable(u"the GUI thread stalled for %1 ms"_s.arg(longestGap)));

    QElapsedTimer closing;
    closing.start();
    session.close();
    QVERIFY2(closing.elapsed() < 1000, qPrintable(u"close() took %1 ms"_s.arg(closing.elapsed())));
    QCOMPARE(session.state(), State::Disconnected);
}

void TestVncHostile::closeDuringAHangingHandshakeReturnsAtOnce()
{
    HostileServer server(Scenario::HangAfterVersion, 1);
    QVERIFY(server.listen());
    VncSession session; // default timeout (20 s): close() must not wait for it
    session.open([port = server.port()] {
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{ConsoleEndpoint::tcp(u"127.0.0.1"_s, port), {}});
    });
    QTRY_VERIFY_WITH_TIMEOUT(server.connections() == 1, 5000);
    QCOMPARE(session.state(), State::Connecting);
    QElapsedTimer closing;
    closing.start();
    session.close();
    QVERIFY2(closing.elapsed() < 500, qPrintable(u"close() took %1 ms"_s.arg(closing.elapsed())));
    QCOMPARE(session.state(), State::Disconnected);
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestVncHostile)
#include "tst_vnchostile.moc"
