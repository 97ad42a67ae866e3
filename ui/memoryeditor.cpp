// SPDX-License-Identifier: GPL-2.0-or-later
#include "memoryeditor.h"

#include "applyscopebox.h"
#include "hardwarevalidator.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

MemoryEditor::MemoryEditor(const DomainHardwareService &service, const QUuid &guest, QWidget *parent)
    : HardwareEditor(service, guest, parent)
    , m_state(new QLabel(this))
    , m_current(new QSpinBox(this))
    , m_maximum(new QSpinBox(this))
{
    setObjectName(u"memoryEditor"_s);
    m_state->setObjectName(u"memoryState"_s);
    m_state->setWordWrap(true);
    for (QSpinBox *box : {m_current, m_maximum}) {
        box->setRange(0, 16 * 1024 * 1024);
        box->setSuffix(tr(" MiB"));
        box->setSingleStep(256);
    }
    m_current->setObjectName(u"memoryCurrent"_s);
    m_maximum->setObjectName(u"memoryMaximum"_s);
    m_form->addRow(m_state);
    m_form->addRow(tr("&Memory:"), m_current);
    m_form->addRow(tr("Ma&ximum memory:"), m_maximum);
    connect(m_current, &QSpinBox::valueChanged, this, &MemoryEditor::check);
    connect(m_maximum, &QSpinBox::valueChanged, this, &MemoryEditor::check);
    connect(m_scope, &ApplyScopeBox::scopeChanged, this, &MemoryEditor::check);
}

void MemoryEditor::setListing(const HardwareListing &listing, const QString &)
{
    const bool changed = listing.live.memory != m_listing.live.memory || listing.config.memory != m_listing.config.memory
        || listing.state != m_listing.state;
    m_listing = listing;
    m_scope->setGuest(listing.active(), listing.persistent);
    const auto mib = [](quint64 kib) { return QString::number(kib / 1024); };
    if (listing.active())
        m_state->setText(tr("Running now: %1 MiB of at most %2 MiB. Next boot: %3 MiB of %4 MiB.")
                             .arg(mib(listing.live.memory.currentKiB), mib(listing.live.memory.maximumKiB),
                                  mib(listing.config.memory.currentKiB), mib(listing.config.memory.maximumKiB)));
    else
        m_state->setText(tr("Next boot: %1 MiB of at most %2 MiB.")
                             .arg(mib(listing.config.memory.currentKiB), mib(listing.config.memory.maximumKiB)));
    if (reloadInput(true, changed)) {
        const QSignalBlocker a(m_current);
        const QSignalBlocker b(m_maximum);
        m_current->setValue(int((listing.active() ? listing.live.memory.currentKiB : listing.config.memory.currentKiB) / 1024));
        m_maximum->setValue(int(listing.config.memory.maximumKiB / 1024));
    }
    check();
}

MemoryChange MemoryEditor::change() const
{
    MemoryChange c{quint64(m_current->value()) * 1024, quint64(m_maximum->value()) * 1024, m_scope->scope()};
    // Untouched MiB rounding must not read as a new maximum.
    if (c.maximumKiB / 1024 == m_listing.config.memory.maximumKiB / 1024)
        c.maximumKiB = m_listing.config.memory.maximumKiB;
    const quint64 shownCurrent = m_listing.active() ? m_listing.live.memory.currentKiB : m_listing.config.memory.currentKiB;
    if (c.currentKiB / 1024 == shownCurrent / 1024)
        c.currentKiB = shownCurrent;
    return c;
}

void MemoryEditor::check()
{
    const MemoryChange c = change();
    const FormProblems problems = HardwareValidator::validateMemory(c, m_listing);
    showProblems(problems);
    setNote(HardwareValidator::memoryRestartNote(c, m_listing));
    m_apply->setEnabled(problems.isEmpty() && !isBusy());
}

void MemoryEditor::apply()
{
    const MemoryChange c = change();
    const FormProblems problems = HardwareValidator::validateMemory(c, m_listing);
    showProblems(problems);
    if (!problems.isEmpty())
        return;
    run(m_service.setMemory(m_guest, c), tr("Memory changed."));
}

} // namespace VirtDeck
