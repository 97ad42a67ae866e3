// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"
#include "instanceclient.h"

#include <QUrl>

class QCheckBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace VirtDeck {

class InstanceListModel;
class LaunchInstanceWizard;

// Instances: the list (all projects for admins who tick the box), details with the fault and
// the action log with its events, start/stop/reboot/pause/resume/delete, the console log, the
// console opened in the browser, and the launch wizard. The list polls only while an instance
// is in a transitional state.
class CloudInstancesPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudInstancesPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    InstanceListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // The wizard that "Launch…" opens (not modal; one at a time).
    LaunchInstanceWizard *openLaunchWizard();
    void perform(Cloud::InstanceClient::Action action);
    void deleteSelected(bool confirm = true);
    void showConsoleLog();
    void openConsole();

Q_SIGNALS:
    void actionFinished(const QString &error);
    void detailsLoaded();
    void consoleLogLoaded(const QString &text);
    void consoleUrlOpened(const QUrl &url);

private:
    QString selectedId() const;
    void updateButtons();
    void loadDetails();

    InstanceListModel *m_model;
    QTableView *m_view;
    QPlainTextEdit *m_details;
    QCheckBox *m_allProjects;
    QPushButton *m_launch;
    QPushButton *m_start;
    QPushButton *m_stop;
    QPushButton *m_reboot;
    QPushButton *m_hardReboot;
    QPushButton *m_pause;
    QPushButton *m_resume;
    QPushButton *m_delete;
    QPushButton *m_consoleLog;
    QPushButton *m_console;
    QPointer<LaunchInstanceWizard> m_wizard;
    quint64 m_detailsGeneration = 0;
};

} // namespace VirtDeck
