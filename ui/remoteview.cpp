// SPDX-License-Identifier: GPL-2.0-or-later
#include "remoteview.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

// A small dot until the server sends a cursor shape (the server may draw its own).
QCursor dotCursor()
{
    QImage dot(5, 5, QImage::Format_ARGB32);
    dot.fill(Qt::transparent);
    QPainter painter(&dot);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::black, 1));
    painter.setBrush(Qt::white);
    painter.drawEllipse(QRectF(0.5, 0.5, 4, 4));
    painter.end();
    return QCursor(QPixmap::fromImage(dot), 2, 2);
}

} // namespace

RemoteView::RemoteView(RemoteDisplaySession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_InputMethodEnabled, false); // raw keys, not composed text
    setCursor(dotCursor());

    connect(session, &RemoteDisplaySession::framebufferResized, this, &RemoteView::onFramebufferResized);
    connect(session, &RemoteDisplaySession::framebufferUpdated, this, &RemoteView::onFramebufferUpdated);
    connect(session, &RemoteDisplaySession::stateChanged, this, &RemoteView::onStateChanged);
    connect(session, &RemoteDisplaySession::cursorChanged, this, [this](const QImage &shape, const QPoint &hotspot) {
        m_cursorShape = shape;
        m_cursorHotspot = hotspot;
        applyCursor();
    });
    connect(session, &RemoteDisplaySession::clipboardReceived, this, [this](const QString &text) {
        m_lastRemoteClipboard = text;
        QGuiApplication::clipboard()->setText(text);
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, [this] {
        if (!m_session || m_session->state() != RemoteDisplaySession::State::Connected || !window()->isActiveWindow())
            return;
        const QString text = QGuiApplication::clipboard()->text();
        if (!text.isEmpty() && text != m_lastRemoteClipboard)
            m_session->sendClipboardText(text);
    });
    m_fbSize = session->framebufferSize();
}

RemoteView::~RemoteView() = default;

void RemoteView::setScaling(Scaling scaling)
{
    if (m_scaling == scaling)
        return;
    m_scaling = scaling;
    updateGeometryForFramebuffer();
}

QRectF RemoteView::framebufferTarget() const
{
    if (m_fbSize.isEmpty())
        return {};
    const qreal dpr = devicePixelRatioF();
    const QSizeF logical = QSizeF(m_fbSize) / dpr; // one guest pixel per device pixel
    const QSizeF area = size();
    QSizeF drawn;
    switch (m_scaling) {
    case Scaling::Never:
        drawn = logical;
        break;
    case Scaling::Fit: {
        const qreal scale = qMin(area.width() / logical.width(), area.height() / logical.height());
        drawn = logical * scale;
        break;
    }
    case Scaling::Always:
        return QRectF(QPointF(0, 0), area);
    }
    // Centred, on whole device pixels so that unscaled pixels stay exact.
    const qreal x = std::floor(qMax(0.0, (area.width() - drawn.width()) / 2) * dpr) / dpr;
    const qreal y = std::floor(qMax(0.0, (area.height() - drawn.height()) / 2) * dpr) / dpr;
    return QRectF(QPointF(x, y), drawn);
}

QPoint RemoteView::mapToFramebuffer(const QPointF &widgetPosition) const
{
    const QRectF target = framebufferTarget();
    if (target.isEmpty())
        return {};
    const int x = int(std::floor((widgetPosition.x() - target.x()) * m_fbSize.width() / target.width()));
    const int y = int(std::floor((widgetPosition.y() - target.y()) * m_fbSize.height() / target.height()));
    return QPoint(qBound(0, x, m_fbSize.width() - 1), qBound(0, y, m_fbSize.height() - 1));
}

QRectF RemoteView::mapFromFramebuffer(const QRectF &rect) const
{
    const QRectF target = framebufferTarget();
    if (target.isEmpty())
        return {};
    const qreal sx = target.width() / m_fbSize.width();
    const qreal sy = target.height() / m_fbSize.height();
    return QRectF(target.x() + rect.x() * sx, target.y() + rect.y() * sy, rect.width() * sx, rect.height() * sy);
}

