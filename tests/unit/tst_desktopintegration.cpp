// SPDX-License-Identifier: GPL-2.0-or-later
// The desktop entry and AppStream metainfo pass their validators (desktop-file-validate,
// appstreamcli validate --no-net --strict), name the same application id as the program,
// and every rendered icon size is there at its size and embedded as a resource; `virtdeck
// --help` works without a display.
#include "appicons.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::AppIcons;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private:
    static QString appId() { return QString::fromLatin1(AppIcons::ApplicationId); }
    static QString desktopFile() { return VirtDeck::Test::sourceDir() + u"/resources/desktop/%1.desktop"_s.arg(appId()); }
    static QString metainfoFile() { return VirtDeck::Test::sourceDir() + u"/resources/desktop/%1.metainfo.xml"_s.arg(appId()); }

    // Runs a validator; fails with what it said, or with how to install it.
    static void validate(const QString &program, const QStringList &arguments, const QString &package)
    {
        const QString path = QStandardPaths::findExecutable(program);
        QVERIFY2(!path.isEmpty(), qPrintable(u"%1 is missing: install %2 (scripts/install-deps.sh)"_s.arg(program, package)));
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(path, arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAll());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(u"%1 %2 failed:\n%3"_s.arg(program, arguments.join(u' '), output)));
    }

private Q_SLOTS:
    void desktopEntryValidates()
    {
        QVERIFY2(QFile::exists(desktopFile()), qPrintable(desktopFile()));
        validate(u"desktop-file-validate"_s, {desktopFile()}, u"desktop-file-utils"_s);
    }

    void metainfoValidatesStrictly()
    {
        QVERIFY2(QFile::exists(metainfoFile()), qPrintable(metainfoFile()));
        validate(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, u"--strict"_s, metainfoFile()}, u"appstream"_s);
    }

    void idsAgree()
    {
        QFile desktop(desktopFile());
        QVERIFY(desktop.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString entry = QString::fromUtf8(desktop.readAll());
        QVERIFY2(entry.contains(u"\nIcon=%1\n"_s.arg(appId())), "the desktop entry's Icon is not the application id");
        QVERIFY(entry.contains(u"\nExec=virtdeck"_s));

        QFile metainfo(metainfoFile());
        QVERIFY(metainfo.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&metainfo);
        QString id;
        QString launchable;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == "id"_L1)
                id = xml.readElementText();
            else if (xml.isStartElement() && xml.name() == "launchable"_L1)
                launchable = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(id, appId());
        QCOMPARE(launchable, appId() + u".desktop"_s);
    }

    void iconsAtEverySize()
    {
        QVERIFY(QFile::exists(VirtDeck::Test::sourceDir() + u"/resources/icons/app/%1.svg"_s.arg(appId())));
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
            const QString path = VirtDeck::Test::sourceDir() + u"/resources/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(appId());
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path + u" is missing: run scripts/render-icons.sh"_s));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(image.hasAlphaChannel());
        }
    }

    // `virtdeck --help` over SSH or in a script: no display, no platform plugin, still text.
    void helpAndVersionNeedNoDisplay()
    {
        const QString program = VirtDeck::Test::binaryDir() + u"/app/virtdeck"_s;
        QVERIFY2(QFile::exists(program), qPrintable(program + u" is not built"_s));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s})
            environment.remove(name);
        environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, QDir::tempPath() + u"/virtdeck-help-test"_s);
        for (const QString &option : {u"--help"_s, u"--version"_s}) {
            QProcess process;
            process.setProcessEnvironment(environment);
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(program, {option});
            QVERIFY(process.waitForFinished(30000));
            const QString output = QString::fromUtf8(process.readAll());
            QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, qPrintable(output));
            QVERIFY2(output.contains(option == u"--help"_s ? u"--show-domain-console"_s : u"virtdeck "_s), qPrintable(output));
        }
    }

    void iconsAreEmbedded()
    {
        QVERIFY(QFile::exists(u":/icons/app/%1.svg"_s.arg(appId())));
        QVERIFY(QFile::exists(u":/icons/hicolor/48x48/apps/%1.png"_s.arg(appId())));
        // Every action icon the main window asks for has a bundled fallback.
        for (const char *name : {"media-playback-start", "media-playback-pause", "system-shutdown", "system-reboot",
                                 "process-stop", "edit-delete", "document-save", "document-revert", "network-server", "computer"})
            QVERIFY2(QFile::exists(u":/icons/actions/%1.svg"_s.arg(QLatin1StringView(name))), name);
    }
};

QTEST_GUILESS_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
