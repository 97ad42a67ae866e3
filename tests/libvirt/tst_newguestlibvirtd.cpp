// SPDX-License-Identifier: GPL-2.0-or-later
// The new-guest wizard against the real system libvirtd (qemu:///system, as root; start it
// with scripts/libvirtd-start.sh): driven page by page like a user, it creates TCG guests
// on an empty new disk, one booting from the network (PXE, UEFI when OVMF is installed) and
// one from a tiny ISO made with genisoimage, and a linked clone of a template (overrides for
// vCPUs and memory, the template's network kept), and each reaches "running". Everything
// made here is named virtdeck-test-wiz-* and removed again, before and after.
#include "connectionconfig.h"
#include "connectionsession.h"
#include "templateservice.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "newguestwizard.h"
#include "newguestwizardpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <libvirt/libvirt.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const auto SystemUri = u"qemu:///system"_s;
const auto Prefix = u"virtdeck-test-wiz-"_s;
const auto PoolName = u"virtdeck-test-wiz-pool"_s;
const auto PoolDir = u"/var/tmp/virtdeck-test-wiz-pool"_s;
const auto NetworkName = u"virtdeck-test-wiz-net"_s;
const auto IsoPath = u"/var/tmp/virtdeck-test-wiz-pool/virtdeck-test-wiz-boot.iso"_s;

} // namespace

class TestNewGuestLibvirtd : public QObject
{
    Q_OBJECT

private:
    ConnectHandle m_helper;
    std::unique_ptr<ConnectionSession> m_session;

    void removeLeftovers()
    {
        virDomainPtr *domains = nullptr;
        const int count = virConnectListAllDomains(m_helper.get(), &domains, 0);
        for (const DomainHandle &domain : adoptHandleArray<DomainHandle>(domains, count)) {
            if (!QString::fromUtf8(virDomainGetName(domain.get())).startsWith(Prefix))
                continue;
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM | VIR_DOMAIN_UNDEFINE_MANAGED_SAVE
                                                     | VIR_DOMAIN_UNDEFINE_SNAPSHOTS_METADATA);
        }
        if (StoragePoolHandle pool{virStoragePoolLookupByName(m_helper.get(), PoolName.toUtf8().constData())}) {
            if (virStoragePoolIsActive(pool.get()) == 1) {
                virStoragePoolRefresh(pool.get(), 0);
                virStorageVolPtr *vols = nullptr;
                const int n = virStoragePoolListAllVolumes(pool.get(), &vols, 0);
                for (const StorageVolHandle &vol : adoptHandleArray<StorageVolHandle>(vols, n))
                    virStorageVolDelete(vol.get(), 0);
                virStoragePoolDestroy(pool.get());
            }
            virStoragePoolUndefine(pool.get());
        }
        QDir(PoolDir).removeRecursively();
        if (NetworkHandle network{virNetworkLookupByName(m_helper.get(), NetworkName.toUtf8().constData())}) {
            if (virNetworkIsActive(network.get()) == 1)
                virNetworkDestroy(network.get());
            virNetworkUndefine(network.get());
        }
    }

    template<typename T>
    static T *child(QWidget *wizard, const QString &name)
    {
        T *widget = wizard->findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    static bool next(NewGuestWizard &wizard)
    {
        QAbstractButton *button = wizard.button(QWizard::NextButton);
        if (!button->isEnabled()) {
            const auto *page = wizard.wizardPage(NewGuestWizard::PageId(wizard.currentId()));
            qWarning("Next is disabled on %s: %s", qPrintable(page->objectName()), qPrintable(page->problemsLabel()->text()));
            return false;
        }
        button->click();
        return true;
    }

    // Walks the wizard like a user and finishes; returns the new guest's name or empty.
    void createWithWizard(const QString &name, bool pxe, bool uefi)
    {
        NewGuestWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
        QCOMPARE(wizard.hostFacts().domainType, u"qemu"_s); // no /dev/kvm here: TCG

        child<QLineEdit>(&wizard, u"nameEdit"_s)->setText(name);
        QVERIFY(next(wizard));
        if (pxe) {
            child<QRadioButton>(&wizard, u"sourcePxe"_s)->setChecked(true);
        } else {
            child<QRadioButton>(&wizard, u"sourceIso"_s)->setChecked(true);
            child<QLineEdit>(&wizard, u"isoPathEdit"_s)->setText(IsoPath);
        }
        QVERIFY(next(wizard));
        child<QLineEdit>(&wizard, u"osSearchEdit"_s)->setText(u"fedora"_s);
        auto *list = child<QListWidget>(&wizard, u"osList"_s);
        QTRY_VERIFY(list->count() > 1);
        list->setCurrentRow(0);
        QVERIFY(next(wizard));
        child<QSpinBox>(&wizard, u"vcpuSpin"_s)->setValue(1);
        child<QSpinBox>(&wizard, u"memorySpin"_s)->setValue(128); // small: TCG on a shared machine
        QVERIFY(next(wizard));
        auto *pool = child<QComboBox>(&wizard, u"poolCombo"_s);
        pool->setCurrentIndex(pool->findData(PoolName));
        QCOMPARE(pool->currentData().toString(), PoolName);
        child<QRadioButton>(&wizard, u"diskNew"_s)->setChecked(true);
        child<QDoubleSpinBox>(&wizard, u"diskSizeSpin"_s)->setValue(1);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled()); // the pool's volumes are listed
        QVERIFY(next(wizard));
        auto *network = child<QComboBox>(&wizard, u"networkCombo"_s);
        network->setCurrentIndex(network->findData(NetworkName));
        QCOMPARE(network->currentData().toString(), NetworkName);
        QVERIFY(next(wizard));
        auto *uefiButton = child<QRadioButton>(&wizard, u"firmwareUefi"_s);
        if (uefi) {
            QVERIFY2(uefiButton->isEnabled(), qPrintable(u"OVMF missing (apt-get install ovmf): "_s
                                                         + child<QLabel>(&wizard, u"uefiStatus"_s)->text()));
            uefiButton->setChecked(true);
        } else {
            child<QRadioButton>(&wizard, u"firmwareBios"_s)->setChecked(true);
        }
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
        const QString xml = child<QPlainTextEdit>(&wizard, u"xmlView"_s)->toPlainText();
        QVERIFY(xml.contains(u"<domain type=\"qemu\">"_s));

        finishStarted(wizard, name);
    }

    // Finish, then the guest is created and started (the console would open).
    static void finishStarted(NewGuestWizard &wizard, const QString &name)
    {
        QSignalSpy created(&wizard, &NewGuestWizard::guestCreated);
        QElapsedTimer timer;
        timer.start();
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY2_WITH_TIMEOUT(!created.isEmpty() || !wizard.wizardPage(NewGuestWizard::SummaryPage)->error().isEmpty(),
                                  qPrintable(wizard.wizardPage(NewGuestWizard::SummaryPage)->error()), 60000);
        QVERIFY2(!created.isEmpty(), qPrintable(wizard.wizardPage(NewGuestWizard::SummaryPage)->error()));
        qInfo("%s: created and started in %lld ms", qPrintable(name), timer.elapsed());
        QCOMPARE(created.first().at(2).toString(), name);
        QVERIFY(created.first().at(3).toBool()); // started: the console opens
    }

    bool isRunning(const QString &name)
    {
        const DomainHandle domain(virDomainLookupByName(m_helper.get(), name.toUtf8().constData()));
        int state = 0;
        return domain && virDomainGetState(domain.get(), &state, nullptr, 0) == 0 && state == VIR_DOMAIN_RUNNING;
    }

