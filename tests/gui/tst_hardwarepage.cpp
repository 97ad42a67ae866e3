// SPDX-License-Identifier: GPL-2.0-or-later
// The Hardware page against libvirt's test driver: the device list and the editor of each
// kind, "Apply to" offering only what the guest allows (a shut-off guest: next boot), the
// vCPU and memory editors saying a restart is needed before libvirt is asked, the add-disk
// dialog refusing size 0, more than the pool's free space and a target clash, the add-NIC
// dialog refusing bad, multicast and duplicate MACs, the graphics password never shown, and
// the network interfaces table with the addresses libvirt knows. Widgets by objectName.
#include "adddiskdialog.h"
#include "addnicdialog.h"
#include "applyscopebox.h"
#include "connectionsession.h"
#include "guestinterfacemodel.h"
#include "hardwarepage.h"
#include "hardwaretesthost.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::HardwareTestHost;

namespace {

template<typename W>
W *child(QObject *parent, const QString &name)
{
    W *found = parent->findChild<W *>(name);
    if (!found)
        qWarning() << "no child" << name << "in" << parent->objectName();
    return found;
}

void shoot(QWidget *widget, const QString &name)
{
    // For looking at, not for asserting: the PNGs land next to the test's build output.
    const QString dir = qEnvironmentVariable("VIRTDECK_BINARY_DIR", QDir::tempPath()) + u"/screenshots"_s;
    QDir().mkpath(dir);
    widget->grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class TestHardwarePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsEveryDeviceWithItsEditor();
    void shutOffGuestOffersNextBootOnly();
    void vcpuAboveMaximumSaysRestart();
    void memoryAboveMaximumSaysRestart();
    void addDiskValidates();
    void addNicValidatesMac();
    void graphicsPasswordNeverShown();
    void interfaceTableShowsAddresses();

private:
    HardwarePage *openPage(const QUuid &uuid);

    QTemporaryDir m_dir;
    QString m_uri;
    std::unique_ptr<ConnectionSession> m_session;
    std::unique_ptr<HardwarePage> m_page;
};

void TestHardwarePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_uri = HardwareTestHost::write(m_dir.filePath(u"host.xml"_s));
    QVERIFY(!m_uri.isEmpty());
}

void TestHardwarePage::init()
{
    // A fresh copy of the host for every test: the test driver keeps changes per connection.
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{m_uri, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 20000);
}

void TestHardwarePage::cleanup()
{
    m_page.reset();
    m_session.reset();
}

HardwarePage *TestHardwarePage::openPage(const QUuid &uuid)
{
    m_page = std::make_unique<HardwarePage>(m_session.get(), uuid);
    m_page->resize(900, 640);
    m_page->show();
    QSignalSpy refreshed(m_page.get(), &HardwarePage::refreshed);
    m_page->activate();
    if (!refreshed.wait(20000))
        return nullptr;
    return m_page.get();
}

void TestHardwarePage::listsEveryDeviceWithItsEditor()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid());
    QVERIFY(page);
    QListWidget *list = child<QListWidget>(page, u"hardwareList"_s);
    QVERIFY(list);
    // CPU, memory, boot, 3 disks, 2 NICs, 2 displays, 1 video, serial + console, 3 controllers.
    QCOMPARE(list->count(), 3 + 3 + 2 + 2 + 1 + 2 + 3);
    const QList<std::pair<HardwarePage::Kind, QString>> editors{
        {HardwarePage::Kind::Cpu, u"cpuEditor"_s},          {HardwarePage::Kind::Memory, u"memoryEditor"_s},
        {HardwarePage::Kind::Boot, u"bootEditor"_s},        {HardwarePage::Kind::Disk, u"diskEditor"_s},
        {HardwarePage::Kind::Nic, u"nicEditor"_s},          {HardwarePage::Kind::Graphics, u"graphicsEditor"_s},
        {HardwarePage::Kind::Video, u"videoEditor"_s},      {HardwarePage::Kind::Serial, u"deviceDetails"_s},
        {HardwarePage::Kind::Controller, u"deviceDetails"_s}};
    for (const auto &[kind, name] : editors) {
        QVERIFY(page->select(kind));
        QCOMPARE(page->currentEditor()->objectName(), name);
        shoot(page, u"hardware-"_s + name);
    }
    QVERIFY(page->select(HardwarePage::Kind::Boot));
    QVERIFY(child<QLabel>(page->currentEditor(), u"firmwareLabel"_s)->text().contains(u"UEFI"_s));
    QVERIFY(page->select(HardwarePage::Kind::Disk, u"sda"_s));
    QVERIFY(child<QLineEdit>(page->currentEditor(), u"mediaPath"_s)->isVisibleTo(page));
    QCOMPARE(child<QLineEdit>(page->currentEditor(), u"mediaPath"_s)->text(), u"/isos/debian.iso"_s);
    QVERIFY(child<QPushButton>(page->currentEditor(), u"ejectMedia"_s)->isEnabled());
    QVERIFY(page->select(HardwarePage::Kind::Disk, u"vda"_s));
    QVERIFY(!child<QLineEdit>(page->currentEditor(), u"mediaPath"_s)->isVisibleTo(page));
    QVERIFY(child<QComboBox>(page->currentEditor(), u"diskCache"_s)->isVisibleTo(page));
    // Disk options are config-only: "next boot" and nothing else.
    auto *scope = child<ApplyScopeBox>(page->currentEditor(), u"applyScope"_s);
    QCOMPARE(scope->scope(), ApplyScope::NextBoot);
    QVERIFY(!scope->isEnabled());
    // Removing works on disks and NICs only.
    QVERIFY(child<QPushButton>(page, u"removeHardware"_s)->isEnabled());
    QVERIFY(page->select(HardwarePage::Kind::Cpu));
    QVERIFY(!child<QPushButton>(page, u"removeHardware"_s)->isEnabled());
}

