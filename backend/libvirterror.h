// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QString>

namespace VirtDeck {

// libvirt keeps its last error per thread; read it on the thread that made the failing call.
QString lastLibvirtError();

// Stops libvirt from printing every error to stderr: errors reach the user through the UI.
void silenceLibvirtErrorPrinting();

} // namespace VirtDeck
