// SPDX-License-Identifier: GPL-2.0-or-later
#include "hardwareeditor.h"

#include "applyscopebox.h"
#include "problemslabel.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

HardwareEditor::HardwareEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_guest(guest)
{
    m_form = new QFormLayout;
    m_scope = new ApplyScopeBox(this);
    m_note = new QLabel(this);
    m_note->setObjectName(u"noteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setStyleSheet(u"background: #fff4ce; color: #4a3b00; padding: 4px;"_s);
    m_note->hide();
    m_problems = new ProblemsLabel(this);
    m_apply = new QPushButton(tr("&Apply"), this);
    m_apply->setObjectName(u"applyButton"_s);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });

    auto *buttons = new QHBoxLayout;
    m_scopeLabel = new QLabel(tr("Apply to:"), this);
    m_scopeLabel->setBuddy(m_scope);
    buttons->addWidget(m_scopeLabel);
    buttons->addWidget(m_scope, 1);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addStretch(1);
    layout->addWidget(m_note);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
}

void HardwareEditor::started()
{
    m_busy = true;
    m_apply->setEnabled(false);
}

void HardwareEditor::finished(const QString &error, const QString &doneMessage)
{
    m_busy = false;
    m_keepInput = !error.isEmpty();
    m_lastError = error;
    m_apply->setEnabled(true);
    if (!error.isEmpty())
        showProblems({FormProblem{{}, error}});
    Q_EMIT changed(error.isEmpty(), error.isEmpty() ? doneMessage : error);
}

void HardwareEditor::forgetFailure()
{
    m_keepInput = false;
    m_lastError.clear();
}

void HardwareEditor::showProblems(const FormProblems &problems)
{
    FormProblems shown = problems;
    if (shown.isEmpty() && m_keepInput && !m_lastError.isEmpty())
        shown.append({QString(), m_lastError});
    m_problems->setProblems(shown);
}

void HardwareEditor::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void HardwareEditor::setEditable(bool editable)
{
    m_scope->setVisible(editable);
    m_apply->setVisible(editable);
    m_scopeLabel->setVisible(editable);
}

} // namespace VirtDeck
