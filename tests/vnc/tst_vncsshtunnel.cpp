// SPDX-License-Identifier: GPL-2.0-or-later
//
// The console through an SSH tunnel (`ssh -W host:port` with a socket pair as its stdin and
// stdout), as used for qemu+ssh:// hosts whose libvirt cannot pass the display's socket:
// against TigerVNC's Xvnc behind a real sshd on 127.0.0.1 (openssh-server, started here on a
// free port with its own host key and a login key for root). Pixels arrive exactly, ssh's
// own error (a refused key, an unknown host key) reaches the user, and no ssh is left over.

#include "sshserver.h"
#include "vncsession.h"
#include "xvncserver.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck {

using Test::SshServer;
using Test::XvncServer;
using State = RemoteDisplaySession::State;

namespace {

constexpr int TimeoutMs = 30000;

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

// ssh processes (ours are children of this test) tunnelling to that port.
int tunnelsTo(int port)
{
    int count = 0;
    const QByteArray wanted = ":" + QByteArray::number(port);
    for (const QString &pid : QDir(u"/proc"_s).entryList(QDir::Dirs)) {
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(pid));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> arguments = cmdline.readAll().split('\0');
        if (arguments.size() > 2 && arguments.first().endsWith("ssh") && arguments.at(1) == "-W" && arguments.at(2).endsWith(wanted))
            ++count;
    }
    return count;
}

RemoteDisplaySession::EndpointProvider tunnelTo(const ConsoleSshTunnel &tunnel)
{
    return [tunnel] {
        ConsoleEndpoint endpoint;
        endpoint.sshTunnel = tunnel;
        endpoint.description = u"test tunnel"_s;
        return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>{endpoint, {}});
    };
}

} // namespace

class TestVncSshTunnel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheDisplayThroughTheTunnel();
    void refusedKeyIsReportedWithSshsMessage();
    void unknownHostKeyIsReported();

private:
    ConsoleSshTunnel tunnel() const;

    SshServer m_ssh;
    XvncServer m_xvnc;
};

void TestVncSshTunnel::initTestCase()
{
    const QString missing = SshServer::missingToolsMessage() + XvncServer::missingToolsMessage();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));
    QString error;
    QVERIFY2(m_ssh.start(&error), qPrintable(error));
    QVERIFY2(m_xvnc.start(&error, QSize(640, 480)), qPrintable(error));
    QVERIFY2(m_xvnc.runClient(u"xsetroot"_s, {u"-solid"_s, u"#2a5f8c"_s}, &error), qPrintable(error));
}

ConsoleSshTunnel TestVncSshTunnel::tunnel() const
{
    ConsoleSshTunnel tunnel;
    tunnel.user = m_ssh.user();
    tunnel.host = u"127.0.0.1"_s;
    tunnel.port = m_ssh.port();
    tunnel.keyFile = m_ssh.clientKey();
    tunnel.knownHostsFile = m_ssh.knownHostsFile();
    tunnel.targetHost = u"127.0.0.1"_s; // Xvnc listens on the "remote" host's loopback only
    tunnel.targetPort = m_xvnc.port();
    return tunnel;
}

void TestVncSshTunnel::showsTheDisplayThroughTheTunnel()
{
    {
        VncSession session;
        session.open(tunnelTo(tunnel()));
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x2a, 0x5f, 0x8c)), qint64(0), TimeoutMs);
        QCOMPARE(session.framebufferSize(), QSize(640, 480));
        QCOMPARE(tunnelsTo(m_xvnc.port()), 1);
        QVERIFY2(m_ssh.log().contains(u"Accepted publickey"_s), qPrintable(m_ssh.log()));

        // Updates and input keep flowing through the tunnel.
        QString error;
        QVERIFY2(m_xvnc.runClient(u"xsetroot"_s, {u"-solid"_s, u"#8c2a5f"_s}, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x8c, 0x2a, 0x5f)), qint64(0), TimeoutMs);
        session.sendPointer(10, 10, 0);
        session.sendKey(RemoteKey{0xff1b, 0x01}, true);
        session.sendKey(RemoteKey{0xff1b, 0x01}, false);

        // A reconnection opens a new tunnel and ends the old one.
        session.reconnectNow();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Connected, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(tunnelsTo(m_xvnc.port()), 1, TimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(pixelsNotEqual(session, qRgb(0x8c, 0x2a, 0x5f)), qint64(0), TimeoutMs);
        qInfo("through %s", qPrintable(session.statusMessage()));
    }
    // The session gone, so is its ssh.
    QTRY_COMPARE_WITH_TIMEOUT(tunnelsTo(m_xvnc.port()), 0, 10000);
}

void TestVncSshTunnel::refusedKeyIsReportedWithSshsMessage()
{
    ConsoleSshTunnel wrong = tunnel();
    wrong.keyFile = m_ssh.otherKey();
    VncSession session;
    session.setMaxFailures(1);
    session.open(tunnelTo(wrong));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, TimeoutMs);
    qInfo("%s", qPrintable(session.statusMessage()));
    QVERIFY2(session.statusMessage().contains(u"Permission denied"_s), qPrintable(session.statusMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(tunnelsTo(m_xvnc.port()), 0, 10000);
}

void TestVncSshTunnel::unknownHostKeyIsReported()
{
    // BatchMode: no prompt to accept an unknown host key; the refusal becomes the message.
    ConsoleSshTunnel unknown = tunnel();
    unknown.knownHostsFile = QDir::temp().filePath(u"virtdeck-test-vncx-empty-known-hosts"_s);
    QFile::remove(unknown.knownHostsFile);
    VncSession session;
    session.setMaxFailures(1);
    session.open(tunnelTo(unknown));
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), State::Failed, TimeoutMs);
    qInfo("%s", qPrintable(session.statusMessage()));
    QVERIFY2(session.statusMessage().contains(u"Host key verification failed"_s), qPrintable(session.statusMessage()));
    QFile::remove(unknown.knownHostsFile);
}

} // namespace VirtDeck

QTEST_GUILESS_MAIN(VirtDeck::TestVncSshTunnel)
#include "tst_vncsshtunnel.moc"
