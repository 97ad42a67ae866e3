// SPDX-License-Identifier: GPL-2.0-or-later
#include "snapshotpolicy.h"

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

QString SnapshotPolicy::nameProblem(const QString &name, const SnapshotInfoList &existing)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a name for the snapshot.");
    if (name.contains(u'/'))
        return tr("A snapshot name cannot contain \"/\".");
    if (name != name.trimmed())
        return tr("A snapshot name cannot start or end with a space.");
    if (name.startsWith(u'.'))
        return tr("A snapshot name cannot start with \".\".");
    for (const SnapshotInfo &snapshot : existing) {
        if (snapshot.name == name)
            return tr("This guest already has a snapshot named \"%1\".").arg(name);
    }
    return {};
}

QString SnapshotPolicy::createProblem(const SnapshotCreateOptions &options, DomainState guestState)
{
    const QString nameIssue = nameProblem(options.name);
    if (!nameIssue.isEmpty())
        return nameIssue;
    // QEMU saves memory only into internal snapshots here (external ones are disk-only),
    // and it cannot take an internal snapshot of a running guest's disks alone.
    if (isActive(guestState) && !options.external && !options.withMemory)
        return tr("A running guest's disks alone can only be captured by an external snapshot. "
                  "Include the memory state, or choose an external snapshot.");
    return {};
}

QString SnapshotPolicy::revertProblem(const SnapshotInfo &snapshot)
{
    if (snapshot.external)
        return tr("\"%1\" is an external snapshot. libvirt 9.0 cannot revert to external snapshots "
                  "(\"revert to external snapshot not supported yet\"). Its overlay files are kept; "
                  "nothing was changed.")
            .arg(snapshot.name);
    return {};
}

bool SnapshotPolicy::mixesInternalAndExternal(const SnapshotInfoList &all)
{
    bool internal = false;
    bool external = false;
    for (const SnapshotInfo &snapshot : all) {
        internal |= !snapshot.external;
        external |= snapshot.external;
    }
    return internal && external;
}

QStringList SnapshotPolicy::subtree(const SnapshotInfoList &all, const QString &name)
{
    QStringList out{name};
    for (qsizetype i = 0; i < out.size(); ++i) {
        for (const SnapshotInfo &snapshot : all) {
            if (snapshot.parent == out.at(i) && !out.contains(snapshot.name))
                out.append(snapshot.name);
        }
    }
    return out;
}

QString SnapshotPolicy::deleteProblem(const SnapshotInfoList &all, const QString &name, SnapshotDeleteMode mode)
{
    if (mode == SnapshotDeleteMode::MetadataOnly)
        return {};
    const QStringList affected = mode == SnapshotDeleteMode::WithChildren ? subtree(all, name) : QStringList{name};
    bool anyExternal = false;
    for (const SnapshotInfo &snapshot : all)
        anyExternal |= affected.contains(snapshot.name) && snapshot.external;
    if (anyExternal && mixesInternalAndExternal(all))
        return tr("This guest's snapshots mix internal and external ones, and libvirt 9.0 fails to "
                  "delete external snapshots in such a tree, possibly half way. Remove only the "
                  "metadata: the overlay files stay on disk and can be merged or removed by hand.");
    return {};
}

QString SnapshotPolicy::deleteWarning(const SnapshotInfoList &all, const QString &name, SnapshotDeleteMode mode)
{
    QStringList lines;
    if (mode != SnapshotDeleteMode::MetadataOnly && mixesInternalAndExternal(all))
        lines.append(tr("This guest mixes internal and external snapshots: libvirt 9.0 may fail to delete "
                        "snapshots in such a tree."));
    for (const SnapshotInfo &snapshot : all) {
        if (snapshot.name == name && snapshot.external && mode == SnapshotDeleteMode::MetadataOnly)
            lines.append(tr("Only libvirt's record goes; the files %1 stay on disk.")
                             .arg(snapshot.externalFiles.join(u", "_s)));
    }
    return lines.join(u'\n');
}

} // namespace VirtDeck
