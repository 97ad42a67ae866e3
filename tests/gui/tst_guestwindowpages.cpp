// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's Overview, Performance and XML pages and the password and rename
// dialogs against libvirt's test driver: title/description edited and saved, autostart
// toggled, the OS named from libosinfo; XML edited and applied, bad XML refused with the
// message shown and the text kept, the unsaved-changes question; the Performance page
// appending points from the stats stream only while visible; the password dialog saying
// what is missing. With VIRTDECK_SCREENSHOT_DIR set, every page is saved as a PNG there.
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "guestoverviewpage.h"
#include "guestpassworddialog.h"
#include "guestperformancepage.h"
#include "guestservice.h"
#include "guestwindow.h"
#include "guestxmlpage.h"
#include "testhostgenerator.h"
#include "xmleditor.h"
#include "xmlsyntaxhighlighter.h"
#include "xmltextdialog.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <QtCharts/QChartView>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::TestHostGenerator;

namespace {

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

template<typename W>
W *child(QObject *parent, const QString &name)
{
    W *found = parent->findChild<W *>(name);
    if (!found)
        qWarning("no child named %s", qPrintable(name));
    return found;
}

void screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    // Charts and layouts repaint from posted events: let them run before the picture.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    widget->grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestGuestWindowPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void overviewEditsTitleAndDescription();
    void overviewTogglesAutostart();
    void overviewNamesTheOsFromLibosinfo();
    void windowOpenedWhileConnectingCatchesUp();
    void renameDialogChecksWhileTyping();
    void xmlPageAppliesAnEdit();
    void xmlPageKeepsBadXmlAndShowsTheError();
    void xmlPageAsksBeforeDroppingEdits();
    void closingWithUnappliedXmlAsks();
    void performancePageAppendsOnlyWhileVisible();
    void performancePageFollowsTheStatsStream();
    void passwordDialogSaysWhatIsMissing();
    void xmlTextDialogHighlights();

private:
    GuestWindow *openWindow(const TestHostGenerator::ExpectedGuest &guest);
    const TestHostGenerator::ExpectedGuest &guestIn(DomainState state) const;

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    std::unique_ptr<ConnectionManager> m_manager;
    std::unique_ptr<GuestListModel> m_model;
    ConnectionSession *m_session = nullptr;
    QPointer<GuestWindow> m_window;
};

void TestGuestWindowPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 8;
    options.namePrefix = u"virtdeck-test-gw-"_s;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

// Every test gets its own connection, so its own copy of the generated host.
void TestGuestWindowPages::init()
{
    m_manager = std::make_unique<ConnectionManager>();
    m_model = std::make_unique<GuestListModel>();
    m_model->attach(m_manager.get());
    m_session = m_manager->addConnection(ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"generated"_s, false});
    QVERIFY(m_session);
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->guestCount(), int(m_expected.size()), 20000);
}

void TestGuestWindowPages::cleanup()
{
    if (m_window) {
        m_window->xmlPage()->editor()->setModified(false);
        delete m_window;
    }
    m_model.reset();
    m_manager.reset();
    m_session = nullptr;
}

const TestHostGenerator::ExpectedGuest &TestGuestWindowPages::guestIn(DomainState state) const
{
    for (const auto &guest : m_expected) {
        if (guest.state == state && !guest.hasManagedSave)
            return guest;
    }
    qFatal("the generated host has no guest in the state wanted");
}

GuestWindow *TestGuestWindowPages::openWindow(const TestHostGenerator::ExpectedGuest &guest)
{
    m_window = new GuestWindow(m_session, m_model.get(), guest.uuid);
    m_window->resize(900, 640);
    m_window->show();
    return m_window;
}

