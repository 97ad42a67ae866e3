// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <functional>

class QAction;
class QWidget;

namespace VirtDeck {

class ConnectionManager;
class NotificationArea;

// The main window's clone and template actions: Clone…, Mark as Template, Unmark Template
// and Create from Template…, on the guests the window has selected. Kept out of MainWindow so
// it only adds the actions to its menus and calls updateActions() when the selection moves.
class TemplateActions : public QObject
{
    Q_OBJECT

public:
    struct Guest
    {
        int connectionId = -1;
        QUuid uuid;
        QString name;
        DomainState state = DomainState::NoState;
    };
    using SelectionProvider = std::function<QList<Guest>()>;

    TemplateActions(ConnectionManager *manager, NotificationArea *notifications, SelectionProvider selection,
                    QWidget *window);

    QList<QAction *> actions() const;
    QAction *cloneAction() const { return m_clone; }
    QAction *markAction() const { return m_mark; }
    QAction *unmarkAction() const { return m_unmark; }
    QAction *batchCreateAction() const { return m_batchCreate; }
    // connectionId: the connection to create on when nothing is selected (-1: none).
    void updateActions(int connectionId);
    void retranslate();

private:
    void cloneSelection();
    void setMarked(bool marked);
    void batchCreate();

    ConnectionManager *m_manager;
    NotificationArea *m_notifications;
    SelectionProvider m_selection;
    QWidget *m_window;
    int m_connectionId = -1;
    QAction *m_clone;
    QAction *m_mark;
    QAction *m_unmark;
    QAction *m_batchCreate;
};

} // namespace VirtDeck
