// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QWidget;

namespace VirtDeck {

class MainWindow;

// For the documentation (scripts/take-screenshots.sh): with VIRTDECK_SCREENSHOT_DIR set,
// the running application waits for its guest list to fill and its graphs to gather some
// history, then shows and grabs each of its windows in turn (main window, every page of a
// guest window, host overview, cloud tab, every preferences page), writes one PNG each
// into that folder and quits. VIRTDECK_SCREENSHOT_GUEST names the guest to show (default:
// the first running one); VIRTDECK_SCREENSHOT_SETTLE_MS how long the list gathers history.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    // Does nothing unless VIRTDECK_SCREENSHOT_DIR is set.
    static void startFromEnvironment(MainWindow *window);

    ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent = nullptr);

    // Grabs one widget (window contents at the device pixel ratio) into directory/name.png.
    bool save(QWidget *widget, const QString &name);

private:
    using Step = std::function<int()>; // does something, returns the ms to wait before the next

    void waitForGuests(int attemptsLeft);
    void planTour();
    void runNext();

    QPointer<MainWindow> m_window;
    QString m_directory;
    QList<Step> m_steps;
    int m_saved = 0;
};

} // namespace VirtDeck
