// SPDX-License-Identifier: GPL-2.0-or-later
#include "renameguestdialog.h"

#include "guestnamevalidator.h"
#include "whenfinished.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

RenameGuestDialog::RenameGuestDialog(ConnectionSession *session, const QUuid &uuid, const QString &currentName,
                                     const QStringList &existingNames, QWidget *parent)
    : QDialog(parent)
    , m_service(session)
    , m_uuid(uuid)
    , m_currentName(currentName)
    , m_existingNames(existingNames)
{
    setObjectName(u"renameGuestDialog"_s);
    setWindowTitle(tr("Rename %1").arg(currentName));
    m_name = new QLineEdit(currentName, this);
    m_name->setObjectName(u"renameName"_s);
    m_name->selectAll();
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"renameProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    // Room for a two-line message, so the dialog does not jump (or clip it) while typing.
    m_problem->setMinimumHeight(m_problem->fontMetrics().lineSpacing() * 2 + 4);
    m_problem->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"renameOk"_s);
    m_ok->setText(tr("Rename"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"renameCancel"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &RenameGuestDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RenameGuestDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("New name:"), m_name);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Disk images keep their file names; only the guest's name changes."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    validate();
}

void RenameGuestDialog::validate()
{
    const QString problem = GuestNameValidator::problem(m_name->text(), m_existingNames, m_currentName);
    // Keeping the current name is not worth a red message, just nothing to do.
    m_problem->setText(m_name->text() == m_currentName ? QString() : problem);
    m_ok->setEnabled(problem.isEmpty() && !m_busy);
}

void RenameGuestDialog::submit()
{
    validate();
    if (!m_ok->isEnabled())
        return;
    m_busy = true;
    m_ok->setEnabled(false);
    m_problem->clear();
    const QString name = m_name->text();
    whenFinished(m_service.rename(m_uuid, name), this, [this](const Result<QString> &result) {
        m_busy = false;
        if (!result.ok()) {
            m_problem->setText(result.error);
            m_ok->setEnabled(true);
            return;
        }
        Q_EMIT renamed(result.value);
        accept();
    });
}

} // namespace VirtDeck
