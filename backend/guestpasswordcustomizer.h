// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QProcess;
class QTemporaryFile;

namespace VirtDeck {

// Sets a user's password in a shut-off guest's disk image with virt-customize (package
// libguestfs-tools), for guests without a running agent. The password never appears on a
// command line or in a log: it goes through a temporary file of mode 0600 that
// virt-customize reads (its "file:FILENAME" selector) and that is removed when it is done.
// The process runs asynchronously; the GUI thread never waits for it.
class GuestPasswordCustomizer : public QObject
{
    Q_OBJECT

public:
    explicit GuestPasswordCustomizer(QObject *parent = nullptr);
    ~GuestPasswordCustomizer() override;

    // virt-customize's path, or empty when it is not installed. $VIRTDECK_VIRT_CUSTOMIZE
    // overrides the search (tests use a stand-in script).
    static QString programPath();

    // Starts virt-customize. False (with *error set) when it cannot start at all.
    bool start(const QString &uri, const QString &guestName, const QString &user, const QString &password, QString *error);
    void cancel();
    bool isRunning() const;
    // The arguments of the last start, for tests: they name the file, never the password.
    QStringList lastArguments() const { return m_arguments; }

Q_SIGNALS:
    void outputLine(const QString &line);
    void finished(bool ok, const QString &message);

private:
    void finish(bool ok, const QString &message);

    QProcess *m_process = nullptr;
    std::unique_ptr<QTemporaryFile> m_passwordFile;
    QStringList m_arguments;
    QStringList m_lastLines; // the tail of the output, for the error message
    bool m_cancelled = false;
};

} // namespace VirtDeck
