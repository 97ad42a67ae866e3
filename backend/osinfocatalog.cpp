// SPDX-License-Identifier: GPL-2.0-or-later
#include "osinfocatalog.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr quint64 MiB = 1024ull * 1024;
constexpr quint64 GiB = 1024ull * MiB;

// "Ubuntu 22.04 LTS" -> ubuntu, 22.04, lts; "ubuntu22.04" -> ubuntu, 22.04; "win2k19" -> win, 2, k, 19.
QStringList tokens(const QString &text)
{
    static const QRegularExpression pattern(u"[a-z]+|[0-9]+(?:\\.[0-9]+)*"_s);
    QStringList out;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text.toLower());
    while (it.hasNext())
        out.append(it.next().captured());
    return out;
}

bool isNumber(const QString &token)
{
    return !token.isEmpty() && token.front().isDigit();
}

QString compact(const QString &text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == u'.')
            out.append(c);
    }
    return out;
}

std::optional<double> numericVersion(const OsInfoEntry &entry)
{
    bool ok = false;
    const QString major = entry.version.section(u'.', 0, 1);
    const double value = major.toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

struct Haystack
{
    QStringList words;
    QStringList compactIds;
};

Haystack haystackFor(const OsInfoEntry &entry)
{
    Haystack h;
    for (const QString &id : entry.shortIds) {
        h.words += tokens(id);
        h.compactIds.append(compact(id));
    }
    h.words += tokens(entry.name);
    h.words += tokens(entry.vendor);
    h.words += tokens(entry.version);
    h.words += tokens(entry.codename);
    h.words += tokens(entry.distro);
    return h;
}

bool matchesWord(const Haystack &h, const QString &word)
{
    return std::any_of(h.words.cbegin(), h.words.cend(), [&](const QString &w) { return w.startsWith(word); });
}

bool newerFirst(const OsInfoEntry &a, const OsInfoEntry &b)
{
    if (a.releaseDate != b.releaseDate)
        return a.releaseDate > b.releaseDate;
    return a.shortId < b.shortId;
}

} // namespace

OsInfoCatalog::OsInfoCatalog(OsInfoEntryList entries)
    : m_entries(std::move(entries))
{
    std::sort(m_entries.begin(), m_entries.end(), newerFirst);
}

OsInfoEntry OsInfoCatalog::generic()
{
    OsInfoEntry entry;
    entry.shortId = u"generic"_s;
    entry.shortIds = {entry.shortId};
    entry.name = tr("Generic or unknown OS");
    entry.minimumMemory = 512 * MiB;
    entry.recommendedMemory = 1024 * MiB;
    entry.recommendedStorage = 10 * GiB;
    entry.recommendedVcpus = 1;
    return entry;
}

GuestDefaults OsInfoCatalog::defaultsFor(const OsInfoEntry &entry)
{
    GuestDefaults defaults;
    quint64 memory = entry.recommendedMemory ? entry.recommendedMemory : entry.minimumMemory * 2;
    if (memory == 0)
        memory = 1024 * MiB;
    defaults.memoryMiB = std::max<quint64>(256, (memory + MiB - 1) / MiB);
    quint64 storage = entry.recommendedStorage ? entry.recommendedStorage : entry.minimumStorage;
    if (storage == 0)
        storage = 20 * GiB;
    defaults.diskGiB = std::max<quint64>(1, (storage + GiB - 1) / GiB);
    defaults.vcpus = std::max(1, entry.recommendedVcpus);
    defaults.virtio = entry.virtioBlock;
    return defaults;
}

const OsInfoEntry *OsInfoCatalog::find(const QString &idOrShortId) const
{
    for (const OsInfoEntry &entry : m_entries) {
        if (entry.id == idOrShortId || entry.shortIds.contains(idOrShortId))
            return &entry;
    }
    return nullptr;
}

OsInfoEntryList OsInfoCatalog::search(const QString &query, int limit) const
{
    const QStringList words = tokens(query);
    const QString compactQuery = compact(query);
    OsInfoEntryList out;
    if (words.isEmpty()) {
        // No query: released systems still supported, newest first.
        const QDate today = QDate::currentDate();
        for (const OsInfoEntry &entry : m_entries) {
            if (out.size() >= limit - 1)
                break;
            if (entry.releaseDate.isValid() && (!entry.eolDate.isValid() || entry.eolDate > today))
                out.append(entry);
        }
        out.append(generic());
        return out;
    }

    struct Scored
    {
        int score;
        const OsInfoEntry *entry;
    };
    QList<Scored> full;
    for (const OsInfoEntry &entry : m_entries) {
        const Haystack h = haystackFor(entry);
        const bool all = std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return matchesWord(h, w); });
        if (!all)
            continue;
        int score = 0;
        if (h.compactIds.contains(compactQuery))
            score = 2;
        else if (std::any_of(h.compactIds.cbegin(), h.compactIds.cend(), [&](const QString &id) { return id.startsWith(compactQuery); }))
            score = 1;
        full.append({score, &entry});
    }
    // m_entries is newest first and stable_sort keeps that order within a score.
    std::stable_sort(full.begin(), full.end(), [](const Scored &a, const Scored &b) { return a.score > b.score; });
    for (const Scored &s : std::as_const(full)) {
        if (out.size() >= limit - 1)
            break;
        out.append(*s.entry);
    }

    if (out.isEmpty()) {
        // Nothing has every word (e.g. "debian 12" before the database knows Debian 12):
        // offer the same distribution, the versions nearest the one asked for first.
        QStringList names;
        double wanted = -1;
        for (const QString &w : words) {
            if (isNumber(w))
                wanted = w.toDouble();
            else
                names.append(w);
        }
        QList<const OsInfoEntry *> relatives;
        double newest = 0;
        for (const OsInfoEntry &entry : m_entries) {
            const Haystack h = haystackFor(entry);
            if (names.isEmpty()
                || !std::all_of(names.cbegin(), names.cend(), [&](const QString &w) { return matchesWord(h, w); }))
                continue;
            relatives.append(&entry);
            if (std::optional<double> v = numericVersion(entry))
                newest = std::max(newest, *v);
        }
        // An unnumbered version ("testing", "rawhide", "unknown") stands for the next release.
        const auto versionOf = [newest](const OsInfoEntry *e) { return numericVersion(*e).value_or(std::floor(newest) + 1); };
        if (wanted >= 0) {
            std::stable_sort(relatives.begin(), relatives.end(), [&](const OsInfoEntry *a, const OsInfoEntry *b) {
                return std::abs(versionOf(a) - wanted) < std::abs(versionOf(b) - wanted);
            });
        }
        for (const OsInfoEntry *entry : std::as_const(relatives)) {
            if (out.size() >= limit - 1)
                break;
            out.append(*entry);
        }
    }
    out.append(generic());
    return out;
}

} // namespace VirtDeck
