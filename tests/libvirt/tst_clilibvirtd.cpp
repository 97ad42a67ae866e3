// SPDX-License-Identifier: GPL-2.0-or-later
// virtdeck-cli as scripts run it: the built executable under QProcess against a real
// libvirtd (qemu:///system, root). Every subcommand, the prompts fed on stdin with
// --interactive, --json output read with QJsonDocument, and the exit codes (0 ok, 1 an item
// failed, 2 usage, 3 connection). Everything is named virtdeck-test-batch-cli-*.
#include "batchtemplatefixture.h"
#include "libvirterror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::Test::BatchTemplateFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

Run cli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(VIRTDECK_CLI_PATH), args);
    Run run;
    if (!process.waitForStarted(10000)) {
        run.err = u"did not start: "_s + process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(240000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = u"timed out"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QStringList withUri(QStringList args)
{
    return QStringList{u"--connect"_s, u"qemu:///system"_s} + args;
}

QString describe(const Run &run)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(run.exitCode).arg(QString::fromUtf8(run.out), run.err);
}

QJsonObject guestIn(const QJsonArray &list, const QString &name)
{
    for (const QJsonValue &value : list)
        if (value.toObject().value(u"name"_s).toString() == name)
            return value.toObject();
    return {};
}

} // namespace

// The command runs once: its result is kept for the message.
#define CLI_OK(command)                                                                  \
    do {                                                                                 \
        const Run cliResult = (command);                                                 \
        QVERIFY2(cliResult.exitCode == 0, qPrintable(describe(cliResult)));             \
    } while (false)

