// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "formproblem.h"
#include "guesthostfacts.h"
#include "hostbridgeinfo.h"
#include "networkinfo.h"
#include "newguestform.h"
#include "osinfoentry.h"
#include "storagepoolinfo.h"
#include "storagevolumeinfo.h"
#include "templateinfo.h"

#include <QPointer>
#include <QUuid>
#include <QWizard>

#include <memory>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace VirtDeck {

class ConnectionSession;
class NewGuestWizardPage;
class OsInfoCatalog;

// "New virtual machine": name, install source, OS (libosinfo), vCPUs and memory, storage,
// network, firmware and devices, then a summary with the domain XML. Finish defines and
// starts the guest and asks for its console; with "customize before install" it is only
// defined and its window opens instead. Everything libvirt is asked runs on the
// connection's worker; a refusal shows libvirt's message on the summary page and keeps
// every answer.
class NewGuestWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { NamePage, SourcePage, OsPage, ResourcesPage, StoragePage, NetworkPage, FirmwarePage, SummaryPage };

    explicit NewGuestWizard(ConnectionSession *session, QWidget *parent = nullptr);
    ~NewGuestWizard() override;

    NewGuestForm form() const;
    QString domainXml() const;
    const GuestHostFacts &hostFacts() const { return m_facts; }
    bool isReady() const; // host facts, pools, networks and OS list all arrived
    bool isBusy() const { return m_busy; }
    NewGuestWizardPage *wizardPage(PageId id) const;

    void accept() override;
    // From a template the OS, storage and firmware pages are skipped: the clone has the
    // template's.
    int nextId() const override;
    bool templatesLoaded() const { return m_templatesLoaded; }

Q_SIGNALS:
    // The guest is defined (and started unless openConsole is false: customize first).
    void guestCreated(int connectionId, const QUuid &uuid, const QString &name, bool openConsole);
    // Defined, but libvirt would not start it (the window opens on its overview instead).
    void startFailed(const QString &name, const QString &message);
    void readyChanged();

private:
    void buildNamePage();
    void buildSourcePage();
    void buildOsPage();
    void buildResourcesPage();
    void buildStoragePage();
    void buildNetworkPage();
    void buildFirmwarePage();
    void buildSummaryPage();
    void load();
    void loadVolumes();
    void searchOs();
    void applyOs(const OsInfoEntry &entry);
    void updateSourceDetails();
    void updateStorageChoice();
    void updateSummary();
    void revalidateAll();
    const StoragePoolInfo *currentPool() const;
    FormProblems loadingProblems(bool needFacts, bool needStorage, bool needNetworks) const;
    bool isLocalHost() const;
    bool fromTemplate() const;
    const TemplateInfo *currentTemplate() const;
    void applyTemplate();
    void loadTemplateXml();
    void createFromTemplate(const NewGuestForm &form, bool customize);
    void finishCreated(const QUuid &uuid, const QString &name, bool customize, bool started, const QString &startError);

    QPointer<ConnectionSession> m_session;
    int m_connectionId = 0;
    GuestHostFacts m_facts;
    bool m_factsLoaded = false;
    QString m_loadError;
    StoragePoolInfoList m_pools;
    bool m_poolsLoaded = false;
    StorageVolumeInfoList m_volumes;
    QString m_volumesPool; // the pool m_volumes belongs to
    NetworkInfoList m_networks;
    bool m_networksLoaded = false;
    HostBridgeInfoList m_bridges;
    TemplateInfoList m_templates;
    bool m_templatesLoaded = false;
    QUuid m_templateXmlOf; // the template m_templateXml belongs to
    QString m_templateXml; // its inactive definition, for the summary's preview
    std::shared_ptr<const OsInfoCatalog> m_catalog;
    QString m_catalogError;
    OsInfoEntry m_os;
    bool m_osChosen = false;
    bool m_volumeNameEdited = false;
    bool m_busy = false;

    // Name
    QLineEdit *m_name = nullptr;
    QLabel *m_hostLabel = nullptr;
    // Source
    QButtonGroup *m_sourceGroup = nullptr;
    QStackedWidget *m_sourceDetails = nullptr;
    QLineEdit *m_isoPath = nullptr;
    QLineEdit *m_installUrl = nullptr;
    QLineEdit *m_kernelPath = nullptr;
    QLineEdit *m_initrdPath = nullptr;
    QLineEdit *m_kernelArgs = nullptr;
    QComboBox *m_template = nullptr;
    QRadioButton *m_templateLinked = nullptr;
    QRadioButton *m_templateFull = nullptr;
    QLabel *m_templateHint = nullptr;
    // OS
    QLineEdit *m_osSearch = nullptr;
    QListWidget *m_osList = nullptr;
    QLabel *m_osDetails = nullptr;
    // Resources
    QSpinBox *m_vcpus = nullptr;
    QSpinBox *m_memory = nullptr;
    QLabel *m_resourcesHint = nullptr;
    // Storage
    QButtonGroup *m_diskGroup = nullptr;
    QComboBox *m_pool = nullptr;
    QLabel *m_poolFree = nullptr;
    QLineEdit *m_volumeName = nullptr;
    QDoubleSpinBox *m_diskSize = nullptr;
    QComboBox *m_diskFormat = nullptr;
    QComboBox *m_volume = nullptr;
    QLineEdit *m_diskPath = nullptr;
    QComboBox *m_diskPathFormat = nullptr;
    QStackedWidget *m_diskDetails = nullptr;
    // Network
    QButtonGroup *m_nicGroup = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_bridge = nullptr;
    QRadioButton *m_nicTemplate = nullptr; // from a template: keep its interfaces
    // Firmware and devices
    QRadioButton *m_bios = nullptr;
    QRadioButton *m_uefi = nullptr;
    QLabel *m_uefiStatus = nullptr;
    QCheckBox *m_virtio = nullptr;
    QLabel *m_domainTypeLabel = nullptr;
    // Summary
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_xml = nullptr;
    QCheckBox *m_customize = nullptr;
};

} // namespace VirtDeck
