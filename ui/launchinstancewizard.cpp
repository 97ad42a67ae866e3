// SPDX-License-Identifier: GPL-2.0-or-later
#include "launchinstancewizard.h"

#include "computeclient.h"
#include "imageclient.h"
#include "instanceclient.h"
#include "keypairclient.h"
#include "launchquota.h"
#include "networkclient.h"
#include "volumeclient.h"
#include "volumesnapshotclient.h"
#include "whenfinished.h"

#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

namespace {

constexpr int ExceedsQuotaRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

QString sourceLabel(LaunchRequest::Source source)
{
    switch (source) {
    case LaunchRequest::Source::Image: return LaunchInstanceWizard::tr("Image");
    case LaunchRequest::Source::Volume: return LaunchInstanceWizard::tr("Volume");
    case LaunchRequest::Source::VolumeSnapshot: return LaunchInstanceWizard::tr("Volume snapshot");
    }
    return {};
}

} // namespace

LaunchInstanceWizard::LaunchInstanceWizard(CloudSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(u"launchInstanceWizard"_s);
    setWindowTitle(tr("Launch Instance"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setButtonText(QWizard::FinishButton, tr("Launch"));
    button(QWizard::FinishButton)->setObjectName(u"launchFinish"_s);
    button(QWizard::NextButton)->setObjectName(u"launchNext"_s);
    button(QWizard::BackButton)->setObjectName(u"launchBack"_s);
    buildDetailsPage();
    buildSourcePage();
    buildFlavorPage();
    buildNetworksPage();
    buildSecurityGroupsPage();
    buildKeyPairPage();
    buildConfigurationPage();
    buildSummaryPage();
    resize(820, 600);
    m_followTimer.setInterval(2000);
    connect(&m_followTimer, &QTimer::timeout, this, &LaunchInstanceWizard::follow);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            updateSummary();
    });
}

QWizardPage *LaunchInstanceWizard::makePage(PageId id, const QString &title, const QString &subTitle)
{
    auto *page = new QWizardPage(this);
    page->setObjectName(u"launchPage%1"_s.arg(int(id)));
    page->setTitle(title);
    page->setSubTitle(subTitle);
    auto *problem = new QLabel(page);
    problem->setObjectName(u"launchProblem%1"_s.arg(int(id)));
    problem->setWordWrap(true);
    problem->setStyleSheet(u"QLabel { color: #b02a37; }"_s);
    problem->hide();
    m_problems.insert(id, problem);
    setPage(id, page);
    return page;
}

