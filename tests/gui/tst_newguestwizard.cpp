// SPDX-License-Identifier: GPL-2.0-or-later
// The new-guest wizard on libvirt's test driver, driven page by page through objectNames:
// validation messages (bad name, clash, too many vCPUs, size 0, more than the pool has),
// the libosinfo search, the summary's XML, Finish defining and starting the guest, libvirt
// refusing a definition (the volume made for it is removed, every answer stays),
// "customize before install", and a guest cloned from a template (linked with a network
// override and started, full and only defined). Set VIRTDECK_SCREENSHOT_DIR to keep a picture of every page.
#include "connectionconfig.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestcreationservice.h"
#include "libvirthandles.h"
#include "mainwindow.h"
#include "newguestwizard.h"
#include "newguestwizardpage.h"
#include "storageservice.h"
#include "templateservice.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QtTest>
#include <QXmlStreamReader>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const auto Pool = u"default-pool"_s;

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(30000);
    return future.result();
}

QStringList volumeNames(ConnectionSession *session)
{
    QStringList names;
    for (const StorageVolumeInfo &volume : waitFor(StorageService(session).listVolumes(Pool)).value)
        names.append(volume.name);
    return names;
}

} // namespace

class TestNewGuestWizard : public QObject
{
    Q_OBJECT

private:
    ConnectionSession *m_session = nullptr;

