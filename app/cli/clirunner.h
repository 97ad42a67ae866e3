// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clicommand.h"
#include "cliparser.h"
#include "domaininfo.h"

#include <QCoreApplication>
#include <QFuture>
#include <QFutureWatcher>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QTextStream;

namespace VirtDeck {

class ConnectionSession;

// Runs one virtdeck-cli command on the same backend services as the GUI: a
// ConnectionSession whose worker thread makes every libvirt call, while this (main) thread
// waits for the futures in a local event loop, which is fine for a command-line tool.
// Results go to out (text or JSON), progress and errors to err.
class CliRunner
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::CliRunner)

public:
    CliRunner(QTextStream &out, QTextStream &err);
    ~CliRunner();

    // Asks for the missing values on in (prompts on err). False at end of input.
    bool prompt(CliParser::Parsed &parsed, QTextStream &in);

    // The URI when --connect is not given: $VIRTDECK_DEFAULT_URI, $LIBVIRT_DEFAULT_URI,
    // else the GUI's default.
    static QString defaultUri();

    CliExit run(const CliCommand &command);

private:
    template<typename T>
    T await(const QFuture<T> &future)
    {
        if (!future.isFinished()) {
            QFutureWatcher<T> watcher;
            QEventLoop loop;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return future.result();
    }

    bool connectSession(const QString &uri);
    // Guests by name; names not found get a failure entry in results (when given).
    QVector<QUuid> resolve(const QStringList &names, QJsonArray *failures);
    CliExit report(const QJsonArray &results);
    void printJson(const QJsonValue &value);
    void fail(const QString &message);

    CliExit list();
    CliExit action(const CliCommand &command);
    CliExit remove(const CliCommand &command);
    CliExit batchCreate(const CliCommand &command);
    CliExit clone(const CliCommand &command);
    CliExit snapshot(const CliCommand &command);
    CliExit pools();
    CliExit networks();
    CliExit templates(const CliCommand &command);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    std::unique_ptr<ConnectionSession> m_session;
    QHash<QString, DomainInfo> m_guests; // by name, as listed at connect
};

} // namespace VirtDeck
