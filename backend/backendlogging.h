// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

// Enable with QT_LOGGING_RULES="virtdeck.libvirt.info=true": connect and populate timings.
Q_DECLARE_LOGGING_CATEGORY(lcLibvirt)
