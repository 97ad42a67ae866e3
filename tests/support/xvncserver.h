// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace VirtDeck::Test {

// A TigerVNC Xvnc server on 127.0.0.1 for tests and benchmarks (package
// tigervnc-standalone-server). Xvnc picks a free display itself and says which through
// -displayfd once it accepts connections; the RFB port is chosen free by the caller or here.
// Stopped (the process this object started, nothing else) when the object goes away.
class XvncServer
{
public:
    XvncServer();
    ~XvncServer();
    XvncServer(const XvncServer &) = delete;
    XvncServer &operator=(const XvncServer &) = delete;

    // password empty: SecurityTypes None; else VncAuth with that password. port 0: a free one.
    bool start(QString *error, const QSize &geometry = QSize(1024, 768), const QString &password = {}, int port = 0);
    // More Xvnc options for the next start() (e.g. -RawKeyboard).
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    int port() const { return m_port; }
    QString display() const { return m_display; }
    qint64 pid() const { return m_process.processId(); }
    // Runs an X client against this server and waits for it (at most timeoutMs).
    bool runClient(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 15000) const;
    // Starts an X client that keeps running; the caller owns and stops the process.
    QProcessEnvironment clientEnvironment() const;

    static int freeTcpPort();
    static QString missingToolsMessage();

private:
    QProcess m_process;
    QTemporaryDir m_dir;
    int m_port = 0;
    QString m_display;
    QStringList m_extraArguments;
};

} // namespace VirtDeck::Test
