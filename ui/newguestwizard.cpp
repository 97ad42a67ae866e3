// SPDX-License-Identifier: GPL-2.0-or-later
#include "newguestwizard.h"

#include "cloneservice.h"
#include "clonexml.h"
#include "connectionsession.h"
#include "domainxmlbuilder.h"
#include "guestcreationservice.h"
#include "hostbridgeservice.h"
#include "libvirturi.h"
#include "networkservice.h"
#include "newguestvalidator.h"
#include "newguestwizardpage.h"
#include "osinfocatalog.h"
#include "osinfoloader.h"
#include "storageservice.h"
#include "templateservice.h"
#include "whenfinished.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

QRadioButton *addRadio(QButtonGroup *group, QVBoxLayout *layout, int id, const QString &objectName, const QString &text)
{
    auto *radio = new QRadioButton(text);
    radio->setObjectName(objectName);
    group->addButton(radio, id);
    layout->addWidget(radio);
    return radio;
}

QLabel *hintLabel(const QString &objectName = {})
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QString sizeText(quint64 bytes)
{
    return QLocale().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeIecFormat);
}

} // namespace

NewGuestWizard::NewGuestWizard(ConnectionSession *session, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
    , m_connectionId(session ? session->id() : 0)
{
    setObjectName(u"newGuestWizard"_s);
    setWindowTitle(tr("New Virtual Machine"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages, false);
    resize(760, 600);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    buildNamePage();
    buildSourcePage();
    buildOsPage();
    buildResourcesPage();
    buildStoragePage();
    buildNetworkPage();
    buildFirmwarePage();
    buildSummaryPage();

    if (m_session) {
        // Guests defined elsewhere while the wizard is open still clash.
        const auto noteNames = [this](const DomainInfoList &domains) {
            for (const DomainInfo &info : domains) {
                if (!m_facts.guestNames.contains(info.name))
                    m_facts.guestNames.append(info.name);
            }
            if (currentId() == NamePage)
                wizardPage(NamePage)->revalidate();
        };
        connect(m_session, &ConnectionSession::domainsChanged, this, noteNames);
        connect(m_session, &ConnectionSession::domainsListed, this, noteNames);
    }
    load();
}

NewGuestWizard::~NewGuestWizard() = default;

NewGuestWizardPage *NewGuestWizard::wizardPage(PageId id) const
{
    return qobject_cast<NewGuestWizardPage *>(page(id));
}

bool NewGuestWizard::isReady() const
{
    return m_factsLoaded && m_poolsLoaded && m_networksLoaded && m_templatesLoaded && (m_catalog || !m_catalogError.isEmpty());
}

bool NewGuestWizard::isLocalHost() const
{
    return m_session && QUrl(m_session->uri()).host().isEmpty();
}

FormProblems NewGuestWizard::loadingProblems(bool needFacts, bool needStorage, bool needNetworks) const
{
    if (!m_loadError.isEmpty())
        return {{{}, m_loadError}};
    if ((needFacts && !m_factsLoaded) || (needStorage && !m_poolsLoaded) || (needNetworks && !m_networksLoaded))
        return {{{}, tr("Reading the host's capabilities, pools and networks…")}};
    return {};
}

// ---------------------------------------------------------------- pages

void NewGuestWizard::buildNamePage()
{
    auto *page = new NewGuestWizardPage(u"namePage"_s, tr("Name"), tr("Name the new virtual machine."), this);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. web-01"));
    m_name->setMaxLength(80); // longer than allowed, so the message explains instead of the editor stopping
    m_hostLabel = hintLabel(u"hostLabel"_s);
    m_hostLabel->setText(m_session ? tr("Host: %1").arg(m_session->displayName()) : tr("No connection."));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_hostLabel);
    page->contentLayout()->addLayout(form);
    page->contentLayout()->addStretch();
    page->setCheck([this] {
        FormProblems problems = NewGuestValidator::validateName(m_name->text().trimmed(), m_facts.guestNames);
        if (problems.isEmpty())
            problems = loadingProblems(true, false, false);
        return problems;
    });
    connect(m_name, &QLineEdit::textChanged, page, [this, page] {
        if (!m_volumeNameEdited && m_volumeName)
            m_volumeName->setText(m_name->text().trimmed() + u".qcow2"_s);
        page->revalidate();
    });
    setPage(NamePage, page);
}

void NewGuestWizard::buildSourcePage()
{
    auto *page = new NewGuestWizardPage(u"sourcePage"_s, tr("Install source"),
                                        tr("Where the guest boots its installer or its system from."), this);
    m_sourceGroup = new QButtonGroup(page);
    auto *radios = new QVBoxLayout;
    addRadio(m_sourceGroup, radios, int(InstallSource::Iso), u"sourceIso"_s, tr("Local install media (ISO image or CD-ROM)"))->setChecked(true);
    addRadio(m_sourceGroup, radios, int(InstallSource::Url), u"sourceUrl"_s, tr("Network install tree (URL)"));
    addRadio(m_sourceGroup, radios, int(InstallSource::Pxe), u"sourcePxe"_s, tr("Network boot (PXE)"));
    addRadio(m_sourceGroup, radios, int(InstallSource::ImportDisk), u"sourceImport"_s, tr("Import an existing disk image"));
    addRadio(m_sourceGroup, radios, int(InstallSource::Template), u"sourceTemplate"_s, tr("Clone a template"));
    page->contentLayout()->addLayout(radios);

    m_sourceDetails = new QStackedWidget(page);
    m_sourceDetails->setObjectName(u"sourceDetails"_s);

    auto *iso = new QWidget;
    auto *isoForm = new QFormLayout(iso);
    auto *isoRow = new QHBoxLayout;
    m_isoPath = new QLineEdit;
    m_isoPath->setObjectName(u"isoPathEdit"_s);
    m_isoPath->setPlaceholderText(tr("/var/lib/libvirt/images/installer.iso or /dev/sr0"));
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(u"isoBrowseButton"_s);
    browse->setEnabled(isLocalHost()); // the file lives on the libvirt host
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Install media"), u"/var/lib/libvirt/images"_s,
                                                          tr("ISO images (*.iso *.img);;All files (*)"));
        if (!file.isEmpty())
            m_isoPath->setText(file);
    });
    isoRow->addWidget(m_isoPath, 1);
    isoRow->addWidget(browse);
    isoForm->addRow(tr("&Image or device:"), isoRow);
    m_sourceDetails->addWidget(iso);

    auto *url = new QWidget;
    auto *urlForm = new QFormLayout(url);
    m_installUrl = new QLineEdit;
    m_installUrl->setObjectName(u"installUrlEdit"_s);
    m_installUrl->setPlaceholderText(tr("https://mirror.example/fedora/releases/37/Everything/x86_64/os/"));
    m_kernelPath = new QLineEdit;
    m_kernelPath->setObjectName(u"kernelPathEdit"_s);
    m_kernelPath->setPlaceholderText(tr("/var/lib/libvirt/boot/vmlinuz (from the tree's images/pxeboot)"));
    m_initrdPath = new QLineEdit;
    m_initrdPath->setObjectName(u"initrdPathEdit"_s);
    m_initrdPath->setPlaceholderText(tr("/var/lib/libvirt/boot/initrd.img"));
    m_kernelArgs = new QLineEdit;
    m_kernelArgs->setObjectName(u"kernelArgsEdit"_s);
    urlForm->addRow(tr("&URL:"), m_installUrl);
    urlForm->addRow(tr("&Kernel:"), m_kernelPath);
    urlForm->addRow(tr("&Initrd:"), m_initrdPath);
    urlForm->addRow(tr("Kernel &arguments:"), m_kernelArgs);
    auto *urlHint = hintLabel();
    urlHint->setText(tr("The guest boots the tree's kernel and initrd directly, with the URL on its command line; "
                        "VirtDeck records the location in the guest's metadata but does not download the files."));
    urlForm->addRow(urlHint);
    m_sourceDetails->addWidget(url);

    auto *pxe = hintLabel(u"pxeHint"_s);
    pxe->setText(tr("The guest boots from the network first (its NIC's PXE ROM), then from its disk. "
                    "Choose a network with a PXE server on the Network page."));
    pxe->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sourceDetails->addWidget(pxe);

    auto *import = hintLabel(u"importHint"_s);
    import->setText(tr("Choose the disk image on the Storage page. The guest boots from it."));
    import->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_sourceDetails->addWidget(import);

    auto *templWidget = new QWidget;
    auto *templForm = new QFormLayout(templWidget);
    m_template = new QComboBox;
    m_template->setObjectName(u"templateCombo"_s);
    m_template->setPlaceholderText(tr("Reading the templates…"));
    auto *cloneGroup = new QButtonGroup(page);
    m_templateLinked = new QRadioButton(tr("&Linked clone: qcow2 overlays on the template's disks (fast, small; "
                                           "the template must stay)"));
    m_templateLinked->setObjectName(u"templateLinked"_s);
    m_templateLinked->setChecked(true);
    m_templateFull = new QRadioButton(tr("F&ull copy of every disk (independent of the template)"));
    m_templateFull->setObjectName(u"templateFull"_s);
    cloneGroup->addButton(m_templateLinked);
    cloneGroup->addButton(m_templateFull);
    m_templateHint = hintLabel(u"templateHint"_s);
    templForm->addRow(tr("&Template:"), m_template);
    templForm->addRow(m_templateLinked);
    templForm->addRow(m_templateFull);
    templForm->addRow(m_templateHint);
    m_sourceDetails->addWidget(templWidget);

    page->contentLayout()->addWidget(m_sourceDetails);
    page->contentLayout()->addStretch();
    page->setCheck([this]() -> FormProblems {
        if (fromTemplate() && !m_templatesLoaded)
            return {{u"template"_s, tr("Reading the templates…")}};
        FormProblems problems = NewGuestValidator::validateSource(form());
        const TemplateInfo *chosen = currentTemplate();
        if (problems.isEmpty() && fromTemplate() && chosen && chosen->state != DomainState::ShutOff)
            problems.append({u"template"_s, tr("Template \"%1\" is running: shut it off to clone it.").arg(chosen->name)});
        return problems;
    });
    connect(m_sourceGroup, &QButtonGroup::idToggled, page, [this, page](int, bool checked) {
        if (!checked)
            return;
        updateSourceDetails();
        if (fromTemplate())
            applyTemplate();
        page->revalidate();
    });
    connect(m_template, &QComboBox::currentIndexChanged, page, [this, page] {
        applyTemplate();
        page->revalidate();
    });
    for (QLineEdit *edit : {m_isoPath, m_installUrl, m_kernelPath, m_initrdPath, m_kernelArgs})
        connect(edit, &QLineEdit::textChanged, page, &NewGuestWizardPage::revalidate);
    setPage(SourcePage, page);
}

