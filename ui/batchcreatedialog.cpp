// SPDX-License-Identifier: GPL-2.0-or-later
#include "batchcreatedialog.h"

#include "batchcreatejob.h"
#include "cloneservice.h"
#include "namepattern.h"
#include "networkservice.h"
#include "templateservice.h"
#include "whenfinished.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
QString statusText(BatchCreateJob::Status status)
{
    switch (status) {
    case BatchCreateJob::Status::Waiting: return BatchCreateDialog::tr("Waiting");
    case BatchCreateJob::Status::Creating: return BatchCreateDialog::tr("Creating…");
    case BatchCreateJob::Status::Done: return BatchCreateDialog::tr("Created");
    case BatchCreateJob::Status::Failed: return BatchCreateDialog::tr("Failed");
    case BatchCreateJob::Status::Cancelled: return BatchCreateDialog::tr("Cancelled");
    }
    return {};
}
} // namespace

BatchCreateDialog::BatchCreateDialog(ConnectionSession *session, const QUuid &preferredTemplate, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_preferred(preferredTemplate)
{
    setObjectName(u"batchCreateDialog"_s);
    setWindowTitle(tr("Create Guests from Template"));

    m_template = new QComboBox(this);
    m_template->setObjectName(u"batchTemplate"_s);
    m_template->setPlaceholderText(tr("Loading templates…"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"batchCount"_s);
    m_count->setRange(0, NamePattern::MaxCount);
    m_count->setSpecialValueText(tr("From the pattern"));
    m_count->setValue(3);
    m_pattern = new QLineEdit(u"web-{#}"_s, this);
    m_pattern->setObjectName(u"batchNamePattern"_s);
    m_pattern->setToolTip(tr("web-{01..20}: zero padded from the first number; web-{1..5}; web-{#} with the count; "
                             "web-{a,b,c}."));
    m_preview = new QListWidget(this);
    m_preview->setObjectName(u"batchPreview"_s);
    m_preview->setMaximumHeight(110);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"batchProblems"_s);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(u"color: #b00020"_s);

    m_vcpus = new QSpinBox(this);
    m_vcpus->setObjectName(u"batchVcpus"_s);
    m_vcpus->setRange(0, 512);
    m_vcpus->setSpecialValueText(tr("As the template"));
    m_memory = new QSpinBox(this);
    m_memory->setObjectName(u"batchMemory"_s);
    m_memory->setRange(0, 4 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setSpecialValueText(tr("As the template"));
    m_linked = new QRadioButton(tr("Linked clones (qcow2 overlays on the template's disks)"), this);
    m_linked->setObjectName(u"batchLinked"_s);
    m_linked->setChecked(true);
    m_full = new QRadioButton(tr("Full copies"), this);
    m_full->setObjectName(u"batchFull"_s);
    m_network = new QComboBox(this);
    m_network->setObjectName(u"batchNetwork"_s);
    m_network->addItem(tr("As the template"), QString());
    m_start = new QCheckBox(tr("Start each guest once created"), this);
    m_start->setObjectName(u"batchStart"_s);

    m_progress = new QTableWidget(0, 3, this);
    m_progress->setObjectName(u"batchProgress"_s);
    m_progress->setHorizontalHeaderLabels({tr("Guest"), tr("Status"), tr("Details")});
    m_progress->horizontalHeader()->setStretchLastSection(true);
    m_progress->verticalHeader()->hide();
    m_progress->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_progress->setColumnWidth(0, 160);
    m_progress->setColumnWidth(1, 90);
    m_progress->hide();
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"batchProgressBar"_s);
    m_bar->hide();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"batchSummary"_s);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"batchCreateButton"_s);
    m_cancel = buttons->addButton(tr("Cancel Batch"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"batchCancelButton"_s);
    m_cancel->setEnabled(false);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"batchCloseButton"_s);
    connect(m_create, &QPushButton::clicked, this, &BatchCreateDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
        m_cancel->setEnabled(false);
    });
    connect(m_close, &QPushButton::clicked, this, &BatchCreateDialog::reject);

    auto *names = new QGroupBox(tr("Names"), this);
    auto *namesForm = new QFormLayout(names);
    namesForm->addRow(tr("&Template:"), m_template);
    namesForm->addRow(tr("How &many:"), m_count);
    namesForm->addRow(tr("Name &pattern:"), m_pattern);
    namesForm->addRow(tr("Preview:"), m_preview);
    namesForm->addRow(m_problemLabel);
    auto *hardware = new QGroupBox(tr("Guests"), this);
    auto *hardwareForm = new QFormLayout(hardware);
    hardwareForm->addRow(tr("&vCPUs:"), m_vcpus);
    hardwareForm->addRow(tr("M&emory:"), m_memory);
    hardwareForm->addRow(tr("&Network:"), m_network);
    hardwareForm->addRow(m_linked);
    hardwareForm->addRow(m_full);
    hardwareForm->addRow(m_start);
    auto *top = new QHBoxLayout;
    top->addWidget(names, 1);
    top->addWidget(hardware, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    connect(m_pattern, &QLineEdit::textChanged, this, &BatchCreateDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &BatchCreateDialog::updatePreview);
    connect(m_template, &QComboBox::currentIndexChanged, this, &BatchCreateDialog::updatePreview);

    whenFinished(TemplateService(m_session).list(), this, [this](const Result<TemplateInfoList> &list) {
        if (!list.ok()) {
            m_summary->setText(tr("Cannot list templates: %1").arg(list.error));
            return;
        }
        m_templates = list.value;
        m_template->setPlaceholderText(tr("No templates: mark a shut-off guest as a template first"));
        for (const TemplateInfo &t : std::as_const(m_templates)) {
            m_template->addItem(tr("%1 (%n vCPU(s), %2 MiB)", nullptr, t.vcpus).arg(t.name).arg(t.memoryKiB / 1024),
                                t.uuid);
            if (t.uuid == m_preferred)
                m_template->setCurrentIndex(m_template->count() - 1);
        }
        if (m_template->currentIndex() < 0 && m_template->count() > 0)
            m_template->setCurrentIndex(0);
        updatePreview();
    });
    whenFinished(CloneService(m_session).guestNames(), this, [this](const Result<QStringList> &guests) {
        if (guests.ok())
            m_existing = QSet<QString>(guests.value.cbegin(), guests.value.cend());
        updatePreview();
    });
    whenFinished(NetworkService(m_session).list(), this, [this](const Result<NetworkInfoList> &networks) {
        if (!networks.ok())
            return;
        for (const NetworkInfo &n : networks.value)
            m_network->addItem(n.active ? n.name : tr("%1 (inactive)").arg(n.name), n.name);
    });
    updatePreview();
    resize(760, 560);
}

