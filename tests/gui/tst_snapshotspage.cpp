// SPDX-License-Identifier: GPL-2.0-or-later
// The snapshot UI against libvirt's test driver: the page shows the tree and follows every
// operation; the create dialog validates the name; revert asks first and says what is
// discarded; the delete dialog offers this one / with children / metadata only; an external
// snapshot has revert disabled with the reason, before the user tries. The main window's
// batch actions snapshot and revert all selected guests with a result per guest.
#include "connectionmanager.h"
#include "connectionsession.h"
#include "guestlistmodel.h"
#include "guestwindow.h"
#include "libvirterror.h"
#include "libvirthandles.h"
#include "mainwindow.h"
#include "notificationarea.h"
#include "snapshotspage.h"
#include "snapshottreemodel.h"
#include "testhostgenerator.h"

#include <QAction>
#include <QDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

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
    return parent->findChild<W *>(name);
}

} // namespace

#define OPEN_PAGE(f, guest)                                                                                    \
    (f).session.open();                                                                                        \
    QTRY_COMPARE_WITH_TIMEOUT((f).session.state(), ConnectionState::Connected, 20000);                         \
    (f).makePage(guest);                                                                                       \
    QTRY_VERIFY_WITH_TIMEOUT((f).page->listing().guestName == (guest).name && !(f).page->isBusy(), 20000)

class TestSnapshotsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheTreeWithTheCurrentMarked();
    void createDialogValidatesTheName();
    void revertAsksAndMovesTheCurrentMarker();
    void deleteDialogOffersTheThreeChoices();
    void currentMarkerFollowsEvents();
    void descriptionIsEditable();
    void externalSnapshotRevertDisabledWithReason();
    void guestWindowHasASnapshotsPage();
    void batchSnapshotAndRevertFromTheMainWindow();

private:
    struct Fixture
    {
        ConnectionSession session;
        std::unique_ptr<SnapshotsPage> page;
        explicit Fixture(const QString &uri)
            : session(1, ConnectionConfig{uri, {}, false})
        {
        }
        void makePage(const TestHostGenerator::ExpectedGuest &guest)
        {
            page = std::make_unique<SnapshotsPage>(&session, guest.uuid);
            page->resize(900, 600);
            page->show();
            page->activate();
        }
        QString selectedName() const
        {
            return page->view()->currentIndex().data(SnapshotTreeModel::NameRole).toString();
        }
        void select(const QString &name)
        {
            page->view()->setCurrentIndex(page->model()->indexOf(name));
        }
        QDialog *dialog(const QString &name) const { return page->findChild<QDialog *>(name); }
    };

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    TestHostGenerator::ExpectedGuest m_guest;
};

void TestSnapshotsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 6;
    options.snapshotEvery = 2;
    options.snapshotsPerGuest = 3;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
    for (const auto &guest : std::as_const(m_expected)) {
        if (guest.snapshotCount == 3) {
            m_guest = guest;
            break;
        }
    }
    QVERIFY(!m_guest.name.isEmpty());
}

void TestSnapshotsPage::showsTheTreeWithTheCurrentMarked()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    QCOMPARE(f.page->model()->snapshotCount(), 3);
    QCOMPARE(f.selectedName(), u"snap-3"_s); // the current one is selected first
    QVERIFY(f.page->view()->isExpanded(f.page->model()->indexOf(u"snap-2"_s)));
    QVERIFY(child<QPlainTextEdit>(f.page.get(), u"snapshotXml"_s)->toPlainText().contains(u"<name>snap-3</name>"_s));
    QVERIFY(child<QPushButton>(f.page.get(), u"revertSnapshot"_s)->isEnabled());
    QVERIFY(!child<QLabel>(f.page.get(), u"snapshotBanner"_s)->isVisible());
    QVERIFY(!child<QLabel>(f.page.get(), u"snapshotRevertReason"_s)->isVisible());
}

