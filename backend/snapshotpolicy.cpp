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
                  "(\"revert to external snapshot not supported yet\"). Its overlay files are kept.")
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
    Q_UNUSED(name)
    // Measured on libvirt 9.0: with internal and external snapshots in one tree, deleting
    // an external one fails ("deleting external snapshot that has internal snapshot as
    // parent not supported") and so does an internal one ("disk image ... is not the same
    // as disk image currently used by VM").
    if (mode != SnapshotDeleteMode::MetadataOnly && mixesInternalAndExternal(all))
        return tr("This guest mixes internal and external snapshots, and libvirt 9.0 cannot delete "
                  "snapshots in such a tree. Only libvirt's record can be removed: the data stays in "
                  "the images and overlay files.");
    return {};
}

QString SnapshotPolicy::deleteWarning(const SnapshotInfoList &all, const QString &name, SnapshotDeleteMode mode)
{
    QStringList lines;
    const QStringList affected = mode == SnapshotDeleteMode::WithChildren ? subtree(all, name) : QStringList{name};
    for (const SnapshotInfo &snapshot : all) {
        if (!affected.contains(snapshot.name) || !snapshot.external || snapshot.externalFiles.isEmpty())
            continue;
        if (mode == SnapshotDeleteMode::MetadataOnly)
            lines.append(tr("Only libvirt's record goes; the files %1 stay on disk.").arg(snapshot.externalFiles.join(u", "_s)));
        else
            lines.append(tr("libvirt merges the overlay of \"%1\" into the image below it and removes %2.")
                             .arg(snapshot.name, snapshot.externalFiles.join(u", "_s)));
    }
    return lines.join(u'\n');
}

} // namespace VirtDeck