CloneSpec BatchCreateDialog::spec() const
{
    CloneSpec spec;
    spec.mode = m_full->isChecked() ? CloneMode::Full : CloneMode::Linked;
    spec.vcpus = m_vcpus->value();
    spec.memoryMiB = quint64(m_memory->value());
    spec.network = m_network->currentData().toString();
    spec.start = m_start->isChecked();
    return spec;
}

void BatchCreateDialog::updatePreview()
{
    if (m_job)
        return;
    m_preview->clear();
    m_names.clear();
    m_problems.clear();
    const NamePattern::Expansion expansion = NamePattern::expand(m_pattern->text(), m_count->value());
    if (!expansion.ok()) {
        m_problems = {expansion.error};
    } else {
        m_names = expansion.names;
        m_problems = NamePattern::clashes(m_names, m_existing);
        const QSet<QString> bad = [this] {
            QSet<QString> out;
            QHash<QString, int> seen;
            for (const QString &n : std::as_const(m_names))
                if (m_existing.contains(n) || ++seen[n] > 1 || !NamePattern::nameProblem(n).isEmpty())
                    out.insert(n);
            return out;
        }();
        constexpr int shown = 200; // a preview, not the whole batch of a thousand
        for (int i = 0; i < m_names.size() && i < shown; ++i) {
            auto *item = new QListWidgetItem(m_names.at(i), m_preview);
            if (bad.contains(m_names.at(i))) {
                item->setForeground(QColor(0xb0, 0x00, 0x20));
                item->setToolTip(tr("Clashes: see below"));
            }
        }
        if (m_names.size() > shown)
            new QListWidgetItem(tr("… and %n more", nullptr, int(m_names.size() - shown)), m_preview);
    }
    if (m_template->currentIndex() < 0)
        m_problems.append(tr("Choose a template."));
    m_problemLabel->setText(m_problems.join(u'\n'));
    m_create->setEnabled(m_problems.isEmpty() && !m_names.isEmpty());
    m_create->setToolTip(m_problems.join(u'\n'));
}

