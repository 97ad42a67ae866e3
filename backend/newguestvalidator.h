// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "guesthostfacts.h"
#include "newguestform.h"

#include <QCoreApplication>
#include <QStringList>

namespace VirtDeck {

// The checks behind each page of the new-guest wizard, before libvirt is asked. Field keys
// in FormProblem: name, isoPath, installUrl, kernelPath, initrdPath, template, vcpus, memory,
// pool, volumeName, diskCapacity, volume, diskPath, nicSource, firmware.
class NewGuestValidator
{
    Q_DECLARE_TR_FUNCTIONS(NewGuestValidator)

public:
    static bool isValidName(const QString &name);
    static FormProblems validateName(const QString &name, const QStringList &existingGuests);
    static FormProblems validateSource(const NewGuestForm &form);
    static FormProblems validateResources(const NewGuestForm &form, const GuestHostFacts &facts);
    // poolAvailable: free bytes of the chosen pool; existingVolumes: the names in it.
    static FormProblems validateStorage(const NewGuestForm &form, quint64 poolAvailable,
                                        const QStringList &existingVolumes);
    static FormProblems validateNetwork(const NewGuestForm &form);
    static FormProblems validateFirmware(const NewGuestForm &form, const GuestHostFacts &facts);
};

} // namespace VirtDeck
