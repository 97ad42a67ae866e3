// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace VirtDeck::Cloud {

// A successful (2xx) answer.
struct CloudReply
{
    int status = 0;
    QByteArray body;
    QString serviceType;
};

} // namespace VirtDeck::Cloud
