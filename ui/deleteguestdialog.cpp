// SPDX-License-Identifier: GPL-2.0-or-later
#include "deleteguestdialog.h"

#include "connectionsession.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int PathRole = Qt::UserRole + 1;
}

DeleteGuestDialog::DeleteGuestDialog(const QList<Target> &targets, QWidget *parent)
    : QDialog(parent)
    , m_targets(targets)
{
    setWindowTitle(targets.size() == 1 ? tr("Delete %1").arg(targets.first().name)
                                       : tr("Delete %n guest(s)", nullptr, int(targets.size())));
    auto *intro = new QLabel(tr("The guest definitions are removed. Tick the storage volumes "
                                "that should be deleted with them; everything left unticked is kept."),
                             this);
    intro->setWordWrap(true);

    m_disks = new QTreeWidget(this);
    m_disks->setObjectName(u"deleteStorageTree"_s);
    m_disks->setHeaderLabels({tr("Guest / disk"), tr("Device"), tr("Path")});
    m_disks->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_disks->setMinimumSize(560, 200);

    m_snapshots = new QCheckBox(tr("Delete snapshot metadata"), this);
    m_snapshots->setObjectName(u"deleteSnapshots"_s);
    m_snapshots->setChecked(true);
    m_nvram = new QCheckBox(tr("Delete UEFI variable stores (NVRAM)"), this);
    m_nvram->setObjectName(u"deleteNvram"_s);
    m_nvram->setChecked(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"deleteSummary"_s);
    m_summary->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *deleteButton = m_buttons->addButton(tr("Delete"), QDialogButtonBox::DestructiveRole);
    deleteButton->setObjectName(u"confirmDelete"_s);
    connect(deleteButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_disks);
    layout->addWidget(m_snapshots);
    layout->addWidget(m_nvram);
    layout->addWidget(m_summary);
    layout->addWidget(m_buttons);

    m_pending = int(targets.size());
    deleteButton->setEnabled(false);
    updateSummary();
    for (const Target &target : targets) {
        whenFinished(target.session->deletionInfo(target.uuid), this,
                     [this, target](const Result<DomainDeletionInfo> &info) { addInfo(target, info); });
    }
}

void DeleteGuestDialog::addInfo(const Target &target, const Result<DomainDeletionInfo> &result)
{
    auto *guestItem = new QTreeWidgetItem(m_disks, {target.name});
    QFont bold = guestItem->font(0);
    bold.setBold(true);
    guestItem->setFont(0, bold);
    if (!result.ok()) {
        guestItem->setText(2, tr("Could not read the disks: %1").arg(result.error));
    } else {
        const DomainDeletionInfo &info = result.value;
        m_snapshotTotal += info.snapshotCount;
        m_running += info.active ? 1 : 0;
        if (info.disks.isEmpty())
            guestItem->setText(2, tr("No disks"));
        for (const DomainDisk &disk : info.disks) {
            auto *item = new QTreeWidgetItem(guestItem, {disk.target, disk.device, disk.sourcePath});
            item->setData(0, PathRole, disk.sourcePath);
            m_connectionOfItem.insert(item, target.session->id());
            if (disk.sourcePath.isEmpty()) {
                item->setText(2, tr("(no file)"));
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                continue;
            }
            if (!disk.inStoragePool) {
                // Files outside storage pools are never deleted: libvirt does not own them.
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
                item->setToolTip(2, tr("Not a volume of a storage pool: kept."));
                continue;
            }
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            // ISOs and shared or read-only disks are kept unless the user says otherwise.
            const bool byDefault = disk.device == u"disk" && !disk.readOnly && !disk.shareable;
            item->setCheckState(0, byDefault ? Qt::Checked : Qt::Unchecked);
        }
    }
    guestItem->setExpanded(true);
    m_disks->resizeColumnToContents(0);
    if (--m_pending == 0) {
        for (QAbstractButton *button : m_buttons->buttons()) {
            if (m_buttons->buttonRole(button) == QDialogButtonBox::DestructiveRole)
                button->setEnabled(true);
        }
        Q_EMIT loaded();
    }
    updateSummary();
}

void DeleteGuestDialog::updateSummary()
{
    if (m_pending > 0) {
        m_summary->setText(tr("Reading the guests' disks…"));
        return;
    }
    QStringList lines;
    if (m_running > 0)
        lines.append(tr("%n running guest(s) will be forced off first.", nullptr, m_running));
    m_snapshots->setText(tr("Delete snapshot metadata (%n snapshot(s))", nullptr, m_snapshotTotal));
    if (m_snapshotTotal > 0)
        lines.append(tr("Guests with snapshots cannot be deleted while their snapshot metadata is kept."));
    m_summary->setText(lines.join(u'\n'));
}

QHash<int, DeleteOptions> DeleteGuestDialog::options() const
{
    QHash<int, DeleteOptions> out;
    for (const Target &target : m_targets) {
        DeleteOptions &options = out[target.session->id()];
        options.removeSnapshotMetadata = m_snapshots->isChecked();
        options.removeNvram = m_nvram->isChecked();
    }
    for (auto it = m_connectionOfItem.cbegin(); it != m_connectionOfItem.cend(); ++it) {
        if (it.key()->checkState(0) == Qt::Checked)
            out[it.value()].storagePaths.append(it.key()->data(0, PathRole).toString());
    }
    return out;
}

} // namespace VirtDeck
