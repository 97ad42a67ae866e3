// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "remotedisplaysession.h"

#include <QList>
#include <QStringList>

namespace VirtDeck::Test {

// A remote display without a network: records what a view sends and shows a framebuffer
// the test fills (for RemoteView tests).
class RecordingDisplaySession : public RemoteDisplaySession
{
public:
    struct SentKey {
        quint32 keysym;
        bool down;
        quint32 scancode = 0;
        bool operator==(const SentKey &other) const
        {
            return keysym == other.keysym && down == other.down && scancode == other.scancode;
        }
    };
    struct SentPointer {
        QPoint position;
        int buttons;
    };

    using RemoteDisplaySession::sendKey;
    void open(EndpointProvider) override {}
    void close() override {}
    void reconnectNow() override {}
    void setPassword(const QString &) override {}
    void sendKey(const RemoteKey &key, bool down) override { keys.append({key.keysym, down, key.scancode}); }
    void sendPointer(int x, int y, int buttons) override { pointers.append({QPoint(x, y), buttons}); }
    void sendClipboardText(const QString &text) override { clipboard.append(text); }
    quint64 framesReceived() const override { return 0; }
    quint64 socketWakeups() const override { return 0; }

    // Connected, showing image (any format; RGB32 is what a real session holds).
    void connectWithImage(const QImage &image);
    void connectWithScreen(const QSize &size, QRgb colour);

    QList<SentKey> keys;
    QList<SentPointer> pointers;
    QStringList clipboard;
};

} // namespace VirtDeck::Test