void NewGuestWizard::updateSourceDetails()
{
    const auto source = InstallSource(m_sourceGroup->checkedId());
    m_sourceDetails->setCurrentIndex(int(source));
    if (m_nicGroup) {
        // A clone can only be moved to a virtual network, or keep the template's interfaces.
        const bool templ = source == InstallSource::Template;
        m_nicTemplate->setVisible(templ);
        m_nicGroup->button(int(GuestNicKind::None))->setVisible(!templ);
        m_nicGroup->button(int(GuestNicKind::Bridge))->setVisible(!templ);
        m_bridge->setVisible(!templ);
        if (templ)
            m_nicTemplate->setChecked(true); // the template's own network unless one is chosen
        if (!templ && m_nicTemplate->isChecked())
            m_nicGroup->button(int(GuestNicKind::VirtualNetwork))->setChecked(true);
    }
    if (!m_diskGroup)
        return;
    // An import boots an existing image: no new volume, no diskless guest.
    const bool import = source == InstallSource::ImportDisk;
    m_diskGroup->button(int(GuestDiskChoice::NewVolume))->setEnabled(!import);
    m_diskGroup->button(int(GuestDiskChoice::None))->setEnabled(!import);
    if (import && (m_diskGroup->checkedId() == int(GuestDiskChoice::NewVolume) || m_diskGroup->checkedId() == int(GuestDiskChoice::None)))
        m_diskGroup->button(int(GuestDiskChoice::ExistingVolume))->setChecked(true);
}

bool NewGuestWizard::fromTemplate() const
{
    return InstallSource(m_sourceGroup->checkedId()) == InstallSource::Template;
}

const TemplateInfo *NewGuestWizard::currentTemplate() const
{
    const QUuid uuid = m_template->currentData().toUuid();
    for (const TemplateInfo &info : m_templates) {
        if (info.uuid == uuid)
            return &info;
    }
    return nullptr;
}

