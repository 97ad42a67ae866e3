// SPDX-License-Identifier: GPL-2.0-or-later
#include "singleinstance.h"

#include <QDataStream>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <unistd.h>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint32 Magic = 0x56444b31; // "VDK1": ignore strangers on the socket
constexpr char Acknowledge = 'A';
constexpr int ConnectProbeMs = 500;

} // namespace

SingleInstance::SingleInstance(const QString &socketName, QObject *parent)
    : QObject(parent)
    , m_socketName(socketName)
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::defaultSocketName()
{
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir(runtime).exists())
        return QDir(runtime).filePath(u"virtdeck.socket"_s);
    return QDir(QDir::tempPath()).filePath(u"virtdeck-%1.socket"_s.arg(::getuid()));
}

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::listen(QString *error)
{
    if (isListening())
        return true;
    // Someone answering means a running instance; silence means no socket or a stale file
    // from a crash. Asked first: listen() with socket options replaces an existing file.
    {
        QLocalSocket probe;
        probe.connectToServer(m_socketName);
        if (probe.waitForConnected(ConnectProbeMs)) {
            if (error)
                *error = tr("Another VirtDeck is running.");
            return false;
        }
    }
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(m_socketName);
    if (!m_server->listen(m_socketName)) {
        if (error)
            *error = m_server->errorString();
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    return true;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            QDataStream in(socket);
            in.setVersion(QDataStream::Qt_6_4);
            in.startTransaction();
            quint32 magic = 0;
            QStringList arguments;
            in >> magic >> arguments;
            if (!in.commitTransaction())
                return; // wait for the rest
            if (magic != Magic) {
                socket->abort();
                return;
            }
            socket->write(&Acknowledge, 1);
            socket->flush();
            Q_EMIT argumentsReceived(arguments);
        });
    }
}

bool SingleInstance::sendToRunning(const QString &socketName, const QStringList &arguments, int timeoutMs, QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(socketName);
    const auto fail = [&](const QString &what) {
        if (error)
            *error = what.isEmpty() ? socket.errorString() : what;
        return false;
    };
    if (!socket.waitForConnected(timeoutMs))
        return fail({});
    QByteArray message;
    QDataStream out(&message, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << Magic << arguments;
    socket.write(message);
    if (!socket.waitForBytesWritten(timeoutMs))
        return fail({});
    while (socket.bytesAvailable() < 1) {
        if (!socket.waitForReadyRead(timeoutMs))
            return fail(tr("The running VirtDeck did not answer."));
    }
    char answer = 0;
    socket.read(&answer, 1);
    if (answer != Acknowledge)
        return fail(tr("The running VirtDeck did not answer."));
    socket.disconnectFromServer();
    return true;
}

} // namespace VirtDeck