void TestGuestWindowPages::overviewEditsTitleAndDescription()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    GuestOverviewPage *page = window->overviewPage();
    auto *title = child<QLineEdit>(page, u"overviewTitle"_s);
    auto *description = child<QPlainTextEdit>(page, u"overviewDescription"_s);
    auto *apply = child<QPushButton>(page, u"overviewApplyMetadata"_s);
    auto *revert = child<QPushButton>(page, u"overviewRevertMetadata"_s);
    QVERIFY(title && description && apply && revert);
    QTRY_VERIFY_WITH_TIMEOUT(title->isEnabled(), 10000);
    QCOMPARE(child<QLabel>(page, u"overviewName"_s)->text(), guest.name);
    QCOMPARE(child<QLabel>(page, u"overviewUuid"_s)->text(), guest.uuid.toString(QUuid::WithoutBraces));
    QCOMPARE(title->text(), guest.title);
    QVERIFY(!apply->isEnabled());
    QVERIFY(!child<QLabel>(page, u"overviewOs"_s)->text().isEmpty());
    QVERIFY(!child<QLabel>(page, u"overviewMetadataScope"_s)->text().isEmpty());
    screenshot(window, u"guestwindow-overview"_s);

    // Revert brings back what libvirt has.
    QTest::keyClicks(title, u" (edited)"_s);
    QVERIFY(apply->isEnabled());
    revert->click();
    QCOMPARE(title->text(), guest.title);
    QVERIFY(!apply->isEnabled());

    title->selectAll();
    QTest::keyClicks(title, u"Build server"_s);
    description->setPlainText(u"Nightly builds\nowner: ops"_s);
    QVERIFY(apply->isEnabled());
    QSignalSpy finished(page, &GuestOverviewPage::operationFinished);
    apply->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!apply->isEnabled());
    const auto details = waitFor(GuestService(m_session).details(guest.uuid));
    QCOMPARE(details.value.title, u"Build server"_s);
    QCOMPARE(details.value.description, u"Nightly builds\nowner: ops"_s);
    // The guest list hears of the new title through libvirt's metadata event.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->domain(m_model->domainIndex(m_session->id(), guest.uuid))->title, u"Build server"_s, 10000);
    QCOMPARE(title->text(), u"Build server"_s);
}

void TestGuestWindowPages::overviewTogglesAutostart()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    auto *autostart = child<QCheckBox>(window->overviewPage(), u"overviewAutostart"_s);
    QVERIFY(autostart);
    QTRY_VERIFY_WITH_TIMEOUT(autostart->isEnabled(), 10000);
    QVERIFY(!autostart->isChecked());
    autostart->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_model->domain(m_model->domainIndex(m_session->id(), guest.uuid))->autostart, 10000);
    QTRY_VERIFY(autostart->isEnabled());
    QVERIFY(autostart->isChecked());
    autostart->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->domain(m_model->domainIndex(m_session->id(), guest.uuid))->autostart, 10000);
    QTRY_VERIFY(!autostart->isChecked());
}

void TestGuestWindowPages::overviewNamesTheOsFromLibosinfo()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    // Give the guest virt-install's libosinfo metadata, as the new-guest wizard does.
    QString xml = waitFor(m_session->domainXml(guest.uuid, true)).value;
    const qsizetype at = xml.indexOf(u"</uuid>"_s) + 7;
    xml.insert(at, u"\n  <metadata><libosinfo:libosinfo xmlns:libosinfo=\"http://libosinfo.org/xmlns/libvirt/domain/1.0\">"
                   "<libosinfo:os id=\"http://debian.org/debian/11\"/></libosinfo:libosinfo></metadata>"_s);
    const auto defined = waitFor(GuestService(m_session).defineXml(guest.uuid, xml));
    QVERIFY2(defined.ok(), qPrintable(defined.error));

    GuestWindow *window = openWindow(guest);
    auto *os = child<QLabel>(window->overviewPage(), u"overviewOs"_s);
    // The id at once, libosinfo's name once its database has loaded (off the GUI thread).
    QTRY_COMPARE_WITH_TIMEOUT(os->text(), u"Debian 11"_s, 30000);
    QCOMPARE(os->toolTip(), u"http://debian.org/debian/11"_s);
}

