// SPDX-License-Identifier: GPL-2.0-or-later
#include "consolepage.h"

#include "apppreferences.h"
#include "connectionsession.h"
#include "preferencesnotifier.h"
#include "vncsession.h"
#include "vncview.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

ConsolePage::ConsolePage(ConnectionSession *session, const QUuid &uuid, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_uuid(uuid)
{
    setObjectName(u"consolePage"_s);

    m_body = new QWidget(this);
    m_body->setObjectName(u"consoleBody"_s);
    m_body->installEventFilter(this);

    m_toolBar = new QToolBar(m_body);
    m_toolBar->setObjectName(u"consoleToolBar"_s);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_scaling = new QComboBox(m_toolBar);
    m_scaling->setObjectName(u"consoleScaling"_s);
    m_scaling->addItem(tr("Actual size"), int(RemoteView::Scaling::Never));
    m_scaling->addItem(tr("Fit to window"), int(RemoteView::Scaling::Fit));
    m_scaling->addItem(tr("Stretch"), int(RemoteView::Scaling::Always));
    m_scaling->setCurrentIndex(1);
    m_toolBar->addWidget(m_scaling);

    m_sendKeyIds = PreferencesNotifier::instance()->current().consoleSendKeys;
    auto *sendKey = new QToolButton(m_toolBar);
    m_sendKey = sendKey;
    sendKey->setObjectName(u"consoleSendKey"_s);
    sendKey->setText(tr("Send key"));
    sendKey->setPopupMode(QToolButton::InstantPopup);
    sendKey->setMenu(createSendKeyMenu(sendKey));
    m_toolBar->addWidget(sendKey);

    QAction *screenshot = m_toolBar->addAction(tr("Screenshot…"), this, &ConsolePage::takeScreenshot);
    screenshot->setObjectName(u"consoleScreenshot"_s);
    QAction *fullScreen = m_toolBar->addAction(tr("Full screen"), this, [this] { setFullScreen(true); });
    fullScreen->setObjectName(u"consoleFullScreen"_s);
    fullScreen->setToolTip(tr("Full screen (Ctrl+Alt+F toggles)"));
    QAction *detach = m_toolBar->addAction(tr("Detach"), this, [this] { setDetached(!m_detached); });
    detach->setObjectName(u"consoleDetach"_s);
    QAction *reconnect = m_toolBar->addAction(tr("Reconnect"), this, [this] {
        if (displaySession())
            displaySession()->reconnectNow();
    });
    reconnect->setObjectName(u"consoleReconnect"_s);
    m_status = new QLabel(m_body);
    m_status->setObjectName(u"consoleStatus"_s);
    m_status->setContentsMargins(6, 2, 6, 2);
    m_notice = new QLabel(m_body);
    m_notice->setObjectName(u"consoleNotice"_s);
    m_notice->setContentsMargins(6, 2, 6, 2);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"background: palette(tooltip-base); color: palette(tooltip-text);"_s);
    m_notice->hide();
    m_noticeTimer = new QTimer(this);
    m_noticeTimer->setSingleShot(true);
    m_noticeTimer->setInterval(10000);
    connect(m_noticeTimer, &QTimer::timeout, m_notice, &QWidget::hide);

    m_passwordBar = new QWidget(m_body);
    m_passwordBar->setObjectName(u"consolePasswordBar"_s);
    auto *passwordLayout = new QHBoxLayout(m_passwordBar);
    passwordLayout->setContentsMargins(6, 2, 6, 2);
    auto *passwordLabel = new QLabel(tr("The console needs a password:"), m_passwordBar);
    m_password = new QLineEdit(m_passwordBar);
    m_password->setObjectName(u"consolePassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    passwordLabel->setBuddy(m_password);
    auto *passwordConnect = new QPushButton(tr("Connect"), m_passwordBar);
    passwordConnect->setObjectName(u"consolePasswordConnect"_s);
    passwordLayout->addWidget(passwordLabel);
    passwordLayout->addWidget(m_password, 1);
    passwordLayout->addWidget(passwordConnect);
    m_passwordBar->hide();
    const auto submitPassword = [this] {
        if (displaySession()) {
            displaySession()->setPassword(m_password->text());
            m_password->clear();
        }
    };
    connect(passwordConnect, &QPushButton::clicked, this, submitPassword);
    connect(m_password, &QLineEdit::returnPressed, this, submitPassword);

    m_view = new VncView;
    m_view->setScaling(RemoteView::Scaling::Fit);
    m_view->installEventFilter(this);
    m_scrollArea = new QScrollArea(m_body);
    m_scrollArea->setObjectName(u"consoleScrollArea"_s);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(m_view);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(0);
    bodyLayout->addWidget(m_toolBar);
    bodyLayout->addWidget(m_passwordBar);
    bodyLayout->addWidget(m_notice);
    bodyLayout->addWidget(m_scrollArea, 1);
    bodyLayout->addWidget(m_status);

    // Full screen: a small toolbar over the top edge, hidden after a moment, back when the
    // pointer touches the top of the screen.
    m_overlay = new QWidget(m_body);
    m_overlay->setObjectName(u"consoleOverlay"_s);
    m_overlay->setAutoFillBackground(true);
    auto *overlayLayout = new QHBoxLayout(m_overlay);
    overlayLayout->setContentsMargins(6, 3, 6, 3);
    auto *leave = new QPushButton(tr("Leave full screen"), m_overlay);
    leave->setObjectName(u"consoleLeaveFullScreen"_s);
    connect(leave, &QPushButton::clicked, this, [this] { setFullScreen(false); });
    auto *overlaySendKey = new QPushButton(tr("Send key"), m_overlay);
    m_overlaySendKey = overlaySendKey;
    overlaySendKey->setObjectName(u"consoleOverlaySendKey"_s);
    overlaySendKey->setMenu(createSendKeyMenu(overlaySendKey));
    auto *overlayShot = new QPushButton(tr("Screenshot…"), m_overlay);
    connect(overlayShot, &QPushButton::clicked, this, &ConsolePage::takeScreenshot);
    overlayLayout->addWidget(leave);
    overlayLayout->addWidget(overlaySendKey);
    overlayLayout->addWidget(overlayShot);
    m_overlay->hide();
    m_overlayTimer = new QTimer(this);
    m_overlayTimer->setSingleShot(true);
    m_overlayTimer->setInterval(2500);
    connect(m_overlayTimer, &QTimer::timeout, m_overlay, &QWidget::hide);

    m_placeholder = new QWidget(this);
    m_placeholder->setObjectName(u"consolePlaceholder"_s);
    auto *placeholderLayout = new QVBoxLayout(m_placeholder);
    auto *placeholderText = new QLabel(tr("The console is in its own window."), m_placeholder);
    placeholderText->setAlignment(Qt::AlignCenter);
    auto *attach = new QPushButton(tr("Bring the console back here"), m_placeholder);
    attach->setObjectName(u"consoleAttach"_s);
    connect(attach, &QPushButton::clicked, this, [this] {
        setFullScreen(false);
        setDetached(false);
    });
    placeholderLayout->addStretch();
    placeholderLayout->addWidget(placeholderText);
    placeholderLayout->addWidget(attach, 0, Qt::AlignCenter);
    placeholderLayout->addStretch();
    m_placeholder->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addWidget(m_placeholder);

    connect(m_scaling, &QComboBox::currentIndexChanged, this, [this] {
        const auto scaling = RemoteView::Scaling(m_scaling->currentData().toInt());
        m_view->setScaling(scaling);
        m_scrollArea->setWidgetResizable(true);
    });
    connect(m_view, &RemoteView::keyboardGrabChanged, this, &ConsolePage::updateStatus);
    connect(m_view, &RemoteView::fullScreenToggleRequested, this, [this] { setFullScreen(!m_fullScreen); });
    connect(displaySession(), &RemoteDisplaySession::stateChanged, this, &ConsolePage::updateStatus);
    connect(displaySession(), &RemoteDisplaySession::framebufferResized, this, &ConsolePage::updateStatus);
    connect(displaySession(), &RemoteDisplaySession::capabilitiesChanged, this, &ConsolePage::updateStatus);
    connect(displaySession(), &RemoteDisplaySession::clipboardRefused, this, [this](const QString &message) {
        m_notice->setText(message);
        m_notice->show();
        m_noticeTimer->start();
    });
    applyPreferences(PreferencesNotifier::instance()->current());
    connect(PreferencesNotifier::instance(), &PreferencesNotifier::changed, this, &ConsolePage::applyPreferences);
    updateStatus();
}

void ConsolePage::applyPreferences(const AppPreferences &preferences)
{
    const int scaling = m_scaling->findData(preferences.consoleScaling);
    if (scaling >= 0)
        m_scaling->setCurrentIndex(scaling);
    m_view->setGrabOnClick(preferences.consoleGrabOnClick);
    if (preferences.consoleSendKeys != m_sendKeyIds) {
        m_sendKeyIds = preferences.consoleSendKeys;
        for (QWidget *button : {static_cast<QWidget *>(m_sendKey), static_cast<QWidget *>(m_overlaySendKey)}) {
            QMenu *menu = createSendKeyMenu(button);
            if (auto *tool = qobject_cast<QToolButton *>(button)) {
                delete tool->menu();
                tool->setMenu(menu);
            } else if (auto *push = qobject_cast<QPushButton *>(button)) {
                delete push->menu();
                push->setMenu(menu);
            }
        }
    }
}

ConsolePage::~ConsolePage()
{
    if (m_body && m_body->parentWidget() != this)
        delete m_body; // detached or full screen: a top-level window of ours
}

RemoteDisplaySession *ConsolePage::displaySession() const
{
    return m_view->session();
}

void ConsolePage::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    QPointer<ConnectionSession> session = m_session;
    const QUuid uuid = m_uuid;
    m_view->vncSession()->open([session, uuid] {
        if (!session)
            return QtFuture::makeReadyFuture(Result<ConsoleEndpoint>::failure(tr("The connection is gone.")));
        return session->consoleEndpoint(uuid);
    });
}

