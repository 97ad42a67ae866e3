// SPDX-License-Identifier: GPL-2.0-or-later
// The guest list model, driven directly through its feeding API: incremental inserts,
// removals and ranged dataChanged, checked by QAbstractItemModelTester throughout.
#include "guestfilterproxymodel.h"
#include "guestlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

DomainInfo guest(int i, DomainState state = DomainState::ShutOff)
{
    DomainInfo info;
    info.uuid = QUuid::createUuidV5(QUuid(), QString::number(i));
    info.name = u"vm-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
    info.state = state;
    info.vcpus = 1 + i % 4;
    info.memoryKiB = 131072ull * (1 + i % 8);
    info.maxMemoryKiB = info.memoryKiB;
    return info;
}

DomainInfoList guests(int count, int offset = 0)
{
    DomainInfoList out;
    for (int i = 0; i < count; ++i)
        out.append(guest(offset + i, i % 2 ? DomainState::Running : DomainState::ShutOff));
    return out;
}

QStringList namesUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(parent); ++r)
        out.append(model.index(r, 0, parent).data().toString());
    return out;
}

} // namespace

class TestGuestListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void populatesIncrementallyWithoutReset();
    void updatesOneRowWithRangedDataChanged();
    void removesNonContiguousRowsAndKeepsIndex();
    void setDomainsDiffsAgainstExistingRows();
    void statsTouchOnlyChangedRowsAndStatsColumns();
    void disconnectedConnectionGreysItsGuests();
    void proxyFiltersByTextAndState();
    void proxySortsNumerically();
};

void TestGuestListModel::populatesIncrementallyWithoutReset()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    model.addConnection(1, u"host-a"_s);
    model.addConnection(2, u"host-b"_s);
    model.setDomains(1, guests(500));
    model.setDomains(2, guests(3, 1000));

    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserts.count(), 4); // two connections, one batch of guests each
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.connectionIndex(1)), 500);
    QCOMPARE(model.rowCount(model.connectionIndex(2)), 3);
    QCOMPARE(model.guestCount(), 503);
    const QModelIndex first = model.index(0, GuestListModel::NameColumn, model.connectionIndex(1));
    QCOMPARE(first.data().toString(), u"vm-0000"_s);
    QCOMPARE(model.index(1, GuestListModel::StateColumn, model.connectionIndex(1)).data().toString(), u"Running"_s);
    QCOMPARE(model.index(1, GuestListModel::VcpusColumn, model.connectionIndex(1)).data().toInt(), 2);
    QCOMPARE(first.parent(), model.connectionIndex(1));
    QVERIFY(model.domainIndex(2, guest(1002).uuid).isValid());
}

void TestGuestListModel::updatesOneRowWithRangedDataChanged()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    model.setDomains(1, guests(100));
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    DomainInfo changed = guest(42, DomainState::Paused);
    changed.title = u"database"_s;
    model.updateDomains(1, {changed});

    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    const QModelIndex topLeft = changes.first().at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changes.first().at(1).value<QModelIndex>();
    QCOMPARE(topLeft.row(), 42);
    QCOMPARE(bottomRight.row(), 42);
    QCOMPARE(model.index(42, GuestListModel::StateColumn, model.connectionIndex(1)).data().toString(), u"Paused"_s);
    QCOMPARE(model.index(42, GuestListModel::TitleColumn, model.connectionIndex(1)).data().toString(), u"database"_s);

    // The same value again is no change at all.
    model.updateDomains(1, {changed});
    QCOMPARE(changes.count(), 1);
}

void TestGuestListModel::removesNonContiguousRowsAndKeepsIndex()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    model.setDomains(1, guests(10));
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    model.removeDomains(1, {guest(2).uuid, guest(3).uuid, guest(7).uuid, QUuid::createUuid()});

    QCOMPARE(removals.count(), 2); // runs 2-3 and 7: removals stay exact
    QCOMPARE(namesUnder(model, model.connectionIndex(1)),
             QStringList({u"vm-0000"_s, u"vm-0001"_s, u"vm-0004"_s, u"vm-0005"_s, u"vm-0006"_s, u"vm-0008"_s, u"vm-0009"_s}));
    // The uuid->row index follows the shifted rows.
    QCOMPARE(model.domainIndex(1, guest(9).uuid).row(), 6);
    QCOMPARE(model.domainIndex(1, guest(4).uuid).data().toString(), u"vm-0004"_s);
    QVERIFY(!model.domainIndex(1, guest(7).uuid).isValid());
}

void TestGuestListModel::setDomainsDiffsAgainstExistingRows()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    model.setDomains(1, guests(5));
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    // After a reconnect: vm-0001 is gone, vm-0003 changed state, vm-0100 is new.
    DomainInfoList fresh = guests(5);
    fresh.removeAt(1);
    fresh[2].state = DomainState::Paused; // was vm-0003
    fresh.append(guest(100, DomainState::Running));
    model.setDomains(1, fresh);

    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 1);
    QCOMPARE(inserts.count(), 1);
    QCOMPARE(namesUnder(model, model.connectionIndex(1)),
             QStringList({u"vm-0000"_s, u"vm-0002"_s, u"vm-0003"_s, u"vm-0004"_s, u"vm-0100"_s}));
    QCOMPARE(model.domain(model.domainIndex(1, guest(3).uuid))->state, DomainState::Paused);
}