void BatchCreateDialog::create()
{
    updatePreview();
    if (!m_problems.isEmpty() || m_job)
        return;
    const QUuid source = m_template->currentData().toUuid();
    m_job = new BatchCreateJob(m_session, source, m_names, spec(), this);
    m_progress->setRowCount(int(m_names.size()));
    for (int i = 0; i < m_names.size(); ++i) {
        m_progress->setItem(i, 0, new QTableWidgetItem(m_names.at(i)));
        m_progress->setItem(i, 1, new QTableWidgetItem(statusText(BatchCreateJob::Status::Waiting)));
        m_progress->setItem(i, 2, new QTableWidgetItem());
    }
    m_progress->show();
    m_bar->setRange(0, int(m_names.size()));
    m_bar->setValue(0);
    m_bar->show();
    for (QWidget *w : std::initializer_list<QWidget *>{m_template, m_count, m_pattern, m_vcpus, m_memory, m_linked, m_full,
                                                       m_network, m_start, m_create})
        w->setEnabled(false);
    m_cancel->setEnabled(true);
    m_summary->setText(tr("Checking names…"));
    connect(m_job, &BatchCreateJob::guestChanged, this, &BatchCreateDialog::showGuest);
    connect(m_job, &BatchCreateJob::refused, this, [this](const QStringList &problems) {
        m_summary->setText(tr("Nothing was created: %1").arg(problems.join(u' ')));
    });
    connect(m_job, &BatchCreateJob::finished, this, [this] {
        m_cancel->setEnabled(false);
        if (m_job->refusals().isEmpty()) {
            const int cancelled = int(m_names.size()) - m_job->doneCount() - m_job->failedCount();
            m_summary->setText(tr("%n guest(s) created", nullptr, m_job->doneCount()) + u", "_s
                               + tr("%n failed", nullptr, m_job->failedCount()) + u", "_s
                               + tr("%n cancelled.", nullptr, cancelled));
        }
        if (m_job->connectionLost())
            m_summary->setText(m_summary->text() + u' ' + tr("The connection was lost: the list is checked again when it is back."));
        Q_EMIT batchFinished();
    });
    connect(m_job, &BatchCreateJob::verified, this, [this] {
        m_summary->setText(tr("Connection back: %n guest(s) of the batch exist on the host.", nullptr,
                              int(std::count_if(m_job->guests().cbegin(), m_job->guests().cend(), [](const BatchCreateJob::Guest &g) {
                                  return g.presence == BatchCreateJob::Presence::Present;
                              }))));
    });
    m_job->start();
}

void BatchCreateDialog::showGuest(int index)
{
    const BatchCreateJob::Guest &guest = m_job->guests().at(index);
    m_progress->item(index, 1)->setText(statusText(guest.status));
    QString details;
    if (guest.status == BatchCreateJob::Status::Done)
        details = guest.result.started ? tr("Started") : guest.result.volumes.join(u", "_s);
    else if (guest.status == BatchCreateJob::Status::Failed || guest.status == BatchCreateJob::Status::Cancelled)
        details = guest.result.error;
    // After a lost connection came back: what the host really has now.
    if (guest.presence == BatchCreateJob::Presence::Present)
        details = tr("Exists on the host. %1").arg(details);
    else if (guest.presence == BatchCreateJob::Presence::Absent && guest.status != BatchCreateJob::Status::Done)
        details = tr("Not on the host (anything half-made was removed). %1").arg(details);
    const auto ended = std::count_if(m_job->guests().cbegin(), m_job->guests().cend(), [](const BatchCreateJob::Guest &g) {
        return g.status != BatchCreateJob::Status::Waiting && g.status != BatchCreateJob::Status::Creating;
    });
    m_bar->setValue(int(ended));
    m_progress->item(index, 2)->setText(details);
    m_progress->item(index, 2)->setToolTip(details);
    if (guest.status == BatchCreateJob::Status::Failed)
        m_progress->item(index, 1)->setForeground(QColor(0xb0, 0x00, 0x20));
    if (guest.status == BatchCreateJob::Status::Creating) {
        m_progress->scrollToItem(m_progress->item(index, 0));
        m_summary->setText(tr("Creating %1 of %2…").arg(index + 1).arg(m_names.size()));
    }
}

void BatchCreateDialog::reject()
{
    // Closing while it runs cancels what has not begun; the guest being made is finished.
    if (m_job && m_job->isRunning())
        m_job->cancel();
    QDialog::reject();
}

} // namespace VirtDeck
