// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirterror.h"

#include <QCoreApplication>

#include <libvirt/virterror.h>

namespace VirtDeck {

QString lastLibvirtError()
{
    const virErrorPtr error = virGetLastError();
    if (!error || !error->message)
        return QCoreApplication::translate("VirtDeck::Libvirt", "Unknown libvirt error");
    return QString::fromUtf8(error->message);
}

static void ignoreError(void *, virErrorPtr) {}

void silenceLibvirtErrorPrinting()
{
    virSetErrorFunc(nullptr, ignoreError);
}

} // namespace VirtDeck
