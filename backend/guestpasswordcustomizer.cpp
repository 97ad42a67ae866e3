// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestpasswordcustomizer.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestPasswordCustomizer::GuestPasswordCustomizer(QObject *parent)
    : QObject(parent)
{
}

GuestPasswordCustomizer::~GuestPasswordCustomizer()
{
    if (isRunning()) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString GuestPasswordCustomizer::programPath()
{
    const QString overridden = qEnvironmentVariable("VIRTDECK_VIRT_CUSTOMIZE");
    if (!overridden.isEmpty())
        return QFileInfo(overridden).isExecutable() ? overridden : QString();
    return QStandardPaths::findExecutable(u"virt-customize"_s);
}

bool GuestPasswordCustomizer::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool GuestPasswordCustomizer::start(const QString &uri, const QString &guestName, const QString &user,
                                    const QString &password, QString *error)
{
    if (isRunning()) {
        *error = tr("virt-customize is still running.");
        return false;
    }
    const QString program = programPath();
    if (program.isEmpty()) {
        *error = tr("virt-customize is not installed. Install the package libguestfs-tools "
                    "(apt-get install libguestfs-tools) and try again.");
        return false;
    }
    if (user.trimmed().isEmpty()) {
        *error = tr("Enter the user whose password to set.");
        return false;
    }
    if (user.contains(u':')) {
        *error = tr("A user name cannot contain \":\".");
        return false;
    }
    if (password.isEmpty() || password.contains(u'\n') || password.contains(u'\r')) {
        *error = tr("Enter a password of one line.");
        return false;
    }

    // QTemporaryFile creates the file 0600 already; set it again so nothing depends on that.
    m_passwordFile = std::make_unique<QTemporaryFile>(QDir::tempPath() + u"/virtdeck-password-XXXXXX"_s);
    if (!m_passwordFile->open()
        || !m_passwordFile->setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || m_passwordFile->write(password.toUtf8() + '\n') < 0 || !m_passwordFile->flush()) {
        *error = tr("Could not write the temporary password file: %1").arg(m_passwordFile->errorString());
        m_passwordFile.reset();
        return false;
    }
    const QString selector = u"file:"_s + m_passwordFile->fileName();
    m_arguments = {u"-c"_s, uri, u"-d"_s, guestName};
    if (user == u"root"_s)
        m_arguments << u"--root-password"_s << selector;
    else
        m_arguments << u"--password"_s << user + u':' + selector;

    delete m_process;
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_lastLines.clear();
    m_cancelled = false;
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this] {
        while (m_process->canReadLine()) {
            const QString line = QString::fromLocal8Bit(m_process->readLine()).trimmed();
            if (line.isEmpty())
                continue;
            m_lastLines.append(line);
            if (m_lastLines.size() > 5)
                m_lastLines.removeFirst();
            Q_EMIT outputLine(line);
        }
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_cancelled)
            finish(false, tr("Cancelled; the guest's disk may be left as it was or changed, check before use."));
        else if (status == QProcess::NormalExit && exitCode == 0)
            finish(true, tr("The password was set. It takes effect when the guest next boots."));
        else
            finish(false, tr("virt-customize failed (exit code %1): %2").arg(exitCode).arg(m_lastLines.join(u'\n')));
    });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError processError) {
        if (processError == QProcess::FailedToStart)
            finish(false, tr("virt-customize could not be started: %1").arg(m_process->errorString()));
    });
    m_process->start(program, m_arguments);
    return true;
}

void GuestPasswordCustomizer::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    m_process->terminate();
}

void GuestPasswordCustomizer::finish(bool ok, const QString &message)
{
    m_passwordFile.reset(); // removes the file
    Q_EMIT finished(ok, message);
}

} // namespace VirtDeck