void LaunchInstanceWizard::showProblem(int page, const QString &text)
{
    QLabel *label = m_problems.value(page);
    if (!label)
        return;
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void LaunchInstanceWizard::buildDetailsPage()
{
    QWizardPage *page = makePage(DetailsPage, tr("Details"), tr("Name the instance and choose how many to launch."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"launchName"_s);
    m_name->setMaxLength(255);
    m_description = new QLineEdit(page);
    m_description->setObjectName(u"launchDescription"_s);
    m_zone = new QComboBox(page);
    m_zone->setObjectName(u"launchZone"_s);
    m_zone->addItem(tr("Any availability zone"), QString());
    m_count = new QSpinBox(page);
    m_count->setObjectName(u"launchCount"_s);
    m_count->setRange(1, 100);
    m_quotaUsage = new QLabel(page);
    m_quotaUsage->setObjectName(u"launchQuotaUsage"_s);
    m_quotaUsage->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Instance name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Availability zone:"), m_zone);
    form->addRow(tr("Count:"), m_count);
    form->addRow(tr("Quota:"), m_quotaUsage);
    form->addRow(m_problems.value(DetailsPage));
    connect(m_count, &QSpinBox::valueChanged, this, &LaunchInstanceWizard::updateQuotaUsage);
}

void LaunchInstanceWizard::buildSourcePage()
{
    QWizardPage *page = makePage(SourcePage, tr("Source"), tr("What the instance boots from."));
    m_sourceType = new QComboBox(page);
    m_sourceType->setObjectName(u"launchSourceType"_s);
    for (LaunchRequest::Source source : {LaunchRequest::Source::Image, LaunchRequest::Source::Volume,
                                         LaunchRequest::Source::VolumeSnapshot})
        m_sourceType->addItem(sourceLabel(source), int(source));
    m_source = new QComboBox(page);
    m_source->setObjectName(u"launchSource"_s);
    m_source->setMinimumContentsLength(30);
    m_newVolume = new QCheckBox(tr("Create a new volume and boot from it"), page);
    m_newVolume->setObjectName(u"launchNewVolume"_s);
    m_volumeSize = new QSpinBox(page);
    m_volumeSize->setObjectName(u"launchVolumeSize"_s);
    m_volumeSize->setRange(1, 65536);
    m_volumeSize->setSuffix(tr(" GiB"));
    m_volumeSize->setEnabled(false);
    m_deleteOnTerminate = new QCheckBox(tr("Delete the volume when the instance is deleted"), page);
    m_deleteOnTerminate->setObjectName(u"launchDeleteOnTerminate"_s);
    m_deleteOnTerminate->setChecked(true);
    m_deleteOnTerminate->setEnabled(false);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Boot source:"), m_sourceType);
    form->addRow(tr("Source:"), m_source);
    form->addRow(m_newVolume);
    form->addRow(tr("Volume size:"), m_volumeSize);
    form->addRow(m_deleteOnTerminate);
    form->addRow(m_problems.value(SourcePage));
    connect(m_sourceType, &QComboBox::currentIndexChanged, this, &LaunchInstanceWizard::fillSources);
    connect(m_newVolume, &QCheckBox::toggled, this, [this](bool on) {
        const auto source = LaunchRequest::Source(m_sourceType->currentData().toInt());
        m_volumeSize->setEnabled(on && source != LaunchRequest::Source::Volume);
        m_deleteOnTerminate->setEnabled(on || source != LaunchRequest::Source::Image);
    });
}

void LaunchInstanceWizard::buildFlavorPage()
{
    QWizardPage *page = makePage(FlavorPage, tr("Flavor"), tr("The size of the instance. Flavors that would exceed the project's quota are marked."));
    m_flavors = new QTableWidget(0, 5, page);
    m_flavors->setObjectName(u"launchFlavors"_s);
    m_flavors->setHorizontalHeaderLabels({tr("Name"), tr("vCPUs"), tr("RAM"), tr("Root disk"), tr("Quota")});
    m_flavors->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flavors->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flavors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_flavors->verticalHeader()->hide();
    m_flavors->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_flavors, 1);
    layout->addWidget(m_problems.value(FlavorPage));
    connect(m_flavors, &QTableWidget::itemSelectionChanged, this, &LaunchInstanceWizard::updateQuotaUsage);
}

void LaunchInstanceWizard::buildNetworksPage()
{
    QWizardPage *page = makePage(NetworksPage, tr("Networks"), tr("Check the networks to attach; the order is the order of the NICs."));
    m_networks = new QListWidget(page);
    m_networks->setObjectName(u"launchNetworks"_s);
    auto *up = new QPushButton(tr("Up"), page);
    up->setObjectName(u"launchNetworkUp"_s);
    auto *down = new QPushButton(tr("Down"), page);
    down->setObjectName(u"launchNetworkDown"_s);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_networks, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row, 1);
    layout->addWidget(m_problems.value(NetworksPage));
    connect(up, &QPushButton::clicked, this, [this] { moveNetwork(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveNetwork(1); });
}

void LaunchInstanceWizard::buildSecurityGroupsPage()
{
    QWizardPage *page = makePage(SecurityGroupsPage, tr("Security Groups"), tr("The firewall rules of the instance's ports."));
    m_securityGroups = new QListWidget(page);
    m_securityGroups->setObjectName(u"launchSecurityGroups"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_securityGroups, 1);
    layout->addWidget(m_problems.value(SecurityGroupsPage));
}

void LaunchInstanceWizard::buildKeyPairPage()
{
    QWizardPage *page = makePage(KeyPairPage, tr("Key Pair"), tr("The SSH key that cloud-init installs for the default user."));
    m_keyPair = new QComboBox(page);
    m_keyPair->setObjectName(u"launchKeyPair"_s);
    m_keyPair->setMinimumContentsLength(24);
    auto *importButton = new QPushButton(tr("Import Public Key…"), page);
    importButton->setObjectName(u"launchKeyImport"_s);
    auto *createButton = new QPushButton(tr("Create Key Pair…"), page);
    createButton->setObjectName(u"launchKeyCreate"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(importButton);
    buttons->addWidget(createButton);
    buttons->addStretch(1);
    auto *form = new QFormLayout(page);
    form->addRow(tr("Key pair:"), m_keyPair);
    form->addRow(buttons);
    form->addRow(m_problems.value(KeyPairPage));
    connect(importButton, &QPushButton::clicked, this, &LaunchInstanceWizard::importKeyPair);
    connect(createButton, &QPushButton::clicked, this, &LaunchInstanceWizard::createKeyPair);
}

void LaunchInstanceWizard::buildConfigurationPage()
{
    QWizardPage *page = makePage(ConfigurationPage, tr("Configuration"), tr("User data for cloud-init, and a config drive."));
    m_userData = new QPlainTextEdit(page);
    m_userData->setObjectName(u"launchUserData"_s);
    m_userData->setPlaceholderText(u"#cloud-config\n"_s);
    auto *loadButton = new QPushButton(tr("Load from File…"), page);
    loadButton->setObjectName(u"launchUserDataLoad"_s);
    m_configDrive = new QCheckBox(tr("Attach a config drive"), page);
    m_configDrive->setObjectName(u"launchConfigDrive"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("User data (cloud-init):"), page));
    layout->addWidget(m_userData, 1);
    layout->addWidget(loadButton, 0, Qt::AlignLeft);
    layout->addWidget(m_configDrive);
    layout->addWidget(m_problems.value(ConfigurationPage));
    connect(loadButton, &QPushButton::clicked, this, &LaunchInstanceWizard::loadUserDataFile);
}

void LaunchInstanceWizard::buildSummaryPage()
{
    QWizardPage *page = makePage(SummaryPage, tr("Summary"), tr("Check, then launch."));
    m_summary = new QPlainTextEdit(page);
    m_summary->setObjectName(u"launchSummary"_s);
    m_summary->setReadOnly(true);
    m_progress = new QLabel(page);
    m_progress->setObjectName(u"launchProgress"_s);
    m_progress->setWordWrap(true);
    m_progress->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_problems.value(SummaryPage));
}

