// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshottreemodel.h"

#include <QFont>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

bool before(const SnapshotInfo &a, const SnapshotInfo &b)
{
    return a.creationTime != b.creationTime ? a.creationTime < b.creationTime : a.name < b.name;
}

} // namespace

SnapshotTreeModel::SnapshotTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

SnapshotTreeModel::~SnapshotTreeModel() = default;

std::vector<SnapshotTreeModel::Node *> &SnapshotTreeModel::siblings(Node *parent)
{
    return parent ? parent->children : m_root.children;
}

int SnapshotTreeModel::rowOf(const Node *node) const
{
    const std::vector<Node *> &list = node->parent ? node->parent->children : m_root.children;
    const auto it = std::find(list.cbegin(), list.cend(), node);
    return it == list.cend() ? -1 : int(it - list.cbegin());
}

QModelIndex SnapshotTreeModel::indexOfNode(const Node *node, int column) const
{
    if (!node)
        return {};
    return createIndex(rowOf(node), column, const_cast<Node *>(node));
}

int SnapshotTreeModel::insertionRow(Node *parent, const SnapshotInfo &info, const Node *ignore)
{
    const std::vector<Node *> &list = siblings(parent);
    int row = 0;
    for (const Node *sibling : list) {
        if (sibling != ignore && before(sibling->info, info))
            ++row;
    }
    return row;
}

bool SnapshotTreeModel::isAncestor(const Node *ancestor, const Node *node) const
{
    for (const Node *p = node ? node->parent : nullptr; p; p = p->parent) {
        if (p == ancestor)
            return true;
    }
    return false;
}

void SnapshotTreeModel::dropSubtree(Node *node)
{
    for (Node *child : node->children)
        dropSubtree(child);
    m_nodes.remove(node->info.name);
}

void SnapshotTreeModel::setSnapshots(const SnapshotInfoList &snapshots)
{
    QHash<QString, const SnapshotInfo *> incoming;
    for (const SnapshotInfo &info : snapshots)
        incoming.insert(info.name, &info);
    // A parent that is not in the list (metadata removed by hand) makes its child a root.
    const auto parentName = [&incoming](const SnapshotInfo &info) {
        return incoming.contains(info.parent) ? info.parent : QString();
    };

    // 1. Removals: every snapshot that is gone, with whatever is still below it. Survivors
    // below a gone snapshot are moved out of it first (step 2 runs before for them).
    // 2. Moves of surviving snapshots whose parent changed, to a parent that exists.
    bool moved = true;
    while (moved) {
        moved = false;
        for (const auto &node : std::as_const(m_nodes)) {
            const auto it = incoming.constFind(node->info.name);
            if (it == incoming.cend())
                continue;
            const QString wanted = parentName(**it);
            const QString now = node->parent ? node->parent->info.name : QString();
            if (wanted == now)
                continue;
            Node *target = wanted.isEmpty() ? nullptr : m_nodes.value(wanted).get();
            if (!wanted.isEmpty() && !target)
                continue; // its new parent is new: it is inserted below
            if (target && (target == node.get() || isAncestor(node.get(), target)))
                continue; // a cycle in the middle of the change: settled by removal and re-insert
            const int from = rowOf(node.get());
            const int to = insertionRow(target, **it, node.get());
            const int destination = (node->parent == target && to > from) ? to + 1 : to;
            if (!beginMoveRows(indexOfNode(node->parent), from, from, indexOfNode(target), destination))
                continue;
            std::vector<Node *> &oldList = siblings(node->parent);
            oldList.erase(oldList.begin() + from);
            node->info.parent = wanted;
            node->parent = target;
            std::vector<Node *> &newList = siblings(target);
            newList.insert(newList.begin() + insertionRow(target, **it, node.get()), node.get());
            endMoveRows();
            moved = true;
            break; // m_nodes is unchanged, but restart to keep the iteration simple
        }
    }

    // Removals: gone snapshots and those still misplaced (their subtree goes with them and
    // comes back in step 3).
    bool removed = true;
    while (removed) {
        removed = false;
        const auto misplaced = [&](const Node *n) {
            const auto it = incoming.constFind(n->info.name);
            const QString now = n->parent ? n->parent->info.name : QString();
            return it == incoming.cend() || parentName(**it) != now;
        };
        for (const auto &node : std::as_const(m_nodes)) {
            // The topmost one of a gone subtree: one removal takes the rest with it.
            if (!misplaced(node.get()) || (node->parent && misplaced(node->parent)))
                continue;
            const int row = rowOf(node.get());
            beginRemoveRows(indexOfNode(node->parent), row, row);
            std::vector<Node *> &list = siblings(node->parent);
            list.erase(list.begin() + row);
            const std::shared_ptr<Node> keep = node; // dropSubtree erases it from m_nodes
            dropSubtree(keep.get());
            endRemoveRows();
            removed = true;
            break;
        }
    }

    // 3. Inserts, parents first, and data changes.
    QSet<QString> pending;
    for (const SnapshotInfo &info : snapshots)
        pending.insert(info.name);
    bool progress = true;
    while (!pending.isEmpty() && progress) {
        progress = false;
        for (const SnapshotInfo &info : snapshots) {
            if (!pending.contains(info.name))
                continue;
            const QString wanted = parentName(info);
            if (!wanted.isEmpty() && !m_nodes.contains(wanted))
                continue;
            pending.remove(info.name);
            progress = true;
            if (const auto existing = m_nodes.value(info.name)) {
                SnapshotInfo updated = info;
                updated.parent = wanted;
                if (existing->info == updated)
                    continue;
                existing->info = updated;
                Q_EMIT dataChanged(indexOfNode(existing.get(), 0), indexOfNode(existing.get(), ColumnCount - 1));
                continue;
            }
            Node *target = wanted.isEmpty() ? nullptr : m_nodes.value(wanted).get();
            auto node = std::make_shared<Node>();
            node->info = info;
            node->info.parent = wanted;
            node->parent = target;
            const int row = insertionRow(target, info);
            beginInsertRows(indexOfNode(target), row, row);
            std::vector<Node *> &list = siblings(target);
            list.insert(list.begin() + row, node.get());
            m_nodes.insert(info.name, node);
            endInsertRows();
        }
    }
    // Whatever is left has a parent cycle (a broken host): shown as roots rather than lost.
    for (const SnapshotInfo &info : snapshots) {
        if (!pending.contains(info.name))
            continue;
        auto node = std::make_shared<Node>();
        node->info = info;
        node->info.parent.clear();
        const int row = insertionRow(nullptr, info);
        beginInsertRows({}, row, row);
        m_root.children.insert(m_root.children.begin() + row, node.get());
        m_nodes.insert(info.name, node);
        endInsertRows();
    }
}

