// SPDX-License-Identifier: GPL-2.0-or-later
// The preferences apply at once: list columns (also from the header's menu) and graphs,
// confirmations, console defaults in an open console, and the language of the main
// window's menus and actions (QEvent::LanguageChange, no restart), through setPreferences
// and through the dialog's OK.
#include "apppreferences.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "consolepage.h"
#include "guestfilterproxymodel.h"
#include "guestlistmodel.h"
#include "guestwindow.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "sparklinedelegate.h"
#include "testhostgenerator.h"
#include "translationloader.h"
#include "vncview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::TestHostGenerator;

namespace {

bool hasHan(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff; });
}

// Texts of every menu title and menu action of the window, by object name (or position).
QHash<QString, QString> menuTexts(QMainWindow *window)
{
    QHash<QString, QString> out;
    for (QAction *top : window->menuBar()->actions()) {
        QMenu *menu = top->menu();
        if (!menu)
            continue;
        out.insert(u"menu:"_s + menu->objectName(), menu->title());
        const QList<QAction *> actions = menu->actions();
        for (int i = 0; i < actions.size(); ++i) {
            QAction *action = actions.at(i);
            if (action->isSeparator() || action->menu())
                continue;
            // By object name, or by position (the text is what changes).
            out.insert(menu->objectName() + u'/' + (action->objectName().isEmpty() ? QString::number(i) : action->objectName()),
                       action->text());
        }
    }
    return out;
}

} // namespace