// What --show-domain-editor does: the window opens as soon as the guest is listed, which
// is before the session accepts requests. The details and the XML follow once it does.
void TestGuestWindowPages::windowOpenedWhileConnectingCatchesUp()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    // Its own session (the manager would hand back the connected one for the same URI).
    ConnectionSession early(2, ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"early"_s, false});
    early.open();
    QCOMPARE(early.state(), ConnectionState::Connecting);
    GuestWindow window(&early, m_model.get(), guest.uuid);
    window.show();
    window.showPage(GuestWindow::Page::Xml);
    QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->details().name, guest.name, 20000);
    QTRY_VERIFY2_WITH_TIMEOUT(child<QPlainTextEdit>(window.xmlPage(), u"domainXml"_s)->toPlainText().contains(guest.name),
                              qPrintable(window.xmlPage()->editor()->errorText()), 20000);
    QVERIFY(!child<QLabel>(window.xmlPage(), u"xmlEditorError"_s)->isVisible());
    QVERIFY(child<QLabel>(window.overviewPage(), u"overviewStatus"_s)->text().isEmpty()
            || !child<QLabel>(window.overviewPage(), u"overviewStatus"_s)->text().contains(u"connecting"_s));
}

void TestGuestWindowPages::renameDialogChecksWhileTyping()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    auto *rename = child<QPushButton>(window->overviewPage(), u"renameGuest"_s);
    QTRY_VERIFY_WITH_TIMEOUT(rename->isEnabled(), 10000);
    rename->click();
    auto *dialog = window->findChild<QDialog *>(u"renameGuestDialog"_s);
    QVERIFY(dialog);
    auto *name = child<QLineEdit>(dialog, u"renameName"_s);
    auto *ok = child<QPushButton>(dialog, u"renameOk"_s);
    auto *problem = child<QLabel>(dialog, u"renameProblem"_s);
    QVERIFY(!ok->isEnabled()); // the current name: nothing to do
    const QString other = m_expected.at(0).name == guest.name ? m_expected.at(1).name : m_expected.at(0).name;
    name->setText(other);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problem->text().contains(u"already exists"_s), qPrintable(problem->text()));
    name->setText(u"no spaces please"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY(problem->text().contains(u"not a valid guest name"_s));
    screenshot(dialog, u"guestwindow-rename"_s);
    name->setText(u"virtdeck-test-gw-new-name"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    const QPointer<QDialog> renameDialog(dialog); // it deletes itself once closed
    ok->click();
    QTRY_VERIFY_WITH_TIMEOUT(!renameDialog || !renameDialog->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(window->overviewPage(), u"overviewName"_s)->text(), u"virtdeck-test-gw-new-name"_s, 10000);
    QTRY_VERIFY(window->windowTitle().startsWith(u"virtdeck-test-gw-new-name"_s));

    // A running guest cannot be renamed: the button says so before the user tries.
    GuestWindow running(m_session, m_model.get(), guestIn(DomainState::Running).uuid);
    QVERIFY(!child<QPushButton>(running.overviewPage(), u"renameGuest"_s)->isEnabled());
}

void TestGuestWindowPages::xmlPageAppliesAnEdit()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    GuestXmlPage *page = window->xmlPage();
    QSignalSpy loaded(page, &GuestXmlPage::loaded);
    window->showPage(GuestWindow::Page::Xml);
    QVERIFY(loaded.wait(10000));
    auto *text = child<QPlainTextEdit>(page, u"domainXml"_s);
    auto *apply = child<QPushButton>(page, u"applyXml"_s);
    QVERIFY(text && apply);
    QVERIFY(!text->isReadOnly());
    QVERIFY(text->toPlainText().contains(u"<name>"_s + guest.name + u"</name>"_s));
    QVERIFY(!apply->isEnabled());
    screenshot(window, u"guestwindow-xml"_s);

    QString xml = text->toPlainText();
    const qsizetype at = xml.indexOf(u"<memory unit='KiB'>"_s);
    const qsizetype end = xml.indexOf(u"</memory>"_s, at);
    xml.replace(at, end - at, u"<memory unit='KiB'>393216"_s);
    text->selectAll();
    text->insertPlainText(xml);
    QVERIFY(page->hasUnsavedChanges());
    QVERIFY(apply->isEnabled());
    QSignalSpy applied(page, &GuestXmlPage::applied);
    apply->click();
    QVERIFY(applied.wait(10000));
    QVERIFY2(applied.first().at(0).toBool(), qPrintable(applied.first().at(1).toString()));
    QVERIFY(!page->hasUnsavedChanges());
    QVERIFY(!child<QLabel>(page, u"xmlEditorError"_s)->isVisible());
    const auto saved = waitFor(m_session->domainXml(guest.uuid, true));
    QVERIFY(saved.value.contains(u"<memory unit='KiB'>393216</memory>"_s));
    QCOMPARE(text->toPlainText(), saved.value);
}

