// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "result.h"
#include "whenfinished.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <QHash>
#include <QList>
#include <QSet>

#include <algorithm>

namespace VirtDeck {

// Base of the flat resource models (pools, volumes, networks, bridges): rows keyed by a
// name, refreshed by re-listing on the connection's worker and diffing. A new list turns
// into row removals (contiguous ranges), one ranged dataChanged over the changed rows, and
// one batch insert of the new ones; never a reset. Overlapping refreshes coalesce: while a
// list is in flight, further requests make one more list afterwards, not one each.
template<typename T>
class KeyedListModel : public QAbstractTableModel
{
public:
    enum BaseRole { KeyRole = Qt::UserRole + 100, SortRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const QList<T> &items() const { return m_rows; }
    const T *item(int row) const { return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr; }
    const T *item(const QModelIndex &index) const { return index.isValid() ? item(index.row()) : nullptr; }
    int rowOf(const QString &key) const { return m_index.value(key, -1); }
    QStringList keys() const
    {
        QStringList out;
        out.reserve(m_rows.size());
        for (const T &row : m_rows)
            out.append(keyOf(row));
        return out;
    }
    bool isListing() const { return m_listing; }
    QString lastError() const { return m_lastError; }

    // Asks for a fresh list; the rows change when it arrives.
    void refresh()
    {
        if (m_listing) {
            m_dirty = true;
            return;
        }
        QFuture<Result<QList<T>>> future = fetch();
        if (future.isCanceled())
            return;
        m_listing = true;
        const quint64 generation = m_generation;
        whenFinished(future, this, [this, generation](const Result<QList<T>> &result) {
            m_listing = false;
            if (generation == m_generation) {
                m_lastError = result.error;
                if (result.ok())
                    setItems(result.value);
                listFinished(result.error);
            }
            if (m_dirty) {
                m_dirty = false;
                refresh();
            }
        });
    }

    // Applies a complete list as the diff described above.
    void setItems(const QList<T> &incoming)
    {
        QSet<QString> present;
        present.reserve(incoming.size());
        for (const T &row : incoming)
            present.insert(keyOf(row));
        // Removals, from the end so earlier row numbers stay valid, one range at a time.
        for (int row = int(m_rows.size()) - 1; row >= 0;) {
            if (present.contains(keyOf(m_rows.at(row)))) {
                --row;
                continue;
            }
            int first = row;
            while (first > 0 && !present.contains(keyOf(m_rows.at(first - 1))))
                --first;
            beginRemoveRows({}, first, row);
            m_rows.remove(first, row - first + 1);
            endRemoveRows();
            row = first - 1;
        }
        reindex();

        int firstChanged = -1;
        int lastChanged = -1;
        QList<T> added;
        for (const T &row : incoming) {
            const int at = m_index.value(keyOf(row), -1);
            if (at < 0) {
                added.append(row);
                continue;
            }
            if (m_rows.at(at) == row)
                continue;
            m_rows[at] = row;
            firstChanged = firstChanged < 0 ? at : std::min(firstChanged, at);
            lastChanged = std::max(lastChanged, at);
        }
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, columnCount() - 1));
        if (added.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        for (int i = first; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
        endInsertRows();
    }

    // Empties the model and drops any list still in flight (e.g. another pool was chosen).
    void clear()
    {
        ++m_generation;
        m_dirty = false;
        m_lastError.clear();
        if (m_rows.isEmpty())
            return;
        beginRemoveRows({}, 0, int(m_rows.size()) - 1);
        m_rows.clear();
        m_index.clear();
        endRemoveRows();
    }

protected:
    virtual QString keyOf(const T &row) const = 0;
    // The list to show; a cancelled future means "nothing to list" (no connection…).
    virtual QFuture<Result<QList<T>>> fetch() = 0;
    // After each list, with its error (empty on success): subclasses emit their signals.
    virtual void listFinished(const QString &error) = 0;

private:
    void reindex()
    {
        m_index.clear();
        m_index.reserve(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i)
            m_index.insert(keyOf(m_rows.at(i)), i);
    }

    QList<T> m_rows;
    QHash<QString, int> m_index;
    QString m_lastError;
    quint64 m_generation = 0;
    bool m_listing = false;
    bool m_dirty = false;
};

} // namespace VirtDeck
