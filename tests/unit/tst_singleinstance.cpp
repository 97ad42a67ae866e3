// SPDX-License-Identifier: GPL-2.0-or-later
// One VirtDeck per user: the second instance hands its arguments to the first. Tested with
// two SingleInstance objects in this process (the sender on a thread of its own, since it
// blocks), a stale socket file, and the real virtdeck executable as the second process.
#include "singleinstance.h"
#include "testpaths.h"

#include <QFile>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>
#include <future>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::SingleInstance;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private:
    QString socketPath(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void secondInstanceHandsOverItsArguments()
    {
        const QString path = socketPath(u"a.socket"_s);
        SingleInstance first(path);
        QString error;
        QVERIFY2(first.listen(&error), qPrintable(error));
        QVERIFY(first.isListening());

        SingleInstance second(path);
        QVERIFY(!second.listen(&error));
        QVERIFY(!second.isListening());
        QVERIFY(!error.isEmpty());

        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        const QStringList arguments = {u"virtdeck"_s, u"--show-domain-console"_s, u"guest-名字 with spaces"_s};
        std::future<bool> sent = std::async(std::launch::async, [path, arguments] { return SingleInstance::sendToRunning(path, arguments, 5000); });
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toStringList(), arguments);
        QTRY_VERIFY_WITH_TIMEOUT(sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready, 5000);
        QVERIFY2(sent.get(), "the sender did not get the acknowledgement");
    }

    void severalRequestsInARow()
    {
        const QString path = socketPath(u"b.socket"_s);
        SingleInstance first(path);
        QVERIFY(first.listen());
        QSignalSpy received(&first, &SingleInstance::argumentsReceived);
        std::future<int> sent = std::async(std::launch::async, [path] {
            int delivered = 0;
            for (int i = 0; i < 5; ++i)
                delivered += SingleInstance::sendToRunning(path, {u"virtdeck"_s, u"--connect"_s, u"test:///default#%1"_s.arg(i)}, 5000) ? 1 : 0;
            return delivered;
        });
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 5, 10000);
        QTRY_VERIFY(sent.wait_for(std::chrono::seconds(0)) == std::future_status::ready);
        QCOMPARE(sent.get(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(received.at(i).first().toStringList().last(), u"test:///default#%1"_s.arg(i));
    }

    void nobodyListeningFailsQuickly()
    {
        QString error;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!SingleInstance::sendToRunning(socketPath(u"nobody.socket"_s), {u"virtdeck"_s}, 2000, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(timer.elapsed() < 2000, "a missing socket must not wait for the timeout");
    }

    void staleSocketIsTakenOver()
    {
        // A crashed instance leaves its socket file behind: nobody answers on it.
        const QString path = socketPath(u"stale.socket"_s);
        {
            QLocalServer crashed;
            QVERIFY(crashed.listen(path));
        }
        QFile stale(path);
        QVERIFY(stale.open(QIODevice::WriteOnly)); // the file exists, like after a crash
        stale.close();
        SingleInstance instance(path);
        QString error;
        QVERIFY2(instance.listen(&error), qPrintable(error));
    }

    void defaultNameIsPerUser()
    {
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir.path()));
        QCOMPARE(SingleInstance::defaultSocketName(), m_dir.filePath(u"virtdeck.socket"_s));
    }

    // The real executable as the second process: it hands --show-domain-console over to the
    // running instance (this test) and exits 0 without opening a window.
    void virtdeckHandsOverAndExits()
    {
        const QString virtdeck = VirtDeck::Test::binaryDir() + u"/app/virtdeck"_s;
        QVERIFY2(QFile::exists(virtdeck), qPrintable(virtdeck + u" is missing: build the virtdeck target first"_s));
        QTemporaryDir runtime;
        QVERIFY(runtime.isValid());
        QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        SingleInstance running(QDir(runtime.path()).filePath(u"virtdeck.socket"_s));
        QVERIFY(running.listen());
        QSignalSpy received(&running, &SingleInstance::argumentsReceived);

        QProcess second;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        env.insert(u"XDG_CONFIG_HOME"_s, runtime.path() + u"/config"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        second.setProcessEnvironment(env);
        second.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        second.start(virtdeck, {u"--show-domain-console"_s, u"guest-7"_s, u"--connect"_s, u"test:///default"_s});
        QVERIFY(second.waitForStarted(5000));
        QVERIFY(received.wait(15000));
        QVERIFY2(second.waitForFinished(15000), "the second virtdeck did not exit after handing over");
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        const QStringList arguments = received.first().first().toStringList();
        QCOMPARE(arguments.mid(1), (QStringList{u"--show-domain-console"_s, u"guest-7"_s, u"--connect"_s, u"test:///default"_s}));
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
