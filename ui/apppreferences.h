// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QSettings;

namespace VirtDeck {

// The application-wide settings the preferences dialog edits, kept in QSettings under
// "preferences/". load() clamps out-of-range values, so a hand-edited file cannot set a
// 0 s stats interval.
struct AppPreferences
{
    static constexpr int MinStatsIntervalSeconds = 1;
    static constexpr int MaxStatsIntervalSeconds = 60;
    static constexpr int MinConnectTimeoutSeconds = 5;
    static constexpr int MaxConnectTimeoutSeconds = 300;

    // The console's Send key menu entries, in menu order (ids kept in QSettings).
    static QStringList sendKeyIds();

    int statsIntervalSeconds = 2;
    int connectTimeoutSeconds = 30;
    QString language;             // "" follows the system; "en", "zh_CN"
    QString defaultConnectionUri; // opened at start even without autoconnect; "" for none

    // Guest list: GuestListModel columns the user hid, and whether the CPU columns draw
    // their history graphs (else they show the figure only).
    QList<int> hiddenColumns;
    bool showGraphs = true;

    // Console defaults: RemoteView::Scaling as int (1: fit to window), whether a click into
    // the console grabs the keyboard, and which Send key entries the menu offers.
    int consoleScaling = 1;
    bool consoleGrabOnClick = true;
    QStringList consoleSendKeys = sendKeyIds();

    bool confirmForceOff = true;
    bool confirmDelete = true;
    bool confirmShutdown = false; // shut down and reboot
    bool confirmPause = false;
    bool confirmRemoveConnection = true;

    int statsIntervalMs() const { return statsIntervalSeconds * 1000; }
    int connectTimeoutMs() const { return connectTimeoutSeconds * 1000; }

    static AppPreferences load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AppPreferences &, const AppPreferences &) = default;
};

} // namespace VirtDeck
