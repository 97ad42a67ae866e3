// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace VirtDeck {

// Search-box and state filtering plus numeric sorting for the guest list. Connection
// rows always stay, in their own order, so guests stay grouped.
class GuestFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StateFilter { All, Active, Running, Paused, ShutOff, Inactive };

    explicit GuestFilterProxyModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const { return m_stateFilter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_search;
    StateFilter m_stateFilter = StateFilter::All;
};

} // namespace VirtDeck
