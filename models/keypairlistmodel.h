// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include "keyedlistmodel.h"
#include "keypair.h"

#include <QPointer>

namespace VirtDeck {

namespace Cloud {
class CloudSession;
}

// The signed-in user's Nova key pairs: name, type, fingerprint. Keyed by name.
class KeyPairListModel : public KeyedListModel<Cloud::KeyPair>
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, FingerprintColumn, ColumnCount };

    using KeyedListModel::KeyedListModel;

    void setSession(Cloud::CloudSession *session); // empties the model and lists again

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed();
    void refreshFailed(const QString &error);

protected:
    QString keyOf(const Cloud::KeyPair &row) const override { return row.name; }
    QFuture<Result<QList<Cloud::KeyPair>>> fetch() override;
    void listFinished(const QString &error) override;

private:
    QPointer<Cloud::CloudSession> m_session;
};

} // namespace VirtDeck
