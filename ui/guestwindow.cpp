// SPDX-License-Identifier: GPL-2.0-or-later
#include "guestwindow.h"

#include "connectionsession.h"
#include "consolepage.h"
#include "guestlistmodel.h"
#include "hardwarepage.h"
#include "snapshotspage.h"
#include "whenfinished.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
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

    auto *overview = new QWidget(m_tabs);
    auto *form = new QFormLayout(overview);
    const auto addRow = [&](const QString &label, QLabel *&field, const QString &name) {
        field = new QLabel(overview);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    addRow(tr("Name:"), m_name, u"overviewName"_s);
    addRow(tr("UUID:"), m_uuidLabel, u"overviewUuid"_s);
    addRow(tr("State:"), m_state, u"overviewState"_s);
    addRow(tr("vCPUs:"), m_vcpus, u"overviewVcpus"_s);
    addRow(tr("Memory:"), m_memory, u"overviewMemory"_s);
    addRow(tr("Autostart:"), m_autostart, u"overviewAutostart"_s);
    addRow(tr("Title:"), m_title, u"overviewTitle"_s);
    addRow(tr("Connection:"), m_connection, u"overviewConnection"_s);
    m_tabs->addTab(overview, tr("Overview"));

    auto *xmlPage = new QWidget(m_tabs);
    m_xml = new QPlainTextEdit(xmlPage);
    m_xml->setObjectName(u"domainXml"_s);
    m_xml->setReadOnly(true);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *reload = new QPushButton(tr("Reload"), xmlPage);
    reload->setObjectName(u"reloadXml"_s);
    connect(reload, &QPushButton::clicked, this, &GuestWindow::loadXml);
    auto *xmlLayout = new QVBoxLayout(xmlPage);
    xmlLayout->addWidget(m_xml);
    xmlLayout->addWidget(reload, 0, Qt::AlignRight);
    m_tabs->addTab(xmlPage, tr("XML"));

    m_console = new ConsolePage(session, uuid, m_tabs);
    m_tabs->addTab(m_console, tr("Console"));

    m_snapshots = new SnapshotsPage(session, uuid, m_tabs);
    m_tabs->addTab(m_snapshots, tr("Snapshots"));

    m_hardware = new HardwarePage(session, uuid, m_tabs);
    m_tabs->addTab(m_hardware, tr("Hardware"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
        const QModelIndex mine = m_model->domainIndex(m_connectionId, m_uuid);
        if (mine.isValid() && mine.parent() == topLeft.parent() && mine.row() >= topLeft.row() && mine.row() <= bottomRight.row())
            refreshOverview();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &GuestWindow::refreshOverview);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int page) {
        if (page == int(Page::Xml) && m_xml->document()->isEmpty())
            loadXml();
        if (page == int(Page::Console))
            m_console->activate();
        if (page == int(Page::Snapshots))
            m_snapshots->activate();
        if (m_tabs->widget(page) == m_hardware)
            m_hardware->activate();
    });
    refreshOverview();
}

void GuestWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

void GuestWindow::refreshOverview()
{
    const QModelIndex index = m_model->domainIndex(m_connectionId, m_uuid);
    const DomainInfo *info = m_model->domain(index);
    if (!info) {
        m_state->setText(tr("This guest no longer exists."));
        return;
    }
    setWindowTitle(tr("%1 – VirtDeck").arg(info->name));
    m_console->setGuestName(info->name);
    m_console->setGuestState(info->state);
    m_name->setText(info->name);
    m_uuidLabel->setText(info->uuid.toString(QUuid::WithoutBraces));
    m_state->setText(GuestListModel::stateText(info->state, info->hasManagedSave));
    m_vcpus->setText(QString::number(info->vcpus));
    m_memory->setText(tr("%1 of %2 maximum")
                          .arg(QLocale().formattedDataSize(qint64(info->memoryKiB) * 1024, 1, QLocale::DataSizeIecFormat),
                               QLocale().formattedDataSize(qint64(info->maxMemoryKiB) * 1024, 1, QLocale::DataSizeIecFormat)));
    m_autostart->setText(info->autostart ? tr("Starts when the host boots") : tr("Off"));
    m_title->setText(info->title);
    m_connection->setText(m_session ? m_session->displayName() : QString());
}

void GuestWindow::loadXml()
{
    if (!m_session)
        return;
    m_xml->setPlainText(tr("Loading…"));
    whenFinished(m_session->domainXml(m_uuid), this, [this](const Result<QString> &xml) {
        m_xml->setPlainText(xml.ok() ? xml.value : tr("Could not read the XML: %1").arg(xml.error));
    });
}

} // namespace VirtDeck
