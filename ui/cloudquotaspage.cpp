// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudquotaspage.h"

#include "cloudsession.h"
#include "keystoneparser.h"
#include "computeclient.h"
#include "networkclient.h"
#include "volumeclient.h"
#include "whenfinished.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

namespace {

const QString computeType = u"compute"_s;
const QString volumeType = u"volumev3"_s;
const QString networkType = u"network"_s;

// The order operators know from Horizon; anything else follows in the service's order.
const QStringList preferredOrder = {u"instances"_s, u"cores"_s, u"ram"_s, u"key_pairs"_s, u"server_groups"_s,
                                    u"server_group_members"_s, u"metadata_items"_s, u"volumes"_s, u"gigabytes"_s,
                                    u"snapshots"_s, u"backups"_s, u"backup_gigabytes"_s, u"per_volume_gigabytes"_s,
                                    u"groups"_s, u"network"_s, u"subnet"_s, u"port"_s, u"router"_s, u"floatingip"_s,
                                    u"security_group"_s, u"security_group_rule"_s, u"subnetpool"_s, u"rbac_policy"_s};

QString limitText(qint64 value)
{
    return value < 0 ? CloudQuotasPage::tr("unlimited") : QLocale().toString(value);
}

} // namespace

QString CloudQuotasPage::resourceLabel(const QString &resource)
{
    static const QHash<QString, const char *> labels = {
        {u"instances"_s, QT_TR_NOOP("Instances")}, {u"cores"_s, QT_TR_NOOP("vCPUs")}, {u"ram"_s, QT_TR_NOOP("RAM (MiB)")},
        {u"key_pairs"_s, QT_TR_NOOP("Key pairs")}, {u"server_groups"_s, QT_TR_NOOP("Server groups")},
        {u"server_group_members"_s, QT_TR_NOOP("Server group members")}, {u"metadata_items"_s, QT_TR_NOOP("Metadata items")},
        {u"injected_files"_s, QT_TR_NOOP("Injected files")}, {u"injected_file_content_bytes"_s, QT_TR_NOOP("Injected file bytes")},
        {u"injected_file_path_bytes"_s, QT_TR_NOOP("Injected file path bytes")},
        {u"volumes"_s, QT_TR_NOOP("Volumes")}, {u"gigabytes"_s, QT_TR_NOOP("Volume storage (GiB)")},
        {u"snapshots"_s, QT_TR_NOOP("Volume snapshots")}, {u"backups"_s, QT_TR_NOOP("Backups")},
        {u"backup_gigabytes"_s, QT_TR_NOOP("Backup storage (GiB)")}, {u"per_volume_gigabytes"_s, QT_TR_NOOP("Largest volume (GiB)")},
        {u"groups"_s, QT_TR_NOOP("Volume groups")}, {u"network"_s, QT_TR_NOOP("Networks")}, {u"subnet"_s, QT_TR_NOOP("Subnets")},
        {u"port"_s, QT_TR_NOOP("Ports")}, {u"router"_s, QT_TR_NOOP("Routers")}, {u"floatingip"_s, QT_TR_NOOP("Floating IPs")},
        {u"security_group"_s, QT_TR_NOOP("Security groups")}, {u"security_group_rule"_s, QT_TR_NOOP("Security group rules")},
        {u"subnetpool"_s, QT_TR_NOOP("Subnet pools")}, {u"rbac_policy"_s, QT_TR_NOOP("RBAC policies")}};
    if (const auto it = labels.find(resource); it != labels.end())
        return tr(it.value());
    // Cinder's per-type quotas: volumes_<type>, gigabytes_<type>, snapshots_<type>
    for (const auto &[prefix, label] : {std::pair{u"volumes_"_s, QT_TR_NOOP("Volumes of type %1")},
                                        std::pair{u"gigabytes_"_s, QT_TR_NOOP("GiB of type %1")},
                                        std::pair{u"snapshots_"_s, QT_TR_NOOP("Snapshots of type %1")}}) {
        if (resource.startsWith(prefix))
            return tr(label).arg(resource.mid(prefix.size()));
    }
    return resource;
}

