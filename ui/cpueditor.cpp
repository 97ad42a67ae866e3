// SPDX-License-Identifier: GPL-2.0-or-later
#include "cpueditor.h"

#include "applyscopebox.h"
#include "hardwarevalidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

CpuEditor::CpuEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_state(new QLabel(this))
    , m_current(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
    , m_model(new QLabel(this))
{
    setObjectName(u"cpuEditor"_s);
    m_state->setObjectName(u"vcpuState"_s);
    m_state->setWordWrap(true);
    m_current->setObjectName(u"vcpuCurrent"_s);
    m_maximum->setObjectName(u"vcpuMaximum"_s);
    m_current->setRange(1, 4096);
    m_maximum->setRange(1, 4096);
    m_model->setObjectName(u"cpuModel"_s);
    m_form->addRow(m_state);
    m_form->addRow(tr("&vCPUs:"), m_current);
    m_form->addRow(tr("&Maximum vCPUs:"), m_maximum);
    m_form->addRow(tr("CPU model:"), m_model);
    connect(m_current, &QSpinBox::valueChanged, this, &CpuEditor::check);
    connect(m_maximum, &QSpinBox::valueChanged, this, &CpuEditor::check);
    connect(m_scope, &ApplyScopeBox::scopeChanged, this, &CpuEditor::check);
}

void CpuEditor::setListing(const HardwareListing &listing, const QString &)
{
    const bool changed = listing.live.cpu != m_listing.live.cpu || listing.config.cpu != m_listing.config.cpu
        || listing.state != m_listing.state;
    m_listing = listing;
    m_scope->setGuest(listing.active(), listing.persistent);
    if (listing.active())
        m_state->setText(tr("Running now: %1 of at most %2 vCPUs. Next boot: %3 of %4.")
                             .arg(listing.live.cpu.current).arg(listing.live.cpu.maximum)
                             .arg(listing.config.cpu.current).arg(listing.config.cpu.maximum));
    else
        m_state->setText(tr("Next boot: %1 of at most %2 vCPUs.").arg(listing.config.cpu.current).arg(listing.config.cpu.maximum));
    const CpuConfig &shown = listing.active() && m_scope->scope() == ApplyScope::Now ? listing.live.cpu : listing.config.cpu;
    m_maximum->setMaximum(listing.hostCpus > 0 ? std::max(listing.hostCpus, shown.maximum) : 4096);
    m_maximum->setToolTip(listing.hostCpus > 0 ? tr("The host has %n CPU(s).", nullptr, listing.hostCpus) : QString());
    if (reloadInput(true, changed)) {
        const QSignalBlocker a(m_current);
        const QSignalBlocker b(m_maximum);
        m_current->setValue(listing.active() ? listing.live.cpu.current : shown.current);
        m_maximum->setValue(shown.maximum);
    }
    const CpuConfig &config = listing.config.cpu;
    m_model->setText(config.mode.isEmpty() ? tr("hypervisor default")
                                           : config.model.isEmpty() ? config.mode : u"%1 (%2)"_s.arg(config.model, config.mode));
    check();
}

VcpuChange CpuEditor::change() const
{
    return {m_current->value(), m_maximum->value(), m_scope->scope()};
}

void CpuEditor::check()
{
    const VcpuChange c = change();
    const FormProblems problems = HardwareValidator::validateVcpus(c, m_listing);
    showProblems(problems);
    setNote(HardwareValidator::vcpuRestartNote(c, m_listing));
    m_apply->setEnabled(problems.isEmpty() && !isBusy());
}

void CpuEditor::apply()
{
    const VcpuChange c = change();
    const FormProblems problems = HardwareValidator::validateVcpus(c, m_listing);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    run(m_service.setVcpus(m_guest, c), tr("vCPUs changed."));
}

} // namespace VirtDeck