void TestHardwarePage::shutOffGuestOffersNextBootOnly()
{
    HardwarePage *page = openPage(HardwareTestHost::offUuid());
    QVERIFY(page);
    QVERIFY(page->select(HardwarePage::Kind::Cpu));
    auto *scope = child<ApplyScopeBox>(page->currentEditor(), u"applyScope"_s);
    QCOMPARE(scope->scope(), ApplyScope::NextBoot);
    QVERIFY(!scope->isOffered(ApplyScope::Now));
    QVERIFY(!scope->isOffered(ApplyScope::Both));
    QVERIFY(!scope->isEnabled());
    // A config change goes through: 3 of 6 vCPUs for the next boot.
    child<QSpinBox>(page->currentEditor(), u"vcpuMaximum"_s)->setValue(6);
    child<QSpinBox>(page->currentEditor(), u"vcpuCurrent"_s)->setValue(3);
    auto *apply = child<QPushButton>(page->currentEditor(), u"applyButton"_s);
    QVERIFY(apply->isEnabled());
    QSignalSpy finished(page, &HardwarePage::operationFinished);
    QSignalSpy refreshed(page, &HardwarePage::refreshed);
    apply->click();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(page->listing().config.cpu.maximum, 6, 20000);
    QCOMPARE(page->listing().config.cpu.current, 3);

    // The running guest offers all three, "both" first.
    HardwarePage running(m_session.get(), HardwareTestHost::runningUuid());
    QSignalSpy runningRefreshed(&running, &HardwarePage::refreshed);
    running.activate();
    QVERIFY(runningRefreshed.wait(20000));
    auto *runningScope = child<ApplyScopeBox>(running.currentEditor(), u"applyScope"_s);
    QCOMPARE(runningScope->scope(), ApplyScope::Both);
    QVERIFY(runningScope->isOffered(ApplyScope::Now));
    QVERIFY(runningScope->isEnabled());
}

void TestHardwarePage::vcpuAboveMaximumSaysRestart()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid()); // 2 of 4 vCPUs
    QVERIFY(page);
    QVERIFY(page->select(HardwarePage::Kind::Cpu));
    QWidget *editor = page->currentEditor();
    auto *current = child<QSpinBox>(editor, u"vcpuCurrent"_s);
    auto *maximum = child<QSpinBox>(editor, u"vcpuMaximum"_s);
    auto *problems = child<QLabel>(editor, u"problemsLabel"_s);
    auto *note = child<QLabel>(editor, u"noteLabel"_s);
    auto *apply = child<QPushButton>(editor, u"applyButton"_s);
    auto *scope = child<ApplyScopeBox>(editor, u"applyScope"_s);
    QCOMPARE(current->value(), 2);
    QCOMPARE(maximum->value(), 4);
    QVERIFY(!problems->isVisibleTo(page));

    // 6 now: above the running guest's maximum. Said at once, Apply refused, no libvirt call.
    maximum->setValue(6);
    current->setValue(6);
    QVERIFY(problems->isVisibleTo(page));
    QVERIFY2(problems->text().contains(u"restart"_s), qPrintable(problems->text()));
    QVERIFY(!apply->isEnabled());
    shoot(page, u"hardware-vcpu-restart"_s);

    // For the next boot it is fine, with the restart note.
    scope->setScope(ApplyScope::NextBoot);
    QVERIFY(!problems->isVisibleTo(page));
    QVERIFY(note->isVisibleTo(page));
    QVERIFY(note->text().contains(u"restart"_s));
    QVERIFY(apply->isEnabled());

    // Live within the maximum: applies now.
    scope->setScope(ApplyScope::Now);
    maximum->setValue(4);
    current->setValue(4);
    QVERIFY(apply->isEnabled());
    QSignalSpy finished(page, &HardwarePage::operationFinished);
    apply->click();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(page->listing().live.cpu.current, 4, 20000);
    QCOMPARE(page->listing().config.cpu.current, 2);
}

