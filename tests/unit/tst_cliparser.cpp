// SPDX-License-Identifier: GPL-2.0-or-later
// virtdeck-cli's command line (pure): every command's arguments, values checked before any
// connection, missing values a usage error unless prompting is possible (a terminal or
// --interactive), prompt answers applied field by field, and the exit codes in --help.
#include "cliparser.h"
#include "terminalcolumns.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Field = CliParser::Field;
using Kind = CliCommand::Kind;

namespace {
CliParser::Parsed parse(const QStringList &args, bool terminal = false)
{
    return CliParser::parse(QStringList{u"virtdeck-cli"_s} + args, terminal);
}
} // namespace

class TestCliParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commands_data();
    void commands();
    void batchCreate();
    void usageErrors_data();
    void usageErrors();
    void missingValues();
    void promptAnswers();
    void helpAndVersion();
    void tableColumnsCountTerminalCells();
};

void TestCliParser::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("guests");
    QTest::newRow("list") << QStringList{u"list"_s, u"--json"_s} << int(Kind::List) << QStringList{};
    QTest::newRow("start") << QStringList{u"start"_s, u"a"_s, u"b"_s} << int(Kind::Action) << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("destroy") << QStringList{u"destroy"_s, u"a"_s} << int(Kind::Action) << QStringList{u"a"_s};
    QTest::newRow("delete") << QStringList{u"delete"_s, u"a"_s, u"--remove-storage"_s} << int(Kind::Delete) << QStringList{u"a"_s};
    QTest::newRow("snapshot create") << QStringList{u"snapshot"_s, u"create"_s, u"a"_s, u"b"_s, u"--name"_s, u"s1"_s}
                                     << int(Kind::SnapshotCreate) << QStringList{u"a"_s, u"b"_s};
    QTest::newRow("snapshot list") << QStringList{u"snapshot"_s, u"list"_s, u"a"_s} << int(Kind::SnapshotList) << QStringList{u"a"_s};
    QTest::newRow("snapshot revert") << QStringList{u"snapshot"_s, u"revert"_s, u"a"_s, u"--name=s1"_s}
                                     << int(Kind::SnapshotRevert) << QStringList{u"a"_s};
    QTest::newRow("snapshot delete") << QStringList{u"snapshot"_s, u"delete"_s, u"a"_s, u"--name"_s, u"s1"_s}
                                     << int(Kind::SnapshotDelete) << QStringList{u"a"_s};
    QTest::newRow("pool list") << QStringList{u"pool"_s, u"list"_s} << int(Kind::PoolList) << QStringList{};
    QTest::newRow("net list") << QStringList{u"net"_s, u"list"_s} << int(Kind::NetList) << QStringList{};
    QTest::newRow("template mark") << QStringList{u"template"_s, u"mark"_s, u"t"_s} << int(Kind::TemplateMark) << QStringList{u"t"_s};
    QTest::newRow("template unmark") << QStringList{u"template"_s, u"unmark"_s, u"t"_s} << int(Kind::TemplateUnmark) << QStringList{u"t"_s};
    QTest::newRow("template list") << QStringList{u"template"_s, u"list"_s} << int(Kind::TemplateList) << QStringList{};
    QTest::newRow("clone") << QStringList{u"clone"_s, u"src"_s, u"dst"_s, u"--full"_s} << int(Kind::Clone) << QStringList{u"src"_s};
}

void TestCliParser::commands()
{
    QFETCH(QStringList, args);
    QFETCH(int, kind);
    QFETCH(QStringList, guests);
    const auto parsed = parse(args);
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    QVERIFY(parsed.missing.isEmpty());
    QCOMPARE(int(parsed.command.kind), kind);
    QCOMPARE(parsed.command.guests, guests);
}

void TestCliParser::batchCreate()
{
    const auto parsed = parse({u"--connect"_s, u"test:///default"_s, u"batch-create"_s, u"--template"_s, u"tmpl"_s,
                               u"--count"_s, u"5"_s, u"--name-pattern"_s, u"web-{#}"_s, u"--vcpus"_s, u"2"_s,
                               u"--memory"_s, u"1G"_s, u"--full"_s, u"--network"_s, u"lab"_s, u"--start"_s, u"--json"_s});
    QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));
    const CliCommand &c = parsed.command;
    QCOMPARE(c.kind, Kind::BatchCreate);
    QCOMPARE(c.uri, u"test:///default"_s);
    QCOMPARE(c.templateName, u"tmpl"_s);
    QCOMPARE(c.count, 5);
    QCOMPARE(c.namePattern, u"web-{#}"_s);
    QCOMPARE(c.vcpus, 2);
    QCOMPARE(c.memoryMiB, 1024u);
    QCOMPARE(c.mode, CloneMode::Full);
    QCOMPARE(c.network, u"lab"_s);
    QVERIFY(c.start);
    QVERIFY(c.json);

    const auto linked = parse({u"batch-create"_s, u"--template=t"_s, u"--name-pattern=w{01..03}"_s, u"--memory"_s, u"256"_s});
    QVERIFY2(linked.error.isEmpty(), qPrintable(linked.error));
    QCOMPARE(linked.command.mode, CloneMode::Linked);
    QCOMPARE(linked.command.count, 0); // the range decides
    QCOMPARE(linked.command.memoryMiB, 256u);
}