void NewGuestWizard::applyTemplate()
{
    const TemplateInfo *chosen = currentTemplate();
    if (!chosen || !fromTemplate())
        return;
    // The template's size is the starting point; what is changed on the next page overrides it.
    m_vcpus->setValue(std::max(1, chosen->vcpus));
    if (chosen->memoryKiB > 0)
        m_memory->setValue(int(chosen->memoryKiB / 1024));
    m_templateHint->setText(tr("%1: %n vCPU(s), %2 MiB memory, %3 disk(s). The clone gets a new UUID and new MAC "
                               "addresses; its OS, disks and firmware are the template's.", nullptr, chosen->vcpus)
                                .arg(chosen->name)
                                .arg(chosen->memoryKiB / 1024)
                                .arg(chosen->diskCount));
    loadTemplateXml();
}

void NewGuestWizard::loadTemplateXml()
{
    const TemplateInfo *chosen = currentTemplate();
    if (!chosen || !m_session || m_templateXmlOf == chosen->uuid)
        return;
    const QUuid uuid = chosen->uuid;
    m_templateXmlOf = uuid;
    m_templateXml.clear();
    whenFinished(m_session->domainXml(uuid, true), this, [this, uuid](const Result<QString> &xml) {
        if (m_templateXmlOf != uuid)
            return; // another template was chosen meanwhile
        m_templateXml = xml.ok() ? xml.value : QString();
        if (currentId() == SummaryPage)
            updateSummary();
    });
}

int NewGuestWizard::nextId() const
{
    if (fromTemplate()) {
        switch (currentId()) {
        case SourcePage:
            return ResourcesPage;
        case ResourcesPage:
            return NetworkPage;
        case NetworkPage:
            return SummaryPage;
        default:
            break;
        }
    }
    return QWizard::nextId();
}

void NewGuestWizard::buildOsPage()
{
    auto *page = new NewGuestWizardPage(u"osPage"_s, tr("Operating system"),
                                        tr("What the guest will run: it sets memory, disk size and the device models."), this);
    m_osSearch = new QLineEdit(page);
    m_osSearch->setObjectName(u"osSearchEdit"_s);
    m_osSearch->setPlaceholderText(tr("Search, e.g. \"fedora\", \"ubuntu 22.04\", \"win10\""));
    m_osSearch->setClearButtonEnabled(true);
    m_osList = new QListWidget(page);
    m_osList->setObjectName(u"osList"_s);
    m_osList->setUniformItemSizes(true);
    m_osDetails = hintLabel(u"osDetails"_s);
    page->contentLayout()->addWidget(m_osSearch);
    page->contentLayout()->addWidget(m_osList, 1);
    page->contentLayout()->addWidget(m_osDetails);
    page->setCheck([this]() -> FormProblems {
        if (!m_catalogError.isEmpty() && !m_osChosen)
            return {{u"os"_s, m_catalogError}};
        if (!m_catalog && m_catalogError.isEmpty())
            return {{u"os"_s, tr("Reading libosinfo's list of operating systems…")}};
        if (!m_osChosen)
            return {{u"os"_s, tr("Choose an operating system, or \"Generic\" if it is not listed.")}};
        return {};
    });
    connect(m_osSearch, &QLineEdit::textChanged, this, &NewGuestWizard::searchOs);
    connect(m_osList, &QListWidget::currentRowChanged, this, [this, page](int row) {
        if (row < 0)
            return;
        const QString shortId = m_osList->item(row)->data(Qt::UserRole).toString();
        if (shortId == u"generic"_s)
            applyOs(OsInfoCatalog::generic());
        else if (const OsInfoEntry *entry = m_catalog ? m_catalog->find(shortId) : nullptr)
            applyOs(*entry);
        page->revalidate();
    });
    setPage(OsPage, page);
}

void NewGuestWizard::searchOs()
{
    if (!m_catalog) {
        // Without libosinfo only "Generic" can be offered.
        if (!m_catalogError.isEmpty() && m_osList->count() == 0) {
            auto *item = new QListWidgetItem(OsInfoCatalog::generic().name, m_osList);
            item->setData(Qt::UserRole, u"generic"_s);
        }
        return;
    }
    const QSignalBlocker blocker(m_osList);
    m_osList->clear();
    const OsInfoEntryList found = m_catalog->search(m_osSearch->text(), 60);
    int selectRow = -1;
    for (const OsInfoEntry &entry : found) {
        const QString text = entry.isGeneric() ? entry.name : tr("%1  (%2)").arg(entry.name, entry.shortId);
        auto *item = new QListWidgetItem(text, m_osList);
        item->setData(Qt::UserRole, entry.shortId);
        if (m_osChosen && entry.shortId == m_os.shortId)
            selectRow = m_osList->count() - 1;
    }
    if (selectRow >= 0)
        m_osList->setCurrentRow(selectRow);
}

void NewGuestWizard::applyOs(const OsInfoEntry &entry)
{
    const bool changed = !m_osChosen || entry.shortId != m_os.shortId;
    m_os = entry;
    m_osChosen = true;
    const GuestDefaults defaults = OsInfoCatalog::defaultsFor(entry);
    QStringList facts;
    if (!entry.isGeneric()) {
        facts.append(tr("%1 (%2), libosinfo id %3").arg(entry.name, entry.shortId, entry.id));
        if (entry.releaseDate.isValid())
            facts.append(tr("Released %1").arg(QLocale().toString(entry.releaseDate, QLocale::ShortFormat)));
    } else {
        facts.append(entry.name);
    }
    facts.append(tr("Proposed: %1 MiB memory, %2 GiB disk, %n vCPU(s), %3", nullptr, defaults.vcpus)
                     .arg(defaults.memoryMiB)
                     .arg(defaults.diskGiB)
                     .arg(defaults.virtio ? tr("virtio devices") : tr("emulated devices (no virtio drivers)")));
    m_osDetails->setText(facts.join(u'\n'));
    if (!changed)
        return;
    // The OS's recommendations replace the previous OS's, not what the user typed afterwards.
    const int cpuLimit = m_factsLoaded ? std::max(1, std::min(m_facts.hostCpus, m_facts.maxVcpus)) : defaults.vcpus;
    m_vcpus->setValue(std::min(defaults.vcpus, cpuLimit));
    quint64 memory = defaults.memoryMiB;
    if (m_factsLoaded && m_facts.hostMemoryMiB > 0)
        memory = std::min(memory, m_facts.hostMemoryMiB / 2); // leave the host room
    m_memory->setValue(int(std::max<quint64>(memory, 256)));
    m_diskSize->setValue(double(defaults.diskGiB));
    m_virtio->setChecked(defaults.virtio);
    if (m_uefi->isEnabled() && entry.uefiCapable && !entry.isGeneric() && entry.family == u"winnt"_s)
        m_uefi->setChecked(true);
}

