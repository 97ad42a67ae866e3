// SPDX-License-Identifier: GPL-2.0-or-later
#include "apppreferences.h"

#include <QSettings>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString StatsIntervalKey = u"preferences/statsIntervalSeconds"_s;
const QString ConnectTimeoutKey = u"preferences/connectTimeoutSeconds"_s;
const QString ConfirmForceOffKey = u"preferences/confirmForceOff"_s;
const QString ConfirmDeleteKey = u"preferences/confirmDelete"_s;

int readInt(QSettings &settings, const QString &key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int value = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(value, minimum, maximum) : fallback;
}

} // namespace

AppPreferences AppPreferences::load(QSettings &settings)
{
    const AppPreferences defaults;
    AppPreferences prefs;
    prefs.statsIntervalSeconds = readInt(settings, StatsIntervalKey, defaults.statsIntervalSeconds,
                                         MinStatsIntervalSeconds, MaxStatsIntervalSeconds);
    prefs.connectTimeoutSeconds = readInt(settings, ConnectTimeoutKey, defaults.connectTimeoutSeconds,
                                          MinConnectTimeoutSeconds, MaxConnectTimeoutSeconds);
    prefs.confirmForceOff = settings.value(ConfirmForceOffKey, defaults.confirmForceOff).toBool();
    prefs.confirmDelete = settings.value(ConfirmDeleteKey, defaults.confirmDelete).toBool();
    return prefs;
}

void AppPreferences::save(QSettings &settings) const
{
    settings.setValue(StatsIntervalKey, statsIntervalSeconds);
    settings.setValue(ConnectTimeoutKey, connectTimeoutSeconds);
    settings.setValue(ConfirmForceOffKey, confirmForceOff);
    settings.setValue(ConfirmDeleteKey, confirmDelete);
}

} // namespace VirtDeck
