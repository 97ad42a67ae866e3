// SPDX-License-Identifier: GPL-2.0-or-later
// Every seed (tests/fuzz/<target>/corpus) and every input a fuzzer once crashed on
// (tests/fuzz/<target>/regressions) through the same entry points the libFuzzer targets use,
// built with the normal compiler: a fixed crash that comes back fails the normal suite (and
// the AddressSanitizer run of the suite finds what a plain build would not notice).
#include "fuzzentry.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace VirtDeck;

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyTargetHasSeeds();
    void replay_data();
    void replay();
};

namespace {
QString fuzzDir()
{
    return Test::sourceDir() + u"/tests/fuzz"_s;
}

QStringList inputs(const QString &target, const QString &kind)
{
    const QDir dir(fuzzDir() + u'/' + target + u'/' + kind);
    QStringList paths;
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        paths << dir.filePath(name);
    return paths;
}
} // namespace

void TestFuzzRegressions::everyTargetHasSeeds()
{
    QVERIFY(!Fuzz::fuzzEntries().isEmpty());
    for (const Fuzz::FuzzEntry &entry : Fuzz::fuzzEntries()) {
        const QString target = QString::fromLatin1(entry.name);
        QVERIFY2(QFileInfo(fuzzDir() + u'/' + target).isDir(), qPrintable(u"no folder tests/fuzz/"_s + target));
        QVERIFY2(!inputs(target, u"corpus"_s).isEmpty(), qPrintable(u"no seed corpus for "_s + target));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("path");
    for (const Fuzz::FuzzEntry &entry : Fuzz::fuzzEntries()) {
        const QString target = QString::fromLatin1(entry.name);
        for (const QString &kind : {u"regressions"_s, u"corpus"_s}) {
            for (const QString &path : inputs(target, kind)) {
                const QString row = target + u'/' + kind + u'/' + QFileInfo(path).fileName();
                QTest::newRow(qPrintable(row)) << target << path;
            }
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, path);
    const Fuzz::FuzzEntry *entry = Fuzz::fuzzEntry(target.toLatin1().constData());
    QVERIFY(entry);
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    entry->run(file.readAll()); // the test is that this returns: no crash, no sanitizer report
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
