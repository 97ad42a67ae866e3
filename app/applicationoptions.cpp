// SPDX-License-Identifier: GPL-2.0-or-later
#include "applicationoptions.h"

#include "cloudpage.h"
#include "libvirturi.h"

#include <QCommandLineParser>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ApplicationOptions ApplicationOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Manage KVM/QEMU guests through libvirt."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connect({u"c"_s, u"connect"_s},
                                     tr("Connect to the libvirt URI (repeatable), for example qemu:///system."),
                                     tr("URI"));
    const QCommandLineOption console(u"show-domain-console"_s, tr("Open the console of the named guest."), tr("NAME"));
    const QCommandLineOption editor(u"show-domain-editor"_s, tr("Open the details window of the named guest."), tr("NAME"));
    const QCommandLineOption host(u"show-host-summary"_s, tr("Open the host overview of the first connection."));
    const QCommandLineOption noAutoconnect(u"no-autoconnect"_s,
                                           tr("With --connect, do not also open the saved autoconnect connections."));
    const QCommandLineOption osCloud(u"os-cloud"_s,
                                     tr("Open the Cloud tab and sign in to the named cloud of clouds.yaml (or \"envvars\" for OS_* variables)."),
                                     tr("NAME"));
    const QCommandLineOption cloudPage(u"show-cloud-page"_s, tr("Open this page of the Cloud tab: %1.")
                                                                  .arg(CloudPage::pageNames().join(u", "_s)),
                                       tr("PAGE"));
    const QCommandLineOption newInstance(u"new-instance"_s,
                                         tr("Start a new window even when VirtDeck is already running (by default the "
                                            "running one gets the other options and this process exits)."));
    parser.addOptions({connect, console, editor, host, noAutoconnect, osCloud, cloudPage, newInstance});
    parser.process(arguments);

    ApplicationOptions options;
    options.connectUris = parser.values(connect);
    options.showDomainConsole = parser.value(console);
    options.showDomainEditor = parser.value(editor);
    options.showHostSummary = parser.isSet(host);
    options.noAutoconnect = parser.isSet(noAutoconnect);
    options.osCloud = parser.value(osCloud);
    options.showCloudPage = parser.value(cloudPage);
    options.newInstance = parser.isSet(newInstance);
    const QStringList cloudPages = CloudPage::pageNames();
    if (!options.showCloudPage.isEmpty() && !cloudPages.contains(options.showCloudPage))
        options.error = tr("--show-cloud-page %1: use one of %2.").arg(options.showCloudPage, cloudPages.join(u", "_s));
    for (const QString &uri : std::as_const(options.connectUris)) {
        const QString problem = LibvirtUri::validate(uri);
        if (!problem.isEmpty()) {
            options.error = tr("--connect %1: %2").arg(uri, problem);
            break;
        }
    }
    return options;
}

} // namespace VirtDeck
