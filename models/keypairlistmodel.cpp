// SPDX-License-Identifier: GPL-2.0-or-later
#include "keypairlistmodel.h"

#include "cloudsession.h"
#include "keypairclient.h"

namespace VirtDeck {

using namespace Cloud;

void KeyPairListModel::setSession(CloudSession *session)
{
    m_session = session;
    clear();
    refresh();
}

QFuture<Result<QList<KeyPair>>> KeyPairListModel::fetch()
{
    if (!m_session)
        return {}; // cancelled: nothing to list
    return KeyPairClient(m_session).keyPairs();
}

void KeyPairListModel::listFinished(const QString &error)
{
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

int KeyPairListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KeyPairListModel::data(const QModelIndex &index, int role) const
{
    const KeyPair *pair = item(index);
    if (!pair)
        return {};
    if (role == KeyRole)
        return pair->name;
    if (role == Qt::ToolTipRole && index.column() == FingerprintColumn)
        return pair->publicKey;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return pair->name;
    case TypeColumn:
        return pair->type;
    case FingerprintColumn:
        return pair->fingerprint;
    default:
        return {};
    }
}

QVariant KeyPairListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case FingerprintColumn:
        return tr("Fingerprint");
    default:
        return {};
    }
}

} // namespace VirtDeck
