// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "connectionstate.h"
#include "domainstats.h"
#include "hostinfo.h"

#include <QList>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QChart;
class QChartView;
class QFormLayout;
class QLabel;
class QLineSeries;
class QTabWidget;
class QValueAxis;

namespace VirtDeck {

class ConnectionSession;

// One window per connection: what the host is (from hostInfoChanged), whether the
// connection is up (stateChanged), and live graphs of host CPU and memory use over the
// last HistorySize stats ticks (statsSampled). It only listens to the session; it never
// asks libvirt anything itself.
class HostOverviewWindow : public QWidget
{
    Q_OBJECT

public:
    static constexpr int HistorySize = 60;

    // The window follows the session until the session is destroyed, then closes itself.
    explicit HostOverviewWindow(ConnectionSession *session, QWidget *parent = nullptr);

    ConnectionSession *session() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateTabs();
    static QString stateText(ConnectionState state);
    static QString sizeText(quint64 kiB);
    QChartView *createChart(const QString &objectName, QLineSeries *series, QValueAxis *xAxis);

    void showState(ConnectionState state, const QString &message);
    void showHostInfo(const HostInfo &info);
    void showMemory(const HostStatsSample &sample);
    void addSample(const StatsBatch &batch);
    void clearHistory();
    void redrawHistory();

    QPointer<ConnectionSession> m_session;
    QTabWidget *m_tabs = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;

    QFormLayout *m_connectionForm = nullptr;
    QLabel *m_uri = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_hostname = nullptr;
    QLabel *m_hypervisor = nullptr;
    QLabel *m_libvirtVersion = nullptr;
    QLabel *m_cpuModel = nullptr;
    QLabel *m_cpuCount = nullptr;
    QLabel *m_cpuMhz = nullptr;
    QLabel *m_memoryTotal = nullptr;
    QLabel *m_memoryFree = nullptr;

    QLineSeries *m_cpuSeries = nullptr;
    QLineSeries *m_memorySeries = nullptr;
    QValueAxis *m_cpuTimeAxis = nullptr;
    QValueAxis *m_memoryTimeAxis = nullptr;
    QChartView *m_cpuChart = nullptr;
    QChartView *m_memoryChart = nullptr;

    quint64 m_hostMemoryKiB = 0; // from HostInfo, until the first stats tick reports a total
    // x: sample time in ms since the epoch, y: percent. Oldest first, at most HistorySize.
    QList<QPointF> m_cpuHistory;
    QList<QPointF> m_memoryHistory;
    int m_timeSpanSeconds = 0; // of the time axes; 0 until first set
};

} // namespace VirtDeck