void TestHardwarePage::memoryAboveMaximumSaysRestart()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid()); // 512 MiB of 1 GiB
    QVERIFY(page);
    QVERIFY(page->select(HardwarePage::Kind::Memory));
    QWidget *editor = page->currentEditor();
    auto *current = child<QSpinBox>(editor, u"memoryCurrent"_s);
    auto *maximum = child<QSpinBox>(editor, u"memoryMaximum"_s);
    auto *problems = child<QLabel>(editor, u"problemsLabel"_s);
    QCOMPARE(current->value(), 512);
    QCOMPARE(maximum->value(), 1024);
    maximum->setValue(2048);
    current->setValue(2048);
    QVERIFY(problems->isVisibleTo(page));
    QVERIFY(problems->text().contains(u"restart"_s));
    QVERIFY(!child<QPushButton>(editor, u"applyButton"_s)->isEnabled());
    // A reload that changes nothing of the memory (another device's event) keeps the input.
    QSignalSpy refreshed(page, &HardwarePage::refreshed);
    page->refresh();
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(current->value(), 2048);
    QCOMPARE(maximum->value(), 2048);
    current->setValue(0);
    QVERIFY(problems->text().contains(u"more than zero"_s));
}

void TestHardwarePage::addDiskValidates()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid());
    QVERIFY(page);
    AddDiskDialog *dialog = page->addDisk();
    QVERIFY(dialog);
    QSignalSpy pools(dialog, &AddDiskDialog::poolsListed);
    QVERIFY(dialog->poolsLoaded() || pools.wait(20000));
    auto *target = child<QLineEdit>(dialog, u"diskTarget"_s);
    auto *size = child<QDoubleSpinBox>(dialog, u"diskSize"_s);
    auto *problems = child<QLabel>(dialog, u"problemsLabel"_s);
    auto *ok = child<QPushButton>(dialog, u"okButton"_s);
    // The next free virtio target is filled in: vda is taken.
    QCOMPARE(target->text(), u"vdb"_s);
    child<QComboBox>(dialog, u"diskBus"_s)->setCurrentIndex(child<QComboBox>(dialog, u"diskBus"_s)->findData(u"sata"_s));
    QCOMPARE(target->text(), u"sdc"_s); // sda (CD-ROM) and sdb (SCSI) are taken
    QVERIFY(child<QComboBox>(dialog, u"poolCombo"_s)->count() >= 1);

    size->setValue(0);
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(u"zero"_s), qPrintable(problems->text()));
    QCOMPARE(size->value(), 0.0); // what was typed stays

    size->setValue(500); // GiB: more than the pool's 100 GiB
    ok->click();
    QVERIFY(problems->text().contains(u"free"_s));

    size->setValue(1);
    target->setText(u"sda"_s);
    Q_EMIT target->textEdited(target->text());
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(problems->text().contains(u"already"_s), qPrintable(problems->text()));
    QCOMPARE(target->text(), u"sda"_s);
    shoot(dialog, u"hardware-adddisk"_s);

    // An existing path: a disk needs one; a CD-ROM may be empty.
    child<QRadioButton>(dialog, u"existingSource"_s)->setChecked(true);
    target->setText(u"sdc"_s);
    child<QComboBox>(dialog, u"sourcePath"_s)->setEditText({});
    ok->click();
    QVERIFY(problems->text().contains(u"file"_s));
    QVERIFY(dialog->validate().size() == 1);
    child<QComboBox>(dialog, u"diskDevice"_s)->setCurrentIndex(1); // CD-ROM
    QVERIFY(dialog->validate().isEmpty());
    QVERIFY(child<QCheckBox>(dialog, u"diskReadOnly"_s)->isChecked());
    dialog->reject();
}

