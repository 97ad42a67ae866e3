// SPDX-License-Identifier: GPL-2.0-or-later
// A VNC console password is used for the session only: typed into the console's password
// bar, it reaches the display session and then nothing keeps it. After the main window and
// the console page saved what they save (geometry, columns, preferences, connections), no
// file under the settings location contains the password in any form.
#include "apppreferences.h"
#include "connectionmanager.h"
#include "consolepage.h"
#include "mainwindow.h"
#include "testhostgenerator.h"

#include <QApplication>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Test;

class TestConsolePasswordSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void consolePasswordNeverReachesSettings();
};

void TestConsolePasswordSettings::consolePasswordNeverReachesSettings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString configDir = dir.filePath(u"config"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, configDir);
    const QString hostFile = dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 3;
    QString error;
    QVERIFY2(!TestHostGenerator::write(hostFile, options, &error).isEmpty(), qPrintable(error));

    const QString password = u"Vnc-Pa55word-7e1f"_s;
    {
        ConnectionManager manager;
        manager.addConnection(ConnectionConfig{TestHostGenerator::uriFor(hostFile), u"generated"_s, true});
        MainWindow window(&manager);
        window.setPreferences(AppPreferences{});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *page = new ConsolePage(nullptr, QUuid::createUuid(), &window);
        page->setGuestName(u"guest-1"_s);
        auto *field = page->findChild<QLineEdit *>(u"consolePassword"_s);
        auto *connectButton = page->findChild<QPushButton *>(u"consolePasswordConnect"_s);
        QVERIFY(field && connectButton);
        QVERIFY(page->displaySession());
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        field->setText(password);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QVERIFY(field->text().isEmpty()); // handed to the session, not kept in the widget either

        QSettings settings;
        AppPreferences{}.save(settings);
        settings.sync();
        window.close(); // the main window saves its state on close
    }
    QSettings().sync();

    int files = 0;
    const QList<QByteArray> forms{password.toUtf8(), password.toUtf8().toBase64(), password.toUtf8().toHex(),
                                  password.toUtf8().toPercentEncoding()};
    QDirIterator it(configDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        ++files;
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(u"the console password is in "_s + file.fileName()));
    }
    QVERIFY2(files > 0, "no settings were written at all: the check would prove nothing");
}

QTEST_MAIN(TestConsolePasswordSettings)
#include "tst_consolepasswordsettings.moc"
