// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace VirtDeck {

// Names for new or renamed guests: characters every libvirt driver, virsh and a file name
// (disk images, logs and NVRAM files are named after the guest) take without quoting, and
// not already used on the host. Clashes compare case-sensitively, as libvirt does.
class GuestNameValidator
{
    Q_DECLARE_TR_FUNCTIONS(VirtDeck::GuestNameValidator)

public:
    static bool isValidName(const QString &name);
    // Empty when name can be used; otherwise one sentence for the user. currentName is the
    // guest's own name when renaming (keeping it is "no change", not a clash).
    static QString problem(const QString &name, const QStringList &existingNames, const QString &currentName = {});
};

} // namespace VirtDeck
