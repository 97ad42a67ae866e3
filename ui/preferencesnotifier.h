// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "apppreferences.h"

#include <QObject>

namespace VirtDeck {

// The preferences in force, for windows that live apart from the main window (a guest's
// console): they read current() when built and follow changed() from then on, so a change
// in the preferences dialog applies at once everywhere.
class PreferencesNotifier : public QObject
{
    Q_OBJECT

public:
    static PreferencesNotifier *instance();

    const AppPreferences &current() const { return m_current; }
    // Emits changed() when something differs.
    void publish(const AppPreferences &preferences);

Q_SIGNALS:
    void changed(const VirtDeck::AppPreferences &preferences);

private:
    PreferencesNotifier() = default;

    AppPreferences m_current;
};

} // namespace VirtDeck