private Q_SLOTS:
    void initTestCase()
    {
        silenceLibvirtErrorPrinting();
        m_helper.reset(virConnectOpen("qemu:///system"));
        if (!m_helper)
            QFAIL(qPrintable(u"libvirtd is not running: start it with bash scripts/libvirtd-start.sh (%1: %2)"_s
                                 .arg(SystemUri, lastLibvirtError())));
        removeLeftovers();

        // A pool and an isolated network of our own: the host may have neither "default".
        const QByteArray poolXml = "<pool type='dir'><name>" + PoolName.toUtf8() + "</name><target><path>"
            + PoolDir.toUtf8() + "</path></target></pool>";
        const StoragePoolHandle pool(virStoragePoolDefineXML(m_helper.get(), poolXml.constData(), 0));
        QVERIFY2(pool, qPrintable(lastLibvirtError()));
        QVERIFY2(virStoragePoolBuild(pool.get(), 0) == 0, qPrintable(lastLibvirtError()));
        QVERIFY2(virStoragePoolCreate(pool.get(), 0) == 0, qPrintable(lastLibvirtError()));
        const QByteArray networkXml = "<network><name>" + NetworkName.toUtf8() + "</name><bridge name='vdtwiz0'/></network>";
        const NetworkHandle network(virNetworkDefineXML(m_helper.get(), networkXml.constData()));
        QVERIFY2(network, qPrintable(lastLibvirtError()));
        QVERIFY2(virNetworkCreate(network.get()) == 0, qPrintable(lastLibvirtError()));

        // A tiny ISO (not bootable: the guest goes on to its empty disk and keeps running).
        const QString genisoimage = QStandardPaths::findExecutable(u"genisoimage"_s);
        QVERIFY2(!genisoimage.isEmpty(), "genisoimage is missing: bash scripts/install-deps.sh");
        QTemporaryDir content;
        QFile readme(content.filePath(u"README.TXT"_s));
        QVERIFY(readme.open(QIODevice::WriteOnly));
        readme.write("VirtDeck new-guest wizard test medium\n");
        readme.close();
        QProcess mkiso;
        mkiso.start(genisoimage, {u"-quiet"_s, u"-V"_s, u"VIRTDECKWIZ"_s, u"-r"_s, u"-o"_s, IsoPath, content.path()});
        QVERIFY(mkiso.waitForFinished(30000));
        QVERIFY2(mkiso.exitCode() == 0, mkiso.readAllStandardError().constData());
        QVERIFY(QFileInfo(IsoPath).size() > 0);

        m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{SystemUri, {}, false});
        m_session->open();
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_helper)
            removeLeftovers();
        QVERIFY(!QFileInfo::exists(PoolDir));
    }

    void pxeGuestRuns()
    {
        const QString name = Prefix + u"pxe"_s;
        createWithWizard(name, true, true);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(isRunning(name), 30000);
        const DomainHandle domain(virDomainLookupByName(m_helper.get(), name.toUtf8().constData()));
        const CString xml(virDomainGetXMLDesc(domain.get(), 0));
        const QString live = QString::fromUtf8(xml.get());
        QVERIFY(live.contains(u"<boot dev='network'/>"_s));
        QVERIFY2(live.contains(u"<loader"_s) && live.contains(u"OVMF"_s), qPrintable(live)); // libvirt picked OVMF
        QVERIFY(live.contains(u"<libosinfo:os id="_s)); // kept by libvirt, like virt-install's
        QVERIFY(live.contains(u"http://fedoraproject.org/fedora/"_s));
    }

    void isoGuestRuns()
    {
        const QString name = Prefix + u"iso"_s;
        createWithWizard(name, false, false);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(isRunning(name), 30000);
        const DomainHandle domain(virDomainLookupByName(m_helper.get(), name.toUtf8().constData()));
        const CString xml(virDomainGetXMLDesc(domain.get(), 0));
        const QString live = QString::fromUtf8(xml.get());
        QVERIFY(live.contains(IsoPath));
        QVERIFY(live.contains(u"<boot dev='cdrom'/>"_s));
        QVERIFY2(live.contains(u"volume='"_s + name + u".qcow2'"_s), qPrintable(live));
        QVERIFY(QFileInfo::exists(PoolDir + u'/' + name + u".qcow2"_s)); // the new volume, made in the pool
    }

    void refusedDefinitionRemovesVolume()
    {
        // The name check passes in the wizard (the guest was made behind its back), so libvirt
        // itself refuses; the new volume must not stay behind.
        const QString name = Prefix + u"taken"_s;
        NewGuestWizard wizard(m_session.get());
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
        child<QLineEdit>(&wizard, u"nameEdit"_s)->setText(name);
        QVERIFY(next(wizard));
        child<QRadioButton>(&wizard, u"sourcePxe"_s)->setChecked(true);
        QVERIFY(next(wizard));
        auto *list = child<QListWidget>(&wizard, u"osList"_s);
        QTRY_VERIFY(list->count() > 0);
        list->setCurrentRow(list->count() - 1); // generic
        QVERIFY(next(wizard));
        child<QSpinBox>(&wizard, u"memorySpin"_s)->setValue(128);
        QVERIFY(next(wizard));
        auto *pool = child<QComboBox>(&wizard, u"poolCombo"_s);
        pool->setCurrentIndex(pool->findData(PoolName));
        child<QDoubleSpinBox>(&wizard, u"diskSizeSpin"_s)->setValue(1);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(next(wizard));
        auto *network = child<QComboBox>(&wizard, u"networkCombo"_s);
        network->setCurrentIndex(network->findData(NetworkName));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));

        ConnectHandle other(virConnectOpen("qemu:///system"));
        const QByteArray xml = "<domain type='qemu'><name>" + name.toUtf8()
            + "</name><memory unit='MiB'>64</memory><os><type arch='x86_64'>hvm</type></os></domain>";
        QVERIFY(DomainHandle(virDomainDefineXML(other.get(), xml.constData())));
        // qemu:///system sends events to every connection: the wizard would learn the name.
        // Close the race the other way: finish at once, before the event is processed.
        wizard.button(QWizard::FinishButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.wizardPage(NewGuestWizard::SummaryPage)->error().isEmpty(), 30000);
        QVERIFY(wizard.wizardPage(NewGuestWizard::SummaryPage)->error().contains(name));
        QVERIFY(wizard.wizardPage(NewGuestWizard::SummaryPage)->error().contains(u"uuid"_s)); // libvirt's own words
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
        const StoragePoolHandle handle(virStoragePoolLookupByName(m_helper.get(), PoolName.toUtf8().constData()));
        virStoragePoolRefresh(handle.get(), 0);
        QVERIFY(!StorageVolHandle(virStorageVolLookupByName(handle.get(), (name + u".qcow2"_s).toUtf8().constData())));
    }

    void templateCloneRuns()
    {
        // The template: an empty 64 MiB qcow2 disk in our pool, on our network, marked through
        // TemplateService like the main window's "Mark as Template".
        const QString templateName = Prefix + u"tmpl"_s;
        const StoragePoolHandle pool(virStoragePoolLookupByName(m_helper.get(), PoolName.toUtf8().constData()));
        QVERIFY2(pool, qPrintable(lastLibvirtError()));
        const QByteArray volumeXml = "<volume><name>" + templateName.toUtf8()
            + ".qcow2</name><capacity unit='MiB'>64</capacity><target><format type='qcow2'/></target></volume>";
        const StorageVolHandle volume(virStorageVolCreateXML(pool.get(), volumeXml.constData(), 0));
        QVERIFY2(volume, qPrintable(lastLibvirtError()));
        const QString templateDisk = PoolDir + u'/' + templateName + u".qcow2"_s;
        const QByteArray domainXml = "<domain type='qemu'><name>" + templateName.toUtf8()
            + "</name><memory unit='MiB'>192</memory><vcpu>2</vcpu><os><type arch='x86_64' machine='pc'>hvm</type></os>"
              "<devices><disk type='file' device='disk'><driver name='qemu' type='qcow2'/><source file='"
            + templateDisk.toUtf8() + "'/><target dev='vda' bus='virtio'/></disk><interface type='network'><source network='"
            + NetworkName.toUtf8() + "'/><model type='virtio'/></interface></devices></domain>";
        const DomainHandle templ(virDomainDefineXML(m_helper.get(), domainXml.constData()));
        QVERIFY2(templ, qPrintable(lastLibvirtError()));
        unsigned char raw[VIR_UUID_BUFLEN];
        QCOMPARE(virDomainGetUUID(templ.get(), raw), 0);
        const QUuid templateUuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));
        {
            QFutureWatcher<Result<bool>> watcher;
            QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
            watcher.setFuture(TemplateService(m_session.get()).mark(templateUuid));
            QVERIFY(watcher.isFinished() || done.wait(30000));
            QVERIFY2(watcher.result().ok(), qPrintable(watcher.result().error));
        }

        const QString name = Prefix + u"clone"_s;
        NewGuestWizard wizard(m_session.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isReady(), 90000);
        child<QLineEdit>(&wizard, u"nameEdit"_s)->setText(name);
        QVERIFY(next(wizard));
        child<QRadioButton>(&wizard, u"sourceTemplate"_s)->setChecked(true);
        auto *combo = child<QComboBox>(&wizard, u"templateCombo"_s);
        combo->setCurrentIndex(combo->findData(templateUuid));
        QCOMPARE(combo->currentData().toUuid(), templateUuid);
        QVERIFY(child<QRadioButton>(&wizard, u"templateLinked"_s)->isChecked());
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::ResourcesPage)); // no OS page: the template has its OS
        QCOMPARE(child<QSpinBox>(&wizard, u"vcpuSpin"_s)->value(), 2);    // the template's, to override
        QCOMPARE(child<QSpinBox>(&wizard, u"memorySpin"_s)->value(), 192);
        child<QSpinBox>(&wizard, u"vcpuSpin"_s)->setValue(1);
        child<QSpinBox>(&wizard, u"memorySpin"_s)->setValue(160);
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::NetworkPage));
        QVERIFY(child<QRadioButton>(&wizard, u"nicTemplate"_s)->isChecked());
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(NewGuestWizard::SummaryPage));
        auto *xmlView = child<QPlainTextEdit>(&wizard, u"xmlView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(xmlView->toPlainText().contains(u"<name>"_s + name + u"</name>"_s), 30000);

        finishStarted(wizard, name);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(isRunning(name), 30000);

        const DomainHandle domain(virDomainLookupByName(m_helper.get(), name.toUtf8().constData()));
        QCOMPARE(virDomainGetMaxMemory(domain.get()), 160ul * 1024);
        const CString xml(virDomainGetXMLDesc(domain.get(), 0));
        const QString live = QString::fromUtf8(xml.get());
        const QString overlay = PoolDir + u'/' + name + u"-vda.qcow2"_s;
        QVERIFY2(live.contains(u"<source file='"_s + overlay + u"'"_s), qPrintable(live));
        QVERIFY2(live.contains(u"<backingStore type='file'"_s) && live.contains(templateDisk), qPrintable(live));
        QVERIFY(live.contains(u"<vcpu placement='static'>1</vcpu>"_s));
        QVERIFY(live.contains(NetworkName)); // the template's interface, kept
        QVERIFY(!live.contains(u"virtdeck.example/xmlns/template"_s)); // a clone is no template
    }
};

QTEST_MAIN(TestNewGuestLibvirtd)
#include "tst_newguestlibvirtd.moc"
