// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "cloudimage.h"
#include "keyedlistmodel.h"

#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
} // namespace Cloud

// Glance images as `openstack image list --long` shows them.
class ImageListModel : public KeyedListModel<Cloud::CloudImage>
{
    Q_OBJECT

public:
    enum Column { NameColumn, StatusColumn, VisibilityColumn, DiskFormatColumn, ContainerFormatColumn, SizeColumn,
                  ColumnCount };
    static constexpr int ImageIdRole = Qt::UserRole + 1;

    explicit ImageListModel(QObject *parent = nullptr);

    void setSession(Cloud::CloudSession *session);
    QHash<QString, QString> names() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::CloudImage &row) const override { return row.id; }
    QFuture<Result<QList<Cloud::CloudImage>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