void ConsolePage::setGuestState(DomainState state)
{
    if (!m_activated)
        return;
    const auto displayState = displaySession()->state();
    if (state == DomainState::Running
        && (displayState == RemoteDisplaySession::State::Waiting || displayState == RemoteDisplaySession::State::Failed))
        displaySession()->reconnectNow();
}

QMenu *ConsolePage::createSendKeyMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    const auto add = [this, menu](const QString &text, const QString &name, const QList<int> &keys) {
        QAction *action = menu->addAction(text, this, [this, keys] { m_view->sendKeyCombination(keys); });
        action->setObjectName(name);
    };
    // Only the entries the preferences keep (all by default).
    const auto offered = [this](const QString &id) { return m_sendKeyIds.contains(id); };
    if (offered(u"ctrl-alt-del"_s))
        add(tr("Ctrl+Alt+Del"), u"sendCtrlAltDel"_s, {Qt::Key_Control, Qt::Key_Alt, Qt::Key_Delete});
    if (offered(u"ctrl-alt-backspace"_s))
        add(tr("Ctrl+Alt+Backspace"), u"sendCtrlAltBackspace"_s, {Qt::Key_Control, Qt::Key_Alt, Qt::Key_Backspace});
    if (offered(u"ctrl-alt-fn"_s)) {
        menu->addSeparator();
        for (int i = 1; i <= 12; ++i)
            add(tr("Ctrl+Alt+F%1").arg(i), u"sendCtrlAltF%1"_s.arg(i), {Qt::Key_Control, Qt::Key_Alt, Qt::Key_F1 + i - 1});
    }
    if (offered(u"print"_s) || offered(u"sysrq"_s))
        menu->addSeparator();
    if (offered(u"print"_s))
        add(tr("Print Screen"), u"sendPrintScreen"_s, {Qt::Key_Print});
    if (offered(u"sysrq"_s))
        add(tr("SysRq"), u"sendSysRq"_s, {Qt::Key_SysReq});
    return menu;
}