    static void saveShot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(widget->grab().save(dir + u"/wizard-"_s + name + u".png"_s));
    }

    template<typename T>
    static T *child(QWidget *wizard, const QString &name)
    {
        T *widget = wizard->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    static QString problems(NewGuestWizard &wizard, NewGuestWizard::PageId id)
    {
        const QLabel *label = wizard.wizardPage(id)->problemsLabel();
        return label->isVisible() ? label->text() : QString();
    }

    static bool next(NewGuestWizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        if (!button->isEnabled())
            return false;
        button->click();
        return true;
    }

    // Name, ISO source, Ubuntu 22.04 from the search, 1 vCPU, a 1 GiB volume, network
    // "default", BIOS: up to the summary page.
    void walkToSummary(NewGuestWizard &wizard, const QString &name, bool shots)
    {
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
        auto *nameEdit = child<QLineEdit>(&wizard, u"nameEdit"_s);
        QVERIFY(nameEdit);
        nameEdit->setText(name);
        QVERIFY2(next(wizard), qPrintable(problems(wizard, NewGuestWizard::NamePage)));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SourcePage));
        child<QRadioButton>(&wizard, u"sourceIso"_s)->setChecked(true);
        auto *iso = child<QLineEdit>(&wizard, u"isoPathEdit"_s);
        iso->clear();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(!problems(wizard, NewGuestWizard::SourcePage).isEmpty());
        iso->setText(u"/var/lib/libvirt/images/virtdeck-test-wiz.iso"_s);
        if (shots)
            saveShot(&wizard, u"2-source"_s);
        QVERIFY(next(wizard));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::OsPage));
        auto *search = child<QLineEdit>(&wizard, u"osSearchEdit"_s);
        auto *list = child<QListWidget>(&wizard, u"osList"_s);
        search->setText(u"ubuntu 22.04"_s);
        QTRY_VERIFY(list->count() > 1);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"ubuntu22.04"_s);
        list->setCurrentRow(0);
        QVERIFY(child<QLabel>(&wizard, u"osDetails"_s)->text().contains(u"ubuntu22.04"_s));
        if (shots)
            saveShot(&wizard, u"3-os"_s);
        QVERIFY(next(wizard));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::ResourcesPage));
        auto *vcpus = child<QSpinBox>(&wizard, u"vcpuSpin"_s);
        auto *memory = child<QSpinBox>(&wizard, u"memorySpin"_s);
        QVERIFY(memory->value() >= 1024); // Ubuntu's recommendation (capped at half the host)
        vcpus->setValue(1);
        memory->setValue(512);
        QVERIFY(next(wizard));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::StoragePage));
        QTRY_COMPARE(child<QComboBox>(&wizard, u"poolCombo"_s)->currentData().toString(), Pool);
        child<QRadioButton>(&wizard, u"diskNew"_s)->setChecked(true);
        QCOMPARE(child<QLineEdit>(&wizard, u"volumeNameEdit"_s)->text(), name + u".qcow2"_s);
        child<QDoubleSpinBox>(&wizard, u"diskSizeSpin"_s)->setValue(1);
        QVERIFY2(next(wizard), qPrintable(problems(wizard, NewGuestWizard::StoragePage)));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::NetworkPage));
        QCOMPARE(child<QComboBox>(&wizard, u"networkCombo"_s)->currentData().toString(), u"default"_s);
        if (shots)
            saveShot(&wizard, u"6-network"_s);
        QVERIFY(next(wizard));

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::FirmwarePage));
        QVERIFY(child<QRadioButton>(&wizard, u"firmwareBios"_s)->isChecked());
        QVERIFY(child<QCheckBox>(&wizard, u"virtioCheck"_s)->isChecked()); // Ubuntu has virtio drivers
        if (shots)
            saveShot(&wizard, u"7-firmware"_s);
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_session = new ConnectionSession(1, ConnectionConfig{u"test:///default"_s, {}, false});
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 15000);
    }

    void cleanupTestCase() { delete m_session; }

    void validationMessages()
    {
        NewGuestWizard wizard(m_session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
        auto *name = child<QLineEdit>(&wizard, u"nameEdit"_s);
        QAbstractButton *nextButton = wizard.button(QWizard::NextButton);

        QVERIFY(!nextButton->isEnabled()); // empty
        QVERIFY(problems(wizard, NewGuestWizard::NamePage).contains(u"name"_s));
        QTest::keyClicks(name, u"bad name"_s);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::NamePage).contains(u"letters"_s));
        saveShot(&wizard, u"1-name-invalid"_s);
        name->clear();
        QTest::keyClicks(name, u"test"_s); // test:///default's own guest: the clash shows while typing
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::NamePage).contains(u"already exists"_s));
        saveShot(&wizard, u"1-name-clash"_s);
        QTest::keyClicks(name, u"-2"_s);
        QVERIFY(nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::NamePage).isEmpty());
        saveShot(&wizard, u"1-name"_s);
        nextButton->click();

        // PXE: no source details needed.
        child<QRadioButton>(&wizard, u"sourcePxe"_s)->setChecked(true);
        QVERIFY(nextButton->isEnabled());
        // A URL install names its kernel; a bad URL is refused.
        child<QRadioButton>(&wizard, u"sourceUrl"_s)->setChecked(true);
        child<QLineEdit>(&wizard, u"installUrlEdit"_s)->setText(u"mirror without scheme"_s);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::SourcePage).contains(u"URL"_s));
        saveShot(&wizard, u"2-source-url-invalid"_s);
        child<QRadioButton>(&wizard, u"sourcePxe"_s)->setChecked(true);
        nextButton->click();

        // "debian 12" is not in this osinfo-db: the nearest entries and "generic" are offered.
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::OsPage));
        QVERIFY(!nextButton->isEnabled()); // nothing chosen yet
        auto *list = child<QListWidget>(&wizard, u"osList"_s);
        child<QLineEdit>(&wizard, u"osSearchEdit"_s)->setText(u"debian 12"_s);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(), u"debiantesting"_s);
        QCOMPARE(list->item(1)->data(Qt::UserRole).toString(), u"debian11"_s);
        QCOMPARE(list->item(list->count() - 1)->data(Qt::UserRole).toString(), u"generic"_s);
        list->setCurrentRow(1);
        QVERIFY(nextButton->isEnabled());
        saveShot(&wizard, u"3-os-debian12"_s);
        nextButton->click();

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::ResourcesPage));
        auto *vcpus = child<QSpinBox>(&wizard, u"vcpuSpin"_s);
        auto *memory = child<QSpinBox>(&wizard, u"memorySpin"_s);
        vcpus->setValue(wizard.hostFacts().hostCpus + 1);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::ResourcesPage).contains(u"CPU"_s));
        vcpus->setValue(1);
        memory->setValue(int(wizard.hostFacts().hostMemoryMiB + 1));
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::ResourcesPage).contains(u"MiB"_s));
        saveShot(&wizard, u"4-resources-invalid"_s);
        memory->setValue(256);
        QVERIFY(nextButton->isEnabled());
        saveShot(&wizard, u"4-resources"_s);
        nextButton->click();

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::StoragePage));
        QTRY_COMPARE(child<QComboBox>(&wizard, u"poolCombo"_s)->currentData().toString(), Pool);
        auto *size = child<QDoubleSpinBox>(&wizard, u"diskSizeSpin"_s);
        size->setValue(0);
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::StoragePage).contains(u"greater than 0"_s));
        saveShot(&wizard, u"5-storage-size0"_s);
        size->setValue(size->maximum()); // 64 TiB: more than the pool has
        QVERIFY(!nextButton->isEnabled());
        QVERIFY(problems(wizard, NewGuestWizard::StoragePage).contains(u"free"_s));
        size->setValue(2);
        QVERIFY(nextButton->isEnabled());
        saveShot(&wizard, u"5-storage"_s);
        nextButton->click();

        QCOMPARE(wizard.currentId(), int(NewGuestWizard::NetworkPage));
        child<QRadioButton>(&wizard, u"nicNone"_s)->setChecked(true);
        QVERIFY(!nextButton->isEnabled()); // PXE needs a NIC
        QVERIFY(problems(wizard, NewGuestWizard::NetworkPage).contains(u"PXE"_s));
        child<QRadioButton>(&wizard, u"nicNetwork"_s)->setChecked(true);
        QVERIFY(nextButton->isEnabled());
        nextButton->click();

        // The test driver has no domain capabilities: UEFI is offered only where libvirt finds OVMF.
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::FirmwarePage));
        QVERIFY(!child<QRadioButton>(&wizard, u"firmwareUefi"_s)->isEnabled());
        QVERIFY(!child<QLabel>(&wizard, u"uefiStatus"_s)->text().isEmpty());
        QCOMPARE(wizard.hostFacts().domainType, u"qemu"_s); // no kvm in the test driver's capabilities
        nextButton->click();
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
        const QString xml = child<QPlainTextEdit>(&wizard, u"xmlView"_s)->toPlainText();
        QVERIFY(xml.contains(u"<boot dev=\"network\"/>"_s));
        QVERIFY(xml.contains(u"http://debian.org/debian/11"_s));
        saveShot(&wizard, u"8-summary-pxe"_s);

        // Back keeps every answer.
        wizard.back();
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::StoragePage));
        QCOMPARE(size->value(), 2.0);
        wizard.reject();
    }

    void finishDefinesAndStarts()
    {
        NewGuestWizard wizard(m_session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QString name = u"virtdeck-test-wiz-gui"_s;
        walkToSummary(wizard, name, true);
        if (QTest::currentTestFailed())
            return;
        const QString xml = child<QPlainTextEdit>(&wizard, u"xmlView"_s)->toPlainText();
        QVERIFY(xml.contains(u"<name>"_s + name + u"</name>"_s));
        QXmlStreamReader reader(xml);
        QStringList elements;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement)
                elements.append(reader.name().toString());
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QVERIFY(elements.contains(u"libosinfo"_s));
        QVERIFY(child<QLabel>(&wizard, u"summaryLabel"_s)->text().contains(name));
        QCOMPARE(xml, wizard.domainXml());
        saveShot(&wizard, u"8-summary"_s);

        QSignalSpy created(&wizard, &NewGuestWizard::guestCreated);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(15000));
        QCOMPARE(created.first().at(2).toString(), name);
        QVERIFY(created.first().at(3).toBool()); // started: open the console
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        QVERIFY(waitFor(GuestCreationService(m_session).hostFacts()).value.guestNames.contains(name));
        QVERIFY(volumeNames(m_session).contains(name + u".qcow2"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_session->state() == ConnectionState::Connected, 1000);
    }

    void refusedDefinitionKeepsEverything()
    {
        NewGuestWizard wizard(m_session);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        const QString name = u"virtdeck-test-wiz-race"_s;
        walkToSummary(wizard, name, false);
        if (QTest::currentTestFailed())
            return;
        // Another client takes the name meanwhile. Events reach only the connection that caused
        // them, so the wizard does not know: libvirt itself refuses the definition.
        {
            ConnectHandle other(virConnectOpen("test:///default"));
            QVERIFY(other);
            const QByteArray xml = "<domain type='qemu'><name>virtdeck-test-wiz-race</name><memory unit='MiB'>64</memory>"
                                   "<os><type arch='x86_64'>hvm</type></os></domain>";
            DomainHandle domain(virDomainDefineXML(other.get(), xml.constData()));
            QVERIFY(domain);
        }
        const QStringList volumesBefore = volumeNames(m_session);
        QVERIFY(!volumesBefore.contains(name + u".qcow2"_s));
        wizard.button(QWizard::FinishButton)->click();
        const QString expected = u"already exists"_s;
        QTRY_VERIFY_WITH_TIMEOUT(problems(wizard, NewGuestWizard::SummaryPage).contains(expected), 15000);
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        QCOMPARE(volumeNames(m_session), volumesBefore); // the volume made for it is gone again
        saveShot(&wizard, u"8-summary-refused"_s);

        // Everything is still there: rename, customize before install, finish.
        QVERIFY(wizard.domainXml().contains(u"/var/lib/libvirt/images/virtdeck-test-wiz.iso"_s));
        while (wizard.currentId() != NewGuestWizard::NamePage)
            wizard.back();
        auto *nameEdit = child<QLineEdit>(&wizard, u"nameEdit"_s);
        QCOMPARE(nameEdit->text(), name);
        nameEdit->setText(u"virtdeck-test-wiz-custom"_s);
        while (wizard.currentId() != NewGuestWizard::SummaryPage)
            QVERIFY2(next(wizard), qPrintable(QString::number(wizard.currentId())));
        QCOMPARE(child<QLineEdit>(&wizard, u"volumeNameEdit"_s)->text(), u"virtdeck-test-wiz-custom.qcow2"_s);
        QVERIFY(problems(wizard, NewGuestWizard::SummaryPage).isEmpty());
        child<QCheckBox>(&wizard, u"customizeCheck"_s)->setChecked(true);
        QSignalSpy created(&wizard, &NewGuestWizard::guestCreated);
        wizard.button(QWizard::FinishButton)->click();
        QVERIFY(created.wait(15000));
        QVERIFY(!created.first().at(3).toBool()); // customize: the guest window, not the console
        ConnectHandle check(virConnectOpen("test:///default"));
        DomainHandle custom(virDomainLookupByName(check.get(), "virtdeck-test-wiz-custom"));
        QVERIFY(custom);
        QCOMPARE(virDomainIsActive(custom.get()), 0); // defined, not started
    }

    void fromTemplate()
    {
        // A template on the test driver: a shut-off guest with a disk in a pool and an
        // interface on "default", marked like the main window's "Mark as Template".
        ConnectHandle direct(virConnectOpen("test:///default")); // the same in-process host
        QVERIFY(direct);
        const StoragePoolHandle pool(virStoragePoolLookupByName(direct.get(), "default-pool"));
        QVERIFY(pool);
        const StorageVolHandle volume(virStorageVolCreateXML(
            pool.get(), "<volume><name>virtdeck-test-wiz-tmpl.qcow2</name><capacity unit='MiB'>64</capacity>"
                        "<target><format type='qcow2'/></target></volume>", 0));
        QVERIFY(volume);
        const CString path(virStorageVolGetPath(volume.get()));
        const QByteArray xml = "<domain type='test'><name>virtdeck-test-wiz-tmpl</name><memory unit='MiB'>384</memory>"
                               "<vcpu>2</vcpu><os><type arch='x86_64'>hvm</type></os><devices>"
                               "<disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='"
            + QByteArray(path.get()) + "'/><target dev='vda' bus='virtio'/></disk>"
                                       "<interface type='network'><source network='default'/></interface></devices></domain>";
        const DomainHandle templ(virDomainDefineXML(direct.get(), xml.constData()));
        QVERIFY(templ);
        unsigned char raw[VIR_UUID_BUFLEN];
        QCOMPARE(virDomainGetUUID(templ.get(), raw), 0);
        const QUuid uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
        const auto marked = waitFor(TemplateService(m_session).mark(uuid));
        QVERIFY2(marked.ok(), qPrintable(marked.error));

        for (const bool linked : {true, false}) {
            const QString name = linked ? u"virtdeck-test-wiz-linked"_s : u"virtdeck-test-wiz-full"_s;
            NewGuestWizard wizard(m_session);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
            child<QLineEdit>(&wizard, u"nameEdit"_s)->setText(name);
            QVERIFY(next(wizard));
            auto *combo = child<QComboBox>(&wizard, u"templateCombo"_s);
            QVERIFY(combo->findData(uuid) >= 0);
            QVERIFY(combo->findData(QUuid(u"6695eb01-f6a4-8304-79aa-97f2502e193f"_s)) < 0); // "test" is no template
            child<QRadioButton>(&wizard, u"sourceTemplate"_s)->setChecked(true);
            combo->setCurrentIndex(combo->findData(uuid));
            QVERIFY(child<QLabel>(&wizard, u"templateHint"_s)->text().contains(u"virtdeck-test-wiz-tmpl"_s));
            child<QRadioButton>(&wizard, linked ? u"templateLinked"_s : u"templateFull"_s)->setChecked(true);
            if (linked)
                saveShot(&wizard, u"2-source-template"_s);
            QVERIFY2(next(wizard), qPrintable(problems(wizard, NewGuestWizard::SourcePage)));

            // OS and storage are the template's: straight to the overrides.
            QCOMPARE(wizard.currentId(), int(NewGuestWizard::ResourcesPage));
            auto *vcpus = child<QSpinBox>(&wizard, u"vcpuSpin"_s);
            auto *memory = child<QSpinBox>(&wizard, u"memorySpin"_s);
            QCOMPARE(vcpus->value(), 2);
            QCOMPARE(memory->value(), 384);
            vcpus->setValue(1);
            memory->setValue(512);
            QVERIFY(next(wizard));

            QCOMPARE(wizard.currentId(), int(NewGuestWizard::NetworkPage));
            auto *keep = child<QRadioButton>(&wizard, u"nicTemplate"_s);
            QVERIFY(keep->isVisible());
            QVERIFY(keep->isChecked());
            QVERIFY(!child<QRadioButton>(&wizard, u"nicBridge"_s)->isVisible()); // a clone moves to a network only
            if (linked)
                child<QRadioButton>(&wizard, u"nicNetwork"_s)->setChecked(true);
            QVERIFY(next(wizard));

            QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
            auto *xmlView = child<QPlainTextEdit>(&wizard, u"xmlView"_s);
            QTRY_VERIFY_WITH_TIMEOUT(xmlView->toPlainText().contains(u"<name>"_s + name + u"</name>"_s), 15000);
            const QString preview = xmlView->toPlainText();
            QVERIFY2(preview.contains(u"524288"_s), qPrintable(preview)); // 512 MiB in KiB
            QVERIFY(!preview.contains(u"<uuid>"_s));
            const QString summary = child<QLabel>(&wizard, u"summaryLabel"_s)->text();
            QVERIFY(summary.contains(linked ? u"linked clone"_s : u"full copy"_s));
            if (linked)
                saveShot(&wizard, u"8-summary-template"_s);
            else
                child<QCheckBox>(&wizard, u"customizeCheck"_s)->setChecked(true);

            QSignalSpy created(&wizard, &NewGuestWizard::guestCreated);
            wizard.button(QWizard::FinishButton)->click();
            QTRY_VERIFY2_WITH_TIMEOUT(!created.isEmpty(), qPrintable(problems(wizard, NewGuestWizard::SummaryPage)), 15000);
            QCOMPARE(created.first().at(2).toString(), name);
            QCOMPARE(created.first().at(3).toBool(), linked); // started and console, or customize first
            QCOMPARE(wizard.result(), int(QDialog::Accepted));

            const DomainHandle clone(virDomainLookupByName(direct.get(), name.toUtf8().constData()));
            QVERIFY(clone);
            QCOMPARE(virDomainIsActive(clone.get()), linked ? 1 : 0);
            QCOMPARE(virDomainGetMaxMemory(clone.get()), 512ul * 1024);
            const CString cloneXml(virDomainGetXMLDesc(clone.get(), VIR_DOMAIN_XML_INACTIVE));
            const QString definition = QString::fromUtf8(cloneXml.get());
            QVERIFY2(definition.contains(name + u"-vda."_s), qPrintable(definition)); // a volume of its own
            QVERIFY(definition.contains(u"<vcpu placement='static'>1</vcpu>"_s));
            QVERIFY(volumeNames(m_session).contains(name + u"-vda.qcow2"_s)); // qcow2 overlay or qcow2 copy
        }
    }

    void mainWindowAction()
    {
        ConnectionManager manager;
        manager.addConnection(ConnectionConfig{u"test:///default"_s, u"default"_s, true});
        MainWindow window(&manager);
        window.show();
        auto *action = window.findChild<QAction *>(u"actionNewGuest"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(QKeySequence::New));
        QVERIFY(!manager.sessions().isEmpty());
        ConnectionSession *session = manager.sessions().first();
        if (session->state() == ConnectionState::Disconnected)
            session->open();
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), ConnectionState::Connected, 15000);
        QVERIFY(action->isEnabled());
        action->trigger();
        NewGuestWizard *wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<NewGuestWizard *>()) != nullptr);
        QVERIFY(wizard->isVisible());
        wizard->reject();
    }
};

QTEST_MAIN(TestNewGuestWizard)
#include "tst_newguestwizard.moc"
