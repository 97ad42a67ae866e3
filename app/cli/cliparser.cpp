// SPDX-License-Identifier: GPL-2.0-or-later
#include "cliparser.h"

#include "namepattern.h"

#include <QCommandLineParser>
#include <QRegularExpression>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Options
{
    QCommandLineOption connect{{u"c"_s, u"connect"_s}, CliParser::tr("libvirt URI (default: $VIRTDECK_DEFAULT_URI, "
                                                                     "$LIBVIRT_DEFAULT_URI, else as the GUI)."), u"uri"_s};
    QCommandLineOption json{u"json"_s, CliParser::tr("Machine-readable JSON output.")};
    QCommandLineOption interactive{u"interactive"_s, CliParser::tr("Ask for missing values on stdin even when it is not a terminal.")};
    QCommandLineOption templ{u"template"_s, CliParser::tr("Template guest of batch-create."), u"name"_s};
    QCommandLineOption count{u"count"_s, CliParser::tr("How many guests batch-create makes."), u"n"_s};
    QCommandLineOption pattern{u"name-pattern"_s, CliParser::tr("Names: web-{01..20}, web-{1..5}, web-{#} with --count."), u"pattern"_s};
    QCommandLineOption vcpus{u"vcpus"_s, CliParser::tr("vCPUs of the new guests (default: as the template)."), u"n"_s};
    QCommandLineOption memory{u"memory"_s, CliParser::tr("Memory of the new guests in MiB, or with M/G (default: as the template)."), u"size"_s};
    QCommandLineOption linked{u"linked"_s, CliParser::tr("Linked clones: qcow2 overlays on the template's disks (default).")};
    QCommandLineOption full{u"full"_s, CliParser::tr("Full clones: independent copies of the disks.")};
    QCommandLineOption network{u"network"_s, CliParser::tr("Attach every interface of the new guests to this network."), u"name"_s};
    QCommandLineOption start{u"start"_s, CliParser::tr("Start the new guests once created.")};
    QCommandLineOption name{u"name"_s, CliParser::tr("Snapshot name (snapshot commands), or the new guest's name (clone)."), u"name"_s};
    QCommandLineOption description{u"description"_s, CliParser::tr("Snapshot description."), u"text"_s};
    QCommandLineOption removeStorage{u"remove-storage"_s, CliParser::tr("delete: also delete the guests' writable disk volumes.")};
    QCommandLineOption seal{u"seal"_s, CliParser::tr("template mark: seal first with virt-sysprep (libguestfs-tools).")};
    QCommandLineOption help{{u"h"_s, u"help"_s}, CliParser::tr("Show this help.")};
    QCommandLineOption version{{u"v"_s, u"version"_s}, CliParser::tr("Show the version.")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({connect, json, interactive, templ, count, pattern, vcpus, memory, linked, full, network,
                           start, name, description, removeStorage, seal, help, version});
        parser.addPositionalArgument(u"command"_s, CliParser::tr("What to do; see Commands below."), u"command [args...]"_s);
    }
};

QString commandsText()
{
    return CliParser::tr(
        "Commands:\n"
        "  list                                   guests: name, state, vCPUs, memory, template\n"
        "  start|shutdown|destroy|reboot|suspend|resume NAME...\n"
        "  delete NAME... [--remove-storage]\n"
        "  batch-create --template T --count N --name-pattern P [--vcpus N] [--memory MiB]\n"
        "               [--linked|--full] [--network NET] [--start]\n"
        "  clone SOURCE NEW-NAME [--linked|--full] [--vcpus N] [--memory MiB] [--network NET] [--start]\n"
        "  snapshot create NAME... --name S [--description D]\n"
        "  snapshot list NAME\n"
        "  snapshot revert NAME... --name S\n"
        "  snapshot delete NAME --name S\n"
        "  template mark NAME... [--seal] | template unmark NAME... | template list\n"
        "  pool list\n"
        "  net list\n"
        "\n"
        "Missing values are asked for when stdin is a terminal (or with --interactive);\n"
        "otherwise they are a usage error.\n"
        "\n"
        "Exit codes:\n"
        "  0  everything succeeded\n"
        "  1  the operation failed for at least one item (each failure is printed)\n"
        "  2  usage error: unknown command or option, missing or invalid value\n"
        "  3  the connection to libvirt failed\n");
}

// MiB from "512", "512M", "512MiB", "2G", "2GiB".
bool parseMemory(const QString &text, quint64 *mib)
{
    static const QRegularExpression form(u"^\\s*(\\d+)\\s*(m|mib|mb|g|gib|gb)?\\s*$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(text);
    if (!match.hasMatch())
        return false;
    bool ok = false;
    quint64 value = match.captured(1).toULongLong(&ok);
    if (!ok || value == 0)
        return false;
    if (match.captured(2).startsWith(u'g', Qt::CaseInsensitive))
        value *= 1024;
    *mib = value;
    return true;
}

bool parsePositive(const QString &text, int *out, int max = 4096)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > max)
        return false;
    *out = value;
    return true;
}

} // namespace

