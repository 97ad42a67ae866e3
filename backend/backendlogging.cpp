// SPDX-License-Identifier: GPL-2.0-or-later
#include "backendlogging.h"

Q_LOGGING_CATEGORY(lcLibvirt, "virtdeck.libvirt", QtWarningMsg)
