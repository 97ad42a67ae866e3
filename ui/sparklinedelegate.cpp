// SPDX-License-Identifier: GPL-2.0-or-later
#include "sparklinedelegate.h"

#include "guestlistmodel.h"
#include "sparklinehistory.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace VirtDeck {

void SparklineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant history = index.data(GuestListModel::HistoryRole);
    if (!m_graphsVisible || !history.canConvert<SparklineHistory>()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QVector<float> values = history.value<SparklineHistory>().values();
    const QRectF area = QRectF(option.rect).adjusted(3, 3, -3, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const bool allZero = std::all_of(values.cbegin(), values.cend(), [](float v) { return v <= 0.f; });
    if (values.size() >= 2 && !allZero) {
        // Newest sample at the right edge; a fixed step so the graph scrolls, not stretches.
        const qreal step = area.width() / (SparklineHistory::Capacity - 1);
        QPainterPath line;
        for (int i = 0; i < values.size(); ++i) {
            const qreal x = area.right() - step * (values.size() - 1 - i);
            const qreal y = area.bottom() - area.height() * values[i] / 100.0;
            if (i == 0)
                line.moveTo(x, y);
            else
                line.lineTo(x, y);
        }
        QPainterPath fill = line;
        fill.lineTo(area.right(), area.bottom());
        fill.lineTo(area.right() - step * (values.size() - 1), area.bottom());
        fill.closeSubpath();
        const QColor accent = (opt.state & QStyle::State_Selected)
            ? opt.palette.color(QPalette::HighlightedText)
            : QColor(0x3f, 0x6f, 0xb5);
        QColor areaColor = accent;
        areaColor.setAlpha(50);
        painter->fillPath(fill, areaColor);
        painter->setPen(QPen(accent, 1.2));
        painter->drawPath(line);
    }
    if (!text.isEmpty()) {
        painter->setPen(opt.palette.color((opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                : QPalette::Text));
        painter->drawText(option.rect.adjusted(4, 0, -4, 0), Qt::AlignRight | Qt::AlignVCenter, text);
    }
    painter->restore();
}

} // namespace VirtDeck
