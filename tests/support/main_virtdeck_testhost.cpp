// SPDX-License-Identifier: GPL-2.0-or-later
// virtdeck-testhost: writes a libvirt test-driver host file for trying VirtDeck by hand,
// e.g. virtdeck-testhost --guests 1000 /tmp/host.xml && virtdeck --connect test:///tmp/host.xml
#include "testhostgenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;
using VirtDeck::Test::TestHostGenerator;

namespace {

bool readInt(const QCommandLineParser &parser, const QCommandLineOption &option, int minimum, int *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum)
        return false;
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"virtdeck-testhost"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes a libvirt test-driver host file (open it as test:///ABS/PATH.xml)."_s);
    parser.addHelpOption();
    const QCommandLineOption guests(u"guests"_s, u"Number of guests."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for the mix of states and sizes (default 1)."_s, u"S"_s);
    const QCommandLineOption networks(u"networks"_s, u"Number of networks (default 2)."_s, u"K"_s);
    const QCommandLineOption pools(u"pools"_s, u"Number of storage pools (default 1)."_s, u"P"_s);
    const QCommandLineOption snapshotEvery(u"snapshot-every"_s,
                                           u"Give every K-th guest snapshots (default 0: none)."_s, u"K"_s);
    const QCommandLineOption snapshots(u"snapshots"_s, u"Snapshots per such guest (default 2)."_s, u"S"_s);
    const QCommandLineOption prefix(u"prefix"_s, u"Guest name prefix (default guest-)."_s, u"TEXT"_s);
    parser.addOptions({guests, seed, networks, pools, snapshotEvery, snapshots, prefix});
    parser.addPositionalArgument(u"OUTPUT.xml"_s, u"The host file to write."_s);
    parser.process(app);

    QTextStream err(stderr);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(guests)) {
        err << "usage: virtdeck-testhost --guests N [--seed S] [--networks K] OUTPUT.xml\n";
        return 2;
    }

    TestHostGenerator::Options options;
    int seedValue = int(options.seed);
    if (!readInt(parser, guests, 0, &options.guestCount) || !readInt(parser, seed, 0, &seedValue)
        || !readInt(parser, networks, 1, &options.networkCount) || !readInt(parser, pools, 0, &options.poolCount)
        || !readInt(parser, snapshotEvery, 0, &options.snapshotEvery)
        || !readInt(parser, snapshots, 0, &options.snapshotsPerGuest)) {
        err << "virtdeck-testhost: numbers must be whole and not negative (--networks at least 1)\n";
        return 2;
    }
    options.seed = quint32(seedValue);
    if (parser.isSet(prefix))
        options.namePrefix = parser.value(prefix);

    QString error;
    const QString path = positional.first();
    const auto written = TestHostGenerator::write(path, options, &error);
    if (!error.isEmpty()) {
        err << "virtdeck-testhost: " << error << '\n';
        return 1;
    }
    int running = 0;
    int paused = 0;
    for (const auto &guest : written) {
        running += guest.state == VirtDeck::DomainState::Running;
        paused += guest.state == VirtDeck::DomainState::Paused;
    }
    QTextStream(stdout) << written.size() << " guests (" << running << " running, " << paused << " paused, "
                        << written.size() - running - paused << " shut off) written to "
                        << TestHostGenerator::uriFor(path) << '\n';
    return 0;
}
