// SPDX-License-Identifier: GPL-2.0-or-later
#include "adddevicedialog.h"

#include "applyscopebox.h"
#include "connectionsession.h"
#include "hardwarevalidator.h"
#include "problemslabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

AddDeviceDialog::AddDeviceDialog(ConnectionSession *session, const QUuid &guest, const HardwareListing &listing, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_service(session)
    , m_guest(guest)
    , m_listing(listing)
    , m_problems(new ProblemsLabel(this))
{
}

void AddDeviceDialog::createScopeBox()
{
    m_scope = new ApplyScopeBox(this);
    m_scope->setGuest(m_listing.active(), m_listing.persistent);
}

ApplyScope AddDeviceDialog::scope() const
{
    return m_scope->scope();
}

QFormLayout *AddDeviceDialog::createForm()
{
    auto *form = new QFormLayout(this);
    form->setSizeConstraint(QLayout::SetMinimumSize);
    return form;
}

void AddDeviceDialog::addClosingRows(QFormLayout *form, const QString &scopeLabel, const QString &addText)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Ok)->setText(addText);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddDeviceDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(scopeLabel, m_scope);
    form->addRow(m_problems);
    form->addRow(buttons);
}

FormProblems AddDeviceDialog::withScopeProblem(FormProblems problems) const
{
    const QString scopeProblem = HardwareValidator::scopeProblem(scope(), m_listing.active(), m_listing.persistent);
    if (!scopeProblem.isEmpty())
        problems.append({u"scope"_s, scopeProblem});
    return problems;
}

void AddDeviceDialog::showProblems(const FormProblems &problems)
{
    m_problems->setProblems(problems);
    layout()->activate(); // grow now, so the message is never cut off
}

bool AddDeviceDialog::checkForm()
{
    const FormProblems problems = validate();
    showProblems(problems);
    return problems.isEmpty();
}

} // namespace VirtDeck