void TestCliParser::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"list"_s, u"--bogus"_s};
    QTest::newRow("list with args") << QStringList{u"list"_s, u"x"_s};
    QTest::newRow("bad count") << QStringList{u"batch-create"_s, u"--template=t"_s, u"--name-pattern=a"_s, u"--count=zero"_s};
    QTest::newRow("zero count") << QStringList{u"batch-create"_s, u"--template=t"_s, u"--name-pattern=a"_s, u"--count=0"_s};
    QTest::newRow("bad memory") << QStringList{u"batch-create"_s, u"--template=t"_s, u"--name-pattern=a"_s, u"--memory=lots"_s};
    QTest::newRow("linked and full") << QStringList{u"clone"_s, u"a"_s, u"b"_s, u"--linked"_s, u"--full"_s};
    QTest::newRow("snapshot what") << QStringList{u"snapshot"_s, u"frob"_s, u"a"_s};
    QTest::newRow("snapshot list two") << QStringList{u"snapshot"_s, u"list"_s, u"a"_s, u"b"_s};
    QTest::newRow("pool create") << QStringList{u"pool"_s, u"create"_s};
    QTest::newRow("template what") << QStringList{u"template"_s, u"seal"_s};
    QTest::newRow("missing guest, no terminal") << QStringList{u"start"_s};
    QTest::newRow("missing template, no terminal") << QStringList{u"batch-create"_s, u"--name-pattern=a{1..2}"_s};
    QTest::newRow("missing snapshot name") << QStringList{u"snapshot"_s, u"create"_s, u"a"_s};
    QTest::newRow("missing clone name") << QStringList{u"clone"_s, u"a"_s};
}

void TestCliParser::usageErrors()
{
    QFETCH(QStringList, args);
    const auto parsed = parse(args);
    QVERIFY2(!parsed.error.isEmpty(), "expected a usage error");
}

void TestCliParser::missingValues()
{
    // On a terminal (or with --interactive) the missing values are asked for, in this order.
    const auto batch = parse({u"batch-create"_s}, true);
    QVERIFY2(batch.error.isEmpty(), qPrintable(batch.error));
    QCOMPARE(batch.missing, (QList<Field>{Field::Template, Field::Count, Field::NamePattern, Field::Vcpus, Field::Memory}));

    const auto forced = parse({u"batch-create"_s, u"--interactive"_s, u"--template"_s, u"t"_s, u"--vcpus"_s, u"2"_s}, false);
    QVERIFY2(forced.error.isEmpty(), qPrintable(forced.error));
    QVERIFY(forced.interactive);
    QCOMPARE(forced.missing, (QList<Field>{Field::Count, Field::NamePattern, Field::Memory}));

    const auto clone = parse({u"clone"_s, u"--interactive"_s}, false);
    QCOMPARE(clone.missing, (QList<Field>{Field::Guests, Field::CloneName}));
    const auto snapshot = parse({u"snapshot"_s, u"revert"_s, u"a"_s}, true);
    QCOMPARE(snapshot.missing, QList<Field>{Field::SnapshotName});

    // Not interactive: only what is required is missing, and it is an error that says what.
    const auto plain = parse({u"batch-create"_s, u"--name-pattern"_s, u"w{1..2}"_s});
    QVERIFY(plain.error.contains(u"Template"_s));
}

void TestCliParser::promptAnswers()
{
    CliCommand command;
    QVERIFY(CliParser::apply(Field::Template, u" tmpl \n"_s, command).isEmpty());
    QCOMPARE(command.templateName, u"tmpl"_s);
    QVERIFY(!CliParser::apply(Field::Count, u"many"_s, command).isEmpty());
    QVERIFY(CliParser::apply(Field::Count, u""_s, command).isEmpty()); // from the pattern
    QCOMPARE(command.count, 0);
    QVERIFY(CliParser::apply(Field::Count, u"3"_s, command).isEmpty());
    QCOMPARE(command.count, 3);
    QVERIFY(!CliParser::apply(Field::NamePattern, u""_s, command).isEmpty());
    QVERIFY(CliParser::apply(Field::Memory, u"2G"_s, command).isEmpty());
    QCOMPARE(command.memoryMiB, 2048u);
    QVERIFY(!CliParser::apply(Field::Vcpus, u"-1"_s, command).isEmpty());
    QVERIFY(CliParser::apply(Field::Guests, u"a  b c"_s, command).isEmpty());
    QCOMPARE(command.guests, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    QVERIFY(!CliParser::apply(Field::CloneName, u"bad/name"_s, command).isEmpty());
    QVERIFY(!CliParser::promptFor(Field::Count).isEmpty());
}

void TestCliParser::helpAndVersion()
{
    QVERIFY(parse({u"--help"_s}).help);
    QVERIFY(parse({u"--version"_s}).version);
    const QString help = CliParser::helpText();
    for (const QString &word : {u"batch-create"_s, u"--interactive"_s, u"--json"_s, u"--connect"_s, u"Exit codes"_s,
                                u"  0 "_s, u"  1 "_s, u"  2 "_s, u"  3 "_s})
        QVERIFY2(help.contains(word), qPrintable(word));
}

// A translated header such as "名称" is four terminal cells wide, not two: padding by
// characters would push every later column of `virtdeck-cli list` two cells to the right.
void TestCliParser::tableColumnsCountTerminalCells()
{
    QCOMPARE(TerminalColumns::width(u"NAME"_s), 4);
    QCOMPARE(TerminalColumns::width(u"名称"_s), 4);
    QCOMPARE(TerminalColumns::width(u"web-虚拟机-01"_s), 13);
    QCOMPARE(TerminalColumns::width(u"e\u0301"_s), 1); // e + combining acute accent
    QCOMPARE(TerminalColumns::padRight(u"名称"_s, 8), u"名称    "_s);
    QCOMPARE(TerminalColumns::width(TerminalColumns::padRight(u"状态"_s, 12)), 12);
    QCOMPARE(TerminalColumns::padRight(u"a-name-longer-than-the-column"_s, 4), u"a-name-longer-than-the-column "_s);
}

QTEST_GUILESS_MAIN(TestCliParser)
#include "tst_cliparser.moc"