void NewGuestWizard::buildResourcesPage()
{
    auto *page = new NewGuestWizardPage(u"resourcesPage"_s, tr("CPU and memory"), tr("What the guest gets from the host."), this);
    m_vcpus = new QSpinBox(page);
    m_vcpus->setObjectName(u"vcpuSpin"_s);
    m_vcpus->setRange(1, 4096); // the host's limit is checked with a message, not by clamping
    m_vcpus->setValue(1);
    m_memory = new QSpinBox(page);
    m_memory->setObjectName(u"memorySpin"_s);
    m_memory->setRange(0, 16 * 1024 * 1024);
    m_memory->setSingleStep(256);
    m_memory->setSuffix(tr(" MiB"));
    m_memory->setValue(1024);
    m_resourcesHint = hintLabel(u"resourcesHint"_s);
    auto *layout = new QFormLayout;
    layout->addRow(tr("&vCPUs:"), m_vcpus);
    layout->addRow(tr("&Memory:"), m_memory);
    layout->addRow(QString(), m_resourcesHint);
    page->contentLayout()->addLayout(layout);
    page->contentLayout()->addStretch();
    page->setCheck([this] {
        FormProblems problems = loadingProblems(true, false, false);
        return problems.isEmpty() ? NewGuestValidator::validateResources(form(), m_facts) : problems;
    });
    page->setOnEnter([this] {
        QStringList hint;
        hint.append(tr("The host has %n CPU(s) and %1 MiB of memory.", nullptr, m_facts.hostCpus)
                        .arg(QLocale().toString(m_facts.hostMemoryMiB)));
        if (m_osChosen && m_os.minimumMemory > 0)
            hint.append(tr("%1 needs at least %2 MiB.").arg(m_os.name).arg(m_os.minimumMemory >> 20));
        m_resourcesHint->setText(hint.join(u'\n'));
    });
    connect(m_vcpus, &QSpinBox::valueChanged, page, &NewGuestWizardPage::revalidate);
    connect(m_memory, &QSpinBox::valueChanged, page, &NewGuestWizardPage::revalidate);
    setPage(ResourcesPage, page);
}

void NewGuestWizard::buildStoragePage()
{
    auto *page = new NewGuestWizardPage(u"storagePage"_s, tr("Storage"), tr("The guest's disk."), this);
    m_diskGroup = new QButtonGroup(page);
    auto *radios = new QVBoxLayout;
    addRadio(m_diskGroup, radios, int(GuestDiskChoice::NewVolume), u"diskNew"_s, tr("Create a new volume in a storage pool"))->setChecked(true);
    addRadio(m_diskGroup, radios, int(GuestDiskChoice::ExistingVolume), u"diskExistingVolume"_s, tr("Use an existing volume"));
    addRadio(m_diskGroup, radios, int(GuestDiskChoice::ExistingPath), u"diskExistingPath"_s, tr("Use an existing image file or block device"));
    addRadio(m_diskGroup, radios, int(GuestDiskChoice::None), u"diskNone"_s, tr("No disk"));
    page->contentLayout()->addLayout(radios);

    auto *poolRow = new QFormLayout;
    m_pool = new QComboBox(page);
    m_pool->setObjectName(u"poolCombo"_s);
    m_poolFree = hintLabel(u"poolFreeLabel"_s);
    poolRow->addRow(tr("&Pool:"), m_pool);
    poolRow->addRow(QString(), m_poolFree);
    page->contentLayout()->addLayout(poolRow);

    m_diskDetails = new QStackedWidget(page);
    m_diskDetails->setObjectName(u"diskDetails"_s);
    auto *newVolume = new QWidget;
    auto *newForm = new QFormLayout(newVolume);
    newForm->setContentsMargins(0, 0, 0, 0);
    m_volumeName = new QLineEdit;
    m_volumeName->setObjectName(u"volumeNameEdit"_s);
    m_diskSize = new QDoubleSpinBox;
    m_diskSize->setObjectName(u"diskSizeSpin"_s);
    m_diskSize->setRange(0, 64 * 1024);
    m_diskSize->setDecimals(1);
    m_diskSize->setSuffix(tr(" GiB"));
    m_diskSize->setValue(20);
    m_diskFormat = new QComboBox;
    m_diskFormat->setObjectName(u"diskFormatCombo"_s);
    m_diskFormat->addItem(tr("qcow2 (thin, snapshots)"), u"qcow2"_s);
    m_diskFormat->addItem(tr("raw"), u"raw"_s);
    newForm->addRow(tr("Volume &name:"), m_volumeName);
    newForm->addRow(tr("&Size:"), m_diskSize);
    newForm->addRow(tr("&Format:"), m_diskFormat);
    m_diskDetails->addWidget(newVolume);

    auto *existing = new QWidget;
    auto *existingForm = new QFormLayout(existing);
    existingForm->setContentsMargins(0, 0, 0, 0);
    m_volume = new QComboBox;
    m_volume->setObjectName(u"volumeCombo"_s);
    existingForm->addRow(tr("&Volume:"), m_volume);
    m_diskDetails->addWidget(existing);

    auto *path = new QWidget;
    auto *pathForm = new QFormLayout(path);
    pathForm->setContentsMargins(0, 0, 0, 0);
    m_diskPath = new QLineEdit;
    m_diskPath->setObjectName(u"diskPathEdit"_s);
    m_diskPath->setPlaceholderText(tr("/srv/images/disk.qcow2"));
    m_diskPathFormat = new QComboBox;
    m_diskPathFormat->setObjectName(u"diskPathFormatCombo"_s);
    m_diskPathFormat->addItem(u"qcow2"_s, u"qcow2"_s);
    m_diskPathFormat->addItem(u"raw"_s, u"raw"_s);
    pathForm->addRow(tr("&Path on the host:"), m_diskPath);
    pathForm->addRow(tr("F&ormat:"), m_diskPathFormat);
    m_diskDetails->addWidget(path);

    auto *none = hintLabel();
    none->setText(tr("The guest gets no disk: fine for network boot or a live CD."));
    m_diskDetails->addWidget(none);
    page->contentLayout()->addWidget(m_diskDetails);
    page->contentLayout()->addStretch();

    page->setCheck([this] {
        FormProblems problems = loadingProblems(false, true, false);
        if (!problems.isEmpty())
            return problems;
        const NewGuestForm current = form();
        const StoragePoolInfo *pool = currentPool();
        QStringList names;
        if (m_volumesPool == current.pool) {
            for (const StorageVolumeInfo &volume : m_volumes)
                names.append(volume.name);
        }
        return NewGuestValidator::validateStorage(current, pool ? pool->available : 0, names);
    });
    page->setOnEnter([this] {
        if (!m_volumeNameEdited && m_volumeName->text().isEmpty())
            m_volumeName->setText(m_name->text().trimmed() + u".qcow2"_s);
    });
    connect(m_diskGroup, &QButtonGroup::idToggled, page, [this, page](int, bool checked) {
        if (checked) {
            updateStorageChoice();
            page->revalidate();
        }
    });
    connect(m_pool, &QComboBox::currentIndexChanged, page, [this, page] {
        const StoragePoolInfo *pool = currentPool();
        m_poolFree->setText(pool ? tr("%1 free of %2 (%3 pool at %4)")
                                       .arg(sizeText(pool->available), sizeText(pool->capacity), pool->type, pool->targetPath)
                                 : QString());
        loadVolumes();
        page->revalidate();
    });
    connect(m_volumeName, &QLineEdit::textEdited, page, [this] { m_volumeNameEdited = true; });
    connect(m_volumeName, &QLineEdit::textChanged, page, &NewGuestWizardPage::revalidate);
    connect(m_diskSize, &QDoubleSpinBox::valueChanged, page, &NewGuestWizardPage::revalidate);
    connect(m_diskFormat, &QComboBox::currentIndexChanged, page, [this, page] {
        // Keep the extension in step with the format while the name is the proposed one.
        if (!m_volumeNameEdited) {
            const QString suffix = m_diskFormat->currentData().toString() == u"raw"_s ? u".img"_s : u".qcow2"_s;
            m_volumeName->setText(m_name->text().trimmed() + suffix);
        }
        page->revalidate();
    });
    connect(m_volume, &QComboBox::currentIndexChanged, page, &NewGuestWizardPage::revalidate);
    connect(m_diskPath, &QLineEdit::textChanged, page, &NewGuestWizardPage::revalidate);
    setPage(StoragePage, page);
    updateStorageChoice();
}

