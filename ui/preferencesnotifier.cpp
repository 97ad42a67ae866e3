// SPDX-License-Identifier: GPL-2.0-or-later
#include "preferencesnotifier.h"

namespace VirtDeck {

PreferencesNotifier *PreferencesNotifier::instance()
{
    static PreferencesNotifier notifier;
    return &notifier;
}

void PreferencesNotifier::publish(const AppPreferences &preferences)
{
    if (preferences == m_current)
        return;
    m_current = preferences;
    Q_EMIT changed(m_current);
}

} // namespace VirtDeck