void LaunchInstanceWizard::load()
{
    if (!m_session)
        return;
    auto loaded = std::make_shared<LaunchCatalog>();
    auto errors = std::make_shared<QStringList>();
    m_pendingLoads = 0;
    showProblem(DetailsPage, tr("Loading images, flavors, networks and quotas…"));
    auto done = [this, loaded, errors](const QString &error) {
        if (!error.isEmpty() && !errors->contains(error))
            errors->append(error);
        if (--m_pendingLoads > 0)
            return;
        setCatalog(*loaded);
        showProblem(DetailsPage, errors->join(u'\n'));
        Q_EMIT catalogLoaded();
    };
    auto take = [this, done](auto future, auto store) {
        ++m_pendingLoads;
        whenFinished(future, this, [done, store](const auto &result) {
            if (result.ok())
                store(result.value);
            done(result.error);
        });
    };
    const QString projectId = m_session->token().projectId;
    take(InstanceClient(m_session).availabilityZones(), [loaded](const QStringList &v) { loaded->availabilityZones = v; });
    take(ImageClient(m_session).images(), [loaded](const QList<CloudImage> &v) { loaded->images = v; });
    take(VolumeClient(m_session).volumes(), [loaded](const QList<CloudVolume> &v) { loaded->volumes = v; });
    take(VolumeSnapshotClient(m_session).snapshots(), [loaded](const QList<VolumeSnapshot> &v) { loaded->snapshots = v; });
    take(ComputeClient(m_session).flavors(), [loaded](const QList<Flavor> &v) { loaded->flavors = v; });
    take(NetworkClient(m_session).networks(), [loaded](const QList<CloudNetwork> &v) { loaded->networks = v; });
    take(NetworkClient(m_session).securityGroups(projectId), [loaded](const QList<SecurityGroup> &v) { loaded->securityGroups = v; });
    take(KeyPairClient(m_session).keyPairs(), [loaded](const QList<KeyPair> &v) { loaded->keyPairs = v; });
    take(ComputeClient(m_session).quotas(projectId), [loaded](const QuotaSet &v) {
        loaded->computeQuota = v;
        loaded->quotaKnown = true;
    });
}