QSize RemoteView::sizeHint() const
{
    if (m_fbSize.isEmpty())
        return QSize(640, 400);
    return (QSizeF(m_fbSize) / devicePixelRatioF()).toSize();
}

QSize RemoteView::minimumSizeHint() const
{
    // Unscaled, the whole screen needs its room (the scroll area around scrolls).
    return m_scaling == Scaling::Never && !m_fbSize.isEmpty() ? sizeHint() : QSize(64, 48);
}

void RemoteView::updateGeometryForFramebuffer()
{
    setMinimumSize(minimumSizeHint());
    updateGeometry();
    applyCursor();
    update();
}

void RemoteView::onFramebufferResized(const QSize &size)
{
    if (size == m_fbSize)
        return;
    m_fbSize = size;
    updateGeometryForFramebuffer();
}

void RemoteView::onFramebufferUpdated(const QRegion &damage)
{
    if (!isVisible())
        return;
    const QRectF target = framebufferTarget();
    const bool exact = m_scaling != Scaling::Always && std::abs(target.width() - m_fbSize.width() / devicePixelRatioF()) < 1e-6
        && devicePixelRatioF() == 1.0;
    if (exact) {
        update(damage.translated(target.topLeft().toPoint()));
        return;
    }
    QRegion region;
    for (const QRect &rect : damage)
        region += mapFromFramebuffer(rect).toAlignedRect().adjusted(-1, -1, 1, 1); // smooth scaling bleeds a pixel
    update(region);
}

void RemoteView::onStateChanged(RemoteDisplaySession::State state, const QString &message)
{
    Q_UNUSED(message)
    if (state != RemoteDisplaySession::State::Connected)
        releaseAllKeys();
    setToolTip(state == RemoteDisplaySession::State::Connected ? QString() : message);
    update();
}

void RemoteView::paintEvent(QPaintEvent *event)
{
    QPainter painter(this);
    const QRectF target = framebufferTarget();
    const QRegion outside = event->region() - QRegion(target.toRect());
    for (const QRect &rect : outside)
        painter.fillRect(rect, QColor(0x20, 0x20, 0x20));

    bool sizeChanged = false;
    if (m_session && !m_fbSize.isEmpty()) {
        const qreal dpr = devicePixelRatioF();
        const bool scaled = std::abs(target.width() * dpr - m_fbSize.width()) > 0.01
            || std::abs(target.height() * dpr - m_fbSize.height()) > 0.01;
        painter.setRenderHint(QPainter::SmoothPixmapTransform, scaled);
        const qreal sx = m_fbSize.width() / target.width();
        const qreal sy = m_fbSize.height() / target.height();
        m_session->framebuffer().read([&](const QImage &image) {
            if (image.size() != m_fbSize) {
                sizeChanged = true; // the resize signal is still on its way
                return;
            }
            for (const QRect &rect : event->region()) {
                const QRectF wanted((rect.x() - target.x()) * sx, (rect.y() - target.y()) * sy, rect.width() * sx,
                                    rect.height() * sy);
                QRect source = wanted.toAlignedRect();
                if (scaled)
                    source.adjust(-1, -1, 1, 1);
                source &= image.rect();
                if (source.isEmpty())
                    continue;
                painter.drawImage(mapFromFramebuffer(source), image, source);
                m_paintedPixels += qint64(rect.width()) * rect.height();
            }
        });
    }
    if (sizeChanged) {
        QMetaObject::invokeMethod(
            this, [this] { if (m_session) onFramebufferResized(m_session->framebufferSize()); }, Qt::QueuedConnection);
    }

    if (m_session && m_session->state() != RemoteDisplaySession::State::Connected) {
        painter.fillRect(rect(), QColor(0, 0, 0, 140));
        QString text = RemoteDisplaySession::stateText(m_session->state());
        if (!m_session->statusMessage().isEmpty() && m_session->statusMessage() != text)
            text += u"\n"_s + m_session->statusMessage();
        painter.setPen(Qt::white);
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap, text);
    }
}

void RemoteView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applyCursor();
}