void TestGuestWindowPages::xmlPageKeepsBadXmlAndShowsTheError()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    GuestXmlPage *page = window->xmlPage();
    QSignalSpy loaded(page, &GuestXmlPage::loaded);
    window->showPage(GuestWindow::Page::Xml);
    QVERIFY(loaded.wait(10000));
    auto *text = child<QPlainTextEdit>(page, u"domainXml"_s);
    auto *error = child<QLabel>(page, u"xmlEditorError"_s);
    const QString original = text->toPlainText();

    // Not well-formed: caught before libvirt, with the line, the cursor moved there.
    QString broken = original;
    broken.replace(u"</name>"_s, u"</nam>"_s);
    text->selectAll();
    text->insertPlainText(broken);
    QSignalSpy applied(page, &GuestXmlPage::applied);
    child<QPushButton>(page, u"applyXml"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
    QVERIFY(!applied.first().at(0).toBool());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"line 2"_s), qPrintable(error->text()));
    QCOMPARE(text->toPlainText(), broken);
    QCOMPARE(text->textCursor().blockNumber(), 1);
    QVERIFY(page->hasUnsavedChanges());

    // Well-formed but refused by libvirt: libvirt's message, the text as typed.
    QString invalid = original;
    invalid.replace(u"<memory unit='KiB'>"_s, u"<memory unit='parsecs'>"_s);
    text->selectAll();
    text->insertPlainText(invalid);
    child<QPushButton>(page, u"applyXml"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 2, 10000);
    QVERIFY(!applied.at(1).at(0).toBool());
    QVERIFY2(error->text().contains(u"parsecs"_s), qPrintable(error->text()));
    QCOMPARE(text->toPlainText(), invalid);
    QVERIFY(page->hasUnsavedChanges());
    screenshot(window, u"guestwindow-xml-error"_s);
    QCOMPARE(waitFor(m_session->domainXml(guest.uuid, true)).value, original);
}

