// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace VirtDeck {

// Draws a cell's SparklineHistory (GuestListModel::HistoryRole) as a small line graph with
// the current figure on top. Painted per visible cell: thousands of rows cost nothing
// until they scroll into view, unlike a chart widget per row.
class SparklineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Off: the figure only, as any other cell (the preferences' "graphs" switch).
    bool graphsVisible() const { return m_graphsVisible; }
    void setGraphsVisible(bool visible) { m_graphsVisible = visible; }

private:
    bool m_graphsVisible = true;
};

} // namespace VirtDeck