void NewGuestWizard::updateStorageChoice()
{
    const auto choice = GuestDiskChoice(m_diskGroup->checkedId());
    m_diskDetails->setCurrentIndex(int(choice));
    const bool inPool = choice == GuestDiskChoice::NewVolume || choice == GuestDiskChoice::ExistingVolume;
    m_pool->setEnabled(inPool);
    m_poolFree->setVisible(inPool);
}

const StoragePoolInfo *NewGuestWizard::currentPool() const
{
    const QString name = m_pool->currentData().toString();
    for (const StoragePoolInfo &pool : m_pools) {
        if (pool.name == name)
            return &pool;
    }
    return nullptr;
}

void NewGuestWizard::loadVolumes()
{
    const QString pool = m_pool->currentData().toString();
    m_volume->clear();
    m_volumes.clear();
    m_volumesPool.clear();
    if (pool.isEmpty() || !m_session)
        return;
    whenFinished(StorageService(m_session).listVolumes(pool), this, [this, pool](const Result<StorageVolumeInfoList> &result) {
        if (m_pool->currentData().toString() != pool)
            return; // the user moved on to another pool
        m_volumesPool = pool;
        m_volumes = result.value;
        const QSignalBlocker blocker(m_volume);
        m_volume->clear();
        for (const StorageVolumeInfo &volume : std::as_const(m_volumes))
            m_volume->addItem(tr("%1  (%2, %3)").arg(volume.name, volume.format.isEmpty() ? tr("unknown format") : volume.format,
                                                    sizeText(volume.capacity)),
                              volume.name);
        wizardPage(StoragePage)->revalidate();
    });
}

void NewGuestWizard::buildNetworkPage()
{
    auto *page = new NewGuestWizardPage(u"networkPage"_s, tr("Network"), tr("Where the guest's network card is plugged."), this);
    m_nicGroup = new QButtonGroup(page);
    auto *layout = new QFormLayout;
    auto *radios = new QVBoxLayout;
    addRadio(m_nicGroup, radios, int(GuestNicKind::VirtualNetwork), u"nicNetwork"_s, tr("Virtual network"))->setChecked(true);
    m_network = new QComboBox(page);
    m_network->setObjectName(u"networkCombo"_s);
    radios->addWidget(m_network);
    addRadio(m_nicGroup, radios, int(GuestNicKind::Bridge), u"nicBridge"_s, tr("Host bridge"));
    m_bridge = new QComboBox(page);
    m_bridge->setObjectName(u"bridgeCombo"_s);
    radios->addWidget(m_bridge);
    addRadio(m_nicGroup, radios, int(GuestNicKind::None), u"nicNone"_s, tr("No network"));
    // Not a GuestNicKind: form() reads it as "no override" for a clone.
    m_nicTemplate = addRadio(m_nicGroup, radios, int(GuestNicKind::None) + 100, u"nicTemplate"_s,
                             tr("As in the template"));
    m_nicTemplate->setVisible(false);
    layout->addRow(radios);
    page->contentLayout()->addLayout(layout);
    page->contentLayout()->addStretch();
    page->setCheck([this] {
        FormProblems problems = loadingProblems(false, false, true);
        return problems.isEmpty() ? NewGuestValidator::validateNetwork(form()) : problems;
    });
    const auto sync = [this, page] {
        m_network->setEnabled(m_nicGroup->checkedId() == int(GuestNicKind::VirtualNetwork));
        m_bridge->setEnabled(m_nicGroup->checkedId() == int(GuestNicKind::Bridge));
        page->revalidate();
    };
    connect(m_nicGroup, &QButtonGroup::idToggled, page, sync);
    connect(m_network, &QComboBox::currentIndexChanged, page, &NewGuestWizardPage::revalidate);
    connect(m_bridge, &QComboBox::currentIndexChanged, page, &NewGuestWizardPage::revalidate);
    m_bridge->setEnabled(false);
    setPage(NetworkPage, page);
}