void TestGuestWindowPages::xmlPageAsksBeforeDroppingEdits()
{
    const auto &guest = guestIn(DomainState::Running);
    GuestWindow *window = openWindow(guest);
    GuestXmlPage *page = window->xmlPage();
    QSignalSpy loaded(page, &GuestXmlPage::loaded);
    window->showPage(GuestWindow::Page::Xml);
    QVERIFY(loaded.wait(10000));
    auto *text = child<QPlainTextEdit>(page, u"domainXml"_s);
    auto *live = child<QRadioButton>(page, u"xmlShowLive"_s);
    QVERIFY(page->showsInactive());
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(u"\n<!-- my note -->"_s);
    const QString edited = text->toPlainText();

    // Cancel: still the saved definition, the edit still there.
    live->click();
    auto *box = window->findChild<QMessageBox *>(u"xmlUnsavedQuestion"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    screenshot(window, u"guestwindow-xml-unsaved"_s);
    child<QPushButton>(box, u"xmlUnsavedCancel"_s)->click();
    QTRY_VERIFY(!window->findChild<QMessageBox *>(u"xmlUnsavedQuestion"_s));
    QVERIFY(page->showsInactive());
    QVERIFY(!live->isChecked());
    QCOMPARE(text->toPlainText(), edited);

    // Discard: the live XML, read-only.
    live->click();
    box = window->findChild<QMessageBox *>(u"xmlUnsavedQuestion"_s);
    QVERIFY(box);
    child<QPushButton>(box, u"xmlUnsavedDiscard"_s)->click();
    QVERIFY(loaded.wait(10000));
    QVERIFY(!page->showsInactive());
    QVERIFY(live->isChecked());
    QVERIFY(text->isReadOnly());
    QVERIFY(!text->toPlainText().contains(u"my note"_s));
    QVERIFY(!child<QPushButton>(page, u"applyXml"_s)->isEnabled());
}

void TestGuestWindowPages::closingWithUnappliedXmlAsks()
{
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    GuestXmlPage *page = window->xmlPage();
    QSignalSpy loaded(page, &GuestXmlPage::loaded);
    window->showPage(GuestWindow::Page::Xml);
    QVERIFY(loaded.wait(10000));
    auto *text = child<QPlainTextEdit>(page, u"domainXml"_s);
    text->moveCursor(QTextCursor::End);
    text->insertPlainText(u"\n<!-- unsaved -->"_s);

    QVERIFY(!window->close()); // asked, not closed
    auto *box = window->findChild<QMessageBox *>(u"xmlUnsavedQuestion"_s);
    QVERIFY(box);
    child<QPushButton>(box, u"xmlUnsavedCancel"_s)->click();
    QVERIFY(window->isVisible());
    QVERIFY(m_window);

    window->close();
    box = window->findChild<QMessageBox *>(u"xmlUnsavedQuestion"_s);
    QVERIFY(box);
    child<QPushButton>(box, u"xmlUnsavedDiscard"_s)->click();
    QTRY_VERIFY(!m_window); // closed and deleted
}

void TestGuestWindowPages::performancePageAppendsOnlyWhileVisible()
{
    // A shut-off guest: the real stats stream has no samples for it, only the synthetic
    // batches below do.
    const auto &guest = guestIn(DomainState::ShutOff);
    GuestWindow *window = openWindow(guest);
    GuestPerformancePage *page = window->performancePage();
    window->showPage(GuestWindow::Page::Performance);
    QTRY_VERIFY(page->isVisible());
    QVERIFY(child<QLabel>(page, u"performanceNoData"_s)->isVisible());

    const qint64 t0 = QDateTime::currentMSecsSinceEpoch() - 60000;
    const auto batch = [&guest](qint64 t, float cpu, double rx) {
        StatsBatch b;
        b.timestampMs = t;
        DomainStatsSample other;
        other.uuid = QUuid::createUuid();
        other.cpuPercent = 99;
        DomainStatsSample mine;
        mine.uuid = guest.uuid;
        mine.cpuPercent = cpu;
        mine.memoryPercent = 40;
        mine.diskReadBytesPerSec = 2 * 1024 * 1024;
        mine.diskWriteBytesPerSec = 512 * 1024;
        mine.netRxBytesPerSec = rx;
        mine.netTxBytesPerSec = rx / 2;
        b.domains = {other, mine};
        return b;
    };
    QSignalSpy added(page, &GuestPerformancePage::sampleAdded);
    for (int i = 0; i < 20; ++i)
        Q_EMIT m_session->statsSampled(batch(t0 + i * 2000, float(10 + 3 * i), 1000.0 * (i + 1) * (i + 1)));
    QCOMPARE(added.size(), 20);
    QCOMPARE(page->history().size(), 20);
    for (auto chart : {GuestPerformancePage::Chart::Cpu, GuestPerformancePage::Chart::Memory,
                       GuestPerformancePage::Chart::Disk, GuestPerformancePage::Chart::Network})
        QCOMPARE(page->drawnPoints(chart), 20);
    QCOMPARE(page->drawnPoints(GuestPerformancePage::Chart::Disk, 1), 20);
    QVERIFY(!child<QLabel>(page, u"performanceNoData"_s)->isVisible());
    QVERIFY(page->chartView(GuestPerformancePage::Chart::Cpu)->chart()->title().contains(u"67"_s));
    screenshot(window, u"guestwindow-performance"_s);

    // Hidden: the history grows, the charts wait.
    window->showPage(GuestWindow::Page::Overview);
    QTRY_VERIFY(!page->isVisible());
    Q_EMIT m_session->statsSampled(batch(t0 + 40000, 5, 1000));
    Q_EMIT m_session->statsSampled(batch(t0 + 42000, 6, 1000));
    QCOMPARE(page->history().size(), 22);
    QCOMPARE(page->drawnPoints(GuestPerformancePage::Chart::Cpu), 20);
    window->showPage(GuestWindow::Page::Performance);
    QTRY_COMPARE(page->drawnPoints(GuestPerformancePage::Chart::Cpu), 22);
    QCOMPARE(page->drawnPoints(GuestPerformancePage::Chart::Network, 1), 22);

    // Older than ten minutes leaves the graph as new points arrive.
    Q_EMIT m_session->statsSampled(batch(t0 + 10 * 60 * 1000 + 3000, 7, 1000));
    QCOMPARE(page->history().size(), 22 - 2 + 1);
    QCOMPARE(page->drawnPoints(GuestPerformancePage::Chart::Cpu), page->history().size());
    QCOMPARE(page->drawnPoints(GuestPerformancePage::Chart::Disk, 1), page->history().size());
}

void TestGuestWindowPages::performancePageFollowsTheStatsStream()
{
    m_session->setStatsIntervalMs(200);
    const auto &guest = guestIn(DomainState::Running);
    GuestWindow *window = openWindow(guest);
    GuestPerformancePage *page = window->performancePage();
    window->showPage(GuestWindow::Page::Performance);
    // The test driver's bulk stats: the second sample gives the first rates.
    QTRY_VERIFY_WITH_TIMEOUT(page->history().size() >= 3, 15000);
    QTRY_COMPARE(page->drawnPoints(GuestPerformancePage::Chart::Cpu), page->history().size());
}

void TestGuestWindowPages::passwordDialogSaysWhatIsMissing()
{
    const auto &guest = guestIn(DomainState::Running);
    GuestWindow *window = openWindow(guest);
    auto *button = child<QPushButton>(window->overviewPage(), u"setGuestPassword"_s);
    QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 10000);
    button->click();
    auto *dialog = window->findChild<GuestPasswordDialog *>(u"guestPasswordDialog"_s);
    QVERIFY(dialog);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->method(), GuestPasswordDialog::Method::Unavailable, 10000);
    auto *reason = child<QLabel>(dialog, u"passwordReason"_s);
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"org.qemu.guest_agent.0"_s), qPrintable(reason->text()));
    QVERIFY(reason->text().contains(u"qemu-guest-agent"_s));
    QVERIFY(!child<QPushButton>(dialog, u"passwordSet"_s)->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, u"passwordNew"_s)->isVisibleTo(dialog));
    screenshot(dialog, u"guestwindow-password-no-agent"_s);
    dialog->reject();

    // Shut off on a host whose disks virt-customize cannot reach (the test driver's).
    GuestPasswordDialog offDialog(m_session, guestIn(DomainState::ShutOff).uuid);
    QTRY_COMPARE_WITH_TIMEOUT(offDialog.method(), GuestPasswordDialog::Method::Unavailable, 10000);
    const QString text = child<QLabel>(&offDialog, u"passwordReason"_s)->text();
    QVERIFY2(text.contains(u"virt-customize"_s) && text.contains(m_session->uri()), qPrintable(text));
}

