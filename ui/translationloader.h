// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace VirtDeck {

// Installs the translators for the language the preferences name ("" follows the system
// locale), replacing the ones installed before, so Qt sends QEvent::LanguageChange to every
// widget and they retranslate themselves. Translations are embedded under :/i18n.
class TranslationLoader
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::TranslationLoader)

public:
    struct Language
    {
        QString code;       // "en", "zh_CN"; empty for Automatic
        QString nativeName; // as the language calls itself, so anyone can find theirs
    };

    // Automatic first, then every language with a translation.
    static QList<Language> languages();
    // The language actually used for a preference: the system's when it is "" (or when the
    // system's language has no translation: English).
    static QString resolve(const QString &preference);
    // Replaces the installed translators; true when VirtDeck's own translation loaded.
    static bool apply(const QString &preference);
    // The resolved code of the last apply(), empty before the first.
    static QString current();
};

} // namespace VirtDeck
