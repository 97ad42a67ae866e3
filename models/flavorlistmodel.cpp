// SPDX-License-Identifier: GPL-2.0-or-later
#include "flavorlistmodel.h"

#include <QLocale>

namespace VirtDeck {

void FlavorListModel::setFlavors(const QList<Cloud::Flavor> &flavors)
{
    beginResetModel();
    m_flavors = flavors;
    std::sort(m_flavors.begin(), m_flavors.end(), [](const Cloud::Flavor &a, const Cloud::Flavor &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    endResetModel();
}

const Cloud::Flavor *FlavorListModel::flavorAt(int row) const
{
    return row >= 0 && row < m_flavors.size() ? &m_flavors.at(row) : nullptr;
}

int FlavorListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_flavors.size());
}

int FlavorListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FlavorListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cloud::Flavor &flavor = m_flavors.at(index.row());
    if (role == FlavorIdRole)
        return flavor.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= VcpusColumn && index.column() <= RxtxColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole)
        return flavor.description.isEmpty() ? QVariant() : QVariant(flavor.description);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return flavor.name;
    case IdColumn:
        return flavor.id;
    case VcpusColumn:
        return flavor.vcpus;
    case RamColumn:
        return tr("%1 MiB").arg(locale.toString(flavor.ramMb));
    case DiskColumn:
        return tr("%1 GiB").arg(flavor.diskGb);
    case EphemeralColumn:
        return tr("%1 GiB").arg(flavor.ephemeralGb);
    case SwapColumn:
        return flavor.swapMb == 0 ? tr("none") : tr("%1 MiB").arg(locale.toString(flavor.swapMb));
    case RxtxColumn:
        return locale.toString(flavor.rxtxFactor);
    case PublicColumn:
        return flavor.isPublic ? tr("Yes") : tr("No");
    default:
        return {};
    }
}

QVariant FlavorListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case IdColumn: return tr("ID");
    case VcpusColumn: return tr("vCPUs");
    case RamColumn: return tr("RAM");
    case DiskColumn: return tr("Root disk");
    case EphemeralColumn: return tr("Ephemeral");
    case SwapColumn: return tr("Swap");
    case RxtxColumn: return tr("RX/TX factor");
    case PublicColumn: return tr("Public");
    default: return {};
    }
}

} // namespace VirtDeck
