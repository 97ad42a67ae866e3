// SPDX-License-Identifier: GPL-2.0-or-later
// The batch name pattern: the first line is the count (anything not a number counts as 0,
// the pattern's own range decides), the rest is the pattern; the names it expands to are
// then checked the way the batch dialog checks them.
#include "fuzzentry.h"

#include "namepattern.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace VirtDeck::Fuzz {

void runNamePattern(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    const int count = newline < 0 ? 0 : input.left(newline).toInt();
    const QString pattern = QString::fromUtf8(newline < 0 ? input : input.mid(newline + 1));
    const NamePattern::Expansion expansion = NamePattern::expand(pattern, count);
    NamePattern::nameProblem(pattern);
    if (expansion.ok())
        NamePattern::clashes(expansion.names, QSet<QString>{u"web-01"_s, pattern});
}

} // namespace VirtDeck::Fuzz
