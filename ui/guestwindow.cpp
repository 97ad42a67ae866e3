// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestwindow.h"

#include "connectionsession.h"
#include "consolepage.h"
#include "guestlistmodel.h"
#include "guestoverviewpage.h"
#include "guestperformancepage.h"
#include "guestxmlpage.h"
#include "hardwarepage.h"
#include "snapshotspage.h"

#include <QCloseEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

GuestWindow::GuestWindow(ConnectionSession *session, GuestListModel *model, const QUuid &uuid, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_session(session)
    , m_model(model)
    , m_connectionId(session->id())
    , m_uuid(uuid)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setObjectName(u"guestWindow"_s);
    resize(720, 520);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"guestPages"_s);

    m_overview = new GuestOverviewPage(session, model, uuid, m_tabs);
    m_tabs->addTab(m_overview, QString());

    m_performance = new GuestPerformancePage(session, uuid, m_tabs);
    m_tabs->addTab(m_performance, QString());

    m_hardware = new HardwarePage(session, uuid, m_tabs);
    m_tabs->addTab(m_hardware, QString());

    m_xmlPage = new GuestXmlPage(session, uuid, m_tabs);
    m_tabs->addTab(m_xmlPage, QString());

    m_console = new ConsolePage(session, uuid, m_tabs);
    m_tabs->addTab(m_console, QString());

    m_snapshots = new SnapshotsPage(session, uuid, m_tabs);
    m_tabs->addTab(m_snapshots, QString());

    retranslateUi();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex mine = m_model->domainIndex(m_connectionId, m_uuid);
        if (mine.isValid() && mine.parent() == topLeft.parent() && mine.row() >= topLeft.row() && mine.row() <= bottomRight.row())
            refreshOverview();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GuestWindow::refreshOverview);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &GuestWindow::refreshOverview); // a rename may re-add the row
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *page = m_tabs->widget(index);
        if (page == m_xmlPage)
            m_xmlPage->activate();
        if (page == m_console)
            m_console->activate();
        if (page == m_snapshots)
            m_snapshots->activate();
        if (page == m_hardware)
            m_hardware->activate();
    });
    refreshOverview();
}

void GuestWindow::showPage(Page page)
{
    if (QWidget *widget = pageWidget(page))
        m_tabs->setCurrentWidget(widget);
}

QWidget *GuestWindow::pageWidget(Page page) const
{
    switch (page) {
    case Page::Overview:
        return m_overview;
    case Page::Performance:
        return m_performance;
    case Page::Xml:
        return m_xmlPage;
    case Page::Console:
        return m_console;
    case Page::Snapshots:
        return m_snapshots;
    case Page::Hardware:
        return m_hardware;
    }
    return nullptr;
}

void GuestWindow::closeEvent(QCloseEvent *event)
{
    // Unapplied XML edits: ask (without blocking) and close once the user has answered.
    if (!m_closeConfirmed && m_xmlPage->hasUnsavedChanges()) {
        event->ignore();
        showPage(Page::Xml);
        m_xmlPage->whenChangesSettled([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    QWidget::closeEvent(event);
}

void GuestWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        refreshOverview();
    }
    QWidget::changeEvent(event);
}

void GuestWindow::retranslateUi()
{
    m_tabs->setTabText(m_tabs->indexOf(m_overview), tr("Overview"));
    m_tabs->setTabText(m_tabs->indexOf(m_performance), tr("Performance"));
    m_tabs->setTabText(m_tabs->indexOf(m_hardware), tr("Hardware"));
    m_tabs->setTabText(m_tabs->indexOf(m_xmlPage), tr("XML"));
    m_tabs->setTabText(m_tabs->indexOf(m_console), tr("Console"));
    m_tabs->setTabText(m_tabs->indexOf(m_snapshots), tr("Snapshots"));
}

void GuestWindow::refreshOverview()
{
    // The Overview page follows the model itself; the window keeps its title and the
    // console's idea of the guest current.
    const DomainInfo *info = m_model->domain(m_model->domainIndex(m_connectionId, m_uuid));
    if (!info)
        return;
    setWindowTitle(tr("%1 – VirtDeck").arg(info->name));
    m_console->setGuestName(info->name);
    m_console->setGuestState(info->state);
}

} // namespace VirtDeck
