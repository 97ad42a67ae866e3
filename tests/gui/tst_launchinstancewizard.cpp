// SPDX-License-Identifier: GPL-2.0-or-later
// The launch wizard's checks, page by page, and its quota refusal: a launch beyond the
// project's remaining quota is refused in the wizard, before any request reaches the cloud
// (counted by a local fake cloud server). The image upload dialog flags a wrong suffix.
#include "cloudsession.h"
#include "fakecloudserver.h"
#include "imageuploaddialog.h"
#include "launchinstancewizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

constexpr int ExceedsQuotaRole = Qt::UserRole + 1;

Flavor flavor(const QString &id, const QString &name, int vcpus, qint64 ram)
{
    Flavor f;
    f.id = id;
    f.name = name;
    f.vcpus = vcpus;
    f.ramMb = ram;
    f.diskGb = 1;
    return f;
}

LaunchCatalog catalog(qint64 instancesUsed, qint64 coresUsed)
{
    LaunchCatalog c;
    c.availabilityZones = {u"nova"_s};
    CloudImage image;
    image.id = u"img-1"_s;
    image.name = u"cirros"_s;
    image.status = u"active"_s;
    image.diskFormat = u"qcow2"_s;
    image.size = 16 << 20;
    c.images = {image};
    c.flavors = {flavor(u"1"_s, u"m1.tiny"_s, 1, 512), flavor(u"9"_s, u"m1.huge"_s, 32, 16384)};
    CloudNetwork net1;
    net1.id = u"n1"_s;
    net1.name = u"net1"_s;
    CloudNetwork net2 = net1;
    net2.id = u"n2"_s;
    net2.name = u"net2"_s;
    CloudNetwork external = net1;
    external.id = u"ext"_s;
    external.name = u"public"_s;
    external.external = true;
    c.networks = {net1, net2, external};
    SecurityGroup defaultGroup;
    defaultGroup.id = u"sg1"_s;
    defaultGroup.name = u"default"_s;
    SecurityGroup web = defaultGroup;
    web.id = u"sg2"_s;
    web.name = u"web"_s;
    c.securityGroups = {defaultGroup, web};
    KeyPair key;
    key.name = u"mykey"_s;
    c.keyPairs = {key};
    c.computeQuota.serviceType = u"compute"_s;
    c.computeQuota.items = {{u"instances"_s, 10, instancesUsed, 0}, {u"cores"_s, 20, coresUsed, 0}, {u"ram"_s, 51200, 1024, 0}};
    c.quotaKnown = true;
    return c;
}

CloudConfig configFor(const FakeCloudServer &server)
{
    CloudConfig config;
    config.name = u"fake"_s;
    config.authUrl = server.authUrl();
    config.username = u"fake"_s;
    config.password = u"pw"_s;
    config.projectName = u"fake"_s;
    return config;
}

void selectFlavor(QTableWidget *table, const QString &name)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == name) {
            table->selectRow(row);
            return;
        }
    }
    QFAIL(qPrintable(u"no flavor row "_s + name));
}

