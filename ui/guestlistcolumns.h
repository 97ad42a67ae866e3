// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QList>
#include <QObject>

class QTreeView;

namespace VirtDeck {

// Which columns of the main guest list show and whether its CPU columns draw graphs: set
// from the preferences, and from the header's context menu (right-click a column title),
// which reports the user's choice with hiddenColumnsChanged() so it can be saved.
class GuestListColumns : public QObject
{
    Q_OBJECT

public:
    explicit GuestListColumns(QTreeView *view, QObject *parent = nullptr);

    QList<int> hiddenColumns() const;
    void setHiddenColumns(const QList<int> &columns);
    void setGraphsVisible(bool visible);

    // The header menu: one checkable entry per column but the name column (it holds the tree).
    void showHeaderMenu(const QPoint &pos);

Q_SIGNALS:
    void hiddenColumnsChanged(const QList<int> &columns);

private:
    QTreeView *m_view;
};

} // namespace VirtDeck
