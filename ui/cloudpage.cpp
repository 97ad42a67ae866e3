// SPDX-License-Identifier: GPL-2.0-or-later
#include "cloudpage.h"

#include "catalogendpointmodel.h"
#include "cloudconfigloader.h"
#include "cloudflavorspage.h"
#include "cloudimagespage.h"
#include "cloudinstancespage.h"
#include "cloudfloatingipspage.h"
#include "cloudkeypairspage.h"
#include "cloudnetworkspage.h"
#include "cloudrouterspage.h"
#include "cloudvolumespage.h"
#include "cloudpasswordprompt.h"
#include "cloudpasswordstore.h"
#include "cloudquotaspage.h"
#include "cloudsecuritygroupspage.h"
#include "cloudsession.h"
#include "whenfinished.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

namespace {

QString keychainKey(const CloudConfig &config)
{
    return config.name + u'/' + (config.username.isEmpty() ? config.userId : config.username);
}

} // namespace

// The page tabs in the order they are added; their titles follow a language change.
constexpr const char *PageTitles[] = {
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Instances"),     QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Images"),
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Quotas"),        QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Flavors"),
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Security Groups"), QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Endpoints"),
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Key Pairs"),     QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Networks"),
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Routers"),       QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Floating IPs"),
    QT_TRANSLATE_NOOP("VirtDeck::CloudPage", "Volumes"),
};

CloudPage::CloudPage(QWidget *parent)
    : QWidget(parent)
    , m_passwords(new CloudPasswordStore(this))
    , m_cloud(new QComboBox(this))
    , m_signIn(new QPushButton(tr("Sign In"), this))
    , m_project(new QComboBox(this))
    , m_interface(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_pages(new QTabWidget(this))
    , m_instances(new CloudInstancesPage(this))
    , m_images(new CloudImagesPage(this))
    , m_quotas(new CloudQuotasPage(this))
    , m_flavors(new CloudFlavorsPage(this))
    , m_securityGroups(new CloudSecurityGroupsPage(this))
    , m_keyPairs(new CloudKeyPairsPage(this))
    , m_networks(new CloudNetworksPage(this))
    , m_routers(new CloudRoutersPage(this))
    , m_floatingIps(new CloudFloatingIpsPage(this))
    , m_volumes(new CloudVolumesPage(this))
    , m_endpoints(new CatalogEndpointModel(this))
    , m_endpointView(new QTableView(this))
{
    setObjectName(u"cloudPage"_s);
    m_cloud->setObjectName(u"cloudChooser"_s);
    m_cloud->setAccessibleName(tr("Cloud"));
    m_cloud->setMinimumContentsLength(16);
    m_signIn->setObjectName(u"cloudSignIn"_s);
    m_project->setObjectName(u"cloudProject"_s);
    m_project->setAccessibleName(tr("Project"));
    m_project->setMinimumContentsLength(14);
    m_project->setEnabled(false);
    m_interface->setObjectName(u"cloudInterface"_s);
    for (const QString &interface : {u"public"_s, u"internal"_s, u"admin"_s})
        m_interface->addItem(interface, interface);
    m_region->setObjectName(u"cloudRegion"_s);
    m_region->setAccessibleName(tr("Region"));
    m_region->setMinimumContentsLength(10);
    m_status->setObjectName(u"cloudStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsWarning->setObjectName(u"cloudTlsWarning"_s);
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(u"QLabel { background: #fff3cd; color: #664d03; padding: 4px; }"_s);
    m_tlsWarning->hide();

    m_endpointView->setObjectName(u"endpointList"_s);
    m_endpointView->setModel(m_endpoints);
    m_endpointView->verticalHeader()->hide();
    m_endpointView->horizontalHeader()->setStretchLastSection(true);
    m_endpointView->setAlternatingRowColors(true);
    m_endpointView->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_pages->setObjectName(u"cloudPages"_s);
    m_pages->addTab(m_instances, QString());
    m_pages->addTab(m_images, QString());
    m_pages->addTab(m_quotas, QString());
    m_pages->addTab(m_flavors, QString());
    m_pages->addTab(m_securityGroups, QString());
    m_pages->addTab(m_endpointView, QString());
    m_pages->addTab(m_keyPairs, QString());
    m_pages->addTab(m_networks, QString());
    m_pages->addTab(m_routers, QString());
    m_pages->addTab(m_floatingIps, QString());
    m_pages->addTab(m_volumes, QString());
    m_pages->setEnabled(false);
    retranslateTabs();

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Cloud:"), this));
    bar->addWidget(m_cloud);
    bar->addWidget(m_signIn);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Project:"), this));
    bar->addWidget(m_project);
    bar->addWidget(new QLabel(tr("Interface:"), this));
    bar->addWidget(m_interface);
    bar->addWidget(new QLabel(tr("Region:"), this));
    bar->addWidget(m_region);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tlsWarning);
    layout->addWidget(m_status);
    layout->addWidget(m_pages, 1);

    connect(m_signIn, &QPushButton::clicked, this, &CloudPage::signIn);
    connect(m_project, &QComboBox::currentIndexChanged, this, &CloudPage::switchProject);
    connect(m_interface, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session)
            return;
        m_session->setInterface(m_interface->currentData().toString());
        onSignedIn();
    });
    connect(m_region, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_session || m_region->currentIndex() < 0 || m_updatingProjects)
            return;
        m_session->setRegion(m_region->currentText());
        onSignedIn();
    });
    reloadClouds();
}

