// SPDX-License-Identifier: GPL-2.0-or-later
#include "templateactions.h"

#include "batchcreatedialog.h"
#include "clonedialog.h"
#include "connectionmanager.h"
#include "connectionsession.h"
#include "notificationarea.h"
#include "templateservice.h"
#include "whenfinished.h"

#include <QAction>
#include <QWidget>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

TemplateActions::TemplateActions(ConnectionManager *manager, NotificationArea *notifications, SelectionProvider selection,
                                 QWidget *window)
    : QObject(window)
    , m_manager(manager)
    , m_notifications(notifications)
    , m_selection(std::move(selection))
    , m_window(window)
    , m_clone(new QAction(this))
    , m_mark(new QAction(this))
    , m_unmark(new QAction(this))
    , m_batchCreate(new QAction(this))
{
    m_clone->setObjectName(u"actionClone"_s);
    m_mark->setObjectName(u"actionMarkTemplate"_s);
    m_unmark->setObjectName(u"actionUnmarkTemplate"_s);
    m_batchCreate->setObjectName(u"actionCreateFromTemplate"_s);
    retranslate();
    connect(m_clone, &QAction::triggered, this, &TemplateActions::cloneSelection);
    connect(m_mark, &QAction::triggered, this, [this] { setMarked(true); });
    connect(m_unmark, &QAction::triggered, this, [this] { setMarked(false); });
    connect(m_batchCreate, &QAction::triggered, this, &TemplateActions::batchCreate);
    updateActions(-1);
}

QList<QAction *> TemplateActions::actions() const
{
    return {m_clone, m_batchCreate, m_mark, m_unmark};
}

void TemplateActions::retranslate()
{
    m_clone->setText(tr("&Clone…"));
    m_mark->setText(tr("Mark as &Template"));
    m_unmark->setText(tr("U&nmark Template"));
    m_batchCreate->setText(tr("Create from Te&mplate…"));
    m_mark->setToolTip(tr("Shut-off guests only. Clones are made from a template's disks."));
}

void TemplateActions::updateActions(int connectionId)
{
    m_connectionId = connectionId;
    const QList<Guest> guests = m_selection();
    const bool oneShutOff = guests.size() == 1 && guests.first().state == DomainState::ShutOff;
    const bool anyShutOff = std::any_of(guests.cbegin(), guests.cend(), [](const Guest &g) { return g.state == DomainState::ShutOff; });
    m_clone->setEnabled(oneShutOff);
    m_mark->setEnabled(anyShutOff);
    m_unmark->setEnabled(!guests.isEmpty());
    const ConnectionSession *session = m_manager->session(guests.isEmpty() ? connectionId : guests.first().connectionId);
    m_batchCreate->setEnabled(session && session->state() == ConnectionState::Connected);
}

void TemplateActions::cloneSelection()
{
    const QList<Guest> guests = m_selection();
    if (guests.size() != 1)
        return;
    ConnectionSession *session = m_manager->session(guests.first().connectionId);
    if (!session)
        return;
    auto *dialog = new CloneDialog(session, guests.first().uuid, guests.first().name, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloneDialog::cloned, this, [this](const CloneResult &result) {
        m_notifications->addInfo(result.started ? tr("Cloned and started %1.").arg(result.name) : tr("Cloned %1.").arg(result.name));
    });
    dialog->open();
}

void TemplateActions::setMarked(bool marked)
{
    for (const Guest &guest : m_selection()) {
        ConnectionSession *session = m_manager->session(guest.connectionId);
        if (!session)
            continue;
        const TemplateService service(session);
        const QString name = guest.name;
        whenFinished(marked ? service.mark(guest.uuid) : service.unmark(guest.uuid), this,
                     [this, name, marked](const Result<bool> &result) {
                         if (!result.ok())
                             m_notifications->addError(marked ? tr("Mark %1 as a template").arg(name)
                                                              : tr("Unmark template %1").arg(name),
                                                       result.error);
                         else
                             m_notifications->addInfo(marked ? tr("%1 is a template.").arg(name)
                                                             : tr("%1 is no longer a template.").arg(name));
                     });
    }
}

void TemplateActions::batchCreate()
{
    const QList<Guest> guests = m_selection();
    ConnectionSession *session = m_manager->session(guests.isEmpty() ? m_connectionId : guests.first().connectionId);
    if (!session)
        return;
    auto *dialog = new BatchCreateDialog(session, guests.isEmpty() ? QUuid() : guests.first().uuid, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

} // namespace VirtDeck
