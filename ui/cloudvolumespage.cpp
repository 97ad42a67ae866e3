// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudvolumespage.h"

#include "cloudvolumedialog.h"
#include "cloudvolumelistmodel.h"
#include "instanceclient.h"
#include "volumeclient.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

namespace {

bool isTransitional(const QString &status)
{
    return status == u"creating"_s || status == u"attaching"_s || status == u"detaching"_s || status == u"extending"_s
        || status == u"deleting"_s || status == u"downloading"_s || status == u"reserved"_s || status == u"uploading"_s
        || status == u"retyping"_s || status == u"backing-up"_s || status == u"restoring-backup"_s;
}

} // namespace

CloudVolumesPage::CloudVolumesPage(QWidget *parent)
    : CloudListPage(u"volumeStatus"_s, parent)
    , m_model(new CloudVolumeListModel(this))
    , m_view(makeTable(m_model, u"volumeList"_s))
    , m_allProjects(new QCheckBox(tr("All projects"), this))
    , m_quota(new QLabel(this))
    , m_delete(makeButton(tr("Delete…"), u"volumeDelete"_s))
    , m_extend(makeButton(tr("Extend…"), u"volumeExtend"_s))
    , m_attach(makeButton(tr("Attach…"), u"volumeAttach"_s))
    , m_detach(makeButton(tr("Detach…"), u"volumeDetach"_s))
    , m_poll(new QTimer(this))
{
    setObjectName(u"cloudVolumesPage"_s);
    m_view->setAccessibleName(tr("Volumes"));
    m_view->setColumnWidth(CloudVolumeListModel::NameColumn, 180);
    m_view->setColumnWidth(CloudVolumeListModel::AttachedColumn, 200);
    m_allProjects->setObjectName(u"volumeAllProjects"_s);
    m_allProjects->hide();
    m_quota->setObjectName(u"volumeQuota"_s);
    auto *create = makeButton(tr("Create…"), u"volumeCreate"_s);
    auto *refreshButton = makeRefreshButton(tr("Refresh"));
    m_poll->setInterval(PollIntervalMs);
    QVBoxLayout *layout
        = layOut(makeButtonRow({create, m_extend, m_attach, m_detach, m_delete}, {m_allProjects, refreshButton}), m_view);
    layout->insertWidget(layout->indexOf(m_view), m_quota);

    connect(create, &QPushButton::clicked, this, &CloudVolumesPage::createVolume);
    connect(m_delete, &QPushButton::clicked, this, &CloudVolumesPage::deleteVolume);
    connect(m_extend, &QPushButton::clicked, this, &CloudVolumesPage::extendVolume);
    connect(m_attach, &QPushButton::clicked, this, &CloudVolumesPage::attachVolume);
    connect(m_detach, &QPushButton::clicked, this, &CloudVolumesPage::detachVolume);
    connect(m_poll, &QTimer::timeout, m_model, &CloudVolumeListModel::refresh);
    connect(m_allProjects, &QCheckBox::toggled, m_model, &CloudVolumeListModel::setAllProjects);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CloudVolumesPage::selectionChanged);
    connect(m_model, &CloudVolumeListModel::refreshed, this, [this] {
        if (m_extending.isEmpty())
            setStatus(tr("%n volume(s)", nullptr, m_model->rowCount()));
        checkExtends();
        selectionChanged();
        updatePolling();
        Q_EMIT loaded();
    });
    connect(m_model, &CloudVolumeListModel::refreshFailed, this, [this](const QString &error) {
        setStatus(error);
        updatePolling();
        Q_EMIT loaded();
    });
    selectionChanged();
}

QString CloudVolumesPage::quotaText() const
{
    return m_quota->text();
}

bool CloudVolumesPage::isPolling() const
{
    return m_poll->isActive();
}

void CloudVolumesPage::updatePolling()
{
    const bool changing = !m_extending.isEmpty()
        || std::any_of(m_model->items().begin(), m_model->items().end(),
                       [](const CloudVolume &volume) { return isTransitional(volume.status); });
    if (changing && !m_poll->isActive())
        m_poll->start();
    else if (!changing && m_poll->isActive())
        m_poll->stop();
}

