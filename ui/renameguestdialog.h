// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestservice.h"

#include <QDialog>
#include <QStringList>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;

namespace VirtDeck {

class ConnectionSession;

// Asks for a shut-off guest's new name, checks it while it is typed (characters, clash with
// the host's other guests) and renames through libvirt. A refusal from libvirt is shown in
// the dialog with the typed name kept.
class RenameGuestDialog : public QDialog
{
    Q_OBJECT

public:
    RenameGuestDialog(ConnectionSession *session, const QUuid &uuid, const QString &currentName,
                      const QStringList &existingNames, QWidget *parent = nullptr);

Q_SIGNALS:
    void renamed(const QString &newName);

private:
    void validate();
    void submit();

    GuestService m_service;
    QUuid m_uuid;
    QString m_currentName;
    QStringList m_existingNames;
    bool m_busy = false;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace VirtDeck
