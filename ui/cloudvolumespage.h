// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudsession.h"
#include "quotaset.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace VirtDeck {

class CloudVolumeListModel;

// Cinder volumes with the project's volume quota: create, delete, extend, attach to and
// detach from an instance; admins may list every project's volumes. While a volume is
// changing (creating, attaching, …) the list is asked again every few seconds.
class CloudVolumesPage : public QWidget
{
    Q_OBJECT

public:
    explicit CloudVolumesPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh();
    CloudVolumeListModel *model() const { return m_model; }
    QString statusText() const;
    QString quotaText() const;
    bool isPolling() const;
    void setConfirmationsEnabled(bool enabled) { m_confirmations = enabled; }

    static constexpr int PollIntervalMs = 2000;

Q_SIGNALS:
    void loaded();

private:
    void createVolume();
    void deleteVolume();
    void extendVolume();
    void attachVolume();
    void detachVolume();
    void selectionChanged();
    void updatePolling();
    void setStatus(const QString &text);
    qint64 remaining(const QString &resource) const;

    QPointer<Cloud::CloudSession> m_session;
    CloudVolumeListModel *m_model;
    QTableView *m_view;
    QCheckBox *m_allProjects;
    QLabel *m_quota;
    QLabel *m_status;
    QPushButton *m_delete;
    QPushButton *m_extend;
    QPushButton *m_attach;
    QPushButton *m_detach;
    QTimer *m_poll;
    Cloud::QuotaSet m_quotaSet;
    QHash<QString, QString> m_instanceNames;
    bool m_confirmations = true;
};

} // namespace VirtDeck
