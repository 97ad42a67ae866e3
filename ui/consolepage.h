// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "domaininfo.h"
#include "remotedisplaysession.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QScrollArea;
class QTimer;
class QToolBar;
class QToolButton;

namespace VirtDeck {

struct AppPreferences;
class ConnectionSession;
class VncView;

// The guest window's Console tab: a VncView in a scroll area, a toolbar (scaling, Send key,
// screenshot, full screen, detach, reconnect), an inline password prompt, and a status
// line. The console's body can leave the tab for a window of its own (detach) or for the
// whole screen with an overlay toolbar; closing that window brings it back.
class ConsolePage : public QWidget
{
    Q_OBJECT

public:
    ConsolePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent = nullptr);
    ~ConsolePage() override;

    // Connects on first use (the tab shown); later calls do nothing.
    void activate();
    // From the guest list: a guest that starts again gets its console back at once.
    void setGuestState(DomainState state);
    void setGuestName(const QString &name) { m_guestName = name; }

    VncView *view() const { return m_view; }
    RemoteDisplaySession *displaySession() const;
    bool isDetached() const { return m_detached; }
    bool isFullScreen() const { return m_fullScreen; }
    void setDetached(bool detached);
    void setFullScreen(bool fullScreen);
    bool saveScreenshot(const QString &path, QString *error) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QMenu *createSendKeyMenu(QWidget *parent);
    // The preferences' console defaults: scaling, grab on click, Send key entries.
    void applyPreferences(const AppPreferences &preferences);
    void updateStatus();
    void placeBody();
    void showOverlay();
    void takeScreenshot();

    QPointer<ConnectionSession> m_session;
    QUuid m_uuid;
    QString m_guestName;
    bool m_activated = false;
    bool m_detached = false;
    bool m_fullScreen = false;

    QWidget *m_body = nullptr;        // toolbar + prompt + view: moves between tab, window, screen
    QWidget *m_placeholder = nullptr; // in the tab while the body is elsewhere
    QToolBar *m_toolBar = nullptr;
    QComboBox *m_scaling = nullptr;
    QToolButton *m_sendKey = nullptr;
    QPushButton *m_overlaySendKey = nullptr;
    QStringList m_sendKeyIds; // AppPreferences::consoleSendKeys
    QLabel *m_status = nullptr;
    QLabel *m_notice = nullptr;       // clipboard text that could not be sent, for a while
    QTimer *m_noticeTimer = nullptr;
    QWidget *m_passwordBar = nullptr;
    QLineEdit *m_password = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    VncView *m_view = nullptr;
    QWidget *m_overlay = nullptr;
    QTimer *m_overlayTimer = nullptr;
};

} // namespace VirtDeck
