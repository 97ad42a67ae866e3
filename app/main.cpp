// SPDX-License-Identifier: GPL-2.0-or-later
#include "appicons.h"
#include "applicationoptions.h"
#include "apppreferences.h"
#include "cloudpage.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "libvirteventloop.h"
#include "libvirturi.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "singleinstance.h"
#include "translationloader.h"

#include <QApplication>
#include <QSettings>
#include <QTabWidget>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

// What the command line asks for beyond starting: used at start and for the requests a
// second `virtdeck` hands over.
void openConnections(ConnectionManager &manager, const ApplicationOptions &options)
{
    for (const QString &uri : options.connectUris) {
        ConnectionSession *session = manager.findByUri(uri);
        if (!session) {
            session = manager.addConnection(ConnectionConfig{uri, {}, false});
            manager.setPersistent(session->id(), false); // --connect is for this run only
        }
        session->open();
    }
}

void showRequested(MainWindow &window, const ApplicationOptions &options)
{
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
}

// The preferences' default connection is opened at start even without autoconnect.
void openDefaultConnection(ConnectionManager &manager, const QString &uri)
{
    if (uri.isEmpty() || !LibvirtUri::validate(uri).isEmpty())
        return;
    ConnectionSession *session = manager.findByUri(uri);
    if (!session) {
        session = manager.addConnection(ConnectionConfig{uri, {}, false});
        manager.setPersistent(session->id(), true);
    }
    if (session->state() == ConnectionState::Disconnected)
        session->open();
}

void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(u"virtdeck"_s);
    QCoreApplication::setOrganizationName(u"VirtDeck"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    QSettings settings;
    TranslationLoader::apply(AppPreferences::load(settings).language);
}

// --help and --version print and exit: they must work over SSH or in a build log, where
// there is no display for QApplication to open.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--")
            break;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v"
            || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication textOnly(argc, argv);
        setApplicationIdentity();
        ApplicationOptions::parse(textOnly.arguments()); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(u"VirtDeck"_s);
    QApplication::setDesktopFileName(QString::fromLatin1(AppIcons::ApplicationId));
    QApplication::setWindowIcon(AppIcons::application());

    const ApplicationOptions options = ApplicationOptions::parse(app.arguments());
    if (!options.error.isEmpty()) {
        fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }

    // One VirtDeck per user: a second one hands its command line over and exits.
    SingleInstance instance(SingleInstance::defaultSocketName());
    if (!options.newInstance && !instance.listen()) {
        QString error;
        if (SingleInstance::sendToRunning(instance.socketName(), app.arguments(), 3000, &error))
            return 0;
        fprintf(stderr, "virtdeck: the running VirtDeck did not take the request (%s); starting another.\n",
                qPrintable(error));
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
    openConnections(manager, options);
    if (options.connectUris.isEmpty() || !options.noAutoconnect)
        manager.openAutoconnect();
    openDefaultConnection(manager, window.preferences().defaultConnectionUri);
    window.show();
    showRequested(window, options);

    QObject::connect(&instance, &SingleInstance::argumentsReceived, &window, [&manager, &window](const QStringList &arguments) {
        // The sender already checked them (it exits on bad ones before handing over).
        const ApplicationOptions forwarded = ApplicationOptions::parse(arguments);
        if (!forwarded.error.isEmpty())
            return;
        openConnections(manager, forwarded);
        if (window.isMinimized())
            window.showNormal();
        window.raise();
        window.activateWindow();
        showRequested(window, forwarded);
    });

    // VIRTDECK_SCREENSHOT_DIR: grab every window once it has settled, for the documentation.
    ScreenshotTour::startFromEnvironment(&window);

    const int status = QApplication::exec();
    manager.closeAll();
    return status;
}