class TestCliLibvirtd : public QObject
{
    Q_OBJECT

public:
    TestCliLibvirtd()
        : m_fixture(u"virtdeck-test-batch-cli-"_s)
    {
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpAndUsage();
    void connectionFailure();
    void templates();
    void batchCreateInteractive();
    void listAndLifecycle();
    void snapshots();
    void poolsAndNetworks();
    void cloneCommand();
    void batchClashAndDelete();

private:
    BatchTemplateFixture m_fixture;
    QStringList m_names;
};

void TestCliLibvirtd::initTestCase()
{
    VirtDeck::silenceLibvirtErrorPrinting();
    QString error;
    QVERIFY2(m_fixture.create(8, 0, &error), qPrintable(error));
}

void TestCliLibvirtd::cleanupTestCase()
{
    const QStringList problems = m_fixture.remove();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
}

void TestCliLibvirtd::helpAndUsage()
{
    const Run help = cli({u"--help"_s});
    CLI_OK(help);
    QVERIFY(help.out.contains("Exit codes"));
    QVERIFY(help.out.contains("batch-create"));
    QCOMPARE(cli({u"frobnicate"_s}).exitCode, 2);
    QCOMPARE(cli({u"list"_s, u"--no-such-option"_s}).exitCode, 2);
    // stdin is a pipe here, not a terminal: a missing value is a usage error, not a prompt.
    const Run missing = cli(withUri({u"batch-create"_s, u"--name-pattern"_s, u"x{1..2}"_s}));
    QCOMPARE(missing.exitCode, 2);
    QVERIFY2(missing.err.contains(u"--interactive"_s), qPrintable(missing.err));
    // A bad pattern is a usage error found before connecting.
    QCOMPARE(cli(withUri({u"batch-create"_s, u"--template"_s, u"t"_s, u"--name-pattern"_s, u"x{1..3}"_s, u"--count"_s, u"2"_s})).exitCode, 2);
    // Prompts that run out of input: a usage error too.
    QCOMPARE(cli(withUri({u"--interactive"_s, u"batch-create"_s}), "only-a-template\n").exitCode, 2);
}

void TestCliLibvirtd::connectionFailure()
{
    const Run run = cli({u"--connect"_s, u"test:///nonexistent/virtdeck-test-batch-cli.xml"_s, u"list"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"cannot connect"_s), qPrintable(run.err));
}

void TestCliLibvirtd::templates()
{
    const QString tmpl = m_fixture.templateName();
    CLI_OK(cli(withUri({u"template"_s, u"mark"_s, tmpl})));
    Run listed = cli(withUri({u"template"_s, u"list"_s, u"--json"_s}));
    CLI_OK(listed);
    QVERIFY2(!guestIn(listed.json().array(), tmpl).isEmpty(), listed.out.constData());
    CLI_OK(cli(withUri({u"template"_s, u"unmark"_s, tmpl})));
    listed = cli(withUri({u"template"_s, u"list"_s, u"--json"_s}));
    QVERIFY(guestIn(listed.json().array(), tmpl).isEmpty());
    CLI_OK(cli(withUri({u"template"_s, u"mark"_s, tmpl})));
    // Unknown guest: exit 1, the rest of the line still done.
    const Run unknown = cli(withUri({u"template"_s, u"mark"_s, u"virtdeck-test-batch-cli-nope"_s, tmpl, u"--json"_s}));
    QCOMPARE(unknown.exitCode, 1);
    const QJsonObject result = unknown.json().object();
    QCOMPARE(result.value(u"ok"_s).toBool(), false);
    QCOMPARE(result.value(u"results"_s).toArray().size(), 2);
    QVERIFY(!guestIn(result.value(u"results"_s).toArray(), u"virtdeck-test-batch-cli-nope"_s).value(u"ok"_s).toBool());
    QVERIFY(guestIn(result.value(u"results"_s).toArray(), tmpl).value(u"ok"_s).toBool());
    // Sealing without virt-sysprep says what to install.
    if (QStandardPaths::findExecutable(u"virt-sysprep"_s).isEmpty()) {
        const Run seal = cli(withUri({u"template"_s, u"mark"_s, u"--seal"_s, tmpl}));
        QCOMPARE(seal.exitCode, 1);
        QVERIFY2(seal.err.contains(u"libguestfs-tools"_s), qPrintable(seal.err));
    }
}

void TestCliLibvirtd::batchCreateInteractive()
{
    // Template, count, pattern, vCPUs (blank: as the template), memory: as the seed's script asks.
    const QByteArray answers = m_fixture.templateName().toUtf8() + "\n3\nvirtdeck-test-batch-cli-w{#}\n\n192\n";
    const Run run = cli(withUri({u"--interactive"_s, u"batch-create"_s, u"--json"_s}), answers);
    CLI_OK(run);
    QVERIFY2(run.err.contains(u"How many"_s), qPrintable(run.err)); // the prompts went to stderr
    const QJsonObject result = run.json().object();
    QVERIFY2(result.value(u"ok"_s).toBool(), run.out.constData());
    const QJsonArray results = result.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    for (const QJsonValue &value : results) {
        const QJsonObject item = value.toObject();
        QVERIFY(item.value(u"ok"_s).toBool());
        m_names.append(item.value(u"name"_s).toString());
        QCOMPARE(item.value(u"volumes"_s).toArray().size(), 1);
    }
    QCOMPARE(m_names, (QStringList{u"virtdeck-test-batch-cli-w1"_s, u"virtdeck-test-batch-cli-w2"_s, u"virtdeck-test-batch-cli-w3"_s}));
}

void TestCliLibvirtd::listAndLifecycle()
{
    QVERIFY(!m_names.isEmpty());
    // The default URI from the environment, no --connect.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"VIRTDECK_DEFAULT_URI"_s, u"qemu:///system"_s);
    Run listed = cli({u"list"_s, u"--json"_s}, {}, env);
    CLI_OK(listed);
    const QJsonArray guests = listed.json().array();
    const QJsonObject w1 = guestIn(guests, m_names.first());
    QCOMPARE(w1.value(u"state"_s).toString(), u"shutoff"_s);
    QCOMPARE(w1.value(u"memoryMiB"_s).toInt(), 192);
    QCOMPARE(w1.value(u"vcpus"_s).toInt(), 1);
    QCOMPARE(w1.value(u"template"_s).toBool(), false);
    QCOMPARE(guestIn(guests, m_fixture.templateName()).value(u"template"_s).toBool(), true);
    const Run text = cli(withUri({u"list"_s}));
    CLI_OK(text);
    QVERIFY(text.out.contains(m_names.first().toUtf8()));

    const auto stateOf = [this](const QString &name) {
        return guestIn(cli(withUri({u"list"_s, u"--json"_s})).json().array(), name).value(u"state"_s).toString();
    };
    CLI_OK(cli(withUri(QStringList{u"start"_s} + m_names)));
    QCOMPARE(stateOf(m_names.at(0)), u"running"_s);
    QCOMPARE(stateOf(m_names.at(2)), u"running"_s);
    CLI_OK(cli(withUri({u"suspend"_s, m_names.at(0)})));
    QCOMPARE(stateOf(m_names.at(0)), u"paused"_s);
    CLI_OK(cli(withUri({u"resume"_s, m_names.at(0)})));
    QCOMPARE(stateOf(m_names.at(0)), u"running"_s);
    CLI_OK(cli(withUri({u"reboot"_s, m_names.at(1)})));
    CLI_OK(cli(withUri({u"shutdown"_s, m_names.at(1)}))); // an ACPI request: accepted
    const Run destroyed = cli(withUri(QStringList{u"destroy"_s, u"--json"_s} + m_names));
    CLI_OK(destroyed);
    QCOMPARE(destroyed.json().object().value(u"results"_s).toArray().size(), 3);
    QCOMPARE(stateOf(m_names.at(1)), u"shutoff"_s);
    // An item that fails: exit 1, the message names it.
    const Run again = cli(withUri({u"resume"_s, m_names.at(0)}));
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(m_names.at(0)), qPrintable(again.err));
    QCOMPARE(cli(withUri({u"start"_s, u"virtdeck-test-batch-cli-nope"_s})).exitCode, 1);
}