void ConsolePage::updateStatus()
{
    RemoteDisplaySession *display = displaySession();
    const auto state = display->state();
    QString text = RemoteDisplaySession::stateText(state);
    if (state == RemoteDisplaySession::State::Connected) {
        const QSize size = display->framebufferSize();
        if (!size.isEmpty())
            text = tr("%1×%2").arg(size.width()).arg(size.height());
        // How keys and the clipboard travel: scan codes keep the guest's own layout exact.
        text += u" · "_s + (display->sendsScancodes() ? tr("keys as scan codes") : tr("keys as keysyms"));
        text += u" · "_s + (display->hasUnicodeClipboard() ? tr("Unicode clipboard") : tr("Latin-1 clipboard"));
        if (m_view->isKeyboardGrabbed())
            text += u" · "_s + tr("Press Ctrl+Alt to release the keyboard");
    } else if (!display->statusMessage().isEmpty()) {
        text += u": "_s + display->statusMessage();
    }
    m_status->setText(text);
    m_passwordBar->setVisible(state == RemoteDisplaySession::State::AuthenticationRequired);
    if (m_passwordBar->isVisible())
        m_password->setFocus();
}

void ConsolePage::placeBody()
{
    const bool away = m_detached || m_fullScreen;
    const QRect oldGeometry = m_body->isWindow() ? m_body->geometry() : QRect();
    if (away) {
        if (m_body->parentWidget() == this) {
            layout()->removeWidget(m_body);
            m_body->setParent(nullptr, Qt::Window);
            m_body->setAttribute(Qt::WA_DeleteOnClose, false);
            m_body->setWindowTitle(tr("Console – %1").arg(m_guestName));
            m_body->resize(qMax(640, m_view->sizeHint().width()), qMax(480, m_view->sizeHint().height() + 40));
        }
        m_toolBar->setVisible(!m_fullScreen);
        m_status->setVisible(!m_fullScreen);
        if (m_fullScreen) {
            m_body->showFullScreen();
            showOverlay();
        } else {
            m_overlay->hide();
            m_body->showNormal();
            if (oldGeometry.isValid() && !m_body->isFullScreen())
                m_body->setGeometry(oldGeometry);
        }
        m_placeholder->show();
        m_body->raise();
        m_body->activateWindow();
    } else {
        m_overlay->hide();
        m_toolBar->show();
        m_status->show();
        if (m_body->parentWidget() != this) {
            m_body->setParent(this);
            static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_body);
        }
        m_placeholder->hide();
        m_body->show();
    }
    m_view->setFocus();
}

