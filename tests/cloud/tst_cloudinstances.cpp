// SPDX-License-Identifier: GPL-2.0-or-later
// Instances and images against the real test cloud (scripts/cloud-start.sh, compute path with
// nova's fake driver): a small qcow2 image uploaded as a member (private) and as admin
// (public), the member's 403 for making it public, download and cancelled transfers, a wrong
// suffix flagged; two instances launched with the wizard from that image with a flavor, a
// network, a security group and an imported key pair, both ACTIVE with an address; the action
// log, console log and console URL; stop, start and delete; the list's polling stops once
// nothing is transitional; a launch beyond the remaining instance quota (lowered by the admin
// while the wizard is open) refused in the wizard, with nothing launched. Everything created is
// named virtdeck-test-inst-* and removed, and the quota restored.
#include "cloudimagespage.h"
#include "cloudinstancespage.h"
#include "cloudsession.h"
#include "computeclient.h"
#include "imageclient.h"
#include "imagelistmodel.h"
#include "imageuploaddialog.h"
#include "instanceclient.h"
#include "instancelistmodel.h"
#include "keypairclient.h"
#include "launchinstancewizard.h"
#include "networkclient.h"
#include "testcloud.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <memory>
#include <optional>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

template<typename T>
Result<T> wait(QFuture<Result<T>> future, int timeoutMs = 60000)
{
    return awaitResult(future, timeoutMs);
}

QString uniqueName(const QString &what)
{
    return u"virtdeck-test-inst-"_s + what + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

void selectFlavor(QTableWidget *flavors, const QString &name)
{
    for (int row = 0; row < flavors->rowCount(); ++row) {
        if (flavors->item(row, 0)->text() == name)
            flavors->selectRow(row);
    }
}

// Checks only the network with this id (the wizard keeps ids in Qt::UserRole + 2).
void checkOnlyNetwork(QListWidget *networks, const QString &id)
{
    for (int row = 0; row < networks->count(); ++row)
        networks->item(row)->setCheckState(networks->item(row)->data(Qt::UserRole + 2).toString() == id ? Qt::Checked : Qt::Unchecked);
}

} // namespace

