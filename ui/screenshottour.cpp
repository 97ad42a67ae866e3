// SPDX-License-Identifier: GPL-2.0-or-later
#include "screenshottour.h"

#include "cloudpage.h"
#include "guestlistmodel.h"
#include "guestwindow.h"
#include "hostoverviewwindow.h"
#include "mainwindow.h"
#include "preferencesdialog.h"

#include <QApplication>
#include <QDir>
#include <QItemSelectionModel>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>

#include <cstdio>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int PollMs = 250;
constexpr int PageSettleMs = 1200;

QString slug(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isUpper() && !out.isEmpty())
            out += u'-';
        out += c.isLetterOrNumber() ? c.toLower() : u'-';
    }
    return out;
}

} // namespace

void ScreenshotTour::startFromEnvironment(MainWindow *window)
{
    const QString directory = qEnvironmentVariable("VIRTDECK_SCREENSHOT_DIR");
    if (directory.isEmpty())
        return;
    auto *tour = new ScreenshotTour(window, directory, window);
    QTimer::singleShot(0, tour, [tour] { tour->waitForGuests(int(20000 / PollMs)); });
}

ScreenshotTour::ScreenshotTour(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{
    QDir().mkpath(directory);
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + u".png"_s);
    const QPixmap pixmap = widget->grab();
    const bool ok = pixmap.save(path);
    fprintf(stderr, "virtdeck: screenshot %s %s (%dx%d px)\n", ok ? "saved" : "FAILED", qPrintable(path),
            pixmap.width(), pixmap.height());
    m_saved += ok ? 1 : 0;
    return ok;
}

void ScreenshotTour::waitForGuests(int attemptsLeft)
{
    if (!m_window)
        return;
    if (m_window->guestModel()->guestCount() > 0 || attemptsLeft <= 0) {
        bool ok = false;
        const int settle = qEnvironmentVariableIntValue("VIRTDECK_SCREENSHOT_SETTLE_MS", &ok);
        planTour();
        QTimer::singleShot(ok ? settle : 6000, this, &ScreenshotTour::runNext);
        return;
    }
    QTimer::singleShot(PollMs, this, [this, attemptsLeft] { waitForGuests(attemptsLeft - 1); });
}

void ScreenshotTour::planTour()
{
    MainWindow *window = m_window;
    GuestListModel *model = window->guestModel();
    // The guest to show: named, else the first running one, else the first.
    const QString wanted = qEnvironmentVariable("VIRTDECK_SCREENSHOT_GUEST");
    int connectionId = 0;
    int fallbackConnectionId = 0;
    QString chosenName;
    QUuid chosenUuid;
    QString fallbackName;
    QUuid fallbackUuid;
    for (int c = 0; c < model->rowCount() && chosenName.isEmpty(); ++c) {
        const QModelIndex parent = model->index(c, 0);
        const int id = parent.data(GuestListModel::ConnectionIdRole).toInt();
        if (fallbackConnectionId == 0)
            fallbackConnectionId = id;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const DomainInfo *info = model->domain(model->index(r, 0, parent));
            if (!info)
                continue;
            if (fallbackName.isEmpty()) {
                fallbackName = info->name;
                fallbackUuid = info->uuid;
                fallbackConnectionId = id;
            }
            if (wanted.isEmpty() ? info->state == DomainState::Running : info->name == wanted) {
                chosenName = info->name;
                chosenUuid = info->uuid;
                connectionId = id;
                break;
            }
        }
    }
    if (chosenName.isEmpty()) {
        chosenName = fallbackName;
        chosenUuid = fallbackUuid;
        connectionId = fallbackConnectionId;
    }

    m_steps.append([window, chosenName] {
        window->centralTabs()->setCurrentIndex(0); // --os-cloud switched to the cloud tab
        if (!chosenName.isEmpty())
            window->selectGuests({chosenName});
        window->guestView()->setFocus();
        return PageSettleMs / 2;
    });
    m_steps.append([this, window] {
        save(window, u"main-window"_s);
        return 0;
    });
    if (!chosenName.isEmpty()) {
        const QUuid uuid = chosenUuid;
        auto guestWindow = std::make_shared<QPointer<GuestWindow>>();
        m_steps.append([window, connectionId, uuid, guestWindow] {
            *guestWindow = window->openGuestWindow(connectionId, uuid);
            if (*guestWindow)
                (*guestWindow)->resize(960, 680);
            return PageSettleMs;
        });
        // Every page the guest window has, whichever pages exist by now.
        for (int page = 0; page < 16; ++page) {
            m_steps.append([this, guestWindow, page] {
                auto *tabs = *guestWindow ? (*guestWindow)->findChild<QTabWidget *>() : nullptr;
                if (!tabs || page >= tabs->count())
                    return 0;
                tabs->setCurrentIndex(page);
                return PageSettleMs;
            });
            m_steps.append([this, guestWindow, page] {
                auto *tabs = *guestWindow ? (*guestWindow)->findChild<QTabWidget *>() : nullptr;
                if (!tabs || page >= tabs->count())
                    return 0;
                const QString name = tabs->widget(page)->objectName();
                save(*guestWindow, u"guest-"_s + (name.isEmpty() ? QString::number(page) : slug(name)));
                return 0;
            });
        }
        m_steps.append([guestWindow] {
            if (*guestWindow)
                (*guestWindow)->close();
            return 0;
        });
    }
    auto hostWindow = std::make_shared<QPointer<HostOverviewWindow>>();
    m_steps.append([window, connectionId, hostWindow] {
        *hostWindow = window->openHostOverview(connectionId);
        if (*hostWindow)
            (*hostWindow)->resize(900, 640);
        return PageSettleMs * 3; // a few stats ticks for the graphs
    });
    m_steps.append([this, hostWindow] {
        if (*hostWindow) {
            save(*hostWindow, u"host-overview"_s);
            (*hostWindow)->close();
        }
        return 0;
    });
    m_steps.append([window] {
        window->centralTabs()->setCurrentWidget(window->cloudPage());
        return PageSettleMs * 2;
    });
    m_steps.append([this, window] {
        save(window, u"cloud-tab"_s);
        window->centralTabs()->setCurrentIndex(0);
        return 0;
    });
    auto dialog = std::make_shared<QPointer<PreferencesDialog>>();
    m_steps.append([window, dialog] {
        *dialog = new PreferencesDialog(window);
        (*dialog)->setAttribute(Qt::WA_DeleteOnClose);
        (*dialog)->setPreferences(window->preferences());
        (*dialog)->show();
        return PageSettleMs / 2;
    });
    for (int page = 0; page < 8; ++page) {
        m_steps.append([this, dialog, page] {
            auto *tabs = *dialog ? (*dialog)->findChild<QTabWidget *>() : nullptr;
            if (!tabs || page >= tabs->count())
                return 0;
            tabs->setCurrentIndex(page);
            QApplication::processEvents();
            save(*dialog, u"preferences-"_s + (tabs->widget(page)->objectName().isEmpty()
                                                    ? QString::number(page) : slug(tabs->widget(page)->objectName())));
            return 200;
        });
    }
    m_steps.append([dialog] {
        if (*dialog)
            (*dialog)->close();
        return 0;
    });
}

void ScreenshotTour::runNext()
{
    if (!m_window || m_steps.isEmpty()) {
        fprintf(stderr, "virtdeck: %d screenshots in %s\n", m_saved, qPrintable(m_directory));
        QApplication::quit();
        return;
    }
    const Step step = m_steps.takeFirst();
    const int wait = step();
    QTimer::singleShot(wait, this, &ScreenshotTour::runNext);
}

} // namespace VirtDeck
