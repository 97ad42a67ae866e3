// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "newguestform.h"
#include "storagevolumeform.h"

#include <QString>

namespace VirtDeck {

// The domain XML of a new guest, written with QXmlStreamWriter from the wizard's form.
// libvirt validates it when it is defined. Boot: ISO -> CD-ROM then disk; PXE -> network
// then disk; URL -> direct kernel boot of the tree's kernel and initrd with the location
// on the command line (VirtDeck does not download them: the form names them) and the
// location recorded in VirtDeck's metadata; imported disk and template -> disk.
class DomainXmlBuilder
{
public:
    static QString build(const NewGuestForm &form);
    // The volume a NewVolume form creates before the guest is defined.
    static StorageVolumeForm volumeForm(const NewGuestForm &form);

    static QString libosinfoNamespace() { return QStringLiteral("http://libosinfo.org/xmlns/libvirt/domain/1.0"); }
    static QString installNamespace() { return QStringLiteral("https://virtdeck.example/xmlns/install/1"); }
    static QString templateNamespace() { return QStringLiteral("https://virtdeck.example/xmlns/template/1"); }
};

} // namespace VirtDeck
