// SPDX-License-Identifier: GPL-2.0-or-later
// Cloud passwords in the system keychain: without a Secret Service every call fails with a
// message (the app then asks each time); with gnome-keyring in a private D-Bus session the
// password is written, read back and removed.
#include "cloudpasswordstore.h"
#include "testcloud.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

class TestCloudPasswordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutKeychainFailsGracefully()
    {
        if (qEnvironmentVariableIsSet("VIRTDECK_KEYRING_CHILD"))
            return; // the child has a keychain
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qunsetenv("DISPLAY");
        CloudPasswordStore store;
        const auto read = awaitFuture(store.read(u"virtdeck-test/nobody"_s), 20000);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error.startsWith(u"System keychain"_s), qPrintable(read->error));
        const auto write = awaitFuture(store.write(u"virtdeck-test/nobody"_s, u"pw"_s), 20000);
        QVERIFY(write && !write->ok());
    }

    void roundTripWithGnomeKeyring()
    {
        if (!qEnvironmentVariableIsSet("VIRTDECK_KEYRING_CHILD")) {
            // Run this very test again inside a private D-Bus session with an unlocked keyring.
            const QString dbus = QStandardPaths::findExecutable(u"dbus-run-session"_s);
            const QString keyring = QStandardPaths::findExecutable(u"gnome-keyring-daemon"_s);
            if (dbus.isEmpty() || keyring.isEmpty())
                QFAIL("dbus-run-session and gnome-keyring-daemon are needed: run scripts/install-deps.sh");
            QTemporaryDir home;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"HOME"_s, home.path());
            env.insert(u"XDG_RUNTIME_DIR"_s, home.path());
            env.insert(u"VIRTDECK_KEYRING_CHILD"_s, u"1"_s);
            QProcess child;
            child.setProcessEnvironment(env);
            child.setProcessChannelMode(QProcess::MergedChannels);
            child.start(dbus, {u"--"_s, u"sh"_s, u"-c"_s,
                               u"echo pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec \"$0\" roundTripWithGnomeKeyring"_s,
                               QCoreApplication::applicationFilePath()});
            QVERIFY(child.waitForFinished(60000));
            const QByteArray output = child.readAll();
            QVERIFY2(child.exitCode() == 0, output.constData());
            QVERIFY2(output.contains("Totals: 3 passed"), output.constData());
            return;
        }
        CloudPasswordStore store;
        const QString key = u"virtdeck-test/admin"_s;
        const auto written = awaitFuture(store.write(key, u"s3cret pass"_s), 20000);
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->error));
        const auto read = awaitFuture(store.read(key), 20000);
        QVERIFY(read && read->ok());
        QCOMPARE(read->value, u"s3cret pass"_s);
        const auto removed = awaitFuture(store.remove(key), 20000);
        QVERIFY(removed && removed->ok());
        const auto gone = awaitFuture(store.read(key), 20000);
        QVERIFY(gone && !gone->ok());
    }
};

QTEST_GUILESS_MAIN(TestCloudPasswordStore)
#include "tst_cloudpasswordstore.moc"