CloudQuotasPage::CloudQuotasPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"cloudQuotasPage"_s);
    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_project = new QLabel(this);
    m_project->setObjectName(u"quotaProject"_s);
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(u"quotaRefresh"_s);
    m_edit = new QPushButton(tr("Edit Limits"), this);
    m_edit->setObjectName(u"quotaEdit"_s);
    m_edit->setCheckable(true);
    m_edit->setToolTip(tr("Administrators can change the limits; -1 means unlimited."));
    // Admins set the quotas of any project (the operator's `nova quota-update <project>`).
    m_projectChooser = new QComboBox(this);
    m_projectChooser->setObjectName(u"quotaProjectChooser"_s);
    m_projectChooser->setMinimumContentsLength(16);
    m_projectChooser->setVisible(false);
    top->addWidget(m_project);
    top->addWidget(m_projectChooser);
    top->addStretch(1);
    top->addWidget(refreshButton);
    top->addWidget(m_edit);
    outer->addLayout(top);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    // Two columns: the three boxes fit a 1200-pixel window without a horizontal scroll bar.
    auto *columns = new QGridLayout(content);
    const QList<QPair<QString, QString>> services = {{computeType, tr("Compute")}, {volumeType, tr("Volume")},
                                                     {networkType, tr("Network")}};
    for (const auto &[type, title] : services) {
        Service service;
        service.type = type;
        service.box = new QGroupBox(title, content);
        service.box->setObjectName(u"quotaBox_"_s + type);
        auto *boxLayout = new QVBoxLayout(service.box);
        service.rows = new QWidget(service.box);
        boxLayout->addWidget(service.rows);
        service.status = new QLabel(service.box);
        service.status->setObjectName(u"quotaStatus_"_s + type);
        service.status->setWordWrap(true);
        service.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        boxLayout->addWidget(service.status);
        service.save = new QPushButton(tr("Save %1 Limits").arg(title), service.box);
        service.save->setObjectName(u"quotaSave_"_s + type);
        service.save->setVisible(false);
        boxLayout->addWidget(service.save, 0, Qt::AlignRight);
        boxLayout->addStretch(1);
        const int position = int(m_services.size());
        columns->addWidget(service.box, position / 2, position % 2, Qt::AlignTop);
        connect(service.save, &QPushButton::clicked, this, [this, type = type] { save(type); });
        m_services.append(service);
    }
    columns->setRowStretch(2, 1);
    columns->setColumnStretch(0, 1);
    columns->setColumnStretch(1, 1);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    connect(refreshButton, &QPushButton::clicked, this, &CloudQuotasPage::refresh);
    connect(m_projectChooser, &QComboBox::activated, this, [this](int index) {
        setProjectId(m_projectChooser->itemData(index).toString());
    });
    connect(m_edit, &QPushButton::toggled, this, [this] {
        for (Service &service : m_services)
            showSet(service);
    });
}

CloudQuotasPage::Service &CloudQuotasPage::service(const QString &type)
{
    for (Service &service : m_services) {
        if (service.type == type)
            return service;
    }
    return m_services.first();
}

