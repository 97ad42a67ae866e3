// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "launchcatalog.h"
#include "launchrequest.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWizard>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace VirtDeck {

// Launching instances, in Horizon's order: details (name, description, zone, count capped by
// the remaining quota, with what the launch takes of it), source (image, volume or volume
// snapshot; optionally a new boot volume), flavor (flavors that would exceed the quota are
// marked), networks (ordered), security groups, key pair (choose, import or create),
// configuration (user data, config drive), summary. Every page checks its input before the
// next; an over-quota launch is refused before anything is sent. After the launch the summary
// follows the new instances until they are ACTIVE, or shows Nova's fault.
class LaunchInstanceWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { DetailsPage, SourcePage, FlavorPage, NetworksPage, SecurityGroupsPage, KeyPairPage, ConfigurationPage,
                  SummaryPage };

    explicit LaunchInstanceWizard(Cloud::CloudSession *session, QWidget *parent = nullptr);

    // Loads the catalog from the cloud (emits catalogLoaded when it is in place).
    void load();
    void setCatalog(const LaunchCatalog &catalog);
    const LaunchCatalog &catalog() const { return m_catalog; }
    // The request the current input makes (whether or not it is valid).
    Cloud::LaunchRequest request() const;
    // Empty when the page's input is complete; else what to fix.
    QString problemOnPage(int id) const;
    // The quota check of the whole launch (count x flavor).
    QString quotaProblem() const;
    bool isLaunched() const { return !m_reservation.isEmpty(); }
    QStringList launchedIds() const { return m_launchedIds; }

    bool validateCurrentPage() override;
    void accept() override;

Q_SIGNALS:
    void catalogLoaded();
    // The create request was refused here (quota, input) or by Nova; nothing was launched.
    void launchRefused(const QString &message);
    void launched(const QString &reservationId);
    // All new instances left BUILD: ACTIVE, or ERROR with the fault in the summary.
    void launchSettled(bool allActive);

private:
    QWizardPage *makePage(PageId id, const QString &title, const QString &subTitle);
    void buildDetailsPage();
    void buildSourcePage();
    void buildFlavorPage();
    void buildNetworksPage();
    void buildSecurityGroupsPage();
    void buildKeyPairPage();
    void buildConfigurationPage();
    void buildSummaryPage();
    void fillSources();
    void fillFlavors();
    void updateQuotaUsage();
    void updateSummary();
    void moveNetwork(int delta);
    void importKeyPair();
    void createKeyPair();
    void loadUserDataFile();
    void follow();
    const Cloud::Flavor *selectedFlavor() const;
    void showProblem(int page, const QString &text);

    QPointer<Cloud::CloudSession> m_session;
    LaunchCatalog m_catalog;
    QHash<int, QLabel *> m_problems;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    QComboBox *m_zone = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_quotaUsage = nullptr;
    QComboBox *m_sourceType = nullptr;
    QComboBox *m_source = nullptr;
    QCheckBox *m_newVolume = nullptr;
    QSpinBox *m_volumeSize = nullptr;
    QCheckBox *m_deleteOnTerminate = nullptr;
    QTableWidget *m_flavors = nullptr;
    QListWidget *m_networks = nullptr;
    QListWidget *m_securityGroups = nullptr;
    QComboBox *m_keyPair = nullptr;
    QPlainTextEdit *m_userData = nullptr;
    QCheckBox *m_configDrive = nullptr;
    QPlainTextEdit *m_summary = nullptr;
    QLabel *m_progress = nullptr;
    QTimer m_followTimer;
    QString m_reservation;
    QStringList m_launchedIds;
    int m_pendingLoads = 0;
    bool m_sending = false;
};

} // namespace VirtDeck
