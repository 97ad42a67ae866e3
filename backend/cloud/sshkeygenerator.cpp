// SPDX-License-Identifier: GPL-2.0-or-later
#include "sshkeygenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QPromise>
#include <QRegularExpression>
#include <QStandardPaths>

#include <memory>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

QString SshKeyGenerator::program()
{
    return QStandardPaths::findExecutable(u"ssh-keygen"_s);
}

QString SshKeyGenerator::defaultPath(const QString &keyPairName)
{
    QString file = keyPairName.trimmed();
    file.replace(QRegularExpression(u"[^A-Za-z0-9._-]"_s), u"_"_s);
    if (file.isEmpty() || file.startsWith(u'.'))
        file.prepend(u"key"_s);
    return QDir::home().filePath(u".ssh/"_s + file);
}

QString SshKeyGenerator::checkTarget(const QString &privateKeyPath)
{
    if (privateKeyPath.trimmed().isEmpty())
        return tr("Choose where to save the private key.");
    const QFileInfo info(privateKeyPath);
    if (info.exists())
        return tr("%1 exists already; choose another file name (an existing key is never overwritten).").arg(privateKeyPath);
    if (QFileInfo::exists(privateKeyPath + u".pub"_s))
        return tr("%1 exists already; choose another file name.").arg(privateKeyPath + u".pub"_s);
    const QFileInfo directory(info.absolutePath());
    if (directory.exists() && !directory.isDir())
        return tr("%1 is not a folder.").arg(info.absolutePath());
    if (directory.exists() && !directory.isWritable())
        return tr("The folder %1 is not writable.").arg(info.absolutePath());
    return {};
}

QString SshKeyGenerator::checkPublicKey(const QString &text)
{
    const QString line = text.trimmed();
    if (line.isEmpty())
        return tr("The public key is empty.");
    if (line.contains(u"PRIVATE KEY"_s))
        return tr("This is a private key. Choose the public key (usually the file ending in .pub); a private key must never be uploaded.");
    if (line.contains(u'\n'))
        return tr("A public key is one line; this text has several.");
    static const QRegularExpression format(
        u"^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\\.com) [A-Za-z0-9+/]+={0,3}( .*)?$"_s);
    if (!format.match(line).hasMatch())
        return tr("This does not look like an OpenSSH public key (\"ssh-ed25519 AAAA… comment\").");
    return {};
}

QFuture<Result<SshKeyGenerator::Key>> SshKeyGenerator::generate(const QString &privateKeyPath, const QString &comment,
                                                                const QString &type)
{
    using R = Result<Key>;
    if (const QString problem = checkTarget(privateKeyPath); !problem.isEmpty())
        return failedFuture<Key>(problem);
    const QString keygen = program();
    if (keygen.isEmpty())
        return failedFuture<Key>(tr("ssh-keygen was not found; install OpenSSH's client (Debian: openssh-client)."));
    const QFileInfo target(privateKeyPath);
    if (!QFileInfo::exists(target.absolutePath())) {
        // ~/.ssh must not be readable by others, or ssh refuses the keys in it.
        if (!QDir().mkpath(target.absolutePath()))
            return failedFuture<Key>(tr("The folder %1 could not be created.").arg(target.absolutePath()));
        QFile::setPermissions(target.absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    auto promise = std::make_shared<QPromise<R>>();
    promise->start();
    QFuture<R> future = promise->future();
    auto *process = new QProcess;
    process->setProgram(keygen);
    // -N "": no passphrase (the user can add one later with ssh-keygen -p).
    QStringList arguments{u"-q"_s, u"-t"_s, type, u"-N"_s, QString(), u"-C"_s, comment, u"-f"_s, target.absoluteFilePath()};
    if (type == u"rsa"_s)
        arguments << u"-b"_s << u"3072"_s;
    process->setArguments(arguments);
    process->setStandardInputFile(QProcess::nullDevice());
    const QString path = target.absoluteFilePath();
    auto done = std::make_shared<bool>(false);
    QObject::connect(process, &QProcess::errorOccurred, process, [process, promise, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart || *done)
            return;
        *done = true;
        promise->addResult(R::failure(tr("ssh-keygen could not be started: %1").arg(process->errorString())));
        promise->finish();
        process->deleteLater();
    });
    QObject::connect(process, &QProcess::finished, process, [process, promise, done, path](int exitCode, QProcess::ExitStatus status) {
        if (*done)
            return;
        *done = true;
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(process->readAllStandardError() + process->readAllStandardOutput()).trimmed();
        if (status != QProcess::NormalExit || exitCode != 0) {
            promise->addResult(R::failure(tr("ssh-keygen failed (exit code %1): %2").arg(exitCode).arg(output)));
            promise->finish();
            return;
        }
        // ssh-keygen writes 0600 already; set it anyway, a umask or ACL must not widen it.
        if (!QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner)) {
            promise->addResult(R::failure(tr("The permissions of %1 could not be set to 0600.").arg(path)));
            promise->finish();
            return;
        }
        QFile publicFile(path + u".pub"_s);
        if (!publicFile.open(QIODevice::ReadOnly)) {
            promise->addResult(R::failure(tr("ssh-keygen wrote no public key %1: %2").arg(publicFile.fileName(), publicFile.errorString())));
            promise->finish();
            return;
        }
        Key key{path, publicFile.fileName(), QString::fromUtf8(publicFile.readAll()).trimmed()};
        promise->addResult(R{key, {}});
        promise->finish();
    });
    process->start();
    return future;
}

} // namespace VirtDeck::Cloud
