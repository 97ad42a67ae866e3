// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QStringList>

namespace VirtDeck {

// Guest names for a batch, from a pattern, checked before anything is created.
//   web-{01..20}   20 names, zero padded to the width of the first number (web-01…web-20)
//   web-{1..5}     5 names, no padding; a descending range counts down
//   web-{#}        count names web-1…web-N; {##} pads to two digits, {###} to three
//   web-{a,b,c}    the listed words
//   web            count 1: "web"; a larger count appends "-{#}"
// A range or list fixes the number of names: a count that disagrees is an error.
class NamePattern
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::NamePattern)

public:
    struct Expansion
    {
        QStringList names;
        QString error; // set when the pattern or the count is unusable; names is then empty
        bool ok() const { return error.isEmpty(); }
    };

    // count 0: the pattern's own range or list decides (a {#} pattern then needs a count).
    static Expansion expand(const QString &pattern, int count);

    // Why name cannot be a guest name here; empty when it can. Volume names are derived
    // from it, so it stays with characters that are safe in file names.
    static QString nameProblem(const QString &name);

    // Every problem with a batch of names, before anything is created: invalid names, names
    // given twice, names of existing guests. Empty when the batch can go ahead.
    static QStringList clashes(const QStringList &names, const QSet<QString> &existingGuests);

    static constexpr int MaxCount = 1000;
};

} // namespace VirtDeck
