// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestpassworddialog.h"

#include "guestpasswordcustomizer.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestPasswordDialog::GuestPasswordDialog(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QDialog(parent)
    , m_service(session)
    , m_uuid(uuid)
{
    setObjectName(u"guestPasswordDialog"_s);
    setWindowTitle(tr("Set User Password"));

    m_methodLabel = new QLabel(tr("Checking how to reach the guest…"), this);
    m_methodLabel->setObjectName(u"passwordMethod"_s);
    m_methodLabel->setWordWrap(true);
    m_reason = new QLabel(this);
    m_reason->setObjectName(u"passwordReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->hide();

    m_fields = new QWidget(this);
    m_user = new QLineEdit(u"root"_s, m_fields);
    m_user->setObjectName(u"passwordUser"_s);
    m_password = new QLineEdit(m_fields);
    m_password->setObjectName(u"passwordNew"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = new QLineEdit(m_fields);
    m_confirm->setObjectName(u"passwordConfirm"_s);
    m_confirm->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("Repeat:"), m_confirm);
    m_fields->setEnabled(false);

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"passwordProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 4);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_progress = new QLabel(this);
    m_progress->setObjectName(u"passwordProgress"_s);
    m_progress->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_set = buttons->addButton(tr("Set Password"), QDialogButtonBox::AcceptRole);
    m_set->setObjectName(u"passwordSet"_s);
    m_set->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"passwordClose"_s);
    connect(m_set, &QPushButton::clicked, this, &GuestPasswordDialog::submit);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_customizer && m_customizer->isRunning()) {
            m_customizer->cancel(); // the answer arrives through finished; the dialog stays until then
            return;
        }
        reject();
    });
    for (QLineEdit *edit : {m_user, m_password, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &GuestPasswordDialog::validate);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_methodLabel);
    layout->addWidget(m_reason);
    layout->addWidget(m_fields);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);

    whenFinished(m_service.passwordAccess(uuid), this, [this](const Result<GuestPasswordAccess> &access) {
        if (!access.ok()) {
            m_method = Method::Unavailable;
            m_methodLabel->setText(tr("The password cannot be set."));
            m_reason->setText(access.error);
            m_reason->show();
            Q_EMIT methodKnown(m_method);
            return;
        }
        decide(access.value);
    });
}

void GuestPasswordDialog::decide(const GuestPasswordAccess &access)
{
    m_access = access;
    QString reason;
    const bool running = access.state == DomainState::Running;
    if (running && access.agentResponds) {
        m_method = Method::Agent;
        m_methodLabel->setText(tr("The password is set inside the running guest %1 through its guest agent, at once.")
                                   .arg(access.guestName));
    } else if (!isActive(access.state) && access.localHost && !GuestPasswordCustomizer::programPath().isEmpty()) {
        m_method = Method::VirtCustomize;
        m_methodLabel->setText(tr("The guest %1 is shut off: the password is written into its disk image with "
                                  "virt-customize. This takes a minute or two; do not start the guest meanwhile.")
                                   .arg(access.guestName));
    } else {
        m_method = Method::Unavailable;
        m_methodLabel->setText(tr("The password of %1 cannot be set now.").arg(access.guestName));
        QStringList needs;
        if (isActive(access.state)) {
            if (access.state != DomainState::Running)
                needs.append(tr("The guest is not running (it is paused or suspended): resume it so its agent can answer."));
            if (access.agent == AgentChannel::Absent)
                needs.append(tr("The guest has no agent channel. Add a channel of type \"unix\" with target "
                                "\"org.qemu.guest_agent.0\" to its definition (XML page), install qemu-guest-agent "
                                "inside the guest and restart it."));
            else if (running)
                needs.append(access.agentError.isEmpty()
                                 ? tr("The guest agent does not answer. Install and start qemu-guest-agent inside the guest.")
                                 : tr("The guest agent does not answer (%1). Install and start qemu-guest-agent inside the guest.")
                                       .arg(access.agentError));
            needs.append(tr("Or shut the guest down to set the password in its disk image with virt-customize."));
        } else {
            if (!access.localHost)
                needs.append(tr("virt-customize only reaches guests on this machine; %1 is not local. Start the guest "
                                "with a guest agent, or run virt-customize on the host itself.").arg(access.uri));
            else
                needs.append(tr("virt-customize is not installed. Install the package libguestfs-tools "
                                "(apt-get install libguestfs-tools; about 100 packages), or start the guest with "
                                "a guest agent (qemu-guest-agent) to set it through the agent."));
        }
        reason = needs.join(u"\n\n"_s);
    }
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_fields->setEnabled(m_method != Method::Unavailable);
    // Nothing to fill in when there is no way: only the explanation and Close remain.
    m_fields->setVisible(m_method != Method::Unavailable);
    m_set->setVisible(m_method != Method::Unavailable);
    if (m_method != Method::Unavailable)
        m_password->setFocus();
    validate();
    adjustSize(); // the explanation may need several lines
    Q_EMIT methodKnown(m_method);
}

void GuestPasswordDialog::validate()
{
    QString problem;
    if (m_method == Method::Agent || m_method == Method::VirtCustomize) {
        if (m_user->text().trimmed().isEmpty())
            problem = tr("Enter the user whose password to set.");
        else if (m_method == Method::VirtCustomize && m_user->text().contains(u':'))
            problem = tr("A user name cannot contain \":\".");
        else if (m_password->text().isEmpty())
            problem = tr("Enter the new password.");
        else if (m_password->text() != m_confirm->text())
            problem = m_confirm->text().isEmpty() ? tr("Repeat the password.") : tr("The two passwords differ.");
    }
    // "Enter…" hints stay quiet until the user has typed something.
    const bool typed = !m_password->text().isEmpty() || !m_confirm->text().isEmpty();
    m_problem->setText(typed ? problem : QString());
    m_set->setEnabled(m_method != Method::Unavailable && m_method != Method::Checking && problem.isEmpty() && !m_busy);
}

void GuestPasswordDialog::submit()
{
    validate();
    if (!m_set->isEnabled())
        return;
    m_busy = true;
    m_set->setEnabled(false);
    m_fields->setEnabled(false);
    m_problem->clear();
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    if (m_method == Method::Agent) {
        m_progress->setText(tr("Setting the password…"));
        whenFinished(m_service.setUserPassword(m_uuid, user, password), this, [this, user](const Result<bool> &result) {
            showOutcome(result.ok(), result.ok() ? tr("The password of %1 was set.").arg(user) : result.error);
        });
        return;
    }
    if (!m_customizer) {
        m_customizer = new GuestPasswordCustomizer(this);
        connect(m_customizer, &GuestPasswordCustomizer::outputLine, m_progress, &QLabel::setText);
        connect(m_customizer, &GuestPasswordCustomizer::finished, this, &GuestPasswordDialog::showOutcome);
    }
    QString error;
    m_progress->setText(tr("Running virt-customize…"));
    m_close->setText(tr("Cancel"));
    if (!m_customizer->start(m_access.uri, m_access.guestName, user, password, &error))
        showOutcome(false, error);
}

void GuestPasswordDialog::showOutcome(bool ok, const QString &message)
{
    m_busy = false;
    m_close->setText(tr("Close"));
    m_progress->setText(ok ? message : QString());
    m_problem->setText(ok ? QString() : message);
    if (ok) {
        m_password->clear();
        m_confirm->clear();
    }
    m_fields->setEnabled(true);
    validate();
    Q_EMIT passwordResult(ok, message);
}

} // namespace VirtDeck