// Receives the console URL instead of a browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestCloudInstances : public QObject
{
    Q_OBJECT

private:
    CloudSession *session(const QString &who) const { return m_sessions.value(who); }

    // POST/DELETE straight to a service, for the fixtures this test needs but does not test.
    Result<QJsonObject> call(const QString &who, const QString &service, const QByteArray &method, const QString &path,
                             const QJsonObject &body = {})
    {
        const auto reply = wait(session(who)->send({service, method, path, body.isEmpty() ? QJsonDocument() : QJsonDocument(body)}));
        if (!reply.ok())
            return Result<QJsonObject>::failure(reply.error);
        return {QJsonDocument::fromJson(reply.value.body).object(), {}};
    }

    QString uploadImage(const QString &who, const QString &name, const QString &visibility)
    {
        CloudImagesPage page;
        page.setSession(session(who));
        QSignalSpy finished(&page, &CloudImagesPage::uploadFinished);
        page.startUpload(m_qcow2, name, u"qcow2"_s, visibility);
        if (!finished.wait(60000)) {
            qWarning("upload did not finish");
            return {};
        }
        const QList<QVariant> args = finished.first();
        if (!args.at(1).toBool()) {
            qWarning("upload failed: %s", qPrintable(args.at(3).toString()));
            return {};
        }
        m_images.append({who, args.at(0).toString()});
        return args.at(0).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (const QString problem = TestCloud::signIn({u"admin"_s, u"demo"_s}, m_sessions); !problem.isEmpty())
            QFAIL(qPrintable(problem));
        QVERIFY(m_dir.isValid());
        m_qcow2 = m_dir.filePath(u"virtdeck-test-inst.qcow2"_s);
        QProcess qemuImg;
        qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_qcow2, u"16M"_s});
        QVERIFY2(qemuImg.waitForFinished(30000) && qemuImg.exitCode() == 0,
                 qPrintable(u"qemu-img create failed (package qemu-utils): "_s + QString::fromLocal8Bit(qemuImg.readAllStandardError())));
    }

    void cleanupTestCase()
    {
        if (m_instanceQuota)
            wait(ComputeClient(session(u"admin"_s)).updateQuotas(TestCloud::projectId(u"demo"_s), {{u"instances"_s, *m_instanceQuota}}));
        for (const auto &[who, id] : std::as_const(m_instances))
            wait(InstanceClient(session(who)).deleteInstance(id));
        for (const auto &[who, id] : std::as_const(m_instances)) {
            QTRY_VERIFY_WITH_TIMEOUT(!wait(InstanceClient(session(who)).instance(id)).ok(), 60000);
        }
        for (const auto &[who, id] : std::as_const(m_images))
            wait(ImageClient(session(who)).deleteImage(id));
        for (const auto &[who, name] : std::as_const(m_keyPairs))
            wait(KeyPairClient(session(who)).deleteKeyPair(name));
        // Ports of deleted instances go with them; then groups and networks can go.
        for (const auto &[who, id] : std::as_const(m_groups))
            call(who, u"network"_s, "DELETE", u"v2.0/security-groups/"_s + id);
        for (const auto &[who, id] : std::as_const(m_networks))
            call(who, u"network"_s, "DELETE", u"v2.0/networks/"_s + id);
        qDeleteAll(m_sessions);
    }

    void imagesAsMemberAndAdmin()
    {
        CloudImagesPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &CloudImagesPage::loaded);
        page.setSession(session(u"demo"_s));
        QVERIFY(loaded.wait(30000));

        // Member, private.
        QSignalSpy uploaded(&page, &CloudImagesPage::uploadFinished);
        const QString name = uniqueName(u"member"_s);
        page.startUpload(m_qcow2, name, u"qcow2"_s, u"private"_s);
        QVERIFY(uploaded.wait(60000));
        QVERIFY2(uploaded.first().at(1).toBool(), qPrintable(uploaded.first().at(3).toString()));
        const QString id = uploaded.first().at(0).toString();
        m_images.append({u"demo"_s, id});
        const auto image = wait(ImageClient(session(u"demo"_s)).image(id));
        QVERIFY2(image.ok(), qPrintable(image.error));
        QCOMPARE(image.value.status, u"active"_s);
        QCOMPARE(image.value.visibility, u"private"_s);
        QCOMPARE(image.value.diskFormat, u"qcow2"_s);
        QCOMPARE(image.value.size, QFileInfo(m_qcow2).size());
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) >= 0, 30000);

        // The member may not publish it: Glance's 403 with its own message.
        QSignalSpy visibility(&page, &CloudImagesPage::visibilityChanged);
        page.changeVisibility(id, u"public"_s);
        QVERIFY(visibility.wait(30000));
        const QString refusal = visibility.first().first().toString();
        QVERIFY2(refusal.contains(u"403"_s) && refusal.contains(u"publicize_image"_s), qPrintable(refusal));
        QVERIFY(page.findChild<QLabel *>(u"imageStatus"_s)->text().contains(u"publicize_image"_s));
        // Shared is allowed.
        page.changeVisibility(id, u"shared"_s);
        QVERIFY(visibility.wait(30000));
        QVERIFY2(visibility.last().first().toString().isEmpty(), qPrintable(visibility.last().first().toString()));
        QCOMPARE(wait(ImageClient(session(u"demo"_s)).image(id)).value.visibility, u"shared"_s);

        // Download: the same bytes, with progress.
        QSignalSpy downloaded(&page, &CloudImagesPage::downloadFinished);
        const QString target = m_dir.filePath(u"download/copy.qcow2"_s);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"download"_s)));
        page.startDownload(id, target);
        QVERIFY(downloaded.wait(60000));
        QVERIFY2(downloaded.first().at(0).toBool(), qPrintable(downloaded.first().at(2).toString()));
        QFile original(m_qcow2);
        QFile copy(target);
        QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), original.readAll());
        QVERIFY(QFile::remove(target));

        // A cancelled download leaves nothing behind.
        page.startDownload(id, target);
        page.cancelTransfer();
        QTRY_COMPARE_WITH_TIMEOUT(downloaded.size(), 2, 30000);
        QVERIFY(!downloaded.last().at(0).toBool());
        QVERIFY(downloaded.last().at(1).toBool());
        QCOMPARE(QDir(m_dir.filePath(u"download"_s)).entryList(QDir::Files | QDir::Hidden).size(), 0);

        // A cancelled upload removes the image record it created.
        const QString cancelledName = uniqueName(u"cancelled"_s);
        page.startUpload(m_qcow2, cancelledName, u"qcow2"_s, u"private"_s);
        QTRY_VERIFY_WITH_TIMEOUT(page.isTransferring() || uploaded.size() == 2, 30000);
        page.cancelTransfer();
        QTRY_COMPARE_WITH_TIMEOUT(uploaded.size(), 2, 30000);
        const QString cancelledId = uploaded.last().at(0).toString();
        if (uploaded.last().at(1).toBool()) {
            m_images.append({u"demo"_s, cancelledId}); // the tiny file won the race: nothing to check
        } else {
            QVERIFY(uploaded.last().at(2).toBool());
            QTRY_VERIFY_WITH_TIMEOUT(!wait(ImageClient(session(u"demo"_s)).image(cancelledId)).ok(), 30000);
        }

        // Admin, public.
        const QString publicId = uploadImage(u"admin"_s, uniqueName(u"public"_s), u"public"_s);
        QVERIFY(!publicId.isEmpty());
        const auto publicImage = wait(ImageClient(session(u"admin"_s)).image(publicId));
        QCOMPARE(publicImage.value.visibility, u"public"_s);
        QCOMPARE(publicImage.value.status, u"active"_s);
        // The member sees it too.
        page.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(publicId) >= 0, 30000);

        // Deleting.
        QSignalSpy deleted(&page, &CloudImagesPage::imageDeleted);
        page.deleteImage(id, false);
        QVERIFY(deleted.wait(30000));
        QVERIFY2(deleted.first().first().toString().isEmpty(), qPrintable(deleted.first().first().toString()));
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(id) < 0, 30000);
    }

    void wrongSuffixIsFlagged()
    {
        const QString misnamed = m_dir.filePath(u"virtdeck-test-inst-cloudimage.img"_s);
        QVERIFY(QFile::copy(m_qcow2, misnamed));
        ImageUploadDialog dialog(false);
        dialog.setFile(misnamed);
        QCOMPARE(dialog.detectedFormat(), u"qcow2"_s);
        QVERIFY2(dialog.mismatchWarning().contains(u"raw"_s), qPrintable(dialog.mismatchWarning()));
        QCOMPARE(dialog.diskFormat(), u"qcow2"_s);
    }

    void launchStopStartDelete()
    {
        CloudSession *demo = session(u"demo"_s);
        // Fixtures: a network with a subnet, a security group, an imported key pair, an image.
        const auto network = call(u"demo"_s, u"network"_s, "POST", u"v2.0/networks"_s,
                                  {{u"network"_s, QJsonObject{{u"name"_s, uniqueName(u"net"_s)}}}});
        QVERIFY2(network.ok(), qPrintable(network.error));
        const QString networkId = network.value.value(u"network"_s).toObject().value(u"id"_s).toString();
        m_networks.append({u"demo"_s, networkId});
        const auto subnet = call(u"demo"_s, u"network"_s, "POST", u"v2.0/subnets"_s,
                                 {{u"subnet"_s, QJsonObject{{u"network_id"_s, networkId}, {u"ip_version"_s, 4},
                                                            {u"cidr"_s, u"10.77.0.0/24"_s}, {u"name"_s, uniqueName(u"subnet"_s)}}}});
        QVERIFY2(subnet.ok(), qPrintable(subnet.error));
        const QString groupName = uniqueName(u"sg"_s);
        const auto group = wait(NetworkClient(demo).createSecurityGroup(groupName, u"launch test"_s));
        QVERIFY2(group.ok(), qPrintable(group.error));
        m_groups.append({u"demo"_s, group.value.id});
        QProcess keygen;
        const QString keyPath = m_dir.filePath(u"id_ed25519"_s);
        keygen.start(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, QString(), u"-f"_s, keyPath});
        QVERIFY2(keygen.waitForFinished(30000) && keygen.exitCode() == 0, "ssh-keygen failed (package openssh-client)");
        QFile publicKey(keyPath + u".pub"_s);
        QVERIFY(publicKey.open(QIODevice::ReadOnly));
        const QString keyName = uniqueName(u"key"_s);
        const auto imported = wait(KeyPairClient(demo).importKeyPair(keyName, QString::fromUtf8(publicKey.readAll()).trimmed()));
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        m_keyPairs.append({u"demo"_s, keyName});
        const QString imageId = uploadImage(u"demo"_s, uniqueName(u"boot"_s), u"private"_s);
        QVERIFY(!imageId.isEmpty());
        m_bootImageId = imageId;
        m_networkId = networkId;

        // The wizard, as a user fills it in.
        LaunchInstanceWizard wizard(demo);
        QSignalSpy catalogLoaded(&wizard, &LaunchInstanceWizard::catalogLoaded);
        wizard.load();
        QVERIFY(catalogLoaded.wait(60000));
        QVERIFY2(wizard.findChild<QLabel *>(u"launchProblem0"_s)->text().isEmpty(),
                 qPrintable(wizard.findChild<QLabel *>(u"launchProblem0"_s)->text()));
        const QString name = uniqueName(u"pair"_s);
        wizard.findChild<QLineEdit *>(u"launchName"_s)->setText(name);
        wizard.findChild<QSpinBox *>(u"launchCount"_s)->setValue(2);
        auto *source = wizard.findChild<QComboBox *>(u"launchSource"_s);
        QVERIFY(source->findData(imageId) >= 0);
        source->setCurrentIndex(source->findData(imageId));
        selectFlavor(wizard.findChild<QTableWidget *>(u"launchFlavors"_s), u"m1.tiny"_s);
        checkOnlyNetwork(wizard.findChild<QListWidget *>(u"launchNetworks"_s), networkId);
        auto *groups = wizard.findChild<QListWidget *>(u"launchSecurityGroups"_s);
        for (int row = 0; row < groups->count(); ++row)
            groups->item(row)->setCheckState(groups->item(row)->text() == groupName ? Qt::Checked : Qt::Unchecked);
        auto *keys = wizard.findChild<QComboBox *>(u"launchKeyPair"_s);
        QVERIFY(keys->findData(keyName) >= 0);
        keys->setCurrentIndex(keys->findData(keyName));
        for (int id : wizard.pageIds())
            QVERIFY2(wizard.problemOnPage(id).isEmpty(), qPrintable(wizard.problemOnPage(id)));
        QSignalSpy launched(&wizard, &LaunchInstanceWizard::launched);
        QSignalSpy refused(&wizard, &LaunchInstanceWizard::launchRefused);
        QSignalSpy settled(&wizard, &LaunchInstanceWizard::launchSettled);
        QElapsedTimer clock;
        clock.start();
        wizard.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!launched.isEmpty() || !refused.isEmpty(), 60000);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.isEmpty() ? QString() : refused.first().first().toString()));
        QVERIFY(settled.wait(180000) || !settled.isEmpty());
        qInfo("two instances ACTIVE %lld ms after the launch request", clock.elapsed());
        const QStringList ids = wizard.launchedIds();
        QCOMPARE(ids.size(), 2);
        for (const QString &id : ids)
            m_instances.append({u"demo"_s, id});
        QVERIFY2(settled.first().first().toBool(), qPrintable(wizard.findChild<QLabel *>(u"launchProgress"_s)->text()));

        // Both ACTIVE with an address on the network, the key pair and the group.
        for (const QString &id : ids) {
            const auto instance = wait(InstanceClient(demo).instance(id));
            QVERIFY2(instance.ok(), qPrintable(instance.error));
            QCOMPARE(instance.value.status, u"ACTIVE"_s);
            QCOMPARE(instance.value.keyName, keyName);
            QCOMPARE(instance.value.flavorName, u"m1.tiny"_s);
            QCOMPARE(instance.value.imageId, imageId);
            QVERIFY(!instance.value.addresses.isEmpty());
            QVERIFY2(instance.value.addresses.first().address.startsWith(u"10.77.0."_s),
                     qPrintable(instance.value.addresses.first().address));
        }

        // The page: rows, no polling once all are ACTIVE.
        CloudInstancesPage page;
        page.resize(1200, 700);
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&page, &CloudInstancesPage::loaded);
        page.setSession(demo);
        QVERIFY(loaded.wait(30000));
        InstanceListModel *model = page.model();
        QVERIFY(model->rowOf(ids.at(0)) >= 0 && model->rowOf(ids.at(1)) >= 0);
        QVERIFY(!model->anyTransitional());
        QVERIFY(!model->pollTimer()->isActive());
        if (const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR"); !dir.isEmpty())
            page.grab().save(dir + u"/instances.png"_s);

        // Details with the action log.
        const int row = model->rowOf(ids.at(0));
        QSignalSpy details(&page, &CloudInstancesPage::detailsLoaded);
        page.view()->setCurrentIndex(model->index(row, 0));
        QVERIFY(details.wait(30000));
        const QString text = page.findChild<QPlainTextEdit *>(u"instanceDetails"_s)->toPlainText();
        QVERIFY2(text.contains(u"create"_s) && text.contains(u"Action log"_s), qPrintable(text));

        // Console log and console URL (the fake driver answers both).
        QSignalSpy consoleLog(&page, &CloudInstancesPage::consoleLogLoaded);
        page.showConsoleLog();
        QVERIFY(consoleLog.wait(30000));
        QVERIFY2(consoleLog.first().first().toString().contains(u"FAKE CONSOLE OUTPUT"_s), qPrintable(consoleLog.first().first().toString()));
        UrlCatcher catcher;
        QDesktopServices::setUrlHandler(u"http"_s, &catcher, "open");
        QSignalSpy consoleUrl(&page, &CloudInstancesPage::consoleUrlOpened);
        page.openConsole();
        QVERIFY(consoleUrl.wait(30000));
        QDesktopServices::unsetUrlHandler(u"http"_s);
        QCOMPARE(catcher.urls.size(), 1);
        QVERIFY2(catcher.urls.first().toString().contains(u"token"_s), qPrintable(catcher.urls.first().toString()));

        // Stop: polls while powering off, stops polling at SHUTOFF.
        QSignalSpy actions(&page, &CloudInstancesPage::actionFinished);
        page.perform(InstanceClient::Action::Stop);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().first().toString().isEmpty(), qPrintable(actions.last().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model->item(model->rowOf(ids.at(0)))->status, u"SHUTOFF"_s, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->pollTimer()->isActive(), 30000);
        // Start.
        page.view()->setCurrentIndex(model->index(model->rowOf(ids.at(0)), 0));
        page.perform(InstanceClient::Action::Start);
        QVERIFY(actions.wait(30000));
        QVERIFY2(actions.last().first().toString().isEmpty(), qPrintable(actions.last().first().toString()));
        QTRY_COMPARE_WITH_TIMEOUT(model->item(model->rowOf(ids.at(0)))->status, u"ACTIVE"_s, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->pollTimer()->isActive(), 30000);

        // An admin sees them with "all projects" only.
        InstanceListModel adminModel;
        QSignalSpy adminLoaded(&adminModel, &InstanceListModel::refreshed);
        adminModel.setSession(session(u"admin"_s));
        QVERIFY(adminLoaded.wait(30000));
        QVERIFY(adminModel.rowOf(ids.at(0)) < 0);
        adminModel.setAllProjects(true);
        QVERIFY(adminLoaded.wait(30000));
        QVERIFY(adminModel.rowOf(ids.at(0)) >= 0);

        // Delete both; rows go once Nova is done.
        for (const QString &id : ids) {
            page.view()->setCurrentIndex(model->index(model->rowOf(id), 0));
            page.deleteSelected(false);
            QVERIFY(actions.wait(30000));
            QVERIFY2(actions.last().first().toString().isEmpty(), qPrintable(actions.last().first().toString()));
        }
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOf(ids.at(0)) < 0 && model->rowOf(ids.at(1)) < 0, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(!model->pollTimer()->isActive(), 30000);
        m_instances.clear();
    }

    // Count beyond what the quota leaves: the admin lowers the project's instance quota while
    // the member's wizard is open; the wizard, reloaded, keeps the count and refuses the launch
    // itself, before any request.
    void quotaExceedingLaunchIsRefused()
    {
        QVERIFY2(!m_bootImageId.isEmpty() && !m_networkId.isEmpty(), "needs launchStopStartDelete's image and network");
        CloudSession *demo = session(u"demo"_s);
        const QString project = TestCloud::projectId(u"demo"_s);
        const auto quota = wait(ComputeClient(demo).quotas(project));
        QVERIFY2(quota.ok(), qPrintable(quota.error));
        const QuotaItem *instances = quota.value.find(u"instances"_s);
        QVERIFY(instances);
        QVERIFY2(instances->limit < 0 || instances->limit - instances->inUse >= 2, "the demo project has no room for two instances");

        LaunchInstanceWizard wizard(demo);
        QSignalSpy catalogLoaded(&wizard, &LaunchInstanceWizard::catalogLoaded);
        wizard.load();
        QVERIFY(catalogLoaded.wait(60000));
        const QString name = uniqueName(u"overquota"_s);
        wizard.findChild<QLineEdit *>(u"launchName"_s)->setText(name);
        auto *count = wizard.findChild<QSpinBox *>(u"launchCount"_s);
        count->setValue(2);
        QCOMPARE(count->value(), 2);
        auto *source = wizard.findChild<QComboBox *>(u"launchSource"_s);
        QVERIFY(source->findData(m_bootImageId) >= 0);
        source->setCurrentIndex(source->findData(m_bootImageId));
        auto *flavors = wizard.findChild<QTableWidget *>(u"launchFlavors"_s);
        selectFlavor(flavors, u"m1.tiny"_s);
        QVERIFY(wizard.quotaProblem().isEmpty());

        // One instance left.
        m_instanceQuota = instances->limit;
        const auto lowered = wait(ComputeClient(session(u"admin"_s)).updateQuotas(project, {{u"instances"_s, instances->inUse + 1}}));
        QVERIFY2(lowered.ok(), qPrintable(lowered.error));
        wizard.load();
        QVERIFY(catalogLoaded.wait(60000));
        QCOMPARE(count->value(), 2);
        // The lists were filled again: choose as before.
        checkOnlyNetwork(wizard.findChild<QListWidget *>(u"launchNetworks"_s), m_networkId);
        source->setCurrentIndex(source->findData(m_bootImageId));
        selectFlavor(flavors, u"m1.tiny"_s);
        QVERIFY2(wizard.quotaProblem().contains(u"instances"_s), qPrintable(wizard.quotaProblem()));

        QSignalSpy refused(&wizard, &LaunchInstanceWizard::launchRefused);
        QSignalSpy launched(&wizard, &LaunchInstanceWizard::launched);
        QSignalSpy replies(demo->networkAccessManager(), &QNetworkAccessManager::finished);
        wizard.accept();
        // Refused at once, in the wizard: nothing was sent to Nova.
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(u"instances"_s), qPrintable(refused.first().first().toString()));
        QVERIFY(launched.isEmpty());
        QVERIFY(!wizard.isLaunched());
        const auto servers = wait(InstanceClient(demo).instances());
        QVERIFY2(servers.ok(), qPrintable(servers.error));
        QVERIFY(std::none_of(servers.value.begin(), servers.value.end(), [&name](const CloudInstance &i) { return i.name.startsWith(name); }));
        QCOMPARE(replies.size(), 1); // the list just read, and no launch

        const auto restored = wait(ComputeClient(session(u"admin"_s)).updateQuotas(project, {{u"instances"_s, *m_instanceQuota}}));
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        m_instanceQuota.reset();
    }

private:
    QHash<QString, CloudSession *> m_sessions;
    QTemporaryDir m_dir;
    QString m_qcow2;
    QList<std::pair<QString, QString>> m_images;
    QList<std::pair<QString, QString>> m_instances;
    QList<std::pair<QString, QString>> m_keyPairs;
    QList<std::pair<QString, QString>> m_groups;
    QList<std::pair<QString, QString>> m_networks;
    QString m_bootImageId;
    QString m_networkId;
    std::optional<qint64> m_instanceQuota; // demo's, while lowered
};

QTEST_MAIN(TestCloudInstances)
#include "tst_cloudinstances.moc"
