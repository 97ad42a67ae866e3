// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudlistpage.h"
#include "quotaset.h"

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
class CloudVolumesPage : public CloudListPage
{
    Q_OBJECT

public:
    explicit CloudVolumesPage(QWidget *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void refresh() override;
    CloudVolumeListModel *model() const { return m_model; }
    QString quotaText() const;
    bool isPolling() const;
    // After Cinder accepted an extend (202): follows the volume until it has the new size or
    // the driver failed, and then says which, with Cinder's own message for a failure.
    void followExtend(const QString &volumeId, qint64 newSizeGb);
    bool isFollowingExtend() const { return !m_extending.isEmpty(); }

    static constexpr int PollIntervalMs = 2000;

Q_SIGNALS:
    // error is empty when the volume has its new size.
    void extendSettled(const QString &volumeId, const QString &error);

private:
    void createVolume();
    void deleteVolume();
    void extendVolume();
    void attachVolume();
    void detachVolume();
    void selectionChanged();
    void updatePolling();
    void checkExtends();
    qint64 remaining(const QString &resource) const;

    CloudVolumeListModel *m_model;
    QTableView *m_view;
    QCheckBox *m_allProjects;
    QLabel *m_quota;
    QPushButton *m_delete;
    QPushButton *m_extend;
    QPushButton *m_attach;
    QPushButton *m_detach;
    QTimer *m_poll;
    Cloud::QuotaSet m_quotaSet;
    QHash<QString, QString> m_instanceNames;
    struct PendingExtend
    {
        qint64 sizeGb = 0; // asked for
        int listsLeft = 0; // lists that may still show the old size before we give up
    };
    QHash<QString, PendingExtend> m_extending; // by volume id
};

} // namespace VirtDeck