void TestCliLibvirtd::snapshots()
{
    const QString a = m_names.at(0);
    const QString b = m_names.at(1);
    CLI_OK(cli(withUri({u"snapshot"_s, u"create"_s, a, b, u"--name"_s, u"cli-one"_s, u"--description"_s, u"from the CLI"_s})));
    Run listed = cli(withUri({u"snapshot"_s, u"list"_s, a, u"--json"_s}));
    CLI_OK(listed);
    QCOMPARE(listed.json().array().size(), 1);
    const QJsonObject one = listed.json().array().first().toObject();
    QCOMPARE(one.value(u"name"_s).toString(), u"cli-one"_s);
    QCOMPARE(one.value(u"description"_s).toString(), u"from the CLI"_s);
    QVERIFY(one.value(u"current"_s).toBool());
    // The snapshot name asked for on stdin.
    CLI_OK(cli(withUri({u"--interactive"_s, u"snapshot"_s, u"revert"_s, a, b}), "cli-one\n"));
    CLI_OK(cli(withUri({u"snapshot"_s, u"delete"_s, a, u"--name"_s, u"cli-one"_s})));
    listed = cli(withUri({u"snapshot"_s, u"list"_s, a, u"--json"_s}));
    QCOMPARE(listed.json().array().size(), 0);
    // a has no snapshot left, b still has it: one item fails, exit 1.
    const Run partial = cli(withUri({u"snapshot"_s, u"revert"_s, a, b, u"--name"_s, u"cli-one"_s, u"--json"_s}));
    QCOMPARE(partial.exitCode, 1);
    const QJsonArray results = partial.json().object().value(u"results"_s).toArray();
    QVERIFY(!guestIn(results, a).value(u"ok"_s).toBool());
    QVERIFY(guestIn(results, b).value(u"ok"_s).toBool());
}

