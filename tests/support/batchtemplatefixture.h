// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUuid>

namespace VirtDeck::Test {

// A directory storage pool and a shut-off TCG template guest with one small qcow2 disk on
// the real libvirtd (qemu:///system), for the batch, CLI and benchmark programs. Everything
// is named PREFIX-…; remove() destroys and undefines every guest whose name starts with
// the prefix, deletes the pool's volumes, the pool and its directory.
class BatchTemplateFixture
{
public:
    explicit BatchTemplateFixture(const QString &prefix);

    // diskMiB: the template disk's size; dataMiB: how much of it is written with data
    // (qemu-io), so a full copy has a real cost. False with *error on failure.
    bool create(int diskMiB, int dataMiB, QString *error);
    // Removes everything named with the prefix; returns what could not be removed.
    QStringList remove();

    QString prefix() const { return m_prefix; }
    QString poolName() const { return m_prefix + QStringLiteral("pool"); }
    QString poolPath() const { return QStringLiteral("/var/lib/libvirt/images/") + poolName(); }
    QString templateName() const { return m_prefix + QStringLiteral("tmpl"); }
    QString templateDisk() const { return poolPath() + QStringLiteral("/") + templateName() + QStringLiteral(".qcow2"); }
    QUuid templateUuid() const { return m_templateUuid; }
    // Files in the pool directory, names only, sorted.
    QStringList poolFiles() const;
    // Defines a disk-less guest (for name clashes); false with *error on failure.
    static bool defineBareGuest(const QString &name, QString *error);
    // Guest names on qemu:///system that start with prefix, sorted.
    static QStringList guestsNamed(const QString &prefix);

private:
    QString m_prefix;
    QUuid m_templateUuid;
};

} // namespace VirtDeck::Test
