// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionconfig.h"

#include <QList>

class QSettings;

namespace VirtDeck {

// Loads and saves the connection list in QSettings ("connections" array).
class ConnectionStore
{
public:
    explicit ConnectionStore(QSettings &settings);

    bool hasSavedList() const;
    QList<ConnectionConfig> load() const;
    void save(const QList<ConnectionConfig> &connections);

private:
    QSettings &m_settings;
};

} // namespace VirtDeck