void NewGuestWizard::buildFirmwarePage()
{
    auto *page = new NewGuestWizardPage(u"firmwarePage"_s, tr("Firmware and devices"),
                                        tr("How the guest boots and which device models it sees."), this);
    auto *group = new QButtonGroup(page);
    m_bios = new QRadioButton(tr("BIOS (SeaBIOS)"), page);
    m_bios->setObjectName(u"firmwareBios"_s);
    m_bios->setChecked(true);
    m_uefi = new QRadioButton(tr("UEFI (OVMF)"), page);
    m_uefi->setObjectName(u"firmwareUefi"_s);
    group->addButton(m_bios);
    group->addButton(m_uefi);
    m_uefiStatus = hintLabel(u"uefiStatus"_s);
    m_virtio = new QCheckBox(tr("&virtio disk, network card, video and balloon (needs the guest's virtio drivers)"), page);
    m_virtio->setObjectName(u"virtioCheck"_s);
    m_virtio->setChecked(true);
    m_domainTypeLabel = hintLabel(u"domainTypeLabel"_s);
    page->contentLayout()->addWidget(m_bios);
    page->contentLayout()->addWidget(m_uefi);
    page->contentLayout()->addWidget(m_uefiStatus);
    page->contentLayout()->addSpacing(12);
    page->contentLayout()->addWidget(m_virtio);
    page->contentLayout()->addSpacing(12);
    page->contentLayout()->addWidget(m_domainTypeLabel);
    page->contentLayout()->addStretch();
    page->setCheck([this] {
        FormProblems problems = loadingProblems(true, false, false);
        return problems.isEmpty() ? NewGuestValidator::validateFirmware(form(), m_facts) : problems;
    });
    connect(group, &QButtonGroup::buttonToggled, page, &NewGuestWizardPage::revalidate);
    setPage(FirmwarePage, page);
}

void NewGuestWizard::buildSummaryPage()
{
    auto *page = new NewGuestWizardPage(u"summaryPage"_s, tr("Summary"),
                                        tr("Check the guest and its definition. Finish creates it."), this);
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_xml = new QPlainTextEdit(page);
    m_xml->setObjectName(u"xmlView"_s);
    m_xml->setReadOnly(true);
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_customize = new QCheckBox(tr("&Customize before install: define the guest and open its window instead of starting it"), page);
    m_customize->setObjectName(u"customizeCheck"_s);
    page->contentLayout()->addWidget(m_summary);
    page->contentLayout()->addWidget(m_xml, 1);
    page->contentLayout()->addWidget(m_customize);
    page->setOnEnter([this, page] {
        page->setError({});
        updateSummary();
    });
    setPage(SummaryPage, page);
}

void NewGuestWizard::updateSummary()
{
    const NewGuestForm f = form();
    QString source;
    switch (f.source) {
    case InstallSource::Iso:
        source = tr("install media %1").arg(f.isoPath);
        break;
    case InstallSource::Url:
        source = tr("install tree %1").arg(f.installUrl);
        break;
    case InstallSource::Pxe:
        source = tr("network boot (PXE)");
        break;
    case InstallSource::ImportDisk:
        source = tr("imported disk");
        break;
    case InstallSource::Template:
        source = f.linkedClone ? tr("linked clone of template %1").arg(f.templateName)
                               : tr("full copy of template %1").arg(f.templateName);
        break;
    }
    QString disk;
    if (f.source == InstallSource::Template) {
        disk = f.linkedClone ? tr("qcow2 overlays whose backing files are the template's disks, in the template's pools")
                             : tr("copies of the template's disks, in the template's pools");
    } else switch (f.disk) {
    case GuestDiskChoice::NewVolume:
        disk = tr("new %1 volume %2 of %3 in pool %4").arg(f.diskFormat, f.volumeName, sizeText(f.diskCapacity), f.pool);
        break;
    case GuestDiskChoice::ExistingVolume:
        disk = tr("volume %1 of pool %2").arg(f.volumeName, f.pool);
        break;
    case GuestDiskChoice::ExistingPath:
        disk = f.diskPath;
        break;
    case GuestDiskChoice::None:
        disk = tr("none");
        break;
    }
    const QString nic = f.source == InstallSource::Template && f.nic == GuestNicKind::None ? tr("as in the template")
        : f.nic == GuestNicKind::None ? tr("none")
        : f.nic == GuestNicKind::Bridge             ? tr("host bridge %1").arg(f.nicSource)
                                                    : tr("virtual network %1").arg(f.nicSource);
    QStringList lines;
    lines << tr("Name: %1 on %2").arg(f.name, m_session ? m_session->displayName() : QString())
          << tr("Install: %1").arg(source);
    if (f.source == InstallSource::Template) {
        lines << tr("OS, firmware and devices: as in the template");
    } else {
        lines << tr("OS: %1").arg(m_osChosen ? m_os.name : tr("generic"));
    }
    lines << tr("%n vCPU(s), %1 MiB memory", nullptr, f.vcpus).arg(f.memoryMiB)
          << tr("Disk: %1").arg(disk)
          << tr("Network: %1").arg(nic);
    if (f.source != InstallSource::Template) {
        lines << tr("Firmware: %1, %2 devices, %3").arg(f.firmware == GuestFirmware::Uefi ? tr("UEFI") : tr("BIOS"),
                                                         f.virtio ? tr("virtio") : tr("emulated"),
                                                         f.domainType == u"kvm"_s ? tr("KVM") : tr("QEMU TCG (no KVM)"));
    }
    m_summary->setText(lines.join(u'\n'));
    if (f.source == InstallSource::Template && m_templateXml.isEmpty())
        m_xml->setPlainText(tr("Reading the template's definition…"));
    else
        m_xml->setPlainText(domainXml());
}

// ---------------------------------------------------------------- data