void LaunchInstanceWizard::setCatalog(const LaunchCatalog &catalog)
{
    m_catalog = catalog;
    const QString zone = m_zone->currentData().toString();
    while (m_zone->count() > 1)
        m_zone->removeItem(1);
    for (const QString &name : catalog.availabilityZones)
        m_zone->addItem(name, name);
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(zone)));

    m_networks->clear();
    for (const CloudNetwork &network : catalog.networks) {
        // External networks take floating IPs, not instances (unless shared).
        if (network.external && !network.shared)
            continue;
        auto *item = new QListWidgetItem(network.name.isEmpty() ? network.id : network.name, m_networks);
        item->setData(IdRole, network.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(network.id);
    }
    if (m_networks->count() == 1)
        m_networks->item(0)->setCheckState(Qt::Checked);

    m_securityGroups->clear();
    for (const SecurityGroup &group : catalog.securityGroups) {
        auto *item = new QListWidgetItem(group.name, m_securityGroups);
        item->setData(IdRole, group.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(group.name == u"default"_s ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(group.description);
    }

    m_keyPair->clear();
    m_keyPair->addItem(tr("(no key pair)"), QString());
    for (const KeyPair &pair : catalog.keyPairs)
        m_keyPair->addItem(pair.name, pair.name);
    if (catalog.keyPairs.size() == 1)
        m_keyPair->setCurrentIndex(1);

    fillSources();
    fillFlavors();
    updateQuotaUsage();
}

void LaunchInstanceWizard::fillSources()
{
    const auto source = LaunchRequest::Source(m_sourceType->currentData().toInt());
    m_source->clear();
    switch (source) {
    case LaunchRequest::Source::Image:
        for (const CloudImage &image : m_catalog.images) {
            if (image.status != u"active"_s)
                continue;
            m_source->addItem(tr("%1 (%2, %3)").arg(image.name.isEmpty() ? image.id : image.name, image.diskFormat,
                                                   image.size < 0 ? tr("size unknown") : QLocale().formattedDataSize(image.size)),
                              image.id);
        }
        break;
    case LaunchRequest::Source::Volume:
        for (const CloudVolume &volume : m_catalog.volumes) {
            if (volume.status != u"available"_s)
                continue;
            m_source->addItem(tr("%1 (%2 GiB)").arg(volume.name.isEmpty() ? volume.id : volume.name).arg(volume.sizeGb), volume.id);
        }
        break;
    case LaunchRequest::Source::VolumeSnapshot:
        for (const VolumeSnapshot &snapshot : m_catalog.snapshots) {
            if (snapshot.status != u"available"_s)
                continue;
            m_source->addItem(tr("%1 (%2 GiB)").arg(snapshot.name.isEmpty() ? snapshot.id : snapshot.name).arg(snapshot.sizeGb),
                              snapshot.id);
        }
        break;
    }
    // A volume boots as itself; an image may be copied into a new volume; a snapshot always is.
    m_newVolume->setEnabled(source == LaunchRequest::Source::Image);
    m_newVolume->setChecked(source == LaunchRequest::Source::VolumeSnapshot);
    m_volumeSize->setEnabled(m_newVolume->isChecked() && source != LaunchRequest::Source::Volume);
    m_deleteOnTerminate->setEnabled(m_newVolume->isChecked() || source != LaunchRequest::Source::Image);
}

void LaunchInstanceWizard::fillFlavors()
{
    const QString selected = selectedFlavor() ? selectedFlavor()->id : QString();
    const QSignalBlocker blocker(m_flavors);
    m_flavors->setRowCount(0);
    const QLocale locale;
    for (const Flavor &flavor : m_catalog.flavors) {
        const int row = m_flavors->rowCount();
        m_flavors->insertRow(row);
        const QString exceeds = m_catalog.quotaKnown ? LaunchQuota::check(m_catalog.computeQuota, &flavor, 1) : QString();
        const QStringList cells{flavor.name, QString::number(flavor.vcpus), tr("%1 MiB").arg(locale.toString(flavor.ramMb)),
                                tr("%1 GiB").arg(flavor.diskGb), exceeds.isEmpty() ? tr("fits") : tr("exceeds quota")};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(IdRole, flavor.id);
            item->setData(ExceedsQuotaRole, !exceeds.isEmpty());
            if (!exceeds.isEmpty()) {
                item->setForeground(QColor(0xb0, 0x2a, 0x37));
                item->setToolTip(exceeds);
            }
            m_flavors->setItem(row, column, item);
        }
        if (flavor.id == selected)
            m_flavors->selectRow(row);
    }
    m_flavors->resizeColumnsToContents();
}

const Flavor *LaunchInstanceWizard::selectedFlavor() const
{
    const QList<QTableWidgetItem *> items = m_flavors->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString id = items.first()->data(IdRole).toString();
    for (const Flavor &flavor : m_catalog.flavors) {
        if (flavor.id == id)
            return &flavor;
    }
    return nullptr;
}

void LaunchInstanceWizard::updateQuotaUsage()
{
    if (!m_catalog.quotaKnown) {
        m_quotaUsage->setText(tr("The project's quota is not known; Nova checks it at launch."));
        return;
    }
    const Flavor *flavor = selectedFlavor();
    // The count is capped by what is left, but a count already entered is never changed behind
    // the user's back (the quota may have shrunk since): it stays, and the launch is refused.
    const int fit = LaunchQuota::maxCount(m_catalog.computeQuota, flavor);
    m_count->setMaximum(std::max(std::clamp(fit, 1, 100), m_count->value()));
    const QString usage = LaunchQuota::usage(m_catalog.computeQuota, flavor, m_count->value());
    m_quotaUsage->setText(flavor ? usage : tr("%1 (vCPUs and RAM once a flavor is chosen)").arg(usage));
}

void LaunchInstanceWizard::moveNetwork(int delta)
{
    const int row = m_networks->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_networks->count())
        return;
    QListWidgetItem *item = m_networks->takeItem(row);
    m_networks->insertItem(target, item);
    m_networks->setCurrentRow(target);
}

