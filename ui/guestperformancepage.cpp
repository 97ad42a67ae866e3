// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestperformancepage.h"

#include "connectionsession.h"

#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <cmath>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using Series = PerformanceHistory::Series;

namespace {

// The shortest span the time axis shows, so the first points do not fill the whole width.
constexpr qint64 MinimumSpanMs = 60 * 1000;

// 1, 2 or 5 times a power of ten, at least value (and at least 1).
double niceCeiling(double value)
{
    if (value <= 1)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= value)
            return step * magnitude;
    }
    return 10 * magnitude;
}

double unitFor(double maximumBytesPerSecond)
{
    double unit = 1;
    while (unit < 1024.0 * 1024 * 1024 && maximumBytesPerSecond >= unit * 1024)
        unit *= 1024;
    return unit;
}

QString unitName(double unit)
{
    // Chart axis labels are printf-formatted Latin-1 in Qt Charts: units stay untranslated.
    if (unit >= 1024.0 * 1024 * 1024)
        return u"GiB/s"_s;
    if (unit >= 1024.0 * 1024)
        return u"MiB/s"_s;
    if (unit >= 1024)
        return u"KiB/s"_s;
    return u"B/s"_s;
}

QString rateText(double bytesPerSecond)
{
    return GuestPerformancePage::tr("%1/s").arg(QLocale().formattedDataSize(qint64(bytesPerSecond), 1, QLocale::DataSizeIecFormat));
}

} // namespace

GuestPerformancePage::GuestPerformancePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_uuid(uuid)
{
    setObjectName(u"performancePage"_s);
    m_charts[int(Chart::Cpu)] = makeChart(u"cpuChart"_s, tr("CPU"), false, {{Series::Cpu, tr("CPU")}});
    m_charts[int(Chart::Memory)] = makeChart(u"memoryChart"_s, tr("Memory"), false, {{Series::Memory, tr("Used")}});
    m_charts[int(Chart::Disk)] = makeChart(u"diskChart"_s, tr("Disk I/O"), true,
                                           {{Series::DiskRead, tr("Read")}, {Series::DiskWrite, tr("Write")}});
    m_charts[int(Chart::Network)] = makeChart(u"networkChart"_s, tr("Network I/O"), true,
                                              {{Series::NetRx, tr("Received")}, {Series::NetTx, tr("Sent")}});

    m_noData = new QLabel(tr("No statistics yet: they are sampled while the guest runs."), this);
    m_noData->setObjectName(u"performanceNoData"_s);
    m_noData->setEnabled(false);

    auto *grid = new QGridLayout;
    grid->addWidget(m_charts[0].view, 0, 0);
    grid->addWidget(m_charts[1].view, 0, 1);
    grid->addWidget(m_charts[2].view, 1, 0);
    grid->addWidget(m_charts[3].view, 1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_noData);
    layout->addLayout(grid, 1);

    if (session)
        connect(session, &ConnectionSession::statsSampled, this, &GuestPerformancePage::addBatch);
    rebuild();
}

GuestPerformancePage::~GuestPerformancePage() = default;

GuestPerformancePage::ChartParts GuestPerformancePage::makeChart(
    const QString &objectName, const QString &title, bool rate,
    std::initializer_list<std::pair<PerformanceHistory::Series, QString>> lines)
{
    ChartParts parts;
    parts.rate = rate;
    parts.title = title;
    auto *chart = new QChart;
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(title);
    chart->legend()->setVisible(lines.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);

    parts.timeAxis = new QDateTimeAxis(chart);
    parts.timeAxis->setFormat(u"hh:mm:ss"_s);
    parts.timeAxis->setTickCount(4);
    chart->addAxis(parts.timeAxis, Qt::AlignBottom);
    parts.valueAxis = new QValueAxis(chart);
    parts.valueAxis->setTickCount(5);
    parts.valueAxis->setRange(0, rate ? 1 : 100);
    parts.valueAxis->setLabelFormat(rate ? u"%.0f B/s"_s : u"%d%%"_s);
    chart->addAxis(parts.valueAxis, Qt::AlignLeft);

    int index = 0;
    for (const auto &[kind, name] : lines) {
        auto *series = new QLineSeries; // owned by the chart from addSeries on
        series->setName(name);
        series->setObjectName(objectName + u"Line"_s + QString::number(index));
        chart->addSeries(series);
        series->attachAxis(parts.timeAxis);
        series->attachAxis(parts.valueAxis);
        parts.lines[size_t(index)] = series;
        parts.kinds[size_t(index)] = kind;
        ++index;
    }
    parts.lineCount = index;

    parts.view = new QChartView(chart, this);
    parts.view->setObjectName(objectName);
    parts.view->setRenderHint(QPainter::Antialiasing);
    parts.view->setMinimumSize(300, 200);
    return parts;
}

QChartView *GuestPerformancePage::chartView(Chart chart) const
{
    return m_charts[size_t(chart)].view;
}

