// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestlistcolumns.h"

#include "guestlistmodel.h"
#include "sparklinedelegate.h"

#include <QHeaderView>
#include <QMenu>
#include <QTreeView>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestListColumns::GuestListColumns(QTreeView *view, QObject *parent)
    : QObject(parent)
    , m_view(view)
{
    QHeaderView *header = view->header();
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &GuestListColumns::showHeaderMenu);
}

QList<int> GuestListColumns::hiddenColumns() const
{
    QList<int> out;
    const QHeaderView *header = m_view->header();
    for (int column = GuestListModel::NameColumn + 1; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            out.append(column);
    }
    return out;
}

void GuestListColumns::setHiddenColumns(const QList<int> &columns)
{
    QHeaderView *header = m_view->header();
    for (int column = GuestListModel::NameColumn + 1; column < header->count(); ++column)
        header->setSectionHidden(column, columns.contains(column));
}

void GuestListColumns::setGraphsVisible(bool visible)
{
    for (int column : {int(GuestListModel::CpuColumn), int(GuestListModel::HostCpuColumn)}) {
        if (auto *delegate = qobject_cast<SparklineDelegate *>(m_view->itemDelegateForColumn(column)))
            delegate->setGraphsVisible(visible);
    }
    m_view->viewport()->update();
}

void GuestListColumns::showHeaderMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->header();
    QMenu menu(header);
    menu.setObjectName(u"guestListHeaderMenu"_s);
    menu.setTitle(tr("Columns"));
    const QAbstractItemModel *model = header->model();
    for (int column = GuestListModel::NameColumn + 1; model && column < header->count(); ++column) {
        QAction *action = menu.addAction(model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setObjectName(u"showColumn%1"_s.arg(column));
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            header->setSectionHidden(column, !shown);
            Q_EMIT hiddenColumnsChanged(hiddenColumns());
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

} // namespace VirtDeck