void RemoteView::applyCursor()
{
    if (m_cursorShape.isNull() || m_fbSize.isEmpty())
        return;
    const qreal dpr = devicePixelRatioF();
    const qreal scale = framebufferTarget().width() / m_fbSize.width(); // logical pixels per guest pixel
    QImage shape = m_cursorShape;
    const QSize wanted = (QSizeF(shape.size()) * scale * dpr).toSize().expandedTo(QSize(1, 1));
    if (wanted != shape.size())
        shape = shape.scaled(wanted, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(shape);
    pixmap.setDevicePixelRatio(dpr);
    setCursor(QCursor(pixmap, int(m_cursorHotspot.x() * scale), int(m_cursorHotspot.y() * scale)));
}

int RemoteView::buttonMask(Qt::MouseButtons buttons)
{
    int mask = 0;
    if (buttons & Qt::LeftButton)
        mask |= 1;
    if (buttons & Qt::MiddleButton)
        mask |= 2;
    if (buttons & Qt::RightButton)
        mask |= 4;
    return mask;
}

void RemoteView::sendPointerFrom(const QPointF &position, Qt::MouseButtons buttons)
{
    if (!m_session || m_session->state() != RemoteDisplaySession::State::Connected || m_fbSize.isEmpty())
        return;
    const QPoint point = mapToFramebuffer(position);
    const int mask = buttonMask(buttons);
    if (point == m_lastPointer && mask == m_lastButtons)
        return;
    m_lastPointer = point;
    m_lastButtons = mask;
    m_session->sendPointer(point.x(), point.y(), mask);
}

void RemoteView::mouseMoveEvent(QMouseEvent *event)
{
    sendPointerFrom(event->position(), event->buttons());
}

void RemoteView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (!m_grabbed && m_grabOnClick)
        setKeyboardGrabbed(true);
    sendPointerFrom(event->position(), event->buttons());
}

void RemoteView::mouseReleaseEvent(QMouseEvent *event)
{
    sendPointerFrom(event->position(), event->buttons());
}

void RemoteView::wheelEvent(QWheelEvent *event)
{
    event->accept();
    if (!m_session || m_session->state() != RemoteDisplaySession::State::Connected)
        return;
    // RFB buttons 4/5 (up/down) and 6/7 (left/right): one press and release per notch.
    m_wheelRemainder += QPointF(event->angleDelta());
    const QPoint point = mapToFramebuffer(event->position());
    const int mask = buttonMask(event->buttons());
    const auto click = [&](int button) {
        m_session->sendPointer(point.x(), point.y(), mask | button);
        m_session->sendPointer(point.x(), point.y(), mask);
    };
    while (m_wheelRemainder.y() >= 120) {
        click(8);
        m_wheelRemainder.ry() -= 120;
    }
    while (m_wheelRemainder.y() <= -120) {
        click(16);
        m_wheelRemainder.ry() += 120;
    }
    while (m_wheelRemainder.x() >= 120) {
        click(32);
        m_wheelRemainder.rx() -= 120;
    }
    while (m_wheelRemainder.x() <= -120) {
        click(64);
        m_wheelRemainder.rx() += 120;
    }
    m_lastPointer = point;
    m_lastButtons = mask;
}

quint64 RemoteView::keyId(const QKeyEvent &event)
{
    // The physical key where the platform says which; else the Qt key.
    if (event.nativeScanCode() != 0)
        return event.nativeScanCode();
    return (quint64(1) << 32) | quint32(event.key());
}