CliParser::Parsed CliParser::parse(const QStringList &arguments, bool mayPrompt)
{
    Parsed out;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const Options options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    out.help = parser.isSet(options.help);
    out.version = parser.isSet(options.version);
    if (out.help || out.version)
        return out;
    out.interactive = parser.isSet(options.interactive);
    const bool prompting = mayPrompt || out.interactive;

    CliCommand &command = out.command;
    command.uri = parser.value(options.connect);
    command.json = parser.isSet(options.json);
    command.templateName = parser.value(options.templ);
    command.namePattern = parser.value(options.pattern);
    command.network = parser.value(options.network);
    command.start = parser.isSet(options.start);
    command.snapshotName = parser.value(options.name);
    command.cloneName = parser.value(options.name);
    command.description = parser.value(options.description);
    command.removeStorage = parser.isSet(options.removeStorage);
    command.seal = parser.isSet(options.seal);
    if (parser.isSet(options.linked) && parser.isSet(options.full)) {
        out.error = tr("Choose one of --linked and --full.");
        return out;
    }
    command.mode = parser.isSet(options.full) ? CloneMode::Full : CloneMode::Linked;
    if (parser.isSet(options.count) && !parsePositive(parser.value(options.count), &command.count, NamePattern::MaxCount)) {
        out.error = tr("--count wants a number from 1 to %1, not \"%2\".").arg(NamePattern::MaxCount).arg(parser.value(options.count));
        return out;
    }
    if (parser.isSet(options.vcpus) && !parsePositive(parser.value(options.vcpus), &command.vcpus)) {
        out.error = tr("--vcpus wants a positive number, not \"%1\".").arg(parser.value(options.vcpus));
        return out;
    }
    if (parser.isSet(options.memory) && !parseMemory(parser.value(options.memory), &command.memoryMiB)) {
        out.error = tr("--memory wants a size in MiB (512, 512M, 2G), not \"%1\".").arg(parser.value(options.memory));
        return out;
    }

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        out.error = tr("No command given. Try --help.");
        return out;
    }
    const QString verb = args.takeFirst();
    static const QHash<QString, DomainAction> actions{
        {u"start"_s, DomainAction::Start},     {u"shutdown"_s, DomainAction::Shutdown},
        {u"destroy"_s, DomainAction::ForceOff}, {u"reboot"_s, DomainAction::Reboot},
        {u"suspend"_s, DomainAction::Pause},   {u"resume"_s, DomainAction::Resume},
    };
    const auto sub = [&args]() { return args.isEmpty() ? QString() : args.takeFirst(); };
    const auto needGuests = [&](int atMost) {
        command.guests = args;
        args.clear();
        if (command.guests.isEmpty())
            out.missing.append(Field::Guests);
        else if (atMost > 0 && command.guests.size() > atMost)
            out.error = tr("%1 takes one guest name.").arg(verb);
    };
    const auto noArgs = [&]() {
        if (!args.isEmpty())
            out.error = tr("Unexpected argument \"%1\".").arg(args.first());
    };

    if (verb == u"list"_s) {
        command.kind = CliCommand::Kind::List;
        noArgs();
    } else if (actions.contains(verb)) {
        command.kind = CliCommand::Kind::Action;
        command.action = actions.value(verb);
        needGuests(0);
    } else if (verb == u"delete"_s) {
        command.kind = CliCommand::Kind::Delete;
        needGuests(0);
    } else if (verb == u"batch-create"_s) {
        command.kind = CliCommand::Kind::BatchCreate;
        noArgs();
        if (command.templateName.isEmpty())
            out.missing.append(Field::Template);
        if (command.count == 0 && prompting)
            out.missing.append(Field::Count);
        if (command.namePattern.isEmpty())
            out.missing.append(Field::NamePattern);
        if (command.vcpus == 0 && prompting)
            out.missing.append(Field::Vcpus);
        if (command.memoryMiB == 0 && prompting)
            out.missing.append(Field::Memory);
    } else if (verb == u"clone"_s) {
        command.kind = CliCommand::Kind::Clone;
        const QString source = sub();
        if (!source.isEmpty())
            command.guests = {source};
        else
            out.missing.append(Field::Guests);
        if (!args.isEmpty())
            command.cloneName = sub();
        noArgs();
        if (command.cloneName.isEmpty())
            out.missing.append(Field::CloneName);
    } else if (verb == u"snapshot"_s) {
        const QString what = sub();
        if (what == u"create"_s)
            command.kind = CliCommand::Kind::SnapshotCreate;
        else if (what == u"list"_s)
            command.kind = CliCommand::Kind::SnapshotList;
        else if (what == u"revert"_s)
            command.kind = CliCommand::Kind::SnapshotRevert;
        else if (what == u"delete"_s)
            command.kind = CliCommand::Kind::SnapshotDelete;
        else {
            out.error = tr("snapshot wants create, list, revert or delete.");
            return out;
        }
        const bool single = command.kind == CliCommand::Kind::SnapshotList || command.kind == CliCommand::Kind::SnapshotDelete;
        needGuests(single ? 1 : 0);
        if (command.kind != CliCommand::Kind::SnapshotList && command.snapshotName.isEmpty())
            out.missing.append(Field::SnapshotName);
    } else if (verb == u"template"_s) {
        const QString what = sub();
        if (what == u"list"_s) {
            command.kind = CliCommand::Kind::TemplateList;
            noArgs();
        } else if (what == u"mark"_s || what == u"unmark"_s) {
            command.kind = what == u"mark"_s ? CliCommand::Kind::TemplateMark : CliCommand::Kind::TemplateUnmark;
            needGuests(0);
        } else {
            out.error = tr("template wants mark, unmark or list.");
            return out;
        }
    } else if (verb == u"pool"_s || verb == u"net"_s) {
        if (sub() != u"list"_s) {
            out.error = tr("%1 wants list.").arg(verb);
            return out;
        }
        command.kind = verb == u"pool"_s ? CliCommand::Kind::PoolList : CliCommand::Kind::NetList;
        noArgs();
    } else {
        out.error = tr("Unknown command \"%1\". Try --help.").arg(verb);
        return out;
    }
    if (!out.error.isEmpty())
        return out;
    if (!out.missing.isEmpty() && !prompting) {
        QStringList names;
        for (Field field : std::as_const(out.missing))
            names.append(promptFor(field).section(u" ["_s, 0, 0).section(u':', 0, 0));
        out.error = tr("%1: missing %2 (stdin is not a terminal; pass them as options, or --interactive).")
                        .arg(verb, names.join(u", "_s));
    }
    return out;
}

