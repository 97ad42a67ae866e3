// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "remotedisplaysession.h"

#include <QCursor>
#include <QHash>
#include <QImage>
#include <QPointer>
#include <QWidget>

namespace VirtDeck {

// A remote screen in a widget (KRDC's RemoteView idea): paints a RemoteDisplaySession's
// framebuffer with the chosen scaling, repaints only damaged rectangles, maps the mouse
// through the scaling exactly, tracks pressed keys (so focus loss releases them all),
// grabs and releases the keyboard (Ctrl+Alt releases), follows the remote cursor shape
// and syncs the clipboard both ways. One subclass per protocol maps key events to what its
// protocol sends (VncView: X11 keysyms).
class RemoteView : public QWidget
{
    Q_OBJECT

public:
    enum class Scaling { Never, Fit, Always };
    Q_ENUM(Scaling)

    explicit RemoteView(RemoteDisplaySession *session, QWidget *parent = nullptr);
    ~RemoteView() override;

    RemoteDisplaySession *session() const { return m_session; }
    Scaling scaling() const { return m_scaling; }
    void setScaling(Scaling scaling);

    // Where the framebuffer is drawn, in widget coordinates, and the guest pixel under a
    // widget position (clamped to the screen).
    QRectF framebufferTarget() const;
    QPoint mapToFramebuffer(const QPointF &widgetPosition) const;
    QRectF mapFromFramebuffer(const QRectF &framebufferRect) const;

    bool isKeyboardGrabbed() const { return m_grabbed; }
    void setKeyboardGrabbed(bool grabbed);
    // Whether a click into the view grabs the keyboard (the preferences' console default).
    bool grabsOnClick() const { return m_grabOnClick; }
    void setGrabOnClick(bool grab) { m_grabOnClick = grab; }
    void releaseAllKeys();
    // Presses the keys (Qt::Key values) in order and releases them in reverse: the "Send
    // key" menu's Ctrl+Alt+Del and friends.
    void sendKeyCombination(const QList<int> &qtKeys);

    QImage screenshot() const;
    bool saveScreenshot(const QString &path, QString *error) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    // Tests and benchmarks: rectangles repainted so far (in widget coordinates).
    qint64 paintedPixels() const { return m_paintedPixels; }

Q_SIGNALS:
    void keyboardGrabChanged(bool grabbed);
    void fullScreenToggleRequested();

protected:
    // What to send for an event: keysym and scan code (null: cannot send this key).
    virtual RemoteKey keyCode(const QKeyEvent &event) const = 0;
    virtual RemoteKey keyCodeForQtKey(int key) const = 0;

    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void onFramebufferResized(const QSize &size);
    void onFramebufferUpdated(const QRegion &damage);
    void onStateChanged(RemoteDisplaySession::State state, const QString &message);
    void updateGeometryForFramebuffer();
    void applyCursor();
    void sendPointerFrom(const QPointF &position, Qt::MouseButtons buttons);
    static int buttonMask(Qt::MouseButtons buttons);
    static quint64 keyId(const QKeyEvent &event);

    QPointer<RemoteDisplaySession> m_session;
    Scaling m_scaling = Scaling::Fit;
    QSize m_fbSize;
    bool m_grabbed = false;
    bool m_grabOnClick = true;
    QHash<quint64, RemoteKey> m_pressed; // key identity -> what was sent for its press
    bool m_ctrlAltAlone = false;       // Ctrl+Alt pressed with nothing else: release the grab
    bool m_ctrlDown = false;
    bool m_altDown = false;
    quint64 m_swallowedKey = 0;        // the key of a local shortcut, not sent to the guest
    QImage m_cursorShape;
    QPoint m_cursorHotspot;
    QPoint m_lastPointer;
    int m_lastButtons = 0;
    QPointF m_wheelRemainder;
    QString m_lastRemoteClipboard;
    qint64 m_paintedPixels = 0;
};

} // namespace VirtDeck