void TestSnapshotsPage::createDialogValidatesTheName()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    child<QPushButton>(f.page.get(), u"createSnapshot"_s)->click();
    QDialog *dialog = f.dialog(u"createSnapshotDialog"_s);
    QVERIFY(dialog);
    auto *name = child<QLineEdit>(dialog, u"snapshotName"_s);
    auto *ok = child<QPushButton>(dialog, u"snapshotCreateOk"_s);
    auto *problem = child<QLabel>(dialog, u"snapshotProblem"_s);
    QVERIFY(name && ok && problem);
    QVERIFY(ok->isEnabled()); // a date-based default name
    for (const QString &bad : {u""_s, u"a/b"_s, u"snap-2"_s, u" x"_s}) {
        name->setText(bad);
        QVERIFY2(!ok->isEnabled(), qPrintable(bad));
        QVERIFY(!problem->text().isEmpty());
        ok->click(); // nothing happens, nothing lost
        QVERIFY(dialog->isVisible());
    }
    name->setText(u"before-upgrade"_s);
    QVERIFY(ok->isEnabled());
    QVERIFY(problem->text().isEmpty());
    child<QPlainTextEdit>(dialog, u"snapshotDescription"_s)->setPlainText(u"kernel 6.1"_s);
    QSignalSpy finished(f.page.get(), &SnapshotsPage::operationFinished);
    ok->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->snapshotCount(), 4, 10000);
    QTRY_COMPARE(f.selectedName(), u"before-upgrade"_s);
    QCOMPARE(f.page->model()->currentName(), u"before-upgrade"_s);
    QCOMPARE(f.page->model()->indexOf(u"before-upgrade"_s).parent().data(SnapshotTreeModel::NameRole).toString(), u"snap-3"_s);
    QCOMPARE(child<QPlainTextEdit>(f.page.get(), u"snapshotDescriptionEdit"_s)->toPlainText(), u"kernel 6.1"_s);
}

void TestSnapshotsPage::revertAsksAndMovesTheCurrentMarker()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    f.select(u"snap-1"_s);
    child<QPushButton>(f.page.get(), u"revertSnapshot"_s)->click();
    QDialog *dialog = f.dialog(u"revertSnapshotDialog"_s);
    QVERIFY(dialog);
    // It says what goes before anything happens; Cancel changes nothing.
    QVERIFY(!child<QLabel>(dialog, u"revertDiscardText"_s)->text().isEmpty());
    QCOMPARE(child<QLabel>(dialog, u"revertSnapshotLabel"_s)->text(), u"snap-1"_s);
    dialog->reject();
    QCOMPARE(f.page->model()->currentName(), u"snap-3"_s);

    child<QPushButton>(f.page.get(), u"revertSnapshot"_s)->click();
    dialog = f.dialog(u"revertSnapshotDialog"_s);
    QVERIFY(dialog);
    QSignalSpy finished(f.page.get(), &SnapshotsPage::operationFinished);
    child<QPushButton>(dialog, u"revertSnapshotOk"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->currentName(), u"snap-1"_s, 10000);
    QVERIFY(f.page->model()->indexOf(u"snap-1"_s).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!f.page->model()->indexOf(u"snap-3"_s).data(SnapshotTreeModel::CurrentRole).toBool());
}

void TestSnapshotsPage::deleteDialogOffersTheThreeChoices()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    f.select(u"snap-2"_s);
    child<QPushButton>(f.page.get(), u"deleteSnapshot"_s)->click();
    QDialog *dialog = f.dialog(u"deleteSnapshotDialog"_s);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, u"deleteSnapshotThisOnly"_s)->isChecked());
    QVERIFY(child<QRadioButton>(dialog, u"deleteSnapshotWithChildren"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(dialog, u"deleteSnapshotMetadataOnly"_s)->isEnabled());
    child<QRadioButton>(dialog, u"deleteSnapshotWithChildren"_s)->setChecked(true);
    QSignalSpy finished(f.page.get(), &SnapshotsPage::operationFinished);
    child<QPushButton>(dialog, u"deleteSnapshotOk"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->snapshotCount(), 1, 10000);
    QTRY_COMPARE(f.selectedName(), u"snap-1"_s); // the parent of what went

    // A leaf: "with children" has nothing to take along.
    child<QPushButton>(f.page.get(), u"deleteSnapshot"_s)->click();
    dialog = f.dialog(u"deleteSnapshotDialog"_s);
    QVERIFY(dialog);
    QVERIFY(!child<QRadioButton>(dialog, u"deleteSnapshotWithChildren"_s)->isEnabled());
    dialog->reject();
}

void TestSnapshotsPage::currentMarkerFollowsEvents()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    QCOMPARE(f.page->model()->currentName(), u"snap-3"_s);
    QSignalSpy resets(f.page->model(), &QAbstractItemModel::modelReset);
    QSignalSpy refreshed(f.page.get(), &SnapshotsPage::refreshed);
    // Reverted elsewhere, not through the page: nothing changes on the page by itself...
    const auto reverted = waitFor(SnapshotService(&f.session).revert(m_guest.uuid, u"snap-1"_s, SnapshotRevertMode::AsTaken));
    QVERIFY2(reverted.ok(), qPrintable(reverted.error));
    QCOMPARE(f.page->model()->currentName(), u"snap-3"_s);
    // ...until the guest's lifecycle event arrives. This guest is shut off in every snapshot,
    // so the test driver has no state change to report: the event is sent here as the
    // worker would (tests/libvirt sees QEMU's real one).
    DomainInfo info;
    info.uuid = m_guest.uuid;
    info.name = m_guest.name;
    info.state = DomainState::Paused;
    Q_EMIT f.session.domainsChanged({info});
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->currentName(), u"snap-1"_s, 10000);
    QVERIFY(f.page->model()->indexOf(u"snap-1"_s).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!f.page->model()->indexOf(u"snap-3"_s).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(resets.size(), 0);
    // Another guest's event does not make the page re-read.
    const int before = int(refreshed.size());
    DomainInfo other = info;
    other.uuid = QUuid::createUuid();
    Q_EMIT f.session.domainsChanged({other});
    QCoreApplication::processEvents();
    QCOMPARE(int(refreshed.size()), before);
}

