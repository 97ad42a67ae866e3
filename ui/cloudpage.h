// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "cloudconfig.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace VirtDeck {

class CatalogEndpointModel;
class CloudFlavorsPage;
class CloudImagesPage;
class CloudInstancesPage;
class CloudFloatingIpsPage;
class CloudKeyPairsPage;
class CloudNetworksPage;
class CloudRoutersPage;
class CloudVolumesPage;
class CloudQuotasPage;
class CloudSecurityGroupsPage;
namespace Cloud {
class CloudPasswordStore;
} // namespace Cloud

// The Cloud tab: choose a cloud from clouds.yaml / OS_* variables, sign in (password from
// the keychain or asked), switch project, interface and region; pages for quotas, flavors,
// security groups and the service catalog.
class CloudPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudPage(QWidget *parent = nullptr);
    ~CloudPage() override;

    // Re-reads clouds.yaml, secure.yaml and the environment.
    void reloadClouds();
    // Selects the named cloud and signs in; false (with a message shown) when it is unknown.
    bool openCloud(const QString &name);
    // "instances", "images", "quotas", "flavors", "security-groups", "endpoints", "key-pairs", "networks", "routers",
    // "floating-ips" or "volumes".
    bool showPage(const QString &page);
    static QStringList pageNames();

    Cloud::CloudSession *session() const { return m_session; }
    CloudInstancesPage *instancesPage() const { return m_instances; }
    CloudImagesPage *imagesPage() const { return m_images; }
    CloudQuotasPage *quotasPage() const { return m_quotas; }
    CloudFlavorsPage *flavorsPage() const { return m_flavors; }
    CloudSecurityGroupsPage *securityGroupsPage() const { return m_securityGroups; }
    CloudKeyPairsPage *keyPairsPage() const { return m_keyPairs; }
    CloudNetworksPage *networksPage() const { return m_networks; }
    CloudRoutersPage *routersPage() const { return m_routers; }
    CloudFloatingIpsPage *floatingIpsPage() const { return m_floatingIps; }
    CloudVolumesPage *volumesPage() const { return m_volumes; }

Q_SIGNALS:
    void signedIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateTabs();
    void signIn();
    void startSession(const Cloud::CloudConfig &config, const QString &secret);
    void onSignedIn();
    void switchProject(int index);
    void setStatus(const QString &text, bool error = false);

    QList<Cloud::CloudConfig> m_clouds;
    QPointer<Cloud::CloudSession> m_session;
    Cloud::CloudPasswordStore *m_passwords;
    QComboBox *m_cloud;
    QPushButton *m_signIn;
    QComboBox *m_project;
    QComboBox *m_interface;
    QComboBox *m_region;
    QLabel *m_status;
    QLabel *m_tlsWarning;
    QTabWidget *m_pages;
    CloudInstancesPage *m_instances;
    CloudImagesPage *m_images;
    CloudQuotasPage *m_quotas;
    CloudFlavorsPage *m_flavors;
    CloudSecurityGroupsPage *m_securityGroups;
    CloudKeyPairsPage *m_keyPairs;
    CloudNetworksPage *m_networks;
    CloudRoutersPage *m_routers;
    CloudFloatingIpsPage *m_floatingIps;
    CloudVolumesPage *m_volumes;
    CatalogEndpointModel *m_endpoints;
    QTableView *m_endpointView;
    bool m_updatingProjects = false;
};

} // namespace VirtDeck