void CloudQuotasPage::setSession(CloudSession *session)
{
    m_session = session;
    m_projectId = session ? session->token().projectId : QString();
    m_edit->setChecked(false);
    m_projectChooser->clear();
    m_projectChooser->setVisible(false);
    if (session && session->token().isAdmin()) {
        // Every project of the cloud (GET /v3/projects is admin-only).
        whenFinished(session->send({u"identity"_s, "GET", u"projects"_s, {}}), this,
                     [this, session = QPointer(session)](const Result<CloudReply> &reply) {
                         if (session != m_session || !reply.ok())
                             return;
                         const Result<QList<ProjectRef>> projects = KeystoneParser::parseProjects(reply.value.body);
                         if (!projects.ok())
                             return;
                         m_projectChooser->clear();
                         for (const ProjectRef &project : projects.value)
                             m_projectChooser->addItem(project.name, project.id);
                         m_projectChooser->setCurrentIndex(m_projectChooser->findData(m_projectId));
                         m_projectChooser->setVisible(m_projectChooser->count() > 1);
                         if (m_projectChooser->count() > 1)
                             m_project->setText(tr("Quotas of project"));
                     });
    }
    refresh();
}

QString CloudQuotasPage::projectId() const
{
    return m_projectId;
}

void CloudQuotasPage::setProjectId(const QString &projectId)
{
    if (projectId.isEmpty() || projectId == m_projectId)
        return;
    m_projectId = projectId;
    const int index = m_projectChooser->findData(projectId);
    if (index >= 0)
        m_projectChooser->setCurrentIndex(index);
    refresh();
}

void CloudQuotasPage::finishOne()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT loaded();
}

void CloudQuotasPage::refresh()
{
    const bool admin = m_session && m_session->token().isAdmin();
    m_edit->setVisible(admin);
    if (!admin)
        m_edit->setChecked(false);
    if (!m_session || !m_session->isSignedIn()) {
        m_project->setText(tr("Not signed in."));
        return;
    }
    if (m_projectId.isEmpty())
        m_projectId = m_session->token().projectId;
    const QString project = m_projectId;
    m_project->setText(m_projectChooser->isVisible() || m_projectChooser->count() > 1
                           ? tr("Quotas of project")
                           : tr("Quotas of project %1").arg(m_session->token().projectName));
    m_pending = int(m_services.size());
    const auto load = [this, project](const QString &type, QFuture<Result<QuotaSet>> current, QFuture<Result<QuotaSet>> defaults) {
        Service &entry = service(type);
        entry.status->setText(tr("Loading…"));
        // The limits with use, and the defaults, each in parallel with the other services.
        // Replies for a project that is no longer shown are dropped.
        whenFinished(defaults, this, [this, type, project](const Result<QuotaSet> &result) {
            if (project != m_projectId)
                return;
            Service &target = service(type);
            target.defaults = result.ok() ? result.value : QuotaSet{};
            if (!target.current.items.isEmpty())
                showSet(target);
        });
        whenFinished(current, this, [this, type, project](const Result<QuotaSet> &result) {
            if (project != m_projectId)
                return;
            Service &target = service(type);
            if (result.ok()) {
                target.current = result.value;
                target.status->clear();
            } else {
                target.current = {};
                target.status->setText(result.error);
            }
            showSet(target);
            finishOne();
        });
    };
    load(computeType, ComputeClient(m_session).quotas(project), ComputeClient(m_session).defaultQuotas(project));
    load(volumeType, VolumeClient(m_session).quotas(project), VolumeClient(m_session).defaultQuotas(project));
    load(networkType, NetworkClient(m_session).quotas(project), NetworkClient(m_session).defaultQuotas(project));
}

