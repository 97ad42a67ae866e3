// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudinstance.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

class QTimer;

namespace VirtDeck {

namespace Cloud {
class CloudSession;
} // namespace Cloud

// Nova instances (`openstack server list --long`; all projects for admins who ask). Rows are
// refreshed by polling only while some instance is in a transitional state (BUILD, REBOOT,
// HARD_REBOOT, RESIZE, or any task state): once none is, the poll timer stops, and a user
// action or refresh() starts it again.
class InstanceListModel : public KeyedListModel<Cloud::CloudInstance>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, TaskColumn, PowerColumn, AddressesColumn, FlavorColumn, ImageColumn,
                  KeyPairColumn, ProjectColumn, CreatedColumn, ColumnCount };
    static constexpr int InstanceIdRole = Qt::UserRole + 1;
    static constexpr int DefaultPollMs = 2000;

    explicit InstanceListModel(QObject *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    void setAllProjects(bool all);
    bool allProjects() const { return m_allProjects; }
    // Image id -> name, for the Image column (Nova's server list carries only the id).
    void setImageNames(const QHash<QString, QString> &names);
    void setPollInterval(int ms);
    bool isPolling() const;
    const QTimer *pollTimer() const { return m_poll; }
    bool anyTransitional() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString powerStateName(int state);
    static QString addressText(const Cloud::CloudInstance &instance);

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);
    void pollingChanged(bool polling);

protected:
    QString keyOf(const Cloud::CloudInstance &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudInstance>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QPointer<Cloud::CloudSession> m_session;
    QHash<QString, QString> m_imageNames;
    QTimer *m_poll;
    bool m_allProjects = false;
};

} // namespace VirtDeck
