// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QDialog>

namespace VirtDeck {

// Shows an XML definition read-only and highlighted (XmlEditor), like `virsh net-dumpxml`.
class XmlTextDialog : public QDialog
{
    Q_OBJECT

public:
    XmlTextDialog(const QString &title, const QString &xml, QWidget *parent = nullptr);
};

} // namespace VirtDeck
