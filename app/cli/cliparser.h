// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clicommand.h"

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// The command line of virtdeck-cli (QCommandLineParser), apart from any I/O so tests can
// feed it argument lists. Values missing from the line are listed in `missing`: the caller
// asks for them when it may prompt (a terminal on stdin, or --interactive), else it is a
// usage error.
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::CliParser)

public:
    // What a prompt asks for, in the order it asks.
    enum class Field { Guests, Template, Count, NamePattern, Vcpus, Memory, CloneName, SnapshotName };

    struct Parsed
    {
        CliCommand command;
        QList<Field> missing;
        bool interactive = false; // --interactive: prompt from stdin even when it is no terminal
        bool help = false;
        bool version = false;
        QString error;            // a usage error (exit code 2)
    };

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    // mayPrompt: stdin is a terminal. Missing values are an error unless it is or
    // --interactive is given.
    static Parsed parse(const QStringList &arguments, bool mayPrompt);

    static QString helpText();
    static QString promptFor(Field field);
    // Stores a prompted answer; an error message when it does not fit the field.
    static QString apply(Field field, const QString &answer, CliCommand &command);
};

} // namespace VirtDeck
