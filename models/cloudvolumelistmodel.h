// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudvolume.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// Cinder volumes (of the project, or of every project for admins): name, status, size,
// type, where attached, bootable, project, created. Keyed by id.
class CloudVolumeListModel : public KeyedListModel<Cloud::CloudVolume>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, SizeColumn, TypeColumn, AttachedColumn, BootableColumn, ProjectColumn, CreatedColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again
    bool allProjects() const { return m_allProjects; }
    void setAllProjects(bool all); // lists again
    // Server id -> name, to show attachments by instance name.
    void setServerNames(const QHash<QString, QString> &names);
    const Cloud::CloudVolume *volume(int row) const { return item(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudVolume &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudVolume>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QString attachedText(const Cloud::CloudVolume &volume) const;
    QHash<QString, QString> m_serverNames;
    bool m_allProjects = false;
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