void grabIfAsked(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestLaunchInstanceWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesCheckTheirInput()
    {
        LaunchInstanceWizard wizard(nullptr);
        wizard.setCatalog(catalog(2, 2));
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *problem = wizard.findChild<QLabel *>(u"launchProblem0"_s);
        // Details: a name is needed.
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(u"name"_s));
        wizard.findChild<QLineEdit *>(u"launchName"_s)->setText(u"virtdeck-test-inst-gui"_s);
        QCOMPARE(wizard.findChild<QComboBox *>(u"launchZone"_s)->count(), 2);
        QVERIFY(wizard.findChild<QLabel *>(u"launchQuotaUsage"_s)->text().contains(u"2 → 3 of 10"_s));
        grabIfAsked(&wizard, u"launch-details"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchInstanceWizard::SourcePage));

        // Source: the active image is offered; a new volume must hold the 16 MiB image (1 GiB is enough).
        auto *source = wizard.findChild<QComboBox *>(u"launchSource"_s);
        QCOMPARE(source->count(), 1);
        QCOMPARE(source->currentData().toString(), u"img-1"_s);
        auto *sourceType = wizard.findChild<QComboBox *>(u"launchSourceType"_s);
        sourceType->setCurrentIndex(1); // volumes: none available
        QCOMPARE(source->count(), 0);
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(wizard.findChild<QLabel *>(u"launchProblem1"_s)->text().contains(u"volume"_s));
        sourceType->setCurrentIndex(0);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchInstanceWizard::FlavorPage));

        // Flavor: none chosen is refused; the huge one is marked as over quota and refused.
        auto *flavors = wizard.findChild<QTableWidget *>(u"launchFlavors"_s);
        QCOMPARE(flavors->rowCount(), 2);
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(wizard.findChild<QLabel *>(u"launchProblem2"_s)->text().contains(u"flavor"_s));
        for (int row = 0; row < flavors->rowCount(); ++row) {
            const bool huge = flavors->item(row, 0)->text() == u"m1.huge"_s;
            QCOMPARE(flavors->item(row, 0)->data(ExceedsQuotaRole).toBool(), huge);
        }
        selectFlavor(flavors, u"m1.huge"_s);
        QVERIFY(!wizard.validateCurrentPage());
        QVERIFY(wizard.findChild<QLabel *>(u"launchProblem2"_s)->text().contains(u"vCPUs"_s));
        grabIfAsked(&wizard, u"launch-flavor"_s);
        selectFlavor(flavors, u"m1.tiny"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchInstanceWizard::NetworksPage));

        // Networks: the external network is not offered; at least one must be checked; order counts.
        auto *networks = wizard.findChild<QListWidget *>(u"launchNetworks"_s);
        QCOMPARE(networks->count(), 2);
        QVERIFY(!wizard.validateCurrentPage());
        networks->item(0)->setCheckState(Qt::Checked);
        networks->item(1)->setCheckState(Qt::Checked);
        networks->setCurrentRow(1);
        wizard.findChild<QPushButton *>(u"launchNetworkUp"_s)->click();
        QCOMPARE(wizard.request().networkIds, (QStringList{u"n2"_s, u"n1"_s}));
        wizard.next();

        // Security groups: "default" is checked by default.
        QCOMPARE(wizard.request().securityGroups, QStringList{u"default"_s});
        wizard.next();
        // Key pair: the only one is preselected.
        QCOMPARE(wizard.request().keyName, u"mykey"_s);
        wizard.next();
        auto *userData = wizard.findChild<QPlainTextEdit *>(u"launchUserData"_s);
        userData->setPlainText(QString(70000, u'x'));
        QVERIFY(!wizard.validateCurrentPage());
        userData->setPlainText(u"#cloud-config\n"_s);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(LaunchInstanceWizard::SummaryPage));
        const QString summary = wizard.findChild<QPlainTextEdit *>(u"launchSummary"_s)->toPlainText();
        QVERIFY2(summary.contains(u"net2, net1"_s), qPrintable(summary));
        QVERIFY(summary.contains(u"m1.tiny"_s));
        grabIfAsked(&wizard, u"launch-summary"_s);
    }

    void countIsCappedByQuota()
    {
        LaunchInstanceWizard wizard(nullptr);
        // 3 instances left, 2 vCPUs left.
        wizard.setCatalog(catalog(7, 18));
        auto *count = wizard.findChild<QSpinBox *>(u"launchCount"_s);
        QCOMPARE(count->maximum(), 3);
        selectFlavor(wizard.findChild<QTableWidget *>(u"launchFlavors"_s), u"m1.tiny"_s);
        QCOMPARE(count->maximum(), 2);
    }

    void quotaExceedingLaunchSendsNothing()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/servers", {202, R"({"reservation_id": "r-1"})"});
        server.setReply("/compute/servers/detail", {200, R"({"servers": [{"id": "s1", "name": "virtdeck-test-inst-gui",
            "status": "ACTIVE", "OS-EXT-STS:task_state": null, "addresses": {"net1": [{"addr": "10.0.0.9", "version": 4}]}}]})"});
        CloudSession session(configFor(server));
        QSignalSpy signedIn(&session, &CloudSession::signedIn);
        session.signIn();
        QVERIFY(signedIn.wait(10000));

        // One instance left of the quota, but one vCPU left and two instances asked for.
        LaunchInstanceWizard wizard(&session);
        LaunchCatalog c = catalog(8, 19);
        wizard.setCatalog(c);
        wizard.findChild<QLineEdit *>(u"launchName"_s)->setText(u"virtdeck-test-inst-gui"_s);
        wizard.findChild<QSpinBox *>(u"launchCount"_s)->setValue(2);
        QCOMPARE(wizard.findChild<QSpinBox *>(u"launchCount"_s)->value(), 2);
        selectFlavor(wizard.findChild<QTableWidget *>(u"launchFlavors"_s), u"m1.tiny"_s);
        wizard.findChild<QListWidget *>(u"launchNetworks"_s)->item(0)->setCheckState(Qt::Checked);
        QVERIFY(!wizard.quotaProblem().isEmpty());

        QSignalSpy refused(&wizard, &LaunchInstanceWizard::launchRefused);
        QSignalSpy launched(&wizard, &LaunchInstanceWizard::launched);
        const int requestsBefore = server.requestCount();
        wizard.accept();
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.first().first().toString().contains(u"quota"_s), qPrintable(refused.first().first().toString()));
        QTest::qWait(200); // a request, had one been sent, would have arrived by now
        QCOMPARE(server.requestCount(), requestsBefore);
        QVERIFY(launched.isEmpty());
        QVERIFY(wizard.isVisible() || !wizard.isLaunched());

        // The quota shrank to one instance meanwhile: the count entered stays, and two are refused.
        wizard.setCatalog(catalog(9, 0));
        QCOMPARE(wizard.findChild<QSpinBox *>(u"launchCount"_s)->value(), 2);
        wizard.accept();
        QCOMPARE(refused.size(), 2);
        QVERIFY2(refused.last().first().toString().contains(u"instances"_s), qPrintable(refused.last().first().toString()));
        // No instance left at all: even one is refused.
        wizard.setCatalog(catalog(10, 0));
        wizard.findChild<QSpinBox *>(u"launchCount"_s)->setValue(1);
        wizard.accept();
        QCOMPARE(refused.size(), 3);
        QCOMPARE(server.requestCount(), requestsBefore);

        // Within the quota the same wizard does send the launch, and follows it to ACTIVE.
        wizard.setCatalog(catalog(0, 0));
        wizard.findChild<QListWidget *>(u"launchNetworks"_s)->item(0)->setCheckState(Qt::Checked);
        wizard.findChild<QSpinBox *>(u"launchCount"_s)->setValue(2);
        QSignalSpy settled(&wizard, &LaunchInstanceWizard::launchSettled);
        wizard.accept();
        QVERIFY(launched.wait(10000));
        QCOMPARE(launched.first().first().toString(), u"r-1"_s);
        QVERIFY(server.requestCount() > requestsBefore);
        QVERIFY(settled.wait(10000));
        QCOMPARE(settled.first().first().toBool(), true);
        QVERIFY(wizard.findChild<QLabel *>(u"launchProgress"_s)->text().contains(u"10.0.0.9"_s));
        QCOMPARE(wizard.launchedIds(), QStringList{u"s1"_s});
    }

    void uploadDialogFlagsWrongSuffix()
    {
        QTemporaryDir dir;
        // A qcow2 image named .img, as cloud images often are.
        const QString path = dir.filePath(u"virtdeck-test-inst.img"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("QFI\xfb\x00\x00\x00\x03", 8) + QByteArray(4096, '\0'));
        file.close();
        ImageUploadDialog dialog(false);
        dialog.show();
        dialog.setFile(path);
        QCOMPARE(dialog.detectedFormat(), u"qcow2"_s);
        QCOMPARE(dialog.diskFormat(), u"qcow2"_s);
        QVERIFY(dialog.findChild<QLabel *>(u"imageMismatch"_s)->isVisible());
        QVERIFY2(dialog.mismatchWarning().contains(u"raw"_s), qPrintable(dialog.mismatchWarning()));
        QCOMPARE(dialog.name(), u"virtdeck-test-inst"_s);
        QVERIFY(dialog.problem().isEmpty());
        grabIfAsked(&dialog, u"image-upload"_s);
        // Insisting on "raw" for qcow2 content needs the explicit confirmation.
        dialog.findChild<QComboBox *>(u"imageDiskFormat"_s)->setCurrentText(u"raw"_s);
        QVERIFY(!dialog.problem().isEmpty());
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.findChild<QLabel *>(u"imageUploadProblem"_s)->text().isEmpty());
        dialog.findChild<QCheckBox *>(u"imageMismatchAccept"_s)->setChecked(true);
        QVERIFY(dialog.problem().isEmpty());

        // A matching name: no warning.
        const QString good = dir.filePath(u"disk.qcow2"_s);
        QVERIFY(QFile::copy(path, good));
        ImageUploadDialog second(true);
        second.show();
        second.setFile(good);
        QVERIFY(second.mismatchWarning().isEmpty());
    }
};

QTEST_MAIN(TestLaunchInstanceWizard)
#include "tst_launchinstancewizard.moc"
