// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domainhardware.h"

#include <QWidget>

class QLabel;

namespace VirtDeck {

// Read-only details of a serial port, console or controller.
class DeviceDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit DeviceDetailsView(QWidget *parent = nullptr);
    void showSerial(const SerialDevice &serial);
    void showController(const ControllerDevice &controller);
    QString text() const;

private:
    QLabel *m_text;
};

} // namespace VirtDeck
