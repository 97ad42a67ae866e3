// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestpasswordaccess.h"
#include "guestservice.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QLineEdit;
class QPushButton;

namespace VirtDeck {

class ConnectionSession;
class GuestPasswordCustomizer;

// Sets a user's password inside a guest. A running guest whose agent answers: through the
// agent, at once. A shut-off guest on this machine: with virt-customize, in its disk image.
// Otherwise the dialog says what is missing (agent channel, agent, libguestfs-tools) and
// offers nothing it cannot do.
class GuestPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Method { Checking, Agent, VirtCustomize, Unavailable };

    GuestPasswordDialog(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);

    Method method() const { return m_method; }

Q_SIGNALS:
    void methodKnown(VirtDeck::GuestPasswordDialog::Method method);
    void passwordResult(bool ok, const QString &message);

private:
    void decide(const GuestPasswordAccess &access);
    void validate();
    void submit();
    void showOutcome(bool ok, const QString &message);

    GuestService m_service;
    QUuid m_uuid;
    GuestPasswordAccess m_access;
    Method m_method = Method::Checking;
    bool m_busy = false;
    GuestPasswordCustomizer *m_customizer = nullptr;

    QLabel *m_methodLabel = nullptr;
    QLabel *m_reason = nullptr;
    QWidget *m_fields = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_progress = nullptr;
    QPushButton *m_set = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace VirtDeck