NewGuestForm NewGuestWizard::form() const
{
    NewGuestForm f;
    f.name = m_name->text().trimmed();
    f.domainType = m_facts.domainType;
    f.arch = m_facts.arch;
    f.machine = m_facts.machine;
    f.source = InstallSource(m_sourceGroup->checkedId());
    f.isoPath = m_isoPath->text().trimmed();
    f.installUrl = m_installUrl->text().trimmed();
    f.kernelPath = m_kernelPath->text().trimmed();
    f.initrdPath = m_initrdPath->text().trimmed();
    f.kernelArgs = m_kernelArgs->text().trimmed();
    if (const TemplateInfo *chosen = f.source == InstallSource::Template ? currentTemplate() : nullptr) {
        f.templateName = chosen->name;
        f.templateUuid = chosen->uuid;
    }
    f.linkedClone = m_templateLinked->isChecked();
    if (m_osChosen && !m_os.isGeneric()) {
        f.osId = m_os.id;
        f.osShortId = m_os.shortId;
        f.osUrlArgument = m_os.kernelUrlArgument;
    }
    f.vcpus = m_vcpus->value();
    f.memoryMiB = quint64(m_memory->value());
    f.disk = GuestDiskChoice(m_diskGroup->checkedId());
    f.pool = m_pool->currentData().toString();
    switch (f.disk) {
    case GuestDiskChoice::NewVolume:
        f.volumeName = m_volumeName->text().trimmed();
        f.diskCapacity = quint64(m_diskSize->value() * GiB);
        f.diskFormat = m_diskFormat->currentData().toString();
        break;
    case GuestDiskChoice::ExistingVolume: {
        f.volumeName = m_volume->currentData().toString();
        f.diskFormat = u"raw"_s;
        for (const StorageVolumeInfo &volume : m_volumes) {
            if (volume.name == f.volumeName && !volume.format.isEmpty())
                f.diskFormat = volume.format;
        }
        break;
    }
    case GuestDiskChoice::ExistingPath:
        f.diskPath = m_diskPath->text().trimmed();
        f.diskFormat = m_diskPathFormat->currentData().toString();
        break;
    case GuestDiskChoice::None:
        break;
    }
    f.nic = m_nicTemplate->isChecked() ? GuestNicKind::None : GuestNicKind(m_nicGroup->checkedId());
    if (f.nic == GuestNicKind::VirtualNetwork)
        f.nicSource = m_network->currentData().toString();
    else if (f.nic == GuestNicKind::Bridge)
        f.nicSource = m_bridge->currentData().toString();
    f.firmware = m_uefi->isChecked() ? GuestFirmware::Uefi : GuestFirmware::Bios;
    f.virtio = m_virtio->isChecked();
    return f;
}

QString NewGuestWizard::domainXml() const
{
    const NewGuestForm f = form();
    if (f.source != InstallSource::Template)
        return DomainXmlBuilder::build(f);
    // The clone's definition as CloneService writes it, before its disks are made: the
    // sources shown are still the template's.
    if (m_templateXml.isEmpty() || m_templateXmlOf != f.templateUuid)
        return {};
    CloneXml::Changes changes;
    changes.name = f.name;
    changes.vcpus = f.vcpus;
    changes.memoryKiB = f.memoryMiB * 1024;
    changes.network = f.nic == GuestNicKind::VirtualNetwork ? f.nicSource : QString();
    changes.nvramPath = CloneXml::nvramPath(m_templateXml);
    const CloneXml::Rewritten rewritten = CloneXml::rewrite(m_templateXml, changes);
    return rewritten.error.isEmpty() ? rewritten.xml : rewritten.error;
}

void NewGuestWizard::revalidateAll()
{
    for (int id : pageIds()) {
        if (NewGuestWizardPage *p = wizardPage(PageId(id)))
            p->revalidate();
    }
}

void NewGuestWizard::load()
{
    if (!m_session) {
        m_loadError = tr("No connection to create the guest on.");
        return;
    }
    whenFinished(GuestCreationService(m_session).hostFacts(), this, [this](const Result<GuestHostFacts> &result) {
        if (!result.ok()) {
            m_loadError = result.error;
        } else {
            const QStringList seen = m_facts.guestNames; // names that arrived by events meanwhile
            m_facts = result.value;
            for (const QString &name : seen) {
                if (!m_facts.guestNames.contains(name))
                    m_facts.guestNames.append(name);
            }
            m_factsLoaded = true;
        }
        m_uefi->setEnabled(m_facts.uefiAvailable);
        m_uefi->setToolTip(m_facts.uefiAvailable ? QString() : m_facts.uefiProblem);
        m_uefiStatus->setText(m_facts.uefiAvailable
                                  ? tr("OVMF found by libvirt: %1").arg(m_facts.uefiLoaders.join(u", "_s))
                                  : m_facts.uefiProblem);
        m_domainTypeLabel->setText(m_facts.kvmAvailable
                                       ? tr("Hypervisor: KVM (hardware virtualization).")
                                       : tr("Hypervisor: QEMU TCG (emulation): this host offers no KVM, guests run slower."));
        revalidateAll();
        Q_EMIT readyChanged();
    });
    whenFinished(StorageService(m_session).listPools(), this, [this](const Result<StoragePoolInfoList> &result) {
        if (!result.ok())
            m_loadError = result.error;
        m_pools.clear();
        for (const StoragePoolInfo &pool : result.value) {
            if (pool.isActive())
                m_pools.append(pool);
        }
        m_poolsLoaded = true;
        QSignalBlocker blocker(m_pool);
        for (const StoragePoolInfo &pool : std::as_const(m_pools))
            m_pool->addItem(pool.name, pool.name);
        const int preferred = m_pool->findData(u"default"_s);
        m_pool->setCurrentIndex(preferred >= 0 ? preferred : 0);
        if (m_pools.isEmpty())
            m_poolFree->setText(tr("This host has no active storage pool."));
        blocker.unblock(); // before announcing the choice
        Q_EMIT m_pool->currentIndexChanged(m_pool->currentIndex());
        revalidateAll();
        Q_EMIT readyChanged();
    });
    auto pending = std::make_shared<int>(2); // networks and bridges
    const auto networksDone = [this, pending] {
        if (--*pending > 0)
            return;
        m_networksLoaded = true;
        const int preferred = m_network->findData(u"default"_s);
        if (preferred >= 0)
            m_network->setCurrentIndex(preferred);
        if (m_network->count() == 0 && m_bridge->count() > 0)
            m_nicGroup->button(int(GuestNicKind::Bridge))->setChecked(true);
        revalidateAll();
        Q_EMIT readyChanged();
    };
    whenFinished(NetworkService(m_session).list(), this, [this, networksDone](const Result<NetworkInfoList> &result) {
        m_networks = result.value;
        for (const NetworkInfo &network : std::as_const(m_networks)) {
            if (network.active)
                m_network->addItem(network.bridge.isEmpty() ? network.name : tr("%1  (bridge %2)").arg(network.name, network.bridge),
                                   network.name);
        }
        if (!result.ok())
            m_network->setToolTip(result.error);
        networksDone();
    });
    whenFinished(HostBridgeService(m_session).list(), this, [this, networksDone](const Result<HostBridgeInfoList> &result) {
        m_bridges = result.value;
        for (const HostBridgeInfo &bridge : std::as_const(m_bridges)) {
            if (bridge.network.isEmpty()) // a network's own bridge is chosen as that network
                m_bridge->addItem(bridge.name, bridge.name);
        }
        m_nicGroup->button(int(GuestNicKind::Bridge))->setEnabled(m_bridge->count() > 0);
        m_nicGroup->button(int(GuestNicKind::Bridge))->setToolTip(m_bridge->count() > 0 ? QString() : tr("This host has no bridge of its own."));
        networksDone();
    });
    whenFinished(TemplateService(m_session).list(), this, [this](const Result<TemplateInfoList> &result) {
        m_templates = result.value;
        m_templatesLoaded = true;
        const QSignalBlocker blocker(m_template);
        for (const TemplateInfo &info : std::as_const(m_templates)) {
            const QString text = info.state == DomainState::ShutOff
                ? tr("%1  (%n vCPU(s), %2 MiB)", nullptr, info.vcpus).arg(info.name).arg(info.memoryKiB / 1024)
                : tr("%1  (running)").arg(info.name);
            m_template->addItem(text, info.uuid);
        }
        m_template->setPlaceholderText(result.ok() ? tr("No templates: mark a shut-off guest as a template first")
                                                   : tr("Cannot list the templates: %1").arg(result.error));
        m_template->setCurrentIndex(m_template->count() > 0 ? 0 : -1);
        applyTemplate();
        revalidateAll();
        Q_EMIT readyChanged();
    });
    whenFinished(OsInfoLoader::catalog(), this, [this](const Result<OsInfoCatalogPtr> &result) {
        if (result.ok())
            m_catalog = result.value;
        else
            m_catalogError = result.error;
        searchOs();
        revalidateAll();
        Q_EMIT readyChanged();
    });
}

