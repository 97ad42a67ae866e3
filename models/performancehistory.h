// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainstats.h"

#include <QList>
#include <QPointF>

#include <array>
#include <deque>

namespace VirtDeck {

// One guest's statistics over time for the Performance page: a point per stats tick, the
// oldest dropped once they are older than the window (10 minutes by default: 300 points
// at the default 2 s interval). Timestamps are milliseconds since the epoch.
class PerformanceHistory
{
public:
    enum class Series { Cpu, Memory, DiskRead, DiskWrite, NetRx, NetTx };
    static constexpr int SeriesCount = 6;
    static constexpr qint64 DefaultWindowMs = 10 * 60 * 1000;

    explicit PerformanceHistory(qint64 windowMs = DefaultWindowMs);

    // Appends one sample (ignored unless newer than the last) and drops what fell out of
    // the window. Returns how many old points were dropped, so a chart can drop as many.
    int append(qint64 timestampMs, const DomainStatsSample &sample);
    void clear();

    int size() const { return int(m_points.size()); }
    bool isEmpty() const { return m_points.empty(); }
    qint64 windowMs() const { return m_windowMs; }
    qint64 firstTimestamp() const;
    qint64 lastTimestamp() const;
    double latest(Series series) const;
    // The largest value of the series still in the window (0 when empty).
    double maximum(Series series) const;
    // x: timestamp in ms, y: the value (percent, or bytes per second), oldest first.
    QList<QPointF> points(Series series) const;
    static double value(Series series, const DomainStatsSample &sample);

private:
    struct Point
    {
        qint64 timestampMs = 0;
        std::array<double, SeriesCount> values{};
    };
    qint64 m_windowMs;
    std::deque<Point> m_points;
};

} // namespace VirtDeck