int GuestPerformancePage::drawnPoints(Chart chart, int line) const
{
    const ChartParts &parts = m_charts[size_t(chart)];
    return line < parts.lineCount ? int(parts.lines[size_t(line)]->count()) : 0;
}

void GuestPerformancePage::addBatch(const StatsBatch &batch)
{
    for (const DomainStatsSample &sample : batch.domains) {
        if (sample.uuid != m_uuid)
            continue;
        const qint64 timestamp = batch.timestampMs > 0 ? batch.timestampMs : QDateTime::currentMSecsSinceEpoch();
        const int before = m_history.size();
        const int dropped = m_history.append(timestamp, sample);
        if (m_history.size() == before && dropped == 0)
            return; // not newer than the last sample
        if (isVisible() && !m_stale)
            appendLatest(dropped);
        else
            m_stale = true;
        Q_EMIT sampleAdded();
        return;
    }
}

void GuestPerformancePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        rebuild();
}

void GuestPerformancePage::appendLatest(int dropped)
{
    const double x = double(m_history.lastTimestamp());
    for (ChartParts &chart : m_charts) {
        if (chart.rate) {
            const double wanted = unitFor(std::max(m_history.maximum(chart.kinds[0]),
                                                   chart.lineCount > 1 ? m_history.maximum(chart.kinds[1]) : 0.0));
            if (wanted != chart.unit) {
                // A new unit changes every stored value: the one case that redraws a line whole.
                chart.unit = wanted;
                for (int i = 0; i < chart.lineCount; ++i) {
                    QList<QPointF> points = m_history.points(chart.kinds[size_t(i)]);
                    for (QPointF &p : points)
                        p.setY(p.y() / chart.unit);
                    chart.lines[size_t(i)]->replace(points);
                }
                updateAxes(chart);
                continue;
            }
        }
        for (int i = 0; i < chart.lineCount; ++i) {
            QLineSeries *line = chart.lines[size_t(i)];
            if (dropped > 0)
                line->removePoints(0, std::min(dropped, int(line->count())));
            line->append(x, m_history.latest(chart.kinds[size_t(i)]) / chart.unit);
        }
        updateAxes(chart);
    }
    updateTitles();
}

void GuestPerformancePage::rebuild()
{
    m_stale = false;
    for (ChartParts &chart : m_charts) {
        if (chart.rate)
            chart.unit = unitFor(std::max(m_history.maximum(chart.kinds[0]),
                                          chart.lineCount > 1 ? m_history.maximum(chart.kinds[1]) : 0.0));
        for (int i = 0; i < chart.lineCount; ++i) {
            QList<QPointF> points = m_history.points(chart.kinds[size_t(i)]);
            for (QPointF &p : points)
                p.setY(p.y() / chart.unit);
            chart.lines[size_t(i)]->replace(points);
        }
        updateAxes(chart);
    }
    updateTitles();
}

void GuestPerformancePage::updateAxes(ChartParts &chart)
{
    const qint64 last = m_history.isEmpty() ? QDateTime::currentMSecsSinceEpoch() : m_history.lastTimestamp();
    const qint64 first = m_history.isEmpty() ? last : m_history.firstTimestamp();
    const qint64 span = std::max(MinimumSpanMs, last - first);
    chart.timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(last - span), QDateTime::fromMSecsSinceEpoch(last));
    if (!chart.rate)
        return;
    double maximum = 0;
    for (int i = 0; i < chart.lineCount; ++i)
        maximum = std::max(maximum, m_history.maximum(chart.kinds[size_t(i)]));
    const double top = niceCeiling(maximum / chart.unit);
    chart.valueAxis->setRange(0, top);
    // Below 10 the ticks fall on fractions (0.5, 1.5…): show one decimal there.
    chart.valueAxis->setLabelFormat((top < 10 ? u"%.1f "_s : u"%.0f "_s) + unitName(chart.unit));
}

void GuestPerformancePage::updateTitles()
{
    m_noData->setVisible(m_history.isEmpty());
    if (m_history.isEmpty()) {
        for (ChartParts &chart : m_charts)
            chart.view->chart()->setTitle(chart.title);
        return;
    }
    const QLocale locale;
    const auto percent = [&locale](double value) { return locale.toString(value, 'f', 0); };
    m_charts[int(Chart::Cpu)].view->chart()->setTitle(tr("CPU: %1%").arg(percent(m_history.latest(Series::Cpu))));
    m_charts[int(Chart::Memory)].view->chart()->setTitle(tr("Memory used: %1%").arg(percent(m_history.latest(Series::Memory))));
    m_charts[int(Chart::Disk)].view->chart()->setTitle(tr("Disk: read %1, write %2")
                                                           .arg(rateText(m_history.latest(Series::DiskRead)),
                                                                rateText(m_history.latest(Series::DiskWrite))));
    m_charts[int(Chart::Network)].view->chart()->setTitle(tr("Network: received %1, sent %2")
                                                              .arg(rateText(m_history.latest(Series::NetRx)),
                                                                   rateText(m_history.latest(Series::NetTx))));
}

} // namespace VirtDeck