void TestSnapshotsPage::descriptionIsEditable()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    OPEN_PAGE(f, m_guest);
    f.select(u"snap-2"_s);
    auto *edit = child<QPlainTextEdit>(f.page.get(), u"snapshotDescriptionEdit"_s);
    auto *save = child<QPushButton>(f.page.get(), u"saveSnapshotDescription"_s);
    QVERIFY(!save->isEnabled());
    edit->setPlainText(u"tested & <approved>"_s);
    QVERIFY(save->isEnabled());
    QSignalSpy finished(f.page.get(), &SnapshotsPage::operationFinished);
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(f.page->model()->snapshot(f.page->model()->indexOf(u"snap-2"_s))->description,
                              u"tested & <approved>"_s, 10000);
    QCOMPARE(f.page->model()->currentName(), u"snap-3"_s); // still the current one
    QTRY_VERIFY(!save->isEnabled());
}

void TestSnapshotsPage::externalSnapshotRevertDisabledWithReason()
{
    Fixture f(TestHostGenerator::uriFor(m_hostFile));
    f.session.open();
    QTRY_COMPARE_WITH_TIMEOUT(f.session.state(), ConnectionState::Connected, 20000);
    // The test driver cannot take external snapshots, but it keeps a redefined one.
    const QUuid uuid = m_guest.uuid;
    const auto defined = waitFor(f.session.withConnection<bool>([uuid](virConnectPtr connection) {
        const QByteArray raw = uuid.toRfc4122();
        const DomainHandle domain(virDomainLookupByUUID(connection, reinterpret_cast<const unsigned char *>(raw.constData())));
        if (!domain)
            return Result<bool>::failure(lastLibvirtError());
        const CString domainXml{virDomainGetXMLDesc(domain.get(), VIR_DOMAIN_XML_INACTIVE)};
        if (!domainXml)
            return Result<bool>::failure(lastLibvirtError());
        const QByteArray xml = QByteArray("<domainsnapshot><name>ext</name><state>disk-snapshot</state>"
                                          "<parent><name>snap-3</name></parent><creationTime>1800000000</creationTime>"
                                          "<memory snapshot='no'/><disks><disk name='vda' snapshot='external' type='file'>"
                                          "<driver type='qcow2'/><source file='/var/tmp/overlay.ext.qcow2'/></disk></disks>")
                               + domainXml.get() + "</domainsnapshot>";
        const DomainSnapshotHandle snapshot(virDomainSnapshotCreateXML(domain.get(), xml.constData(),
                                                                       VIR_DOMAIN_SNAPSHOT_CREATE_REDEFINE));
        return snapshot ? Result<bool>{true, {}} : Result<bool>::failure(lastLibvirtError());
    }));
    QVERIFY2(defined.ok(), qPrintable(defined.error));
    f.makePage(m_guest);
    QTRY_VERIFY_WITH_TIMEOUT(f.page->model()->snapshotCount() == 4 && !f.page->isBusy(), 20000);

    // The banner says it up front; selecting the external one disables revert with the reason.
    QVERIFY(child<QLabel>(f.page.get(), u"snapshotBanner"_s)->isVisible());
    f.select(u"ext"_s);
    auto *revert = child<QPushButton>(f.page.get(), u"revertSnapshot"_s);
    auto *reason = child<QLabel>(f.page.get(), u"snapshotRevertReason"_s);
    QVERIFY(!revert->isEnabled());
    QVERIFY(reason->isVisible());
    QVERIFY2(reason->text().contains(u"libvirt 9.0"_s), qPrintable(reason->text()));
    QVERIFY(!revert->toolTip().isEmpty());
    // An internal one is fine again.
    f.select(u"snap-1"_s);
    QVERIFY(revert->isEnabled());
    QVERIFY(!reason->isVisible());

    // Mixed tree: the delete dialog refuses everything but metadata-only, with the reason.
    child<QPushButton>(f.page.get(), u"deleteSnapshot"_s)->click();
    QDialog *dialog = f.dialog(u"deleteSnapshotDialog"_s);
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, u"deleteSnapshotMetadataOnly"_s)->isChecked());
    auto *ok = child<QPushButton>(dialog, u"deleteSnapshotOk"_s);
    QVERIFY(ok->isEnabled());
    child<QRadioButton>(dialog, u"deleteSnapshotThisOnly"_s)->setChecked(true);
    QVERIFY(!ok->isEnabled());
    QVERIFY(!child<QLabel>(dialog, u"deleteSnapshotNote"_s)->text().isEmpty());
    dialog->reject();

    // The service refuses too, before libvirt is asked: nothing changes.
    const auto refused = waitFor(SnapshotService(&f.session).revert(uuid, u"ext"_s, SnapshotRevertMode::AsTaken));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error.contains(u"libvirt 9.0"_s), qPrintable(refused.error));
}

