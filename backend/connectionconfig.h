// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace VirtDeck {

// A saved connection: what the user added in the add-connection dialog.
struct ConnectionConfig
{
    QString uri;
    QString displayName; // empty: the URI is shown
    bool autoconnect = true;

    friend bool operator==(const ConnectionConfig &, const ConnectionConfig &) = default;
};

} // namespace VirtDeck

Q_DECLARE_METATYPE(VirtDeck::ConnectionConfig)
