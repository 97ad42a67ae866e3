// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "snapshotinfo.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

namespace VirtDeck {

// One guest's snapshots as a tree (children under their parent, oldest first). Fed with the
// whole flat list after every operation; the difference arrives as row inserts, moves
// (libvirt re-parents children when a snapshot in the middle goes), removals and
// dataChanged, never as a reset. The current snapshot is marked (bold, CurrentRole).
class SnapshotTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, CreatedColumn, StateColumn, TypeColumn, DescriptionColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1,
        CurrentRole,
        ExternalRole,
    };

    explicit SnapshotTreeModel(QObject *parent = nullptr);
    ~SnapshotTreeModel() override;

    void setSnapshots(const SnapshotInfoList &snapshots);
    void clear();

    const SnapshotInfo *snapshot(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &name, int column = 0) const;
    QString currentName() const;
    SnapshotInfoList snapshots() const;
    int snapshotCount() const { return int(m_nodes.size()); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(const QString &libvirtState);
    static QString typeText(const SnapshotInfo &snapshot);

private:
    struct Node
    {
        SnapshotInfo info;
        Node *parent = nullptr;
        std::vector<Node *> children;
    };

    QModelIndex indexOfNode(const Node *node, int column = 0) const;
    int rowOf(const Node *node) const;
    std::vector<Node *> &siblings(Node *parent);
    int insertionRow(Node *parent, const SnapshotInfo &info, const Node *ignore = nullptr);
    bool isAncestor(const Node *ancestor, const Node *node) const;
    void dropSubtree(Node *node);

    Node m_root;
    QHash<QString, std::shared_ptr<Node>> m_nodes;
};

} // namespace VirtDeck
