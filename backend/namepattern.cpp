// SPDX-License-Identifier: GPL-2.0-or-later
#include "namepattern.h"

#include <QHash>
#include <QRegularExpression>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString padded(qint64 value, int width)
{
    return u"%1"_s.arg(value, width, 10, QLatin1Char('0'));
}

} // namespace

NamePattern::Expansion NamePattern::expand(const QString &patternIn, int count)
{
    Expansion out;
    const QString pattern = patternIn.trimmed();
    if (pattern.isEmpty()) {
        out.error = tr("Enter a name pattern, e.g. web-{01..20} or web-{#}.");
        return out;
    }
    if (count < 0 || count > MaxCount) {
        out.error = tr("The count must be between 1 and %1.").arg(MaxCount);
        return out;
    }
    const qsizetype open = pattern.indexOf(u'{');
    const qsizetype close = open < 0 ? -1 : pattern.indexOf(u'}', open);
    if ((open < 0) != (pattern.indexOf(u'}') < 0) || (open >= 0 && close < 0)) {
        out.error = tr("Unbalanced braces in \"%1\".").arg(pattern);
        return out;
    }
    if (open < 0) {
        if (count <= 1) {
            out.names = {pattern};
            return out;
        }
        return expand(pattern + u"-{#}"_s, count);
    }
    if (pattern.indexOf(u'{', close) >= 0 || pattern.indexOf(u'}', close + 1) >= 0) {
        out.error = tr("Only one {…} placeholder is allowed in \"%1\".").arg(pattern);
        return out;
    }
    const QString prefix = pattern.left(open);
    const QString suffix = pattern.mid(close + 1);
    const QString inner = pattern.mid(open + 1, close - open - 1);

    QStringList parts;
    static const QRegularExpression range(u"^(\\d+)\\.\\.(\\d+)$"_s);
    static const QRegularExpression hashes(u"^#+$"_s);
    if (const auto m = range.match(inner); m.hasMatch()) {
        const QString first = m.captured(1);
        bool ok1 = false;
        bool ok2 = false;
        const qint64 from = first.toLongLong(&ok1);
        const qint64 to = m.captured(2).toLongLong(&ok2);
        const qint64 size = (from <= to ? to - from : from - to) + 1;
        if (!ok1 || !ok2 || size > MaxCount) {
            out.error = tr("The range {%1} is larger than %2 names.").arg(inner).arg(MaxCount);
            return out;
        }
        const int width = first.size() > 1 && first.startsWith(u'0') ? int(first.size()) : 0;
        for (qint64 i = 0; i < size; ++i)
            parts.append(padded(from <= to ? from + i : from - i, width));
    } else if (hashes.match(inner).hasMatch()) {
        if (count <= 0) {
            out.error = tr("Say how many guests to create for \"%1\".").arg(pattern);
            return out;
        }
        const int width = inner.size() > 1 ? int(inner.size()) : 0;
        for (int i = 1; i <= count; ++i)
            parts.append(padded(i, width));
    } else if (inner.contains(u',')) {
        parts = inner.split(u',');
        for (QString &part : parts)
            part = part.trimmed();
    } else {
        out.error = tr("Cannot read the placeholder {%1}: use {01..20}, {1..5}, {#} or {a,b,c}.").arg(inner);
        return out;
    }
    if (count > 0 && count != parts.size()) {
        out.error = tr("The pattern gives %n name(s), but the count is %1.", nullptr, int(parts.size())).arg(count);
        return out;
    }
    for (const QString &part : std::as_const(parts))
        out.names.append(prefix + part + suffix);
    return out;
}

QString NamePattern::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("A guest name cannot be empty.");
    if (name.size() > 64)
        return tr("\"%1\" is longer than 64 characters.").arg(name);
    static const QRegularExpression allowed(u"^[A-Za-z0-9][A-Za-z0-9._+-]*$"_s);
    if (!allowed.match(name).hasMatch())
        return tr("\"%1\" is not a valid guest name: use letters, digits, '.', '_', '+' and '-', "
                  "starting with a letter or digit.").arg(name);
    return {};
}

QStringList NamePattern::clashes(const QStringList &names, const QSet<QString> &existingGuests)
{
    QStringList problems;
    QHash<QString, int> seen;
    for (const QString &name : names) {
        const QString problem = nameProblem(name);
        if (!problem.isEmpty())
            problems.append(problem);
        if (++seen[name] == 2)
            problems.append(tr("\"%1\" appears more than once.").arg(name));
        if (existingGuests.contains(name))
            problems.append(tr("A guest named \"%1\" already exists.").arg(name));
    }
    return problems;
}

} // namespace VirtDeck
