// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "guestdetails.h"
#include "guestservice.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace VirtDeck {

class ConnectionSession;
class GuestListModel;

// The guest window's Overview: name, UUID, state, operating system (libosinfo's name for
// the id in the domain's metadata), resources, autostart, and the editable title and
// description. The guest list model keeps it live; the details the model lacks
// (description, OS, agent) are read through GuestService. Rename and the guest password
// dialog start here.
class GuestOverviewPage : public QWidget
{
    Q_OBJECT

public:
    GuestOverviewPage(ConnectionSession *session, GuestListModel *model, const QUuid &uuid, QWidget *parent = nullptr);

    // Reads the details the model does not have (again).
    void reloadDetails();
    const GuestDetails &details() const { return m_details; }
    bool isBusy() const { return m_busy > 0; }
    bool hasUnsavedMetadata() const;

Q_SIGNALS:
    void detailsLoaded();
    void operationFinished(bool ok, const QString &message);

private:
    void refreshFromModel();
    void showDetails();
    void showOsName();
    void applyMetadata();
    void revertMetadata();
    void toggleAutostart(bool on);
    void renameGuest();
    void setPassword();
    void updateButtons();
    void setStatus(const QString &message, bool error);

    QPointer<ConnectionSession> m_session;
    GuestService m_service;
    GuestListModel *m_model = nullptr;
    int m_connectionId = 0;
    QUuid m_uuid;
    GuestDetails m_details;
    bool m_detailsLoaded = false;
    bool m_detailsFailed = false; // the status line shows why the last read failed
    DomainState m_lastState = DomainState::NoState;
    QString m_lastName;
    QString m_lastTitle;
    int m_busy = 0;
    std::optional<bool> m_autostartWanted; // asked for, until the model shows it

    QLabel *m_name = nullptr;
    QPushButton *m_rename = nullptr;
    QLabel *m_uuidLabel = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_os = nullptr;
    QLabel *m_vcpus = nullptr;
    QLabel *m_memory = nullptr;
    QCheckBox *m_autostart = nullptr;
    QLabel *m_agent = nullptr;
    QPushButton *m_password = nullptr;
    QLabel *m_connection = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLabel *m_scope = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_revert = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace VirtDeck
