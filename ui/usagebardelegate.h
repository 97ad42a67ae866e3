// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace VirtDeck {

// Draws a percentage (from a model role, 0-100, negative when unknown) as a usage bar
// with the figure on it, as file managers show disk usage.
class UsageBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    UsageBarDelegate(int percentRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_percentRole;
};

} // namespace VirtDeck
