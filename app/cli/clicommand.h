// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "clonespec.h"
#include "domainaction.h"

#include <QString>
#include <QStringList>

namespace VirtDeck {

// Exit codes a script can rely on (documented in --help and the README).
enum class CliExit : int { Ok = 0, Failed = 1, Usage = 2, Connection = 3 };

// One parsed virtdeck-cli invocation.
struct CliCommand
{
    enum class Kind {
        List,
        Action,          // start, shutdown, destroy, reboot, suspend, resume
        Delete,
        BatchCreate,
        SnapshotCreate,
        SnapshotList,
        SnapshotRevert,
        SnapshotDelete,
        PoolList,
        NetList,
        TemplateMark,
        TemplateUnmark,
        TemplateList,
        Clone,
    };

    Kind kind = Kind::List;
    QString uri;
    bool json = false;
    DomainAction action = DomainAction::Start;
    QStringList guests; // guest names the command acts on (clone: the source)

    // batch-create and clone
    QString templateName;
    int count = 0;          // 0: the name pattern decides
    QString namePattern;
    QString cloneName;
    int vcpus = 0;          // 0: as the template
    quint64 memoryMiB = 0;  // 0: as the template
    CloneMode mode = CloneMode::Linked;
    QString network;
    bool start = false;

    // snapshots
    QString snapshotName;
    QString description;

    bool removeStorage = false; // delete
    bool seal = false;          // template mark
};

} // namespace VirtDeck
