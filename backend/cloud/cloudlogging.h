// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QLoggingCategory>

// Requests, statuses and timings of the cloud client; never tokens or passwords.
Q_DECLARE_LOGGING_CATEGORY(lcCloud)
