// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// virtdeck's command line, in virt-manager's style.
struct ApplicationOptions
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::ApplicationOptions)

public:
    QStringList connectUris;
    QString showDomainConsole;
    QString showDomainEditor;
    bool showHostSummary = false;
    bool noAutoconnect = false;
    QString osCloud;          // --os-cloud: open the Cloud tab signed in to this cloud
    QString showCloudPage;    // --show-cloud-page: quotas, flavors or security-groups
    bool newInstance = false; // --new-instance: do not hand over to a running VirtDeck
    QString error; // set when the arguments are unusable

    // Exits the process for --help and --version, as QCommandLineParser does.
    static ApplicationOptions parse(const QStringList &arguments);
};

} // namespace VirtDeck