CloudPage::~CloudPage() = default;

QStringList CloudPage::pageNames()
{
    return {u"instances"_s, u"images"_s, u"quotas"_s, u"flavors"_s, u"security-groups"_s, u"endpoints"_s,
            u"key-pairs"_s, u"networks"_s, u"routers"_s, u"floating-ips"_s, u"volumes"_s};
}

void CloudPage::reloadClouds()
{
    const Result<QList<CloudConfig>> clouds = CloudConfigLoader().loadAll();
    m_cloud->clear();
    m_clouds = clouds.value;
    for (const CloudConfig &config : std::as_const(m_clouds))
        m_cloud->addItem(config.name, config.name);
    m_signIn->setEnabled(!m_clouds.isEmpty());
    if (!clouds.ok())
        setStatus(clouds.error, true);
    else if (m_clouds.isEmpty())
        setStatus(tr("No clouds configured. Put a clouds.yaml in ~/.config/openstack/ or /etc/openstack/, or start VirtDeck with the OS_* variables of an openrc file."));
    else
        setStatus(tr("Choose a cloud and sign in."));
}

bool CloudPage::openCloud(const QString &name)
{
    const int index = m_cloud->findData(name);
    if (index < 0) {
        QStringList known;
        for (const CloudConfig &config : std::as_const(m_clouds))
            known.append(config.name);
        setStatus(tr("No cloud named \"%1\" in clouds.yaml or the environment (known: %2).")
                      .arg(name, known.isEmpty() ? tr("none") : known.join(u", "_s)),
                  true);
        return false;
    }
    m_cloud->setCurrentIndex(index);
    signIn();
    return true;
}

bool CloudPage::showPage(const QString &page)
{
    const qsizetype index = pageNames().indexOf(page);
    if (index < 0)
        return false;
    m_pages->setCurrentIndex(int(index));
    return true;
}

void CloudPage::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"QLabel { color: #b02a37; }"_s : QString());
}

void CloudPage::signIn()
{
    const int index = m_cloud->currentIndex();
    if (index < 0 || index >= m_clouds.size())
        return;
    const CloudConfig config = m_clouds.at(index);
    const bool needsSecret = config.method == AuthMethod::ApplicationCredential ? config.applicationCredentialSecret.isEmpty()
                                                                               : config.password.isEmpty();
    if (!needsSecret) {
        startSession(config, {});
        return;
    }
    // The keychain first; without one (or without an entry) the user is asked.
    setStatus(tr("Looking for the password in the system keychain…"));
    m_signIn->setEnabled(false);
    whenFinished(m_passwords->read(keychainKey(config)), this, [this, config](const Result<QString> &stored) {
        m_signIn->setEnabled(true);
        if (stored.ok() && !stored.value.isEmpty()) {
            startSession(config, stored.value);
            return;
        }
        const bool keychain = stored.ok() || !stored.error.contains(u"D-Bus"_s);
        CloudPasswordPrompt prompt(config.name, config.username.isEmpty() ? config.userId : config.username, keychain, this);
        if (prompt.exec() != QDialog::Accepted) {
            setStatus(tr("Not signed in."));
            return;
        }
        if (prompt.remember()) {
            whenFinished(m_passwords->write(keychainKey(config), prompt.password()), this, [this](const Result<bool> &written) {
                if (!written.ok())
                    setStatus(tr("The password could not be kept (%1); it will be asked for next time.").arg(written.error), true);
            });
        }
        startSession(config, prompt.password());
    });
}

