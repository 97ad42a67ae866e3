// SPDX-License-Identifier: GPL-2.0-or-later
// Batch names from a pattern (pure): ranges with padding from the first number's width,
// {#} with a count, lists, a plain name, and every problem found before anything is made:
// bad patterns, count mismatches, invalid names, duplicates and clashes with existing guests.
#include "namepattern.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

class TestNamePattern : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expands_data();
    void expands();
    void refuses_data();
    void refuses();
    void clashes();
    void nameRules();
};

void TestNamePattern::expands_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("padded range") << u"web-{01..03}"_s << 0 << QStringList{u"web-01"_s, u"web-02"_s, u"web-03"_s};
    QTest::newRow("padded range to 20") << u"web-{01..20}"_s << 20 << QStringList{};
    QTest::newRow("plain range") << u"{1..5}"_s << 0 << QStringList{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s};
    QTest::newRow("range keeps width past 9") << u"db{8..11}.lab"_s << 4
                                              << QStringList{u"db8.lab"_s, u"db9.lab"_s, u"db10.lab"_s, u"db11.lab"_s};
    QTest::newRow("three digits") << u"n-{008..010}"_s << 0 << QStringList{u"n-008"_s, u"n-009"_s, u"n-010"_s};
    QTest::newRow("descending") << u"n{3..1}"_s << 0 << QStringList{u"n3"_s, u"n2"_s, u"n1"_s};
    QTest::newRow("hash with count") << u"web-{#}"_s << 3 << QStringList{u"web-1"_s, u"web-2"_s, u"web-3"_s};
    QTest::newRow("hash padded") << u"web-{##}-x"_s << 2 << QStringList{u"web-01-x"_s, u"web-02-x"_s};
    QTest::newRow("list") << u"app-{a,b,c}"_s << 0 << QStringList{u"app-a"_s, u"app-b"_s, u"app-c"_s};
    QTest::newRow("plain name") << u"single"_s << 1 << QStringList{u"single"_s};
    QTest::newRow("plain name, count") << u"web"_s << 2 << QStringList{u"web-1"_s, u"web-2"_s};
    QTest::newRow("trimmed") << u"  a{1..2} "_s << 0 << QStringList{u"a1"_s, u"a2"_s};
}

void TestNamePattern::expands()
{
    QFETCH(QString, pattern);
    QFETCH(int, count);
    QFETCH(QStringList, names);
    const NamePattern::Expansion expansion = NamePattern::expand(pattern, count);
    QVERIFY2(expansion.ok(), qPrintable(expansion.error));
    if (names.isEmpty()) { // only the size and the ends
        QCOMPARE(expansion.names.size(), count);
        QCOMPARE(expansion.names.first(), u"web-01"_s);
        QCOMPARE(expansion.names.last(), u"web-20"_s);
    } else {
        QCOMPARE(expansion.names, names);
    }
}

void TestNamePattern::refuses_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("count");
    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("unbalanced") << u"web-{01..03"_s << 0;
    QTest::newRow("closing only") << u"web-01}"_s << 0;
    QTest::newRow("two placeholders") << u"{1..2}-{1..2}"_s << 0;
    QTest::newRow("count mismatch") << u"web-{01..20}"_s << 5;
    QTest::newRow("hash without count") << u"web-{#}"_s << 0;
    QTest::newRow("unknown placeholder") << u"web-{x}"_s << 0;
    QTest::newRow("too many") << u"web-{1..5000}"_s << 0;
    QTest::newRow("negative count") << u"web-{#}"_s << -1;
}

void TestNamePattern::refuses()
{
    QFETCH(QString, pattern);
    QFETCH(int, count);
    const NamePattern::Expansion expansion = NamePattern::expand(pattern, count);
    QVERIFY(!expansion.ok());
    QVERIFY(expansion.names.isEmpty());
    QVERIFY(!expansion.error.isEmpty());
}

void TestNamePattern::clashes()
{
    const QStringList names = NamePattern::expand(u"web-{01..05}"_s, 0).names;
    QVERIFY(NamePattern::clashes(names, {u"db-01"_s, u"web-1"_s}).isEmpty());

    // One existing guest among them: exactly one problem, naming it.
    const QStringList taken = NamePattern::clashes(names, {u"web-03"_s});
    QCOMPARE(taken.size(), 1);
    QVERIFY(taken.first().contains(u"web-03"_s));

    // Duplicates from a list, and an invalid name: both reported, up front.
    const QStringList listed = NamePattern::expand(u"app-{a,b,a,c d}"_s, 0).names;
    const QStringList problems = NamePattern::clashes(listed, {});
    QCOMPARE(problems.size(), 2);
    QVERIFY(problems.join(u'\n').contains(u"app-a"_s));
    QVERIFY(problems.join(u'\n').contains(u"app-c d"_s));
}

void TestNamePattern::nameRules()
{
    QVERIFY(NamePattern::nameProblem(u"web-01.lab_x+y"_s).isEmpty());
    QVERIFY(!NamePattern::nameProblem({}).isEmpty());
    QVERIFY(!NamePattern::nameProblem(u"a/b"_s).isEmpty());
    QVERIFY(!NamePattern::nameProblem(u"-lead"_s).isEmpty());
    QVERIFY(!NamePattern::nameProblem(u"sp ace"_s).isEmpty());
    QVERIFY(!NamePattern::nameProblem(QString(65, u'a')).isEmpty());
}

QTEST_GUILESS_MAIN(TestNamePattern)
#include "tst_namepattern.moc"
