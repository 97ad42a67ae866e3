// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

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

    int statsIntervalSeconds = 2;
    int connectTimeoutSeconds = 30;
    bool confirmForceOff = true;
    bool confirmDelete = true;

    int statsIntervalMs() const { return statsIntervalSeconds * 1000; }
    int connectTimeoutMs() const { return connectTimeoutSeconds * 1000; }

    static AppPreferences load(QSettings &settings);
    void save(QSettings &settings) const;

    friend bool operator==(const AppPreferences &, const AppPreferences &) = default;
};

} // namespace VirtDeck
