// SPDX-License-Identifier: GPL-2.0-or-later
#include "hostoverviewwindow.h"

#include "connectionsession.h"
#include "hostinterfacespane.h"
#include "networkspane.h"
#include "storagepane.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

#include <algorithm>
#include <iterator>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double DefaultSpanSeconds = 60;

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QString(u'—') : text;
}

} // namespace

HostOverviewWindow::HostOverviewWindow(ConnectionSession *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_connectionForm(new QFormLayout)
    , m_uri(valueLabel(u"uriValue"_s, this))
    , m_stateLabel(valueLabel(u"stateValue"_s, this))
    , m_message(valueLabel(u"messageValue"_s, this))
    , m_hostname(valueLabel(u"hostnameValue"_s, this))
    , m_hypervisor(valueLabel(u"hypervisorValue"_s, this))
    , m_libvirtVersion(valueLabel(u"libvirtVersionValue"_s, this))
    , m_cpuModel(valueLabel(u"cpuModelValue"_s, this))
    , m_cpuCount(valueLabel(u"cpuCountValue"_s, this))
    , m_cpuMhz(valueLabel(u"cpuMhzValue"_s, this))
    , m_memoryTotal(valueLabel(u"memoryTotalValue"_s, this))
    , m_memoryFree(valueLabel(u"memoryFreeValue"_s, this))
    , m_cpuSeries(new QLineSeries) // owned by their charts from createChart() on
    , m_memorySeries(new QLineSeries)
    , m_cpuTimeAxis(new QValueAxis)
    , m_memoryTimeAxis(new QValueAxis)
{
    setObjectName(u"hostOverviewWindow"_s);

    m_message->setWordWrap(true);
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_message->setPalette(errorPalette);

    auto *connectionBox = new QGroupBox(tr("Connection"), this);
    connectionBox->setLayout(m_connectionForm);
    m_connectionForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_connectionForm->addRow(tr("URI:"), m_uri);
    m_connectionForm->addRow(tr("State:"), m_stateLabel);
    m_connectionForm->addRow(tr("Message:"), m_message);

    auto *hostBox = new QGroupBox(tr("Host"), this);
    auto *hostForm = new QFormLayout(hostBox);
    hostForm->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    hostForm->addRow(tr("Host name:"), m_hostname);
    hostForm->addRow(tr("Hypervisor:"), m_hypervisor);
    hostForm->addRow(tr("Libvirt:"), m_libvirtVersion);
    hostForm->addRow(tr("CPU model:"), m_cpuModel);
    hostForm->addRow(tr("CPUs:"), m_cpuCount);
    hostForm->addRow(tr("CPU speed:"), m_cpuMhz);
    hostForm->addRow(tr("Memory:"), m_memoryTotal);
    hostForm->addRow(tr("Free memory:"), m_memoryFree);

    m_cpuSeries->setObjectName(u"cpuSeries"_s);
    m_cpuSeries->setName(tr("Host CPU"));
    m_memorySeries->setObjectName(u"memorySeries"_s);
    m_memorySeries->setName(tr("Host memory used"));
    m_cpuChart = createChart(u"cpuChartView"_s, m_cpuSeries, m_cpuTimeAxis);
    m_memoryChart = createChart(u"memoryChartView"_s, m_memorySeries, m_memoryTimeAxis);

    auto *details = new QVBoxLayout;
    details->addWidget(connectionBox);
    details->addWidget(hostBox);
    details->addStretch();

    auto *charts = new QVBoxLayout;
    charts->addWidget(m_cpuChart);
    charts->addWidget(m_memoryChart);

    auto *overview = new QWidget(this);
    overview->setObjectName(u"overviewPage"_s);
    auto *layout = new QHBoxLayout(overview);
    layout->addLayout(details);
    layout->addLayout(charts, 1);
    // The per-connection resources live in tabs beside the overview.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"hostTabs"_s);
    m_tabs->addTab(overview, QString());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins({});
    outer->addWidget(m_tabs);
    retranslateTabs();

    resize(960, 560);
    clearHistory();

    if (!session) {
        showState(ConnectionState::Disconnected, {});
        return;
    }
    m_tabs->addTab(new NetworksPane(session, m_tabs), QString());
    m_tabs->addTab(new StoragePane(session, m_tabs), QString());
    m_tabs->addTab(new HostInterfacesPane(session, m_tabs), QString());
    retranslateTabs();
    m_uri->setText(session->uri());
    connect(session, &ConnectionSession::stateChanged, this, &HostOverviewWindow::showState);
    connect(session, &ConnectionSession::hostInfoChanged, this, &HostOverviewWindow::showHostInfo);
    connect(session, &ConnectionSession::statsSampled, this, &HostOverviewWindow::addSample);
    connect(session, &QObject::destroyed, this, &QWidget::close);

    showState(session->state(), session->statusMessage());
    showHostInfo(session->hostInfo());
    if (session->state() == ConnectionState::Connected)
        showMemory(session->hostStats());
}

ConnectionSession *HostOverviewWindow::session() const
{
    return m_session.data();
}

QChartView *HostOverviewWindow::createChart(const QString &objectName, QLineSeries *series, QValueAxis *xAxis)
{
    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->addSeries(series);

    auto *yAxis = new QValueAxis(chart);
    yAxis->setRange(0, 100);
    yAxis->setTickCount(5);
    yAxis->setLabelFormat(u"%d%%"_s);
    chart->addAxis(yAxis, Qt::AlignLeft);
    series->attachAxis(yAxis);

    xAxis->setTickType(QValueAxis::TicksDynamic);
    chart->addAxis(xAxis, Qt::AlignBottom);
    series->attachAxis(xAxis);

    auto *view = new QChartView(chart, this);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 200);
    return view;
}