LaunchRequest LaunchInstanceWizard::request() const
{
    LaunchRequest request;
    request.name = m_name->text().trimmed();
    request.description = m_description->text().trimmed();
    request.availabilityZone = m_zone->currentData().toString();
    request.count = m_count->value();
    request.source = LaunchRequest::Source(m_sourceType->currentData().toInt());
    request.sourceId = m_source->currentData().toString();
    request.bootFromNewVolume = m_newVolume->isChecked();
    request.volumeSizeGb = m_volumeSize->value();
    request.deleteVolumeOnTerminate = m_deleteOnTerminate->isChecked();
    if (const Flavor *flavor = selectedFlavor())
        request.flavorId = flavor->id;
    for (int row = 0; row < m_networks->count(); ++row) {
        if (m_networks->item(row)->checkState() == Qt::Checked)
            request.networkIds.append(m_networks->item(row)->data(IdRole).toString());
    }
    for (int row = 0; row < m_securityGroups->count(); ++row) {
        if (m_securityGroups->item(row)->checkState() == Qt::Checked)
            request.securityGroups.append(m_securityGroups->item(row)->text());
    }
    request.keyName = m_keyPair->currentData().toString();
    request.userData = m_userData->toPlainText().toUtf8();
    request.configDrive = m_configDrive->isChecked();
    return request;
}

QString LaunchInstanceWizard::quotaProblem() const
{
    if (!m_catalog.quotaKnown)
        return {};
    return LaunchQuota::check(m_catalog.computeQuota, selectedFlavor(), m_count->value());
}

QString LaunchInstanceWizard::problemOnPage(int id) const
{
    const LaunchRequest r = request();
    switch (id) {
    case DetailsPage:
        if (r.name.isEmpty())
            return tr("The instance needs a name.");
        if (m_catalog.quotaKnown)
            return LaunchQuota::check(m_catalog.computeQuota, nullptr, r.count);
        return {};
    case SourcePage:
        if (r.sourceId.isEmpty())
            return m_source->count() == 0 ? tr("There is no %1 to boot from.").arg(m_sourceType->currentText().toLower())
                                          : tr("Choose what the instance boots from.");
        if (r.source == LaunchRequest::Source::Image && r.bootFromNewVolume) {
            for (const CloudImage &image : m_catalog.images) {
                const qint64 needGb = std::max(image.minDiskGb, (image.size + (qint64(1) << 30) - 1) >> 30);
                if (image.id == r.sourceId && image.size >= 0 && r.volumeSizeGb < needGb)
                    return tr("The new volume must hold the image: at least %1 GiB.").arg(needGb);
            }
        }
        return {};
    case FlavorPage: {
        const Flavor *flavor = selectedFlavor();
        if (!flavor)
            return tr("Choose a flavor.");
        if (m_catalog.quotaKnown)
            return LaunchQuota::check(m_catalog.computeQuota, flavor, r.count);
        return {};
    }
    case NetworksPage:
        if (m_networks->count() > 0 && r.networkIds.isEmpty())
            return tr("Check at least one network.");
        return {};
    case ConfigurationPage:
        if (r.userData.toBase64().size() > 65535)
            return tr("The user data is too large: Nova accepts at most 64 KiB once base64-encoded.");
        return {};
    case SummaryPage:
        return quotaProblem();
    default:
        return {};
    }
}