void TestGuestListModel::statsTouchOnlyChangedRowsAndStatsColumns()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    DomainInfoList list;
    for (int i = 0; i < 6; ++i)
        list.append(guest(i, DomainState::Running));
    model.setDomains(1, list);

    const auto sample = [](int i, float cpu) {
        DomainStatsSample s;
        s.uuid = guest(i).uuid;
        s.cpuPercent = cpu;
        s.hostCpuPercent = cpu / 4;
        s.diskReadBytesPerSec = 1024;
        return s;
    };
    StatsBatch first;
    for (int i = 0; i < 6; ++i)
        first.domains.append(sample(i, 0));
    model.applyStats(1, first);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    StatsBatch second = first;
    second.domains[1] = sample(1, 50);
    second.domains[2] = sample(2, 75);
    second.domains[5] = sample(5, 10);
    model.applyStats(1, second);

    // The connection row (host CPU) plus one range over the changed rows 1..5, stats columns only.
    QCOMPARE(changes.count(), 2);
    QList<QPair<int, int>> ranges;
    for (const auto &args : changes) {
        const QModelIndex tl = args.at(0).value<QModelIndex>();
        const QModelIndex br = args.at(1).value<QModelIndex>();
        QCOMPARE(tl.column(), int(GuestListModel::CpuColumn));
        QCOMPARE(br.column(), int(GuestListModel::NetworkIoColumn));
        if (tl.parent().isValid())
            ranges.append({tl.row(), br.row()});
    }
    QCOMPARE(ranges, (QList<QPair<int, int>>{{1, 5}}));
    const QModelIndex cpu = model.index(1, GuestListModel::CpuColumn, model.connectionIndex(1));
    QCOMPARE(cpu.data(GuestListModel::SortRole).toDouble(), 50.0);
    QCOMPARE(cpu.data(GuestListModel::HistoryRole).value<SparklineHistory>().values(), (QVector<float>{0, 50}));
}

void TestGuestListModel::disconnectedConnectionGreysItsGuests()
{
    GuestListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    model.setConnectionState(1, ConnectionState::Connected, {});
    model.setDomains(1, guests(3));
    const QModelIndex row = model.index(0, 0, model.connectionIndex(1));
    QVERIFY(row.flags() & Qt::ItemIsEnabled);

    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.setConnectionState(1, ConnectionState::Lost, u"the daemon closed the connection"_s);
    QVERIFY(!(row.flags() & Qt::ItemIsEnabled));
    QCOMPARE(changes.count(), 2); // the connection row, and its guests' range
    const QModelIndex connection = model.connectionIndex(1);
    QCOMPARE(connection.siblingAtColumn(GuestListModel::TitleColumn).data().toString(),
             u"the daemon closed the connection"_s);
    QCOMPARE(connection.siblingAtColumn(GuestListModel::StateColumn).data().toString(), u"Disconnected, reconnecting"_s);
}

void TestGuestListModel::proxyFiltersByTextAndState()
{
    GuestListModel model;
    GuestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    DomainInfoList list = guests(20);
    list[3].title = u"Web frontend"_s;
    model.setDomains(1, list);
    const QModelIndex connection = proxy.index(0, 0);

    proxy.setSearchText(u"vm-001"_s);
    QCOMPARE(proxy.rowCount(connection), 10);
    proxy.setSearchText(u"FRONTEND"_s);
    QCOMPARE(namesUnder(proxy, connection), QStringList({u"vm-0003"_s}));
    proxy.setSearchText({});
    proxy.setStateFilter(GuestFilterProxyModel::StateFilter::Running);
    QCOMPARE(proxy.rowCount(connection), 10);
    proxy.setStateFilter(GuestFilterProxyModel::StateFilter::Inactive);
    QCOMPARE(proxy.rowCount(connection), 10);
    QVERIFY(!namesUnder(proxy, connection).contains(u"vm-0001"_s));
    // A state change moves a guest in or out of the filtered view.
    DomainInfo started = list[0];
    started.state = DomainState::Running;
    model.updateDomains(1, {started});
    QCOMPARE(proxy.rowCount(connection), 9);
    QCOMPARE(proxy.rowCount(), 1); // the connection row always stays
}

void TestGuestListModel::proxySortsNumerically()
{
    GuestListModel model;
    GuestFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addConnection(1, u"host"_s);
    model.setDomains(1, guests(12));
    proxy.sort(GuestListModel::MemoryColumn, Qt::DescendingOrder);
    const QModelIndex connection = proxy.index(0, 0);
    double previous = 1e18;
    for (int r = 0; r < proxy.rowCount(connection); ++r) {
        const double memory = proxy.index(r, GuestListModel::MemoryColumn, connection).data(GuestListModel::SortRole).toDouble();
        QVERIFY2(memory <= previous, "memory column must sort by value, not by its text");
        previous = memory;
    }
    proxy.sort(GuestListModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0, connection).data().toString(), u"vm-0000"_s);
    QCOMPARE(proxy.index(11, 0, connection).data().toString(), u"vm-0011"_s);
}

QTEST_MAIN(TestGuestListModel)
#include "tst_guestlistmodel.moc"