void SnapshotTreeModel::clear()
{
    if (m_root.children.empty())
        return;
    beginRemoveRows({}, 0, int(m_root.children.size()) - 1);
    m_root.children.clear();
    m_nodes.clear();
    endRemoveRows();
}

const SnapshotInfo *SnapshotTreeModel::snapshot(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return &static_cast<const Node *>(index.internalPointer())->info;
}

QModelIndex SnapshotTreeModel::indexOf(const QString &name, int column) const
{
    const auto node = m_nodes.value(name);
    return node ? indexOfNode(node.get(), column) : QModelIndex();
}

QString SnapshotTreeModel::currentName() const
{
    for (const auto &node : m_nodes) {
        if (node->info.current)
            return node->info.name;
    }
    return {};
}

SnapshotInfoList SnapshotTreeModel::snapshots() const
{
    SnapshotInfoList out;
    out.reserve(m_nodes.size());
    for (const auto &node : m_nodes)
        out.append(node->info);
    std::sort(out.begin(), out.end(), before);
    return out;
}

QModelIndex SnapshotTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const Node *parentNode = parent.isValid() ? static_cast<const Node *>(parent.internalPointer()) : &m_root;
    if (parent.isValid() && parent.column() != 0)
        return {};
    if (row >= int(parentNode->children.size()))
        return {};
    return createIndex(row, column, parentNode->children[size_t(row)]);
}

QModelIndex SnapshotTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    return node->parent ? indexOfNode(node->parent) : QModelIndex();
}

int SnapshotTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_root.children.size());
    if (parent.column() != 0)
        return 0;
    return int(static_cast<const Node *>(parent.internalPointer())->children.size());
}

int SnapshotTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString SnapshotTreeModel::stateText(const QString &state)
{
    if (state == u"running")
        return tr("Running");
    if (state == u"paused")
        return tr("Paused");
    if (state == u"shutoff")
        return tr("Shut off");
    if (state == u"disk-snapshot")
        return tr("Running (disks only)");
    if (state == u"crashed")
        return tr("Crashed");
    if (state == u"pmsuspended")
        return tr("Suspended");
    if (state == u"shutdown")
        return tr("Shutting down");
    if (state == u"blocked")
        return tr("Blocked");
    return state;
}

QString SnapshotTreeModel::typeText(const SnapshotInfo &snapshot)
{
    const QString location = snapshot.external ? tr("External") : tr("Internal");
    if (snapshot.hasMemory)
        return tr("%1, with memory").arg(location);
    return tr("%1, disks only").arg(location);
}

QVariant SnapshotTreeModel::data(const QModelIndex &index, int role) const
{
    const SnapshotInfo *info = snapshot(index);
    if (!info)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return info->current ? tr("%1 (current)").arg(info->name) : info->name;
        case CreatedColumn:
            return QLocale().toString(info->creationTime.toLocalTime(), QLocale::ShortFormat);
        case StateColumn:
            return stateText(info->state);
        case TypeColumn:
            return typeText(*info);
        case DescriptionColumn:
            return info->description.section(u'\n', 0, 0);
        }
        return {};
    case Qt::ToolTipRole:
        return info->description.isEmpty() ? QVariant() : QVariant(info->description);
    case Qt::FontRole:
        if (info->current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case NameRole:
        return info->name;
    case CurrentRole:
        return info->current;
    case ExternalRole:
        return info->external;
    }
    return {};
}

QVariant SnapshotTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case CreatedColumn: return tr("Created");
    case StateColumn: return tr("Guest state");
    case TypeColumn: return tr("Type");
    case DescriptionColumn: return tr("Description");
    }
    return {};
}

} // namespace VirtDeck