void CloudPage::startSession(const CloudConfig &config, const QString &secret)
{
    delete m_session;
    m_session = new CloudSession(config, this);
    if (!secret.isEmpty())
        m_session->setSecret(secret);
    m_session->setInterface(m_interface->currentData().toString());
    const QString warning = m_session->tlsWarning();
    m_tlsWarning->setText(warning);
    m_tlsWarning->setVisible(!warning.isEmpty());
    m_pages->setEnabled(false);
    setStatus(tr("Signing in to %1…").arg(config.name));
    whenFinished(m_session->signIn(), this, [this, session = QPointer(m_session)](const Result<CloudToken> &token) {
        if (session != m_session)
            return; // another cloud was chosen meanwhile
        if (!token.ok()) {
            setStatus(token.error, true);
            return;
        }
        m_updatingProjects = true;
        m_region->clear();
        m_region->addItems(m_session->regions());
        m_region->setCurrentText(m_session->region().isEmpty() ? m_region->itemText(0) : m_session->region());
        if (m_session->region().isEmpty() && m_region->count() > 0)
            m_session->setRegion(m_region->currentText());
        m_updatingProjects = false;
        onSignedIn();
        // The projects this user may switch to.
        whenFinished(m_session->projects(), this, [this](const Result<QList<ProjectRef>> &projects) {
            if (!m_session)
                return;
            m_updatingProjects = true;
            m_project->clear();
            const QList<ProjectRef> list = projects.ok() ? projects.value : QList<ProjectRef>{};
            for (const ProjectRef &project : list)
                m_project->addItem(project.name, project.id);
            if (m_project->findData(m_session->token().projectId) < 0)
                m_project->addItem(m_session->token().projectName, m_session->token().projectId);
            m_project->setCurrentIndex(m_project->findData(m_session->token().projectId));
            m_project->setEnabled(m_project->count() > 1 && m_session->config().method == AuthMethod::Password);
            m_updatingProjects = false;
        });
        Q_EMIT signedIn();
    });
}

void CloudPage::onSignedIn()
{
    if (!m_session || !m_session->isSignedIn())
        return;
    const CloudToken &token = m_session->token();
    setStatus(tr("Signed in to %1 as %2 in project %3 (%4).")
                  .arg(m_session->config().name, token.userName, token.projectName,
                       token.isAdmin() ? tr("administrator") : tr("member")));
    m_pages->setEnabled(true);
    m_endpoints->setEndpoints(token.catalog);
    m_instances->setSession(m_session);
    m_images->setSession(m_session);
    m_quotas->setSession(m_session);
    m_flavors->setSession(m_session);
    m_securityGroups->setSession(m_session);
    m_keyPairs->setSession(m_session);
    m_networks->setSession(m_session);
    m_routers->setSession(m_session);
    m_floatingIps->setSession(m_session);
    m_volumes->setSession(m_session);
}

void CloudPage::switchProject(int index)
{
    if (m_updatingProjects || !m_session || index < 0)
        return;
    const QString projectId = m_project->itemData(index).toString();
    if (projectId == m_session->token().projectId)
        return;
    setStatus(tr("Switching to project %1…").arg(m_project->itemText(index)));
    whenFinished(m_session->switchProject(projectId), this, [this](const Result<CloudToken> &token) {
        if (!token.ok()) {
            setStatus(token.error, true);
            m_updatingProjects = true;
            m_project->setCurrentIndex(m_project->findData(m_session->token().projectId));
            m_updatingProjects = false;
            return;
        }
        onSignedIn();
    });
}

void CloudPage::retranslateTabs()
{
    for (int i = 0; i < m_pages->count() && i < int(std::size(PageTitles)); ++i)
        m_pages->setTabText(i, tr(PageTitles[i]));
}

void CloudPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateTabs();
        m_signIn->setText(tr("Sign In"));
    }
    QWidget::changeEvent(event);
}

} // namespace VirtDeck
