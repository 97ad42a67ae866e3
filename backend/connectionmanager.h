// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionconfig.h"

#include <QList>
#include <QObject>

class QSettings;

namespace VirtDeck {

class ConnectionSession;

// Owns every ConnectionSession of the application, gives each a stable id, and keeps the
// saved connection list in QSettings in step with it.
class ConnectionManager : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionManager(QObject *parent = nullptr);
    ~ConnectionManager() override;

    const QList<ConnectionSession *> &sessions() const { return m_sessions; }
    ConnectionSession *session(int id) const;
    ConnectionSession *findByUri(const QString &uri) const;

    // Adds a session, or returns the existing one for the same URI.
    ConnectionSession *addConnection(const ConnectionConfig &config);
    void removeConnection(int id);

    void setStatsIntervalMs(int ms);
    int statsIntervalMs() const { return m_statsIntervalMs; }
    void setConnectTimeoutMs(int ms);

    // Persistence: only sessions marked persistent (added by the user) are saved.
    void load(QSettings &settings);
    void save(QSettings &settings) const;
    void setPersistent(int id, bool persistent);

    void openAutoconnect();
    void closeAll();

Q_SIGNALS:
    void sessionAdded(VirtDeck::ConnectionSession *session);
    void sessionRemoved(int id);
    void configurationChanged();

private:
    QList<ConnectionSession *> m_sessions;
    QList<int> m_transientIds; // from --connect: used this run, not saved
    int m_nextId = 1;
    int m_statsIntervalMs = 2000;
    int m_connectTimeoutMs = 30000;
};

} // namespace VirtDeck