class TestPreferencesApply : public QObject
{
    Q_OBJECT

private:
    DomainState stateOf(const QString &name) const
    {
        const GuestListModel *model = m_window->guestModel();
        const QModelIndex connection = model->index(0, 0);
        for (int row = 0; row < model->rowCount(connection); ++row) {
            const DomainInfo *info = model->domain(model->index(row, 0, connection));
            if (info && info->name == name)
                return info->state;
        }
        return DomainState::NoState;
    }
    QString guestIn(DomainState state, int skip = 0) const
    {
        for (const auto &guest : m_expected) {
            if (guest.state == state && !guest.hasManagedSave && skip-- == 0)
                return guest.name;
        }
        return {};
    }
    // Answers the next modal message box with the given button.
    void answerNextMessageBox(QMessageBox::StandardButton button, bool *seen)
    {
        *seen = false;
        QTimer::singleShot(0, this, [button, seen] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            *seen = true;
            box->button(button)->click();
        });
    }

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    ConnectionManager *m_manager = nullptr;
    MainWindow *m_window = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(u"config"_s));
        m_hostFile = m_dir.filePath(u"host.xml"_s);
        TestHostGenerator::Options options;
        options.guestCount = 12;
        QString error;
        m_expected = TestHostGenerator::write(m_hostFile, options, &error);
        QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        m_manager = new ConnectionManager;
        m_manager->addConnection(ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), u"generated"_s, true});
        m_window = new MainWindow(m_manager);
        m_window->setPreferences(AppPreferences{});
        m_window->show();
        m_manager->openAutoconnect();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->guestModel()->guestCount(), int(m_expected.size()), 20000);
    }

    void cleanup()
    {
        delete m_window;
        delete m_manager;
        m_window = nullptr;
        m_manager = nullptr;
        TranslationLoader::apply(u"en"_s);
    }

    void columnsFollowThePreferences()
    {
        QHeaderView *header = m_window->guestView()->header();
        QVERIFY(!header->isSectionHidden(GuestListModel::StateColumn));
        AppPreferences preferences = m_window->preferences();
        preferences.hiddenColumns = {GuestListModel::StateColumn, GuestListModel::AutostartColumn};
        m_window->setPreferences(preferences);
        QVERIFY(header->isSectionHidden(GuestListModel::StateColumn));
        QVERIFY(header->isSectionHidden(GuestListModel::AutostartColumn));
        QVERIFY(!header->isSectionHidden(GuestListModel::MemoryColumn));
        preferences.hiddenColumns.clear();
        m_window->setPreferences(preferences);
        QVERIFY(!header->isSectionHidden(GuestListModel::StateColumn));
    }

    void headerMenuHidesAColumnAndRemembersIt()
    {
        QHeaderView *header = m_window->guestView()->header();
        bool triggered = false;
        QTimer::singleShot(0, this, [&triggered] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            QVERIFY(menu);
            QAction *memory = menu->findChild<QAction *>(u"showColumn%1"_s.arg(int(GuestListModel::MemoryColumn)));
            QVERIFY(memory);
            QVERIFY(memory->isChecked());
            QVERIFY(!menu->findChild<QAction *>(u"showColumn0"_s)); // the name column stays
            memory->trigger();
            triggered = true;
            menu->close();
        });
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(triggered);
        QVERIFY(header->isSectionHidden(GuestListModel::MemoryColumn));
        QCOMPARE(m_window->preferences().hiddenColumns, QList<int>{GuestListModel::MemoryColumn});
        QSettings settings;
        QCOMPARE(AppPreferences::load(settings).hiddenColumns, QList<int>{GuestListModel::MemoryColumn});
    }

    void graphsSwitchOff()
    {
        auto *delegate = qobject_cast<SparklineDelegate *>(m_window->guestView()->itemDelegateForColumn(GuestListModel::CpuColumn));
        QVERIFY(delegate);
        QVERIFY(delegate->graphsVisible());
        AppPreferences preferences = m_window->preferences();
        preferences.showGraphs = false;
        m_window->setPreferences(preferences);
        QVERIFY(!delegate->graphsVisible());
    }

    void shutdownAndPauseAskWhenTheyShould()
    {
        const QString running = guestIn(DomainState::Running);
        QVERIFY(!running.isEmpty());
        m_window->selectGuests({running});
        bool asked = false;

        // Off by default: no question.
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(m_window->runOnSelection(DomainAction::Pause));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(running), DomainState::Paused, 5000);
        QVERIFY(!asked);
        QVERIFY(m_window->runOnSelection(DomainAction::Resume));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(running), DomainState::Running, 5000);

        AppPreferences preferences = m_window->preferences();
        preferences.confirmPause = true;
        preferences.confirmShutdown = true;
        m_window->setPreferences(preferences);
        m_window->selectGuests({running});
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!m_window->runOnSelection(DomainAction::Pause));
        QVERIFY(asked);
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!m_window->runOnSelection(DomainAction::Shutdown));
        QVERIFY(asked);
        QCOMPARE(stateOf(running), DomainState::Running);
        answerNextMessageBox(QMessageBox::Yes, &asked);
        QVERIFY(m_window->runOnSelection(DomainAction::Shutdown));
        QVERIFY(asked);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(running), DomainState::ShutOff, 5000);
    }

    void removeConnectionWithoutQuestion()
    {
        ConnectionSession *extra = m_manager->addConnection(ConnectionConfig{u"test:///default"_s, u"extra"_s, false});
        const int extraId = extra->id();
        extra->open();
        QTRY_VERIFY(m_window->guestModel()->connectionIndex(extraId).isValid());
        AppPreferences preferences = m_window->preferences();
        preferences.confirmRemoveConnection = false;
        m_window->setPreferences(preferences);
        QTreeView *view = m_window->guestView();
        const QModelIndex row = m_window->proxyModel()->mapFromSource(m_window->guestModel()->connectionIndex(extraId));
        view->setCurrentIndex(row);
        bool asked = false;
        answerNextMessageBox(QMessageBox::No, &asked);
        m_window->findChild<QAction *>(u"actionRemoveConnection"_s)->trigger();
        QVERIFY(!asked);
        QTRY_VERIFY(!m_manager->session(extraId));
    }

    void consoleDefaultsReachAnOpenConsole()
    {
        const QModelIndex connection = m_window->guestModel()->index(0, 0);
        const DomainInfo *info = m_window->guestModel()->domain(m_window->guestModel()->index(0, 0, connection));
        QVERIFY(info);
        GuestWindow *guest = m_window->openGuestWindow(connection.data(GuestListModel::ConnectionIdRole).toInt(), info->uuid);
        QVERIFY(guest && guest->consolePage());
        ConsolePage *console = guest->consolePage();
        auto *scaling = console->findChild<QComboBox *>(u"consoleScaling"_s);
        auto *sendKey = console->findChild<QToolButton *>(u"consoleSendKey"_s);
        QVERIFY(scaling && sendKey && sendKey->menu());
        QCOMPARE(scaling->currentData().toInt(), 1);
        QVERIFY(console->view()->grabsOnClick());
        QVERIFY(sendKey->menu()->findChild<QAction *>(u"sendCtrlAltF3"_s));

        AppPreferences preferences = m_window->preferences();
        preferences.consoleScaling = 0;
        preferences.consoleGrabOnClick = false;
        preferences.consoleSendKeys = {u"ctrl-alt-del"_s};
        m_window->setPreferences(preferences);
        QCOMPARE(scaling->currentData().toInt(), 0);
        QCOMPARE(console->view()->scaling(), RemoteView::Scaling::Never);
        QVERIFY(!console->view()->grabsOnClick());
        QVERIFY(sendKey->menu()->findChild<QAction *>(u"sendCtrlAltDel"_s));
        QVERIFY(!sendKey->menu()->findChild<QAction *>(u"sendCtrlAltF3"_s));
        QVERIFY(!sendKey->menu()->findChild<QAction *>(u"sendSysRq"_s));
        guest->close();
        delete guest;
    }

    void languageChangesLive()
    {
        const QHash<QString, QString> english = menuTexts(m_window);
        QVERIFY(english.size() > 20);
        auto *tabs = m_window->centralTabs();
        const QString firstTab = tabs->tabText(0);
        // Windows already open follow too: a guest window's pages and the Cloud tab's pages.
        const QModelIndex connection = m_window->guestModel()->index(0, 0);
        const DomainInfo *info = m_window->guestModel()->domain(m_window->guestModel()->index(0, 0, connection));
        QVERIFY(info);
        QPointer<GuestWindow> guest = m_window->openGuestWindow(connection.data(GuestListModel::ConnectionIdRole).toInt(), info->uuid);
        QVERIFY(guest);
        auto *guestPages = guest->findChild<QTabWidget *>(u"guestPages"_s);
        auto *cloudPages = m_window->findChild<QTabWidget *>(u"cloudPages"_s);
        QVERIFY(guestPages && cloudPages);
        QCOMPARE(guestPages->tabText(0), u"Overview"_s);
        QCOMPARE(cloudPages->tabText(0), u"Instances"_s);

        AppPreferences preferences = m_window->preferences();
        preferences.language = u"zh_CN"_s;
        m_window->setPreferences(preferences);
        QCOMPARE(TranslationLoader::current(), u"zh_CN"_s);
        QTRY_VERIFY(hasHan(tabs->tabText(0)));
        const QHash<QString, QString> chinese = menuTexts(m_window);
        QStringList untranslated;
        for (auto it = english.cbegin(); it != english.cend(); ++it) {
            if (chinese.value(it.key()) == it.value() || !hasHan(chinese.value(it.key())))
                untranslated.append(it.key() + u" \""_s + it.value() + u'"');
        }
        QVERIFY2(untranslated.isEmpty(), qPrintable(u"not retranslated live: "_s + untranslated.join(u", "_s)));
        QVERIFY(hasHan(m_window->findChild<QAction *>(u"actionStart"_s)->text()));
        for (QTabWidget *pages : {guestPages, cloudPages}) {
            for (int i = 0; i < pages->count(); ++i) {
                if (pages->tabText(i) != u"XML"_s)
                    QVERIFY2(hasHan(pages->tabText(i)), qPrintable(pages->objectName() + u": "_s + pages->tabText(i)));
            }
        }

        preferences.language = u"en"_s;
        m_window->setPreferences(preferences);
        QTRY_COMPARE(tabs->tabText(0), firstTab);
        QCOMPARE(menuTexts(m_window), english);
        QCOMPARE(guestPages->tabText(0), u"Overview"_s);
        QCOMPARE(cloudPages->tabText(0), u"Instances"_s);
        guest->close();
        delete guest;
    }

    void dialogOkAppliesAtOnce()
    {
        QHeaderView *header = m_window->guestView()->header();
        bool done = false;
        QTimer::singleShot(0, this, [&done] {
            auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->findChild<QCheckBox *>(u"columnCheck%1"_s.arg(int(GuestListModel::VcpusColumn)))->setChecked(false);
            auto *language = dialog->findChild<QComboBox *>(u"languageCombo"_s);
            language->setCurrentIndex(language->findData(u"zh_CN"_s));
            dialog->findChild<QPushButton *>(u"okButton"_s)->click();
            done = true;
        });
        m_window->findChild<QAction *>(u"actionPreferences"_s)->trigger();
        QVERIFY(done);
        QVERIFY(header->isSectionHidden(GuestListModel::VcpusColumn));
        QTRY_VERIFY(hasHan(m_window->centralTabs()->tabText(0)));
        QSettings settings;
        const AppPreferences saved = AppPreferences::load(settings);
        QCOMPARE(saved.language, u"zh_CN"_s);
        QCOMPARE(saved.hiddenColumns, QList<int>{GuestListModel::VcpusColumn});
    }
};

QTEST_MAIN(TestPreferencesApply)
#include "tst_preferencesapply.moc"
