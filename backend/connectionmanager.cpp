// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionmanager.h"

#include "connectionsession.h"
#include "connectionstore.h"

namespace VirtDeck {

ConnectionManager::ConnectionManager(QObject *parent)
    : QObject(parent)
{
}

ConnectionManager::~ConnectionManager()
{
    closeAll();
}

ConnectionSession *ConnectionManager::session(int id) const
{
    for (ConnectionSession *session : m_sessions) {
        if (session->id() == id)
            return session;
    }
    return nullptr;
}

ConnectionSession *ConnectionManager::findByUri(const QString &uri) const
{
    for (ConnectionSession *session : m_sessions) {
        if (session->uri() == uri)
            return session;
    }
    return nullptr;
}

ConnectionSession *ConnectionManager::addConnection(const ConnectionConfig &config)
{
    if (ConnectionSession *existing = findByUri(config.uri))
        return existing;
    auto *session = new ConnectionSession(m_nextId++, config, this);
    session->setStatsIntervalMs(m_statsIntervalMs);
    session->setConnectTimeoutMs(m_connectTimeoutMs);
    m_sessions.append(session);
    Q_EMIT sessionAdded(session);
    Q_EMIT configurationChanged();
    return session;
}

void ConnectionManager::removeConnection(int id)
{
    ConnectionSession *target = session(id);
    if (!target)
        return;
    m_sessions.removeOne(target);
    m_transientIds.removeOne(id);
    Q_EMIT sessionRemoved(id);
    delete target;
    Q_EMIT configurationChanged();
}

void ConnectionManager::setStatsIntervalMs(int ms)
{
    m_statsIntervalMs = ms;
    for (ConnectionSession *session : std::as_const(m_sessions))
        session->setStatsIntervalMs(ms);
}

void ConnectionManager::setConnectTimeoutMs(int ms)
{
    m_connectTimeoutMs = ms;
    for (ConnectionSession *session : std::as_const(m_sessions))
        session->setConnectTimeoutMs(ms);
}

void ConnectionManager::load(QSettings &settings)
{
    const ConnectionStore store(settings);
    for (const ConnectionConfig &config : store.load())
        addConnection(config);
}

void ConnectionManager::save(QSettings &settings) const
{
    QList<ConnectionConfig> configs;
    for (const ConnectionSession *session : m_sessions) {
        if (!m_transientIds.contains(session->id()))
            configs.append(session->config());
    }
    ConnectionStore(settings).save(configs);
}

void ConnectionManager::setPersistent(int id, bool persistent)
{
    m_transientIds.removeOne(id);
    if (!persistent)
        m_transientIds.append(id);
}

void ConnectionManager::openAutoconnect()
{
    for (ConnectionSession *session : std::as_const(m_sessions)) {
        if (session->config().autoconnect)
            session->open();
    }
}

void ConnectionManager::closeAll()
{
    for (ConnectionSession *session : std::as_const(m_sessions))
        session->close();
}

} // namespace VirtDeck