void TestHardwarePage::addNicValidatesMac()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid());
    QVERIFY(page);
    AddNicDialog *dialog = page->addNic();
    QVERIFY(dialog);
    auto *mac = child<QLineEdit>(dialog, u"nicMac"_s);
    auto *problems = child<QLabel>(dialog, u"problemsLabel"_s);
    auto *ok = child<QPushButton>(dialog, u"okButton"_s);
    QTRY_COMPARE_WITH_TIMEOUT(child<QComboBox>(dialog, u"nicSource"_s)->currentText(), u"default"_s, 20000);

    mac->setText(u"52:54:00:zz:00:01"_s);
    ok->click();
    QVERIFY(dialog->isVisible());
    QVERIFY2(problems->text().contains(u"52:54:00:zz:00:01"_s), qPrintable(problems->text()));
    QCOMPARE(mac->text(), u"52:54:00:zz:00:01"_s);

    mac->setText(u"01:00:5e:00:00:01"_s);
    ok->click();
    QVERIFY(problems->text().contains(u"multicast"_s));

    mac->setText(u"52:54:00:AA:BB:01"_s); // the guest's own first NIC
    ok->click();
    QVERIFY(problems->text().contains(u"already"_s));
    shoot(dialog, u"hardware-addnic"_s);

    child<QPushButton>(dialog, u"generateMac"_s)->click();
    QVERIFY(mac->text().startsWith(u"52:54:00:"_s));
    QVERIFY(dialog->validate().isEmpty());

    auto *type = child<QComboBox>(dialog, u"nicType"_s);
    type->setCurrentIndex(type->findData(u"bridge"_s));
    child<QComboBox>(dialog, u"nicSource"_s)->setEditText(u"br0"_s);
    QVERIFY(dialog->validate().isEmpty());
    QCOMPARE(dialog->nic().source, u"br0"_s);
    QCOMPARE(dialog->nic().type, u"bridge"_s);
    dialog->reject();
}

void TestHardwarePage::graphicsPasswordNeverShown()
{
    HardwarePage *page = openPage(HardwareTestHost::offUuid());
    QVERIFY(page);
    QVERIFY(page->select(HardwarePage::Kind::Graphics, u"0"_s));
    QWidget *editor = page->currentEditor();
    const auto edits = editor->findChildren<QLineEdit *>();
    for (const QLineEdit *edit : edits)
        QVERIFY(!edit->text().contains(u"s3cret"_s));
    const auto labels = editor->findChildren<QLabel *>();
    for (const QLabel *label : labels)
        QVERIFY(!label->text().contains(u"s3cret"_s));
    QVERIFY(child<QLabel>(editor, u"passwordState"_s)->text().contains(u"not shown"_s));
    QCOMPARE(child<QLineEdit>(editor, u"passwordEdit"_s)->echoMode(), QLineEdit::Password);
    QVERIFY(child<QRadioButton>(editor, u"passwordKeep"_s)->isChecked());
    // A VNC password longer than 8 characters is refused in the editor.
    child<QRadioButton>(editor, u"passwordSet"_s)->setChecked(true);
    child<QLineEdit>(editor, u"passwordEdit"_s)->setText(u"123456789"_s);
    child<QPushButton>(editor, u"applyButton"_s)->click();
    QVERIFY(child<QLabel>(editor, u"problemsLabel"_s)->text().contains(u"8"_s));
    // Clearing goes through for the next boot.
    child<QRadioButton>(editor, u"passwordClear"_s)->setChecked(true);
    QSignalSpy finished(page, &HardwarePage::operationFinished);
    child<QPushButton>(editor, u"applyButton"_s)->click();
    QVERIFY(finished.wait(20000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!page->listing().config.graphics.at(0).hasPassword, 20000);
    shoot(page, u"hardware-graphics"_s);
}

void TestHardwarePage::interfaceTableShowsAddresses()
{
    HardwarePage *page = openPage(HardwareTestHost::runningUuid());
    QVERIFY(page);
    GuestInterfaceModel *model = page->interfaceModel();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 20000);
    auto *view = child<QTableView>(page, u"interfaceTable"_s);
    QCOMPARE(view->model(), model);
    const int row = model->rowOf(u"52:54:00:aa:bb:01"_s);
    QVERIFY(row >= 0);
    QCOMPARE(model->index(row, GuestInterfaceModel::SourceColumn).data().toString(), u"default"_s);
    QCOMPARE(model->index(row, GuestInterfaceModel::ModelColumn).data().toString(), u"virtio"_s);
    QVERIFY(model->index(row, GuestInterfaceModel::AddressColumn).data().toString().contains(u'/'));
    const int bridge = model->rowOf(u"52:54:00:aa:bb:02"_s);
    QCOMPARE(model->index(bridge, GuestInterfaceModel::LinkColumn).data().toString(), u"down"_s);
    shoot(page, u"hardware-page"_s);
}

QTEST_MAIN(TestHardwarePage)
#include "tst_hardwarepage.moc"