QString HostOverviewWindow::stateText(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return tr("Disconnected");
    case ConnectionState::Connecting:
        return tr("Connecting…");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::Lost:
        return tr("Connection lost, reconnecting…");
    case ConnectionState::Failed:
        return tr("Failed");
    }
    return {};
}

QString HostOverviewWindow::sizeText(quint64 kiB)
{
    if (kiB == 0)
        return QString(u'—');
    return QLocale().formattedDataSize(qint64(kiB) * 1024, 1);
}

void HostOverviewWindow::showState(ConnectionState state, const QString &message)
{
    const bool reconnected = state == ConnectionState::Connected && m_state != ConnectionState::Connected;
    m_state = state;
    m_stateLabel->setText(stateText(state));
    m_message->setText(message);
    m_connectionForm->setRowVisible(m_message, !message.isEmpty());
    if (reconnected)
        clearHistory(); // a new connection starts a new graph, not a line across the gap
}

void HostOverviewWindow::showHostInfo(const HostInfo &info)
{
    m_hostname->setText(orDash(info.hostname));
    m_hypervisor->setText(orDash(info.hypervisorVersion.isEmpty()
                                     ? info.hypervisor
                                     : tr("%1 %2").arg(info.hypervisor, info.hypervisorVersion)));
    m_libvirtVersion->setText(orDash(info.libvirtVersion));
    m_cpuModel->setText(orDash(info.cpuModel));
    m_cpuCount->setText(info.cpus > 0 ? QLocale().toString(info.cpus) : QString(u'—'));
    m_cpuMhz->setText(info.cpuMhz > 0 ? tr("%1 MHz").arg(QLocale().toString(info.cpuMhz)) : QString(u'—'));
    m_hostMemoryKiB = info.memoryKiB;
    if (m_memoryTotal->text().isEmpty() || m_memoryTotal->text() == QString(u'—'))
        m_memoryTotal->setText(sizeText(info.memoryKiB));
    if (m_memoryFree->text().isEmpty())
        m_memoryFree->setText(QString(u'—'));
}

void HostOverviewWindow::showMemory(const HostStatsSample &sample)
{
    const quint64 total = sample.memoryTotalKiB ? sample.memoryTotalKiB : m_hostMemoryKiB;
    m_memoryTotal->setText(sizeText(total));
    m_memoryFree->setText(total ? sizeText(sample.memoryFreeKiB) : QString(u'—'));
}

