// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace VirtDeck::Test {

// An OpenSSH server on 127.0.0.1 for tests (package openssh-server; no systemd needed): its
// own host key, port and configuration in a temporary folder, public-key login for the
// current user (root in the vnc tests) with a key made here. Stopped (the process this
// object started, nothing else) when the object goes away.
class SshServer
{
public:
    SshServer();
    ~SshServer();
    SshServer(const SshServer &) = delete;
    SshServer &operator=(const SshServer &) = delete;

    bool start(QString *error);
    void stop();

    int port() const { return m_port; }
    QString user() const;
    QString clientKey() const;       // private key that may log in
    QString otherKey() const;        // private key that may not
    QString knownHostsFile() const;  // knows this server's host key
    QString log() const;             // sshd's stderr so far

    static QString missingToolsMessage();

private:
    bool keygen(const QString &path, QString *error) const;

    QProcess m_process;
    QTemporaryDir m_dir;
    int m_port = 0;
};

} // namespace VirtDeck::Test
