// SPDX-License-Identifier: GPL-2.0-or-later
// virtdeck-cli: VirtDeck's command-line companion on the same backend as the GUI.
#include "cliparser.h"
#include "clirunner.h"
#include "libvirterror.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace VirtDeck;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("virtdeck-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VIRTDECK_VERSION));
    silenceLibvirtErrorPrinting();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    CliParser::Parsed parsed = CliParser::parse(QCoreApplication::arguments(), isatty(STDIN_FILENO) == 1);
    if (parsed.help) {
        out << CliParser::helpText();
        return int(CliExit::Ok);
    }
    if (parsed.version) {
        out << QCoreApplication::applicationName() << u' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return int(CliExit::Ok);
    }
    if (!parsed.error.isEmpty()) {
        err << QCoreApplication::translate("VirtDeck::CliRunner", "virtdeck-cli: %1").arg(parsed.error) << Qt::endl;
        return int(CliExit::Usage);
    }
    CliRunner runner(out, err);
    if (!parsed.missing.isEmpty() && !runner.prompt(parsed, in))
        return int(CliExit::Usage);
    return int(runner.run(parsed.command));
}