void CloudQuotasPage::showSet(Service &service)
{
    delete service.rows;
    service.editors.clear();
    service.rows = new QWidget(service.box);
    static_cast<QVBoxLayout *>(service.box->layout())->insertWidget(0, service.rows);
    auto *grid = new QGridLayout(service.rows);
    grid->setContentsMargins(0, 0, 0, 0);
    const bool editing = m_edit->isChecked();
    service.save->setVisible(editing && !service.current.items.isEmpty());

    QList<QuotaItem> items = service.current.items;
    std::stable_sort(items.begin(), items.end(), [](const QuotaItem &a, const QuotaItem &b) {
        const qsizetype ia = preferredOrder.indexOf(a.resource);
        const qsizetype ib = preferredOrder.indexOf(b.resource);
        return (ia < 0 ? 1000 : ia) < (ib < 0 ? 1000 : ib);
    });
    int row = 0;
    for (const QuotaItem &item : items) {
        auto *name = new QLabel(resourceLabel(item.resource), service.rows);
        name->setToolTip(item.resource);
        grid->addWidget(name, row, 0);
        auto *bar = new QProgressBar(service.rows);
        bar->setObjectName(u"quotaBar_"_s + item.resource);
        bar->setTextVisible(false);
        bar->setMaximumHeight(12);
        bar->setMinimumWidth(80);
        if (item.limit > 0) {
            bar->setRange(0, 1000);
            bar->setValue(int(std::min<qint64>(1000, std::max<qint64>(0, item.inUse) * 1000 / item.limit)));
        } else {
            bar->setRange(0, 1);
            bar->setValue(item.limit == 0 ? 1 : 0);
        }
        grid->addWidget(bar, row, 1);
        auto *usage = new QLabel(item.inUse >= 0 ? tr("%1 of %2").arg(QLocale().toString(item.inUse), limitText(item.limit))
                                                 : limitText(item.limit),
                                 service.rows);
        usage->setObjectName(u"quotaUsage_"_s + item.resource);
        grid->addWidget(usage, row, 2);
        if (const QuotaItem *defaultItem = service.defaults.find(item.resource)) {
            auto *defaults = new QLabel(tr("default %1").arg(limitText(defaultItem->limit)), service.rows);
            defaults->setEnabled(false); // de-emphasised
            grid->addWidget(defaults, row, 3);
        }
        if (editing) {
            auto *editor = new QSpinBox(service.rows);
            editor->setObjectName(u"quotaEdit_"_s + item.resource);
            editor->setRange(-1, std::numeric_limits<int>::max());
            editor->setSpecialValueText(tr("unlimited"));
            editor->setValue(int(std::min<qint64>(item.limit, std::numeric_limits<int>::max())));
            grid->addWidget(editor, row, 4);
            service.editors.insert(item.resource, editor);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
}

void CloudQuotasPage::save(const QString &type)
{
    Service &entry = service(type);
    if (!m_session)
        return;
    QuotaChanges changes;
    for (auto it = entry.editors.begin(); it != entry.editors.end(); ++it) {
        const QuotaItem *item = entry.current.find(it.key());
        if (item && item->limit != it.value()->value())
            changes.insert(it.key(), it.value()->value());
    }
    if (changes.isEmpty()) {
        entry.status->setText(tr("No limit was changed."));
        return;
    }
    const QString project = m_projectId;
    QFuture<Result<QuotaSet>> future = type == computeType ? ComputeClient(m_session).updateQuotas(project, changes)
        : type == volumeType                                ? VolumeClient(m_session).updateQuotas(project, changes)
                                                            : NetworkClient(m_session).updateQuotas(project, changes);
    entry.save->setEnabled(false);
    entry.status->setText(tr("Saving…"));
    whenFinished(future, this, [this, type, count = changes.size()](const Result<QuotaSet> &result) {
        Service &target = service(type);
        target.save->setEnabled(true);
        if (!result.ok()) {
            target.status->setText(result.error);
            return;
        }
        target.status->setText(tr("Saved %n limit(s).", nullptr, int(count)));
        // The PUT reply has limits only: reload to show use next to the new limits.
        const QString project = m_projectId;
        QFuture<Result<QuotaSet>> reload = type == computeType ? ComputeClient(m_session).quotas(project)
            : type == volumeType                               ? VolumeClient(m_session).quotas(project)
                                                               : NetworkClient(m_session).quotas(project);
        whenFinished(reload, this, [this, type](const Result<QuotaSet> &fresh) {
            Service &again = service(type);
            if (fresh.ok())
                again.current = fresh.value;
            showSet(again);
        });
    });
}

} // namespace VirtDeck
