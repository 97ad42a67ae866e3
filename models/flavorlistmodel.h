// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "flavor.h"

#include <QAbstractTableModel>

namespace VirtDeck {

// Flavors as `openstack flavor list --long` shows them.
class FlavorListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, VcpusColumn, RamColumn, DiskColumn, EphemeralColumn, SwapColumn,
                  RxtxColumn, PublicColumn, ColumnCount };
    static constexpr int FlavorIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setFlavors(const QList<Cloud::Flavor> &flavors);
    const QList<Cloud::Flavor> &flavors() const { return m_flavors; }
    const Cloud::Flavor *flavorAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Cloud::Flavor> m_flavors;
};

} // namespace VirtDeck