qint64 CloudVolumesPage::remaining(const QString &resource) const
{
    const QuotaItem *item = m_quotaSet.find(resource);
    if (!item || item->limit < 0)
        return -1;
    return std::max<qint64>(0, item->limit - std::max<qint64>(0, item->inUse) - item->reserved);
}

void CloudVolumesPage::selectionChanged()
{
    const CloudVolume *volume = m_model->item(m_view->currentIndex());
    m_delete->setEnabled(volume && volume->attachments.isEmpty());
    m_extend->setEnabled(volume && volume->status == u"available"_s);
    m_attach->setEnabled(volume && volume->status == u"available"_s);
    m_detach->setEnabled(volume && !volume->attachments.isEmpty());
}

void CloudVolumesPage::setSession(CloudSession *session)
{
    m_session = session;
    const bool admin = session && session->token().isAdmin();
    m_allProjects->setVisible(admin);
    if (!admin)
        m_allProjects->setChecked(false);
    setStatus(tr("Loading…"));
    m_model->setSession(session);
    refresh();
}

void CloudVolumesPage::refresh()
{
    if (!m_session)
        return;
    m_model->refresh();
    whenFinished(VolumeClient(m_session).quotas(m_session->token().projectId), this, [this](const Result<QuotaSet> &result) {
        if (!result.ok()) {
            m_quota->setText(tr("Volume quota unknown: %1").arg(result.error));
            return;
        }
        m_quotaSet = result.value;
        const auto line = [this](const QString &resource, const QString &label) {
            const QuotaItem *item = m_quotaSet.find(resource);
            if (!item)
                return QString();
            return item->limit < 0 ? tr("%1: %2 used (unlimited)").arg(label).arg(item->inUse)
                                   : tr("%1: %2 of %3 used").arg(label).arg(item->inUse).arg(item->limit);
        };
        QStringList parts;
        for (const auto &[resource, label] : {std::pair{u"volumes"_s, tr("Volumes")}, std::pair{u"gigabytes"_s, tr("Gigabytes")},
                                              std::pair{u"snapshots"_s, tr("Snapshots")}}) {
            if (const QString text = line(resource, label); !text.isEmpty())
                parts.append(text);
        }
        m_quota->setText(tr("Quota of this project — %1").arg(parts.join(u" · "_s)));
    });
    whenFinished(InstanceClient(m_session).instances(m_allProjects->isChecked()), this,
                 [this](const Result<QList<CloudInstance>> &instances) {
                     if (!instances.ok())
                         return;
                     m_instanceNames.clear();
                     for (const CloudInstance &instance : instances.value)
                         m_instanceNames.insert(instance.id, instance.name);
                     m_model->setServerNames(m_instanceNames);
                 });
}

