// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirtddaemon.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <signal.h>
#include <sys/types.h>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int ScriptTimeoutMs = 150000; // a cold start probes QEMU for about 8 s; the machine is loaded

QString stateDir()
{
    const QString fromEnv = qEnvironmentVariable("VIRTDECK_STATE_DIR");
    return fromEnv.isEmpty() ? u"/run/virtdeck-test"_s : fromEnv;
}

// The state letter of /proc/PID/stat (R, S, D, Z, ...), or 0 when there is no such process.
char processState(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(") ");
    return close < 0 || close + 2 >= text.size() ? char(0) : text.at(close + 2);
}

QByteArray commandName(qint64 pid)
{
    QFile comm(u"/proc/%1/comm"_s.arg(pid));
    return comm.open(QIODevice::ReadOnly) ? comm.readAll().trimmed() : QByteArray();
}

} // namespace

bool LibvirtdDaemon::isAlive(qint64 pid)
{
    const char state = processState(pid);
    return state != 0 && state != 'Z' && state != 'X';
}

qint64 LibvirtdDaemon::pid()
{
    QFile recorded(stateDir() + u"/libvirtd.pid"_s);
    if (recorded.open(QIODevice::ReadOnly)) {
        bool ok = false;
        const qint64 pid = recorded.readAll().trimmed().toLongLong(&ok);
        if (ok && isAlive(pid) && commandName(pid) == "libvirtd")
            return pid;
    }
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && commandName(pid) == "libvirtd" && isAlive(pid))
            return pid;
    }
    return 0;
}

qint64 LibvirtdDaemon::killHard()
{
    const qint64 daemon = pid();
    if (daemon <= 0 || ::kill(pid_t(daemon), SIGKILL) != 0)
        return 0;
    return daemon;
}

bool LibvirtdDaemon::restart(QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(u"bash"_s, {sourceDir() + u"/scripts/libvirtd-restart-daemon.sh"_s});
    // Waiting on the spy keeps the event loop turning: the sessions' signals still arrive.
    const bool done = finished.wait(ScriptTimeoutMs);
    if (!done) {
        process.kill();
        process.waitForFinished(5000);
    }
    *output = QString::fromLocal8Bit(process.readAll());
    return done && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace VirtDeck::Test
