// SPDX-License-Identifier: GPL-2.0-or-later
#include "applicationoptions.h"
#include "cloudpage.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "libvirteventloop.h"
#include "libvirturi.h"
#include "mainwindow.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTranslator>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

void installTranslators(QApplication &app)
{
    // Qt's own strings (dialog buttons) and ours, for the user's UI language.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qtTranslator);
    // English is the fallback: its file carries the plural forms ("1 guest", "2 guests").
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), u"virtdeck"_s, u"_"_s, u":/i18n"_s)
        || translator->load(u"virtdeck_en"_s, u":/i18n"_s))
        QApplication::installTranslator(translator);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"virtdeck"_s);
    QApplication::setApplicationDisplayName(u"VirtDeck"_s);
    QApplication::setOrganizationName(u"VirtDeck"_s);
    QApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    QApplication::setDesktopFileName(u"org.virtdeck.VirtDeck"_s);
    installTranslators(app);

    const ApplicationOptions options = ApplicationOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    // Before any connection: libvirt's event loop must be registered first.
    LibvirtEventLoop::ensureRunning();

    ConnectionManager manager;
    QSettings settings;
    manager.load(settings);
    if (manager.sessions().isEmpty() && options.connectUris.isEmpty()) {
        // First start: the local system daemon when it answers, else the user session.
        ConnectionSession *session = manager.addConnection(ConnectionConfig{LibvirtUri::defaultUri(), {}, true});
        manager.setPersistent(session->id(), true);
        manager.save(settings);
    }

    MainWindow window(&manager);
    for (const QString &uri : options.connectUris) {
        ConnectionSession *session = manager.findByUri(uri);
        if (!session) {
            session = manager.addConnection(ConnectionConfig{uri, {}, false});
            manager.setPersistent(session->id(), false); // --connect is for this run only
        }
        session->open();
    }
    if (options.connectUris.isEmpty() || !options.noAutoconnect)
        manager.openAutoconnect();
    window.show();

    if (!options.showDomainConsole.isEmpty())
        window.showDomainWhenAvailable(options.showDomainConsole, true);
    if (!options.showDomainEditor.isEmpty())
        window.showDomainWhenAvailable(options.showDomainEditor, false);
    if (options.showHostSummary)
        window.showHostSummaryWhenAvailable();
    if (!options.osCloud.isEmpty() || !options.showCloudPage.isEmpty()) {
        window.centralTabs()->setCurrentWidget(window.cloudPage());
        if (!options.showCloudPage.isEmpty())
            window.cloudPage()->showPage(options.showCloudPage);
        if (!options.osCloud.isEmpty())
            window.cloudPage()->openCloud(options.osCloud);
    }

    const int status = QApplication::exec();
    manager.closeAll();
    return status;
}
