// SPDX-License-Identifier: GPL-2.0-or-later
#include "apppreferences.h"

#include <QSettings>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString StatsIntervalKey = u"preferences/statsIntervalSeconds"_s;
const QString ConnectTimeoutKey = u"preferences/connectTimeoutSeconds"_s;
const QString LanguageKey = u"preferences/language"_s;
const QString DefaultConnectionKey = u"preferences/defaultConnection"_s;
const QString HiddenColumnsKey = u"preferences/hiddenColumns"_s;
const QString ShowGraphsKey = u"preferences/showGraphs"_s;
const QString ConsoleScalingKey = u"preferences/consoleScaling"_s;
const QString ConsoleGrabOnClickKey = u"preferences/consoleGrabOnClick"_s;
const QString ConsoleSendKeysKey = u"preferences/consoleSendKeys"_s;
const QString ConfirmForceOffKey = u"preferences/confirmForceOff"_s;
const QString ConfirmDeleteKey = u"preferences/confirmDelete"_s;
const QString ConfirmShutdownKey = u"preferences/confirmShutdown"_s;
const QString ConfirmPauseKey = u"preferences/confirmPause"_s;
const QString ConfirmRemoveConnectionKey = u"preferences/confirmRemoveConnection"_s;

constexpr int MaxColumn = 64; // GuestListModel has fewer; anything above is a hand-edit

int readInt(QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

bool readBool(QSettings &settings, const QString &key, bool fallback)
{
    return settings.value(key, fallback).toBool();
}

} // namespace

QStringList AppPreferences::sendKeyIds()
{
    return {u"ctrl-alt-del"_s, u"ctrl-alt-backspace"_s, u"ctrl-alt-fn"_s, u"print"_s, u"sysrq"_s};
}

AppPreferences AppPreferences::load(QSettings &settings)
{
    const AppPreferences defaults;
    AppPreferences prefs;
    prefs.statsIntervalSeconds = readInt(settings, StatsIntervalKey, defaults.statsIntervalSeconds,
                                         MinStatsIntervalSeconds, MaxStatsIntervalSeconds);
    prefs.connectTimeoutSeconds = readInt(settings, ConnectTimeoutKey, defaults.connectTimeoutSeconds,
                                          MinConnectTimeoutSeconds, MaxConnectTimeoutSeconds);
    prefs.language = settings.value(LanguageKey).toString();
    prefs.defaultConnectionUri = settings.value(DefaultConnectionKey).toString();

    const QStringList hidden = settings.value(HiddenColumnsKey).toStringList();
    for (const QString &text : hidden) {
        bool ok = false;
        const int column = text.toInt(&ok);
        // The name column holds the tree: it can never be hidden.
        if (ok && column > 0 && column < MaxColumn && !prefs.hiddenColumns.contains(column))
            prefs.hiddenColumns.append(column);
    }
    std::sort(prefs.hiddenColumns.begin(), prefs.hiddenColumns.end());
    prefs.showGraphs = readBool(settings, ShowGraphsKey, defaults.showGraphs);

    prefs.consoleScaling = readInt(settings, ConsoleScalingKey, defaults.consoleScaling, 0, 2);
    prefs.consoleGrabOnClick = readBool(settings, ConsoleGrabOnClickKey, defaults.consoleGrabOnClick);
    if (settings.contains(ConsoleSendKeysKey)) {
        prefs.consoleSendKeys.clear();
        const QStringList stored = settings.value(ConsoleSendKeysKey).toStringList();
        for (const QString &id : sendKeyIds()) { // known ids only, in menu order
            if (stored.contains(id))
                prefs.consoleSendKeys.append(id);
        }
    }

    prefs.confirmForceOff = readBool(settings, ConfirmForceOffKey, defaults.confirmForceOff);
    prefs.confirmDelete = readBool(settings, ConfirmDeleteKey, defaults.confirmDelete);
    prefs.confirmShutdown = readBool(settings, ConfirmShutdownKey, defaults.confirmShutdown);
    prefs.confirmPause = readBool(settings, ConfirmPauseKey, defaults.confirmPause);
    prefs.confirmRemoveConnection = readBool(settings, ConfirmRemoveConnectionKey, defaults.confirmRemoveConnection);
    return prefs;
}

void AppPreferences::save(QSettings &settings) const
{
    settings.setValue(StatsIntervalKey, statsIntervalSeconds);
    settings.setValue(ConnectTimeoutKey, connectTimeoutSeconds);
    settings.setValue(LanguageKey, language);
    settings.setValue(DefaultConnectionKey, defaultConnectionUri);
    QStringList hidden;
    for (int column : hiddenColumns)
        hidden.append(QString::number(column));
    settings.setValue(HiddenColumnsKey, hidden);
    settings.setValue(ShowGraphsKey, showGraphs);
    settings.setValue(ConsoleScalingKey, consoleScaling);
    settings.setValue(ConsoleGrabOnClickKey, consoleGrabOnClick);
    settings.setValue(ConsoleSendKeysKey, consoleSendKeys);
    settings.setValue(ConfirmForceOffKey, confirmForceOff);
    settings.setValue(ConfirmDeleteKey, confirmDelete);
    settings.setValue(ConfirmShutdownKey, confirmShutdown);
    settings.setValue(ConfirmPauseKey, confirmPause);
    settings.setValue(ConfirmRemoveConnectionKey, confirmRemoveConnection);
}

} // namespace VirtDeck
