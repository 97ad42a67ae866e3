// SPDX-License-Identifier: GPL-2.0-or-later
#include "sshserver.h"

#include "xvncserver.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString Sshd = u"/usr/sbin/sshd"_s; // sshd re-executes itself: it wants an absolute path

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

SshServer::SshServer() = default;

SshServer::~SshServer()
{
    stop();
}

QString SshServer::missingToolsMessage()
{
    QStringList missing;
    if (!QFile::exists(Sshd))
        missing << Sshd;
    for (const QString &tool : {u"ssh"_s, u"ssh-keygen"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    if (missing.isEmpty())
        return {};
    return u"missing %1: install openssh-server and openssh-client (scripts/install-deps.sh)"_s.arg(missing.join(u", "_s));
}

QString SshServer::user() const
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : u"root"_s;
}

QString SshServer::clientKey() const
{
    return m_dir.filePath(u"client_ed25519"_s);
}

QString SshServer::otherKey() const
{
    return m_dir.filePath(u"other_ed25519"_s);
}

QString SshServer::knownHostsFile() const
{
    return m_dir.filePath(u"known_hosts"_s);
}

QString SshServer::log() const
{
    return QString::fromLocal8Bit(readFile(m_dir.filePath(u"sshd.log"_s)));
}

bool SshServer::keygen(const QString &path, QString *error) const
{
    QProcess keygen;
    keygen.setProcessChannelMode(QProcess::MergedChannels);
    keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-C"_s, u"virtdeck-test"_s, u"-f"_s, path});
    if (!keygen.waitForFinished(15000) || keygen.exitCode() != 0) {
        *error = u"ssh-keygen failed: %1"_s.arg(QString::fromLocal8Bit(keygen.readAll()));
        return false;
    }
    return true;
}

bool SshServer::start(QString *error)
{
    stop();
    const QString missing = missingToolsMessage();
    if (!missing.isEmpty()) {
        *error = missing;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    const QString hostKey = m_dir.filePath(u"host_ed25519"_s);
    if (!QFile::exists(hostKey)
        && (!keygen(hostKey, error) || !keygen(clientKey(), error) || !keygen(otherKey(), error)))
        return false;
    // The privilege separation folder Debian's init script would make.
    if (!QDir().mkpath(u"/run/sshd"_s)) {
        *error = u"cannot create /run/sshd"_s;
        return false;
    }
    m_port = XvncServer::freeTcpPort();
    const QString config = m_dir.filePath(u"sshd_config"_s);
    const QByteArray text = "ListenAddress 127.0.0.1\n"
                            "Port " + QByteArray::number(m_port) + "\n"
                            "HostKey " + hostKey.toLocal8Bit() + "\n"
                            "PidFile none\n"
                            "AuthorizedKeysFile " + m_dir.filePath(u"authorized_keys"_s).toLocal8Bit() + "\n"
                            "StrictModes no\n"
                            "UsePAM no\n"
                            "PasswordAuthentication no\n"
                            "KbdInteractiveAuthentication no\n"
                            "PermitRootLogin prohibit-password\n"
                            "AllowTcpForwarding yes\n"
                            "LogLevel VERBOSE\n";
    if (!writeFile(config, text) || !writeFile(m_dir.filePath(u"authorized_keys"_s), readFile(clientKey() + u".pub"_s))
        || !writeFile(knownHostsFile(), "[127.0.0.1]:" + QByteArray::number(m_port) + ' ' + readFile(hostKey + u".pub"_s))) {
        *error = u"cannot write the sshd files in %1"_s.arg(m_dir.path());
        return false;
    }
    m_process.setStandardErrorFile(m_dir.filePath(u"sshd.log"_s));
    m_process.start(Sshd, {u"-D"_s, u"-e"_s, u"-f"_s, config});
    if (!m_process.waitForStarted(10000)) {
        *error = u"sshd did not start: %1"_s.arg(m_process.errorString());
        return false;
    }
    // Ready once it says it listens (-e: the log goes to stderr).
    const QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (log().contains(u"Server listening on"_s))
            return true;
        if (m_process.waitForFinished(50)) {
            *error = u"sshd exited: %1"_s.arg(log());
            return false;
        }
    }
    *error = u"sshd did not listen within 20 s: %1"_s.arg(log());
    stop();
    return false;
}

void SshServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace VirtDeck::Test
