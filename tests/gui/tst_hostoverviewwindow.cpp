// SPDX-License-Identifier: GPL-2.0-or-later
#include "connectionconfig.h"
#include "connectionsession.h"
#include "hostoverviewwindow.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QLineSeries>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::ConnectionConfig;
using VirtDeck::ConnectionSession;
using VirtDeck::ConnectionState;
using VirtDeck::HostOverviewWindow;

class TestHostOverviewWindow : public QObject
{
    Q_OBJECT

private:
    static QString text(const QWidget &window, const QString &name)
    {
        const auto *label = window.findChild<QLabel *>(name);
        if (!label) {
            qWarning("no label named %s", qPrintable(name));
            return {};
        }
        return label->text();
    }

    static QLineSeries *series(const QWidget &window, const QString &viewName)
    {
        const auto *view = window.findChild<QChartView *>(viewName);
        if (!view || view->chart()->series().size() != 1)
            return nullptr;
        return qobject_cast<QLineSeries *>(view->chart()->series().constFirst());
    }

private Q_SLOTS:
    void showsTestDriverHost()
    {
        ConnectionSession session(1, ConnectionConfig{u"test:///default"_s, {}, false});
        session.setStatsIntervalMs(250);
        HostOverviewWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.session(), &session);
        QCOMPARE(text(window, u"uriValue"_s), u"test:///default"_s);

        QLineSeries *cpu = series(window, u"cpuChartView"_s);
        QLineSeries *memory = series(window, u"memoryChartView"_s);
        QVERIFY(cpu);
        QVERIFY(memory);
        QCOMPARE(cpu->count(), 0);

        QSignalSpy stats(&session, &ConnectionSession::statsSampled);
        session.open();
        QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 15000);
        QTRY_VERIFY(!session.hostInfo().hostname.isEmpty());

        QTRY_COMPARE(text(window, u"hostnameValue"_s), session.hostInfo().hostname);
        QTRY_COMPARE(text(window, u"cpuCountValue"_s), QLocale().toString(16));
        QVERIFY(!text(window, u"hypervisorValue"_s).isEmpty());
        QVERIFY(text(window, u"hypervisorValue"_s).contains(session.hostInfo().hypervisor));
        QVERIFY(text(window, u"cpuMhzValue"_s).contains(QLocale().toString(session.hostInfo().cpuMhz)));
        QVERIFY(!text(window, u"stateValue"_s).isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(stats.count() >= 2, 10000);
        QTRY_VERIFY(cpu->count() >= 2);
        // The same series objects are updated in place, never replaced.
        QCOMPARE(series(window, u"cpuChartView"_s), cpu);
        QCOMPARE(series(window, u"memoryChartView"_s), memory);
        const QList<QPointF> points = cpu->points();
        QCOMPARE(points.constLast().x(), 0.0); // newest sample at "0 s ago"
        for (qsizetype i = 1; i < points.size(); ++i)
            QVERIFY(points.at(i - 1).x() < points.at(i).x());
        for (const QPointF &p : points)
            QVERIFY(p.y() >= 0 && p.y() <= 100);
        QVERIFY(text(window, u"memoryTotalValue"_s) != u"—"_s);

        session.close();
        QTRY_COMPARE(session.state(), ConnectionState::Disconnected);
    }

    void keepsOnlyTheLastSamples()
    {
        ConnectionSession session(2, ConnectionConfig{u"test:///default"_s, {}, false});
        HostOverviewWindow window(&session);
        QLineSeries *cpu = series(window, u"cpuChartView"_s);
        QVERIFY(cpu);
        for (int i = 1; i <= HostOverviewWindow::HistorySize + 15; ++i) {
            VirtDeck::StatsBatch batch;
            batch.timestampMs = 1'000'000 + i * 2000;
            batch.host.cpuPercent = float(i % 100);
            batch.host.memoryTotalKiB = 1000;
            batch.host.memoryFreeKiB = 250;
            Q_EMIT session.statsSampled(batch);
        }
        QCOMPARE(cpu->count(), HostOverviewWindow::HistorySize);
        QCOMPARE(cpu->points().constLast().y(), double((HostOverviewWindow::HistorySize + 15) % 100));
        QLineSeries *memory = series(window, u"memoryChartView"_s);
        QCOMPARE(memory->count(), HostOverviewWindow::HistorySize);
        QCOMPARE(memory->points().constLast().y(), 75.0);
    }

    void showsWhyConnectingFailed()
    {
        ConnectionSession session(3, ConnectionConfig{u"test:///nonexistent/host.xml"_s, {}, false});
        HostOverviewWindow window(&session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *message = window.findChild<QLabel *>(u"messageValue"_s);
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        session.open();
        QTRY_COMPARE(session.state(), ConnectionState::Failed);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), session.statusMessage());
        QVERIFY(!message->text().isEmpty());
    }

    void closesWhenTheSessionGoes()
    {
        auto *session = new ConnectionSession(4, ConnectionConfig{u"test:///default"_s, {}, false});
        HostOverviewWindow window(session);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        delete session;
        QVERIFY(!window.isVisible());
        QVERIFY(!window.session());
    }
};

QTEST_MAIN(TestHostOverviewWindow)
#include "tst_hostoverviewwindow.moc"
