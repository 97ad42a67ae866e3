// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudlogging.h"

Q_LOGGING_CATEGORY(lcCloud, "virtdeck.cloud", QtWarningMsg)