bool RemoteView::event(QEvent *event)
{
    // Every key goes to the guest while the console has focus: no application shortcuts.
    if (event->type() == QEvent::ShortcutOverride && m_session
        && m_session->state() == RemoteDisplaySession::State::Connected) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool RemoteView::focusNextPrevChild(bool next)
{
    Q_UNUSED(next)
    return false; // Tab belongs to the guest
}

void RemoteView::keyPressEvent(QKeyEvent *event)
{
    event->accept();
    if (!m_session)
        return;
    const quint64 id = keyId(*event);
    if (event->isAutoRepeat()) {
        // Repeated presses without releases: the guest repeats as if the key were held.
        const auto it = m_pressed.constFind(id);
        if (it != m_pressed.constEnd())
            m_session->sendKey(it.value(), true);
        return;
    }
    const int key = event->key();
    const bool ctrlOrAlt = key == Qt::Key_Control || key == Qt::Key_Alt;
    // Whether a modifier key's own press carries its modifier differs between platforms:
    // count the Ctrl and Alt keys held here as well.
    m_ctrlDown |= key == Qt::Key_Control;
    m_altDown |= key == Qt::Key_Alt;
    const Qt::KeyboardModifiers modifiers = event->modifiers();
    const bool ctrlAltHeld = (m_ctrlDown || (modifiers & Qt::ControlModifier)) && (m_altDown || (modifiers & Qt::AltModifier));
    if (ctrlOrAlt)
        m_ctrlAltAlone = ctrlAltHeld && m_pressed.size() <= 1;
    else
        m_ctrlAltAlone = false;
    if (key == Qt::Key_F && ctrlAltHeld) { // Ctrl+Alt+F: the console's own full-screen toggle
        m_swallowedKey = id;
        Q_EMIT fullScreenToggleRequested();
        return;
    }
    const RemoteKey code = keyCode(*event);
    if (code.isNull())
        return;
    m_pressed.insert(id, code);
    m_session->sendKey(code, true);
}

void RemoteView::keyReleaseEvent(QKeyEvent *event)
{
    event->accept();
    if (event->isAutoRepeat() || !m_session)
        return;
    const quint64 id = keyId(*event);
    if (id == m_swallowedKey) {
        m_swallowedKey = 0;
        return;
    }
    // The code sent for the press, whatever the modifiers say now (Shift released first).
    const auto it = m_pressed.find(id);
    RemoteKey code;
    if (it != m_pressed.end()) {
        code = it.value();
        m_pressed.erase(it);
    } else {
        code = keyCode(*event);
    }
    if (!code.isNull())
        m_session->sendKey(code, false);
    const int key = event->key();
    if (key == Qt::Key_Control)
        m_ctrlDown = false;
    if (key == Qt::Key_Alt)
        m_altDown = false;
    if ((key == Qt::Key_Control || key == Qt::Key_Alt) && m_ctrlAltAlone) {
        m_ctrlAltAlone = false;
        setKeyboardGrabbed(false);
    }
}

void RemoteView::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    releaseAllKeys();
    setKeyboardGrabbed(false);
}

void RemoteView::releaseAllKeys()
{
    if (m_session) {
        for (const RemoteKey &code : std::as_const(m_pressed))
            m_session->sendKey(code, false);
        if (m_lastButtons != 0)
            m_session->sendPointer(m_lastPointer.x(), m_lastPointer.y(), 0);
    }
    m_pressed.clear();
    m_lastButtons = 0;
    m_ctrlAltAlone = false;
    m_ctrlDown = m_altDown = false;
    m_swallowedKey = 0;
}

void RemoteView::setKeyboardGrabbed(bool grabbed)
{
    if (grabbed == m_grabbed)
        return;
    m_grabbed = grabbed;
    if (grabbed)
        grabKeyboard();
    else
        releaseKeyboard();
    Q_EMIT keyboardGrabChanged(grabbed);
}

void RemoteView::sendKeyCombination(const QList<int> &qtKeys)
{
    if (!m_session)
        return;
    QList<RemoteKey> codes;
    for (const int key : qtKeys) {
        const RemoteKey code = keyCodeForQtKey(key);
        if (!code.isNull())
            codes.append(code);
    }
    for (const RemoteKey &code : codes)
        m_session->sendKey(code, true);
    for (auto it = codes.crbegin(); it != codes.crend(); ++it)
        m_session->sendKey(*it, false);
}

QImage RemoteView::screenshot() const
{
    return m_session ? m_session->framebuffer().copy() : QImage();
}

bool RemoteView::saveScreenshot(const QString &path, QString *error) const
{
    const QImage image = screenshot();
    if (image.isNull()) {
        *error = tr("There is no picture to save yet.");
        return false;
    }
    if (!image.convertToFormat(QImage::Format_RGB888).save(path, "PNG")) {
        *error = tr("Could not write %1.").arg(path);
        return false;
    }
    return true;
}

} // namespace VirtDeck