void ConsolePage::setDetached(bool detached)
{
    if (detached == m_detached)
        return;
    m_detached = detached;
    placeBody();
}

void ConsolePage::setFullScreen(bool fullScreen)
{
    if (fullScreen == m_fullScreen)
        return;
    m_fullScreen = fullScreen;
    placeBody();
}

void ConsolePage::showOverlay()
{
    if (!m_fullScreen)
        return;
    m_overlay->adjustSize();
    m_overlay->move((m_body->width() - m_overlay->width()) / 2, 0);
    m_overlay->show();
    m_overlay->raise();
    m_overlayTimer->start();
}

bool ConsolePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_body && event->type() == QEvent::Close && m_body->parentWidget() != this) {
        // Closing the console's own window brings it back into the tab.
        event->ignore();
        m_fullScreen = false;
        m_detached = false;
        placeBody();
        return true;
    }
    if (watched == m_body && event->type() == QEvent::Resize && m_overlay->isVisible())
        showOverlay();
    if (watched == m_view && event->type() == QEvent::MouseMove && m_fullScreen) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (m_view->mapTo(m_body, mouse->position().toPoint()).y() <= 2)
            showOverlay();
    }
    return QWidget::eventFilter(watched, event);
}

bool ConsolePage::saveScreenshot(const QString &path, QString *error) const
{
    return m_view->saveScreenshot(path, error);
}

void ConsolePage::takeScreenshot()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(u"%1-%2.png"_s.arg(m_guestName.isEmpty() ? u"console"_s : m_guestName,
                                                              QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s)));
    const QString path = QFileDialog::getSaveFileName(m_body, tr("Save screenshot"), suggested, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveScreenshot(path, &error))
        QMessageBox::warning(m_body, tr("Save screenshot"), error);
}

} // namespace VirtDeck