void TestSnapshotsPage::guestWindowHasASnapshotsPage()
{
    ConnectionSession session(1, ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), {}, false});
    GuestListModel model;
    model.addConnection(1, u"generated"_s);
    session.open();
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Connected, 20000);
    auto *window = new GuestWindow(&session, &model, m_guest.uuid);
    window->show();
    window->showPage(GuestWindow::Page::Snapshots);
    SnapshotsPage *page = window->snapshotsPage();
    QVERIFY(page);
    QCOMPARE(child<QTabWidget>(window, u"guestPages"_s)->currentWidget(), page);
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->snapshotCount(), 3, 20000);
    window->close();
}

void TestSnapshotsPage::batchSnapshotAndRevertFromTheMainWindow()
{
    ConnectionManager manager;
    manager.addConnection(ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"generated"_s, true});
    MainWindow window(&manager);
    window.show();
    manager.openAutoconnect();
    QTRY_COMPARE_WITH_TIMEOUT(window.guestModel()->guestCount(), int(m_expected.size()), 20000);
    QStringList names;
    for (const auto &guest : std::as_const(m_expected))
        names.append(guest.name);
    window.selectGuests(names.mid(0, 3));

    auto *create = window.findChild<QAction *>(u"actionSnapshotCreate"_s);
    auto *revert = window.findChild<QAction *>(u"actionSnapshotRevert"_s);
    auto *manage = window.findChild<QAction *>(u"actionSnapshots"_s);
    QVERIFY(create && revert && manage);
    QVERIFY(create->isEnabled() && revert->isEnabled());
    QVERIFY(!manage->isEnabled()); // one guest at a time

    NotificationArea *notes = window.notifications();
    create->trigger();
    QDialog *dialog = window.findChild<QDialog *>(u"createSnapshotDialog"_s);
    QVERIFY(dialog);
    child<QLineEdit>(dialog, u"snapshotName"_s)->setText(u"nightly"_s);
    // Shut-off guests are in the selection: with-memory is what running ones get.
    child<QPushButton>(dialog, u"snapshotCreateOk"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(notes->entryCount(), 1, 10000);
    QString summary = notes->latestSummary();
    for (const QString &name : names.mid(0, 3))
        QVERIFY2(summary.contains(name + u": done"_s), qPrintable(summary));

    // Revert the same three to a name only some have: a result per guest.
    revert->trigger();
    dialog = window.findChild<QDialog *>(u"revertSnapshotDialog"_s);
    QVERIFY(dialog);
    auto *ok = child<QPushButton>(dialog, u"revertSnapshotOk"_s);
    QVERIFY(!ok->isEnabled()); // no name yet
    QVERIFY(!child<QLabel>(dialog, u"revertDiscardText"_s)->text().isEmpty());
    child<QLineEdit>(dialog, u"revertSnapshotName"_s)->setText(u"snap-1"_s);
    ok->click();
    QTRY_COMPARE_WITH_TIMEOUT(notes->entryCount(), 2, 10000);
    summary = notes->latestSummary();
    for (const auto &guest : m_expected.mid(0, 3)) {
        const QString expected = guest.snapshotCount > 0 ? guest.name + u": done"_s : guest.name + u": "_s;
        QVERIFY2(summary.contains(expected), qPrintable(summary));
    }
    QVERIFY2(summary.contains(u"failed"_s), qPrintable(summary));

    window.selectGuests({m_guest.name});
    QVERIFY(manage->isEnabled());
    manage->trigger();
    GuestWindow *guestWindow = window.openGuestWindow(manager.sessions().first()->id(), m_guest.uuid);
    QVERIFY(guestWindow);
    QTRY_COMPARE_WITH_TIMEOUT(guestWindow->snapshotsPage()->model()->snapshotCount(), 4, 20000); // + nightly
    window.close();
}

QTEST_MAIN(TestSnapshotsPage)
#include "tst_snapshotspage.moc"