QString CliParser::helpText()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("virtdeck-cli: VirtDeck's command-line companion for scripts."));
    const Options options;
    options.addTo(parser);
    return parser.helpText() + u"\n"_s + commandsText();
}

QString CliParser::promptFor(Field field)
{
    switch (field) {
    case Field::Guests:
        return tr("Guest names (separated by spaces): ");
    case Field::Template:
        return tr("Template: ");
    case Field::Count:
        return tr("How many guests [from the pattern]: ");
    case Field::NamePattern:
        return tr("Name pattern (web-{01..20}, web-{#}): ");
    case Field::Vcpus:
        return tr("vCPUs [as the template]: ");
    case Field::Memory:
        return tr("Memory in MiB [as the template]: ");
    case Field::CloneName:
        return tr("New guest name: ");
    case Field::SnapshotName:
        return tr("Snapshot name: ");
    }
    return {};
}

QString CliParser::apply(Field field, const QString &answerIn, CliCommand &command)
{
    const QString answer = answerIn.trimmed();
    switch (field) {
    case Field::Guests:
        command.guests = answer.split(u' ', Qt::SkipEmptyParts);
        return command.guests.isEmpty() ? tr("Enter at least one guest name.") : QString();
    case Field::Template:
        command.templateName = answer;
        return answer.isEmpty() ? tr("Enter the template's name.") : QString();
    case Field::Count:
        if (answer.isEmpty())
            return {};
        return parsePositive(answer, &command.count, NamePattern::MaxCount)
            ? QString() : tr("Enter a number from 1 to %1.").arg(NamePattern::MaxCount);
    case Field::NamePattern:
        command.namePattern = answer;
        return answer.isEmpty() ? tr("Enter a name pattern.") : QString();
    case Field::Vcpus:
        if (answer.isEmpty())
            return {};
        return parsePositive(answer, &command.vcpus) ? QString() : tr("Enter a positive number of vCPUs.");
    case Field::Memory:
        if (answer.isEmpty())
            return {};
        return parseMemory(answer, &command.memoryMiB) ? QString() : tr("Enter a size in MiB (512, 512M, 2G).");
    case Field::CloneName:
        command.cloneName = answer;
        return NamePattern::nameProblem(answer);
    case Field::SnapshotName:
        command.snapshotName = answer;
        return answer.isEmpty() ? tr("Enter a snapshot name.") : QString();
    }
    return {};
}

} // namespace VirtDeck