void HostOverviewWindow::addSample(const StatsBatch &batch)
{
    showMemory(batch.host);

    const double when = double(batch.timestampMs);
    if (!m_cpuHistory.isEmpty() && when <= m_cpuHistory.constLast().x())
        return; // a clock step backwards: keep the graph monotonic
    m_cpuHistory.append(QPointF(when, std::clamp(double(batch.host.cpuPercent), 0.0, 100.0)));
    const quint64 total = batch.host.memoryTotalKiB ? batch.host.memoryTotalKiB : m_hostMemoryKiB;
    if (total > 0) {
        const quint64 used = total - std::min(total, batch.host.memoryFreeKiB);
        m_memoryHistory.append(QPointF(when, 100.0 * double(used) / double(total)));
    }
    while (m_cpuHistory.size() > HistorySize)
        m_cpuHistory.removeFirst();
    while (m_memoryHistory.size() > HistorySize)
        m_memoryHistory.removeFirst();
    redrawHistory();
}

void HostOverviewWindow::clearHistory()
{
    m_cpuHistory.clear();
    m_memoryHistory.clear();
    redrawHistory();
}

void HostOverviewWindow::redrawHistory()
{
    // The graphs show "time ago": the newest sample sits at 0 and the axis spans the time
    // HistorySize samples take at the current interval, rounded up to a span with whole
    // ticks so that jitter in the interval never rescales the axis.
    double wanted = DefaultSpanSeconds;
    if (m_cpuHistory.size() >= 2) {
        const double intervalSeconds =
            (m_cpuHistory.constLast().x() - m_cpuHistory.at(m_cpuHistory.size() - 2).x()) / 1000.0;
        wanted = intervalSeconds * (HistorySize - 1);
    }
    static constexpr struct { int span; int tick; } NiceSpans[] = {
        {15, 5}, {30, 5}, {60, 10}, {120, 20}, {180, 30}, {300, 60},
        {600, 120}, {900, 180}, {1800, 300}, {3600, 600},
    };
    auto chosen = NiceSpans[std::size(NiceSpans) - 1];
    for (const auto &nice : NiceSpans) {
        if (nice.span >= wanted * 0.98) {
            chosen = nice;
            break;
        }
    }
    // Up to five minutes the axis counts seconds, beyond that minutes.
    const int unitSeconds = chosen.span > 300 ? 60 : 1;
    if (chosen.span != m_timeSpanSeconds) {
        m_timeSpanSeconds = chosen.span;
        //: Label of the time axis of the host graphs, printf-style: keep %d.
        const QString format = unitSeconds == 1 ? tr("%d s") : tr("%d min");
        for (QValueAxis *axis : {m_cpuTimeAxis, m_memoryTimeAxis}) {
            axis->setRange(-double(chosen.span) / unitSeconds, 0);
            axis->setTickAnchor(0);
            axis->setTickInterval(double(chosen.tick) / unitSeconds);
            axis->setLabelFormat(format);
        }
    }

    const double latest = m_cpuHistory.isEmpty() ? 0 : m_cpuHistory.constLast().x();
    const auto relative = [latest, unitSeconds](const QList<QPointF> &history) {
        QList<QPointF> points;
        points.reserve(history.size());
        for (const QPointF &p : history)
            points.append(QPointF((p.x() - latest) / (1000.0 * unitSeconds), p.y()));
        return points;
    };
    m_cpuSeries->replace(relative(m_cpuHistory));
    m_memorySeries->replace(relative(m_memoryHistory));

    const QLocale locale;
    m_cpuChart->chart()->setTitle(
        m_cpuHistory.isEmpty() ? tr("Host CPU")
                               : tr("Host CPU: %1%").arg(locale.toString(m_cpuHistory.constLast().y(), 'f', 0)));
    m_memoryChart->chart()->setTitle(
        m_memoryHistory.isEmpty()
            ? tr("Host memory used")
            : tr("Host memory used: %1%").arg(locale.toString(m_memoryHistory.constLast().y(), 'f', 0)));
}

void HostOverviewWindow::retranslateTabs()
{
    const QString titles[] = {tr("Overview"), tr("Virtual Networks"), tr("Storage"), tr("Host Interfaces")};
    for (int i = 0; i < m_tabs->count() && i < int(std::size(titles)); ++i)
        m_tabs->setTabText(i, titles[i]);
    if (m_session)
        setWindowTitle(tr("%1 — Host Overview").arg(m_session->displayName()));
}

void HostOverviewWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateTabs();
    QWidget::changeEvent(event);
}

} // namespace VirtDeck
