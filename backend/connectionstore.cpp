// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionstore.h"

#include <QSettings>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ConnectionStore::ConnectionStore(QSettings &settings)
    : m_settings(settings)
{
}

bool ConnectionStore::hasSavedList() const
{
    return m_settings.contains(u"connections/size"_s);
}

QList<ConnectionConfig> ConnectionStore::load() const
{
    QList<ConnectionConfig> out;
    const int count = m_settings.beginReadArray(u"connections"_s);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionConfig config;
        config.uri = m_settings.value(u"uri"_s).toString();
        config.displayName = m_settings.value(u"name"_s).toString();
        config.autoconnect = m_settings.value(u"autoconnect"_s, true).toBool();
        if (!config.uri.isEmpty())
            out.append(config);
    }
    m_settings.endArray();
    return out;
}

void ConnectionStore::save(const QList<ConnectionConfig> &connections)
{
    m_settings.remove(u"connections"_s);
    m_settings.beginWriteArray(u"connections"_s, int(connections.size()));
    for (int i = 0; i < connections.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(u"uri"_s, connections[i].uri);
        m_settings.setValue(u"name"_s, connections[i].displayName);
        m_settings.setValue(u"autoconnect"_s, connections[i].autoconnect);
    }
    m_settings.endArray();
}

} // namespace VirtDeck
