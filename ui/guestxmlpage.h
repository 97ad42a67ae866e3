// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestservice.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QRadioButton;

namespace VirtDeck {

class ConnectionSession;
class XmlEditor;

// The guest's XML: the live definition (read-only: it carries runtime details such as
// aliases and ports) or the saved one, which can be edited and applied
// (virDomainDefineXML). A refused definition leaves the user's text in the editor with
// libvirt's message above it; switching views or closing with unapplied edits asks first.
class GuestXmlPage : public QWidget
{
    Q_OBJECT

public:
    GuestXmlPage(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);

    // Loads the XML the first time the page is shown.
    void activate();
    void reload();
    void apply();
    // Shows the saved (inactive) definition, or the live one. Asks before dropping edits.
    void showInactive(bool inactive);
    bool showsInactive() const { return m_inactive; }
    bool hasUnsavedChanges() const;
    bool isBusy() const { return m_busy > 0; }
    XmlEditor *editor() const { return m_editor; }

    // Runs proceed now when there is nothing to lose; otherwise asks (Apply / Discard /
    // Cancel, window-modal, not blocking) and runs it after Discard or a successful Apply.
    void whenChangesSettled(const std::function<void()> &proceed);

Q_SIGNALS:
    void loaded();
    void applied(bool ok, const QString &message);

private:
    void load(bool inactive);
    void updateButtons();
    void setStatus(const QString &message, bool error);

    QPointer<ConnectionSession> m_session;
    GuestService m_service;
    QUuid m_uuid;
    bool m_inactive = true;
    bool m_loaded = false;
    bool m_readFailed = false; // the last load got an error instead of XML
    int m_busy = 0;
    std::function<void()> m_afterApply;

    QRadioButton *m_inactiveButton = nullptr;
    QRadioButton *m_liveButton = nullptr;
    XmlEditor *m_editor = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_reload = nullptr;
};

} // namespace VirtDeck