void TestCliLibvirtd::poolsAndNetworks()
{
    const Run pools = cli(withUri({u"pool"_s, u"list"_s, u"--json"_s}));
    CLI_OK(pools);
    const QJsonObject pool = guestIn(pools.json().array(), m_fixture.poolName());
    QCOMPARE(pool.value(u"state"_s).toString(), u"running"_s);
    QCOMPARE(pool.value(u"path"_s).toString(), m_fixture.poolPath());
    QCOMPARE(pool.value(u"type"_s).toString(), u"dir"_s);
    const Run text = cli(withUri({u"pool"_s, u"list"_s}));
    CLI_OK(text);
    QVERIFY(text.out.contains(m_fixture.poolName().toUtf8()));
    const Run networks = cli(withUri({u"net"_s, u"list"_s, u"--json"_s}));
    CLI_OK(networks);
    QVERIFY2(networks.json().isArray(), networks.out.constData());
    CLI_OK(cli(withUri({u"net"_s, u"list"_s})));
}

void TestCliLibvirtd::cloneCommand()
{
    const Run full = cli(withUri({u"clone"_s, m_fixture.templateName(), u"virtdeck-test-batch-cli-full"_s, u"--full"_s,
                                  u"--start"_s, u"--json"_s}));
    CLI_OK(full);
    const QJsonObject item = full.json().object().value(u"results"_s).toArray().first().toObject();
    QVERIFY(item.value(u"started"_s).toBool());
    QCOMPARE(item.value(u"volumes"_s).toArray().first().toString(),
             m_fixture.poolPath() + u"/virtdeck-test-batch-cli-full-vda.qcow2"_s);
    // Source and new name asked for on stdin; a linked clone by default.
    const QByteArray answers = m_fixture.templateName().toUtf8() + "\nvirtdeck-test-batch-cli-linked\n";
    CLI_OK(cli(withUri({u"--interactive"_s, u"clone"_s}), answers));
    QCOMPARE(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-cli-linked"_s), QStringList{u"virtdeck-test-batch-cli-linked"_s});
    // The same name again: exit 1 with the reason.
    const Run clash = cli(withUri({u"clone"_s, m_fixture.templateName(), u"virtdeck-test-batch-cli-linked"_s}));
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.err.contains(u"already exists"_s), qPrintable(clash.err));
    // A running source is refused.
    QCOMPARE(cli(withUri({u"clone"_s, u"virtdeck-test-batch-cli-full"_s, u"virtdeck-test-batch-cli-x"_s})).exitCode, 1);
}

void TestCliLibvirtd::batchClashAndDelete()
{
    // w2 exists: refused before anything is made, exit 1, the reason in JSON.
    const Run clash = cli(withUri({u"batch-create"_s, u"--template"_s, m_fixture.templateName(), u"--name-pattern"_s,
                                   u"virtdeck-test-batch-cli-w{1..4}"_s, u"--json"_s}));
    QCOMPARE(clash.exitCode, 1);
    QVERIFY2(clash.json().object().value(u"refused"_s).toArray().size() == 3, clash.out.constData());
    QVERIFY(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-cli-w4"_s).isEmpty());

    // Delete everything made, with storage: only the template's disk stays in the pool.
    QStringList all = BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-cli-"_s);
    all.removeAll(m_fixture.templateName());
    QCOMPARE(all.size(), 5);
    const Run deleted = cli(withUri(QStringList{u"delete"_s, u"--remove-storage"_s} + all));
    CLI_OK(deleted);
    QCOMPARE(BatchTemplateFixture::guestsNamed(u"virtdeck-test-batch-cli-"_s), QStringList{m_fixture.templateName()});
    QTRY_COMPARE_WITH_TIMEOUT(m_fixture.poolFiles(), QStringList{m_fixture.templateName() + u".qcow2"_s}, 10000);
}

QTEST_GUILESS_MAIN(TestCliLibvirtd)
#include "tst_clilibvirtd.moc"
