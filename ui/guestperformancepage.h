// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainstats.h"
#include "performancehistory.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <array>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace VirtDeck {

class ConnectionSession;

// CPU, memory, disk and network graphs of one guest, fed by the connection's stats stream
// (ConnectionSession::statsSampled). The history is kept for the window's lifetime, up to
// ten minutes; while the page is visible each sample appends one point per series (and
// drops the ones that left the window), while hidden only the history grows and the
// charts catch up in one go when the page is shown again.
class GuestPerformancePage : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Cpu, Memory, Disk, Network };

    GuestPerformancePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);
    ~GuestPerformancePage() override;

    const PerformanceHistory &history() const { return m_history; }
    // Points currently drawn by the chart's first or second line, for tests.
    int drawnPoints(Chart chart, int line = 0) const;
    QChartView *chartView(Chart chart) const;

Q_SIGNALS:
    void sampleAdded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct ChartParts
    {
        QChartView *view = nullptr;
        std::array<QLineSeries *, 2> lines{};
        std::array<PerformanceHistory::Series, 2> kinds{};
        int lineCount = 1;
        QDateTimeAxis *timeAxis = nullptr;
        QValueAxis *valueAxis = nullptr;
        bool rate = false;  // bytes per second, scaled to a unit; else a percentage
        double unit = 1;    // the divisor the lines' values were stored with
        QString title;
    };

    void addBatch(const StatsBatch &batch);
    ChartParts makeChart(const QString &objectName, const QString &title, bool rate,
                         std::initializer_list<std::pair<PerformanceHistory::Series, QString>> lines);
    void appendLatest(int dropped);
    void rebuild();
    void updateAxes(ChartParts &chart);
    void updateTitles();

    QPointer<ConnectionSession> m_session;
    QUuid m_uuid;
    PerformanceHistory m_history;
    bool m_stale = false; // history has points the charts do not show yet
    std::array<ChartParts, 4> m_charts;
    QLabel *m_noData = nullptr;
};

} // namespace VirtDeck