bool LaunchInstanceWizard::validateCurrentPage()
{
    const QString problem = problemOnPage(currentId());
    showProblem(currentId(), problem);
    return problem.isEmpty() && QWizard::validateCurrentPage();
}

void LaunchInstanceWizard::updateSummary()
{
    const LaunchRequest r = request();
    const Flavor *flavor = selectedFlavor();
    QStringList networks;
    QStringList groups = r.securityGroups;
    for (int row = 0; row < m_networks->count(); ++row) {
        if (m_networks->item(row)->checkState() == Qt::Checked)
            networks.append(m_networks->item(row)->text());
    }
    QStringList lines{
        tr("Name: %1").arg(r.name),
        tr("Count: %1").arg(r.count),
        tr("Availability zone: %1").arg(m_zone->currentText()),
        tr("Source: %1 %2").arg(m_sourceType->currentText(), m_source->currentText()),
        r.bootFromNewVolume ? tr("Boot volume: new, %1 GiB, %2").arg(r.volumeSizeGb).arg(r.deleteVolumeOnTerminate ? tr("deleted with the instance") : tr("kept"))
                            : tr("Boot volume: none (the image is copied to the hypervisor's disk)"),
        tr("Flavor: %1").arg(flavor ? flavor->name : tr("none")),
        tr("Networks (in NIC order): %1").arg(networks.isEmpty() ? tr("automatic") : networks.join(u", "_s)),
        tr("Security groups: %1").arg(groups.isEmpty() ? tr("none") : groups.join(u", "_s)),
        tr("Key pair: %1").arg(r.keyName.isEmpty() ? tr("none") : r.keyName),
        tr("User data: %n byte(s)", nullptr, int(r.userData.size())),
        tr("Config drive: %1").arg(r.configDrive ? tr("yes") : tr("no")),
    };
    if (m_catalog.quotaKnown)
        lines.append(tr("Quota: %1").arg(LaunchQuota::usage(m_catalog.computeQuota, flavor, r.count)));
    m_summary->setPlainText(lines.join(u'\n'));
    showProblem(SummaryPage, quotaProblem());
}

void LaunchInstanceWizard::accept()
{
    if (isLaunched()) {
        QWizard::accept();
        return;
    }
    if (m_sending)
        return;
    // Every page again (a page may have been skipped back and forth), the quota last.
    for (int id : pageIds()) {
        const QString problem = problemOnPage(id);
        if (!problem.isEmpty()) {
            showProblem(SummaryPage, problem);
            Q_EMIT launchRefused(problem);
            return;
        }
    }
    if (!m_session) {
        showProblem(SummaryPage, tr("Not signed in."));
        Q_EMIT launchRefused(tr("Not signed in."));
        return;
    }
    m_sending = true;
    button(QWizard::FinishButton)->setEnabled(false);
    m_progress->setText(tr("Launching…"));
    whenFinished(InstanceClient(m_session).launch(request()), this, [this](const Result<QString> &reservation) {
        m_sending = false;
        button(QWizard::FinishButton)->setEnabled(true);
        if (!reservation.ok()) {
            m_progress->clear();
            showProblem(SummaryPage, reservation.error);
            Q_EMIT launchRefused(reservation.error);
            return;
        }
        m_reservation = reservation.value;
        setButtonText(QWizard::FinishButton, tr("Close"));
        button(QWizard::BackButton)->setEnabled(false);
        m_progress->setText(tr("Launched (reservation %1); waiting for the instances…").arg(m_reservation));
        Q_EMIT launched(m_reservation);
        follow();
        m_followTimer.start();
    });
}

