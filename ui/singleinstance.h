// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace VirtDeck {

// One VirtDeck per user: the first process listens on a per-user local socket, later ones
// hand their command line to it and exit. Messages are a QDataStream of the argument list,
// answered with one acknowledgement byte so the sender knows it arrived.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // socketName: a name or an absolute path; defaultSocketName() unless a test isolates itself.
    explicit SingleInstance(const QString &socketName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // In $XDG_RUNTIME_DIR (per user, mode 0700) when there is one, else the temp folder
    // with the user id in the name.
    static QString defaultSocketName();

    // Becomes the primary instance: true when listening. False when another instance answers
    // on the socket (then hand the arguments over with sendToRunning()). A socket file left
    // behind by a crashed instance is removed and taken over.
    bool listen(QString *error = nullptr);
    bool isListening() const;
    QString socketName() const { return m_socketName; }

    // Blocking, bounded by timeoutMs: for the second process before it shows anything.
    static bool sendToRunning(const QString &socketName, const QStringList &arguments, int timeoutMs = 3000,
                              QString *error = nullptr);

Q_SIGNALS:
    void argumentsReceived(const QStringList &arguments);

private:
    void onNewConnection();

    QString m_socketName;
    QLocalServer *m_server = nullptr;
};

} // namespace VirtDeck
