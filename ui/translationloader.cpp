// SPDX-License-Identifier: GPL-2.0-or-later
#include "translationloader.h"

#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QPointer<QTranslator> s_qtTranslator;
QPointer<QTranslator> s_appTranslator;
QString s_current;

bool hasTranslation(const QString &code)
{
    return QFile::exists(u":/i18n/virtdeck_%1.qm"_s.arg(code));
}

} // namespace

QList<TranslationLoader::Language> TranslationLoader::languages()
{
    // Native names are deliberately not translated.
    return {{QString(), tr("Automatic (system language)")},
            {u"en"_s, u"English"_s},
            {u"zh_CN"_s, u"简体中文"_s}};
}

QString TranslationLoader::resolve(const QString &preference)
{
    if (!preference.isEmpty())
        return hasTranslation(preference) ? preference : u"en"_s;
    // The system's UI languages in order of preference: the first with a translation wins.
    for (const QString &name : QLocale::system().uiLanguages()) {
        QString code = name;
        code.replace(u'-', u'_');
        if (code.startsWith(u"zh"_s) && (code.contains(u"Hans"_s) || code == u"zh"_s || code.startsWith(u"zh_CN"_s)
                                         || code.startsWith(u"zh_SG"_s)))
            return u"zh_CN"_s;
        if (hasTranslation(code))
            return code;
        const QString language = code.section(u'_', 0, 0);
        if (language == u"en"_s)
            return language;
    }
    return u"en"_s;
}

bool TranslationLoader::apply(const QString &preference)
{
    const QString code = resolve(preference);
    if (s_qtTranslator) {
        QCoreApplication::removeTranslator(s_qtTranslator);
        delete s_qtTranslator;
    }
    if (s_appTranslator) {
        QCoreApplication::removeTranslator(s_appTranslator);
        delete s_appTranslator;
    }
    const QLocale locale = preference.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);

    // Qt's own strings (dialog buttons, context menus of line edits) in the same language.
    s_qtTranslator = new QTranslator(QCoreApplication::instance());
    if (s_qtTranslator->load(QLocale(code), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(s_qtTranslator);
    // English is the fallback: its file carries the plural forms ("1 guest", "2 guests").
    s_appTranslator = new QTranslator(QCoreApplication::instance());
    const bool loaded = s_appTranslator->load(u"virtdeck_%1"_s.arg(code), u":/i18n"_s)
        || s_appTranslator->load(u"virtdeck_en"_s, u":/i18n"_s);
    if (loaded)
        QCoreApplication::installTranslator(s_appTranslator);
    s_current = code;
    return loaded;
}

QString TranslationLoader::current()
{
    return s_current;
}

} // namespace VirtDeck