void TestGuestWindowPages::xmlTextDialogHighlights()
{
    XmlTextDialog dialog(u"Network"_s, u"<network>\n  <!-- note -->\n  <name a='b'>default</name>\n</network>\n"_s);
    dialog.show();
    auto *text = child<QPlainTextEdit>(&dialog, u"xmlText"_s);
    QVERIFY(text);
    QVERIFY(text->isReadOnly());
    XmlEditor *editor = dialog.findChild<XmlEditor *>();
    QVERIFY(editor);
    const auto formatAt = [text](int blockNumber, int position) {
        const QTextBlock block = text->document()->findBlockByNumber(blockNumber);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.foreground().color();
        }
        return QColor();
    };
    XmlSyntaxHighlighter *highlighter = editor->highlighter();
    QCOMPARE(formatAt(0, 1), highlighter->format(XmlSyntaxHighlighter::Kind::Tag).foreground().color());
    QCOMPARE(formatAt(1, 5), highlighter->format(XmlSyntaxHighlighter::Kind::Comment).foreground().color());
    QCOMPARE(formatAt(2, 8), highlighter->format(XmlSyntaxHighlighter::Kind::Attribute).foreground().color());
    QCOMPARE(formatAt(2, 10), highlighter->format(XmlSyntaxHighlighter::Kind::Value).foreground().color());
    QVERIFY(formatAt(2, 15) != highlighter->format(XmlSyntaxHighlighter::Kind::Value).foreground().color()); // text
    screenshot(&dialog, u"xmltextdialog"_s);
}

QTEST_MAIN(TestGuestWindowPages)
#include "tst_guestwindowpages.moc"