void NewGuestWizard::accept()
{
    if (m_busy || !m_session)
        return;
    // Every page passed again (a template skips OS, storage and firmware): the host may
    // have changed while the user read the summary.
    for (int id : visitedIds()) {
        NewGuestWizardPage *p = wizardPage(PageId(id));
        if (id != SummaryPage && p && !p->problems().isEmpty()) {
            wizardPage(SummaryPage)->setError(tr("%1: %2").arg(p->title(), p->problems().first().message));
            return;
        }
    }
    const NewGuestForm current = form();
    const bool customize = m_customize->isChecked();
    m_busy = true;
    wizardPage(SummaryPage)->setError({});
    button(QWizard::FinishButton)->setEnabled(false);
    button(QWizard::BackButton)->setEnabled(false);
    setCursor(Qt::BusyCursor);
    if (current.source == InstallSource::Template) {
        createFromTemplate(current, customize);
        return;
    }
    const auto then = customize ? GuestCreationService::Then::DefineOnly : GuestCreationService::Then::Start;
    whenFinished(GuestCreationService(m_session).create(current, then), this,
                 [this, customize](const Result<CreatedGuest> &result) {
                     m_busy = false;
                     unsetCursor();
                     button(QWizard::BackButton)->setEnabled(true);
                     if (!result.ok()) {
                         // Stay on the summary with every answer kept; libvirt's words say what to fix.
                         wizardPage(SummaryPage)->setError(result.error);
                         button(QWizard::FinishButton)->setEnabled(true);
                         return;
                     }
                     finishCreated(result.value.uuid, result.value.name, customize, result.value.started,
                                   result.value.startError);
                 });
}

void NewGuestWizard::finishCreated(const QUuid &uuid, const QString &name, bool customize, bool started,
                                   const QString &startError)
{
    m_facts.guestNames.append(name);
    if (!startError.isEmpty())
        Q_EMIT startFailed(name, startError);
    Q_EMIT guestCreated(m_connectionId, uuid, name, !customize && started);
    QWizard::accept();
}

void NewGuestWizard::createFromTemplate(const NewGuestForm &current, bool customize)
{
    // The same backend as "Clone…" and batch creation. The clone is started separately, so a
    // guest libvirt will not start stays defined and opens on its overview, as the other
    // sources' guests do.
    CloneSpec spec;
    spec.name = current.name;
    spec.mode = current.linkedClone ? CloneMode::Linked : CloneMode::Full;
    spec.vcpus = current.vcpus;
    spec.memoryMiB = current.memoryMiB;
    spec.network = current.nic == GuestNicKind::VirtualNetwork ? current.nicSource : QString();
    const auto failed = [this](const QString &error) {
        m_busy = false;
        unsetCursor();
        button(QWizard::BackButton)->setEnabled(true);
        wizardPage(SummaryPage)->setError(error);
        button(QWizard::FinishButton)->setEnabled(true);
    };
    whenFinished(CloneService(m_session).clone(current.templateUuid, spec), this,
                 [this, customize, failed](const CloneResult &clone) {
                     if (!clone.ok) {
                         failed(clone.error); // CloneService removed what it had made
                         return;
                     }
                     if (customize || !m_session) {
                         m_busy = false;
                         unsetCursor();
                         finishCreated(clone.uuid, clone.name, customize, false, {});
                         return;
                     }
                     whenFinished(m_session->runAction(DomainAction::Start, {clone.uuid}), this,
                                  [this, clone](const DomainActionResults &results) {
                                      m_busy = false;
                                      unsetCursor();
                                      const bool started = !results.isEmpty() && results.first().ok;
                                      const QString error = results.isEmpty() ? tr("The connection is closed.")
                                                                              : results.first().error;
                                      finishCreated(clone.uuid, clone.name, false, started, started ? QString() : error);
                                  });
                 });
}

} // namespace VirtDeck