void CloudVolumesPage::createVolume()
{
    if (!m_session)
        return;
    CloudVolumeDialog dialog(m_session, remaining(u"gigabytes"_s), remaining(u"volumes"_s), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
}

void CloudVolumesPage::extendVolume()
{
    const CloudVolume *volume = m_model->item(m_view->currentIndex());
    if (!volume || !m_session)
        return;
    const QString id = volume->id; // the row may move while the dialog is open
    CloudVolumeDialog dialog(m_session, *volume, remaining(u"gigabytes"_s), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    followExtend(id, dialog.sizeGb());
}

void CloudVolumesPage::followExtend(const QString &volumeId, qint64 newSizeGb)
{
    // A list already in flight may still show the old size and status: allow a few.
    m_extending.insert(volumeId, {newSizeGb, 5});
    const int row = m_model->rowOf(volumeId);
    const CloudVolume *volume = m_model->item(row);
    setStatus(tr("Extending volume %1 to %2 GiB…").arg(volume && !volume->name.isEmpty() ? volume->name : volumeId).arg(newSizeGb));
    refresh();
    updatePolling();
}

void CloudVolumesPage::checkExtends()
{
    // Cinder answers an extend with 202 and sets "extending"; the driver's verdict comes
    // later as the volume's status: the new size, or "error_extending" and a user message.
    for (auto it = m_extending.begin(); it != m_extending.end();) {
        const QString id = it.key();
        const qint64 wanted = it->sizeGb;
        const CloudVolume *volume = m_model->item(m_model->rowOf(id));
        const bool oldState = volume && volume->sizeGb < wanted && (volume->status == u"available"_s || volume->status == u"in-use"_s);
        if (volume && (volume->status == u"extending"_s || (oldState && --it->listsLeft > 0))) {
            ++it;
            continue;
        }
        it = m_extending.erase(it);
        if (!volume)
            continue; // deleted meanwhile
        const QString name = volume->name.isEmpty() ? id : volume->name;
        if (volume->sizeGb >= wanted) {
            setStatus(tr("Volume %1 now has %2 GiB.").arg(name).arg(volume->sizeGb));
            Q_EMIT extendSettled(id, {});
            continue;
        }
        const QString status = volume->status;
        const qint64 size = volume->sizeGb;
        whenFinished(VolumeClient(m_session).userMessages(id), this,
                     [this, id, name, wanted, status, size](const Result<QStringList> &messages) {
                         const QString reason = !messages.ok()     ? tr("Cinder's messages cannot be read: %1").arg(messages.error)
                             : messages.value.isEmpty() ? tr("Cinder left no message saying why.")
                                                        : tr("Cinder says: %1").arg(messages.value.first());
                         QString text = tr("Volume %1 was not extended to %2 GiB: it keeps %3 GiB and its status is now %4. %5")
                                            .arg(name)
                                            .arg(wanted)
                                            .arg(size)
                                            .arg(status, reason);
                         if (status == u"error_extending"_s)
                             text += u' ' + tr("The volume's data is unchanged; it can be deleted, or an administrator can reset its status to available.");
                         setStatus(text);
                         Q_EMIT extendSettled(id, text);
                     });
    }
}

void CloudVolumesPage::deleteVolume()
{
    const CloudVolume *volume = m_model->item(m_view->currentIndex());
    if (!volume || !m_session)
        return;
    const QString id = volume->id;
    const QString name = volume->name.isEmpty() ? volume->id : volume->name;
    if (!askToConfirm(tr("Delete Volume"), tr("Delete volume %1 and all data on it?").arg(name)))
        return;
    whenFinished(VolumeClient(m_session).deleteVolume(id), this,
                 [this, name](const Result<bool> &result) { finishAction(result, tr("Deleting volume %1…").arg(name)); });
}

void CloudVolumesPage::attachVolume()
{
    const CloudVolume *volume = m_model->item(m_view->currentIndex());
    if (!volume || !m_session)
        return;
    const QString volumeId = volume->id;
    whenFinished(InstanceClient(m_session).instances(), this, [this, volumeId](const Result<QList<CloudInstance>> &instances) {
        if (!instances.ok()) {
            setStatus(instances.error);
            return;
        }
        QStringList labels;
        QStringList ids;
        for (const CloudInstance &instance : instances.value) {
            labels.append(tr("%1 (%2)").arg(instance.name, instance.status));
            ids.append(instance.id);
        }
        if (ids.isEmpty()) {
            setStatus(tr("This project has no instance to attach the volume to."));
            return;
        }
        const int chosen = choose(tr("Attach Volume"), tr("Instance:"), labels);
        if (chosen < 0 || !m_session)
            return;
        whenFinished(VolumeClient(m_session).attachVolume(ids.at(chosen), volumeId), this,
                     [this](const Result<VolumeAttachment> &result) {
                         finishAction(result, tr("Attaching as %1…").arg(result.value.device));
                     });
    });
}

void CloudVolumesPage::detachVolume()
{
    const CloudVolume *volume = m_model->item(m_view->currentIndex());
    if (!volume || volume->attachments.isEmpty() || !m_session)
        return;
    const VolumeAttachment attachment = volume->attachments.first();
    const QString name = volume->name.isEmpty() ? volume->id : volume->name;
    if (!askToConfirm(tr("Detach Volume"), tr("Detach %1 from %2? Unmount it inside the instance first.")
                                                .arg(name, m_instanceNames.value(attachment.serverId, attachment.serverId))))
        return;
    whenFinished(VolumeClient(m_session).detachVolume(attachment.serverId, volume->id), this,
                 [this, name](const Result<bool> &result) { finishAction(result, tr("Detaching %1…").arg(name)); });
}

} // namespace VirtDeck