void LaunchInstanceWizard::follow()
{
    if (!m_session || m_reservation.isEmpty())
        return;
    whenFinished(InstanceClient(m_session).instancesOfReservation(m_reservation), this,
                 [this](const Result<QList<CloudInstance>> &result) {
                     if (!result.ok()) {
                         m_progress->setText(result.error);
                         return;
                     }
                     QStringList lines;
                     bool settled = !result.value.isEmpty();
                     bool allActive = true;
                     m_launchedIds.clear();
                     for (const CloudInstance &instance : result.value) {
                         m_launchedIds.append(instance.id);
                         QString line = tr("%1: %2").arg(instance.name, instance.status);
                         if (!instance.taskState.isEmpty())
                             line += tr(" (%1)").arg(instance.taskState);
                         if (!instance.addresses.isEmpty()) {
                             QStringList addresses;
                             for (const InstanceAddress &address : instance.addresses)
                                 addresses.append(address.address);
                             line += u" — "_s + addresses.join(u", "_s);
                         }
                         if (!instance.fault.isEmpty())
                             line += u"\n    "_s + tr("Fault: %1").arg(instance.fault.message);
                         lines.append(line);
                         if (instance.isTransitional())
                             settled = false;
                         if (instance.status != u"ACTIVE"_s)
                             allActive = false;
                     }
                     m_progress->setText(lines.join(u'\n'));
                     if (settled) {
                         m_followTimer.stop();
                         Q_EMIT launchSettled(allActive);
                     }
                 });
}

void LaunchInstanceWizard::importKeyPair()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Public Key"), QDir::homePath() + u"/.ssh"_s,
                                                      tr("Public keys (*.pub);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(KeyPairPage, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QString publicKey = QString::fromUtf8(file.read(16384)).trimmed();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Import Public Key"), tr("Key pair name:"), QLineEdit::Normal,
                                               QFileInfo(path).completeBaseName(), &ok);
    if (!ok)
        return;
    if (const QString problem = KeyPairClient::validateName(name); !problem.isEmpty()) {
        showProblem(KeyPairPage, problem);
        return;
    }
    showProblem(KeyPairPage, {});
    whenFinished(KeyPairClient(m_session).importKeyPair(name, publicKey), this, [this](const Result<KeyPair> &pair) {
        if (!pair.ok()) {
            showProblem(KeyPairPage, pair.error);
            return;
        }
        m_catalog.keyPairs.append(pair.value);
        m_keyPair->addItem(pair.value.name, pair.value.name);
        m_keyPair->setCurrentIndex(m_keyPair->count() - 1);
    });
}

void LaunchInstanceWizard::createKeyPair()
{
    if (!m_session)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Create Key Pair"), tr("Key pair name:"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (const QString problem = KeyPairClient::validateName(name); !problem.isEmpty()) {
        showProblem(KeyPairPage, problem);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the Private Key"),
                                                      QDir::homePath() + u"/.ssh/"_s + name);
    if (path.isEmpty())
        return;
    showProblem(KeyPairPage, {});
    whenFinished(KeyPairClient(m_session).createKeyPair(name, path), this, [this](const Result<CreatedKeyPair> &created) {
        if (!created.ok()) {
            showProblem(KeyPairPage, created.error);
            return;
        }
        m_catalog.keyPairs.append(created.value.keyPair);
        m_keyPair->addItem(created.value.keyPair.name, created.value.keyPair.name);
        m_keyPair->setCurrentIndex(m_keyPair->count() - 1);
        showProblem(KeyPairPage, {});
    });
}

void LaunchInstanceWizard::loadUserDataFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load User Data"), QDir::homePath());
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(ConfigurationPage, tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    // Larger than Nova takes anyway: refuse instead of loading megabytes into the editor.
    if (file.size() > 65536) {
        showProblem(ConfigurationPage, tr("%1 is larger than the 64 KiB Nova accepts as user data.").arg(path));
        return;
    }
    m_userData->setPlainText(QString::fromUtf8(file.readAll()));
    showProblem(ConfigurationPage, {});
}

} // namespace VirtDeck
