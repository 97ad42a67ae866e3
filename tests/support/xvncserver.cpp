// SPDX-License-Identifier: GPL-2.0-or-later
#include "xvncserver.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

XvncServer::XvncServer() = default;

XvncServer::~XvncServer()
{
    stop();
}

int XvncServer::freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString XvncServer::missingToolsMessage()
{
    QStringList missing;
    for (const QString &tool : {u"Xvnc"_s, u"vncpasswd"_s, u"xsetroot"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    if (missing.isEmpty())
        return {};
    return u"missing %1: install tigervnc-standalone-server, tigervnc-tools and x11-xserver-utils (scripts/install-deps.sh)"_s
        .arg(missing.join(u", "_s));
}

bool XvncServer::start(QString *error, const QSize &geometry, const QString &password, int port)
{
    stop();
    const QString missing = missingToolsMessage();
    if (!missing.isEmpty()) {
        *error = missing;
        return false;
    }
    m_port = port > 0 ? port : freeTcpPort();
    QStringList arguments{u"-displayfd"_s, u"1"_s, u"-rfbport"_s, QString::number(m_port), u"-localhost"_s,
                          u"-geometry"_s, u"%1x%2"_s.arg(geometry.width()).arg(geometry.height()), u"-depth"_s, u"24"_s,
                          u"-AlwaysShared"_s, u"-nolisten"_s, u"tcp"_s};
    arguments << m_extraArguments;
    if (password.isEmpty()) {
        arguments << u"-SecurityTypes"_s << u"None"_s;
    } else {
        // vncpasswd -f turns a password on stdin into the obfuscated file Xvnc reads.
        QProcess encoder;
        encoder.start(u"vncpasswd"_s, {u"-f"_s});
        encoder.write(password.toUtf8() + '\n' + password.toUtf8() + '\n');
        encoder.closeWriteChannel();
        if (!encoder.waitForFinished(10000) || encoder.exitCode() != 0) {
            *error = u"vncpasswd -f failed: %1"_s.arg(QString::fromLocal8Bit(encoder.readAllStandardError()));
            return false;
        }
        const QString passwordFile = m_dir.filePath(u"passwd"_s);
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(encoder.readAllStandardOutput()) < 0) {
            *error = u"cannot write %1"_s.arg(passwordFile);
            return false;
        }
        file.close();
        arguments << u"-SecurityTypes"_s << u"VncAuth"_s << u"-rfbauth"_s << passwordFile;
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setStandardErrorFile(m_dir.filePath(u"xvnc.log"_s));
    m_process.start(u"Xvnc"_s, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = u"Xvnc did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    // -displayfd: Xvnc writes its display number when it accepts connections.
    QByteArray number;
    const QDeadlineTimer deadline(20000);
    while (!number.contains('\n') && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
            number += m_process.readAllStandardOutput();
    }
    if (!number.contains('\n')) {
        QFile log(m_dir.filePath(u"xvnc.log"_s));
        log.open(QIODevice::ReadOnly);
        *error = u"Xvnc did not become ready: %1"_s.arg(QString::fromLocal8Bit(log.readAll().right(800)));
        stop();
        return false;
    }
    m_display = u":"_s + QString::fromLatin1(number.trimmed());
    return true;
}

void XvncServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QProcessEnvironment XvncServer::clientEnvironment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, m_display);
    environment.remove(u"XAUTHORITY"_s);
    return environment;
}

bool XvncServer::runClient(const QString &program, const QStringList &arguments, QString *error, int timeoutMs) const
{
    QProcess client;
    client.setProcessEnvironment(clientEnvironment());
    client.start(program, arguments);
    if (!client.waitForFinished(timeoutMs) || client.exitStatus() != QProcess::NormalExit || client.exitCode() != 0) {
        *error = u"%1 %2 failed: %3 %4"_s.arg(program, arguments.join(u' '), client.errorString(),
                                              QString::fromLocal8Bit(client.readAllStandardError()));
        client.kill();
        client.waitForFinished(2000);
        return false;
    }
    return true;
}

} // namespace VirtDeck::Test
