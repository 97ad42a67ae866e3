// SPDX-License-Identifier: GPL-2.0-or-later
#include "performancehistory.h"

#include <algorithm>

namespace VirtDeck {

PerformanceHistory::PerformanceHistory(qint64 windowMs)
    : m_windowMs(windowMs)
{
}

double PerformanceHistory::value(Series series, const DomainStatsSample &sample)
{
    switch (series) {
    case Series::Cpu:
        return sample.cpuPercent;
    case Series::Memory:
        return sample.memoryPercent;
    case Series::DiskRead:
        return sample.diskReadBytesPerSec;
    case Series::DiskWrite:
        return sample.diskWriteBytesPerSec;
    case Series::NetRx:
        return sample.netRxBytesPerSec;
    case Series::NetTx:
        return sample.netTxBytesPerSec;
    }
    return 0;
}

int PerformanceHistory::append(qint64 timestampMs, const DomainStatsSample &sample)
{
    if (!m_points.empty() && timestampMs <= m_points.back().timestampMs)
        return 0;
    Point point;
    point.timestampMs = timestampMs;
    for (int i = 0; i < SeriesCount; ++i)
        point.values[size_t(i)] = value(Series(i), sample);
    m_points.push_back(point);
    int dropped = 0;
    while (m_points.front().timestampMs < timestampMs - m_windowMs) {
        m_points.pop_front();
        ++dropped;
    }
    return dropped;
}

void PerformanceHistory::clear()
{
    m_points.clear();
}

qint64 PerformanceHistory::firstTimestamp() const
{
    return m_points.empty() ? 0 : m_points.front().timestampMs;
}

qint64 PerformanceHistory::lastTimestamp() const
{
    return m_points.empty() ? 0 : m_points.back().timestampMs;
}

double PerformanceHistory::latest(Series series) const
{
    return m_points.empty() ? 0 : m_points.back().values[size_t(series)];
}

double PerformanceHistory::maximum(Series series) const
{
    double out = 0;
    for (const Point &point : m_points)
        out = std::max(out, point.values[size_t(series)]);
    return out;
}

QList<QPointF> PerformanceHistory::points(Series series) const
{
    QList<QPointF> out;
    out.reserve(qsizetype(m_points.size()));
    for (const Point &point : m_points)
        out.append(QPointF(double(point.timestampMs), point.values[size_t(series)]));
    return out;
}

} // namespace VirtDeck
