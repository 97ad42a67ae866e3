// SPDX-License-Identifier: GPL-2.0-or-later
#include "graphicseditor.h"

#include "applyscopebox.h"
#include "hardwarevalidator.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GraphicsEditor::GraphicsEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_type(new QComboBox(this))
    , m_listen(new QLineEdit(this))
    , m_autoport(new QCheckBox(tr("Choose a free port &automatically"), this))
    , m_port(new QSpinBox(this))
    , m_passwordState(new QLabel(this))
    , m_keep(new QRadioButton(tr("&Keep"), this))
    , m_set(new QRadioButton(tr("&Set new"), this))
    , m_clear(new QRadioButton(tr("&Remove"), this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"graphicsEditor"_s);
    m_type->setObjectName(u"graphicsType"_s);
    m_type->addItem(tr("VNC"), u"vnc"_s);
    m_type->addItem(tr("SPICE"), u"spice"_s);
    m_listen->setObjectName(u"graphicsListen"_s);
    m_listen->setPlaceholderText(tr("hypervisor default (usually 127.0.0.1)"));
    m_autoport->setObjectName(u"graphicsAutoport"_s);
    m_port->setObjectName(u"graphicsPort"_s);
    m_port->setRange(0, 65535);
    m_passwordState->setObjectName(u"passwordState"_s);
    m_keep->setObjectName(u"passwordKeep"_s);
    m_set->setObjectName(u"passwordSet"_s);
    m_clear->setObjectName(u"passwordClear"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : {m_keep, m_set, m_clear})
        group->addButton(button);
    m_keep->setChecked(true);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_keep);
    passwordRow->addWidget(m_set);
    passwordRow->addWidget(m_clear);
    passwordRow->addWidget(m_password, 1);
    m_form->addRow(tr("&Type:"), m_type);
    m_form->addRow(tr("&Listen address:"), m_listen);
    m_form->addRow(QString(), m_autoport);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("Password:"), m_passwordState);
    m_form->addRow(QString(), passwordRow);
    connect(m_autoport, &QCheckBox::toggled, m_port, [this](bool on) { m_port->setEnabled(!on); });
    connect(m_set, &QRadioButton::toggled, m_password, &QLineEdit::setEnabled);
    m_password->setEnabled(false);
    m_scope->setConfigOnly(true);
}

void GraphicsEditor::setListing(const HardwareListing &listing, const QString &index)
{
    const bool same = index.toInt() == m_index;
    const bool changed = listing.config.graphics.value(index.toInt()) != m_listing.config.graphics.value(index.toInt());
    m_listing = listing;
    if (!same)
        forgetFailure();
    m_index = index.toInt();
    m_scope->setGuest(listing.active(), listing.persistent);
    if (m_index < 0 || m_index >= listing.config.graphics.size()) {
        m_passwordState->setText(tr("This graphics device is not in the definition."));
        setEditable(false);
        return;
    }
    setEditable(true);
    const GraphicsDevice &g = listing.config.graphics.at(m_index);
    m_passwordState->setText(g.hasPassword ? tr("set (not shown)") : tr("none"));
    m_clear->setEnabled(g.hasPassword);
    if (reloadInput(same, changed)) {
        m_type->setCurrentIndex(std::max(0, m_type->findData(g.type)));
        m_listen->setText(g.listen);
        m_autoport->setChecked(g.autoport);
        m_port->setValue(g.port > 0 ? g.port : 5900);
        m_port->setEnabled(!g.autoport);
        m_keep->setChecked(true);
        m_password->clear();
    }
    QString note = listing.active() ? tr("Graphics changes apply at the next boot.") : QString();
    if (listing.active() && m_index < listing.live.graphics.size() && listing.live.graphics.at(m_index).port > 0)
        note += u' ' + tr("The running guest listens on port %1.").arg(listing.live.graphics.at(m_index).port);
    setNote(note.trimmed());
    showProblems({});
}

GraphicsChange GraphicsEditor::change() const
{
    GraphicsChange c;
    c.index = m_index;
    c.graphics.type = m_type->currentData().toString();
    c.graphics.listen = m_listen->text().trimmed();
    c.graphics.autoport = m_autoport->isChecked();
    c.graphics.port = c.graphics.autoport ? -1 : m_port->value();
    c.password = m_set->isChecked() ? PasswordChange::Set : m_clear->isChecked() ? PasswordChange::Clear : PasswordChange::Keep;
    c.newPassword = m_password->text();
    return c;
}

void GraphicsEditor::apply()
{
    const GraphicsChange c = change();
    const FormProblems problems = HardwareValidator::validateGraphics(c);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    run(m_service.setGraphics(m_guest, c), tr("Graphics saved for the next boot."));
}

} // namespace VirtDeck
