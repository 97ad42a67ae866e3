// SPDX-License-Identifier: GPL-2.0-or-later
#include "instancelistmodel.h"

#include "cloudsession.h"
#include "instanceclient.h"

#include <QColor>
#include <QLocale>
#include <QTimer>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck::Cloud;

InstanceListModel::InstanceListModel(QObject *parent)
    : KeyedListModel<CloudInstance>(parent)
    , m_poll(new QTimer(this))
{
    m_poll->setSingleShot(true);
    m_poll->setInterval(DefaultPollMs);
    connect(m_poll, &QTimer::timeout, this, [this] { refresh(); });
}

void InstanceListModel::setSession(CloudSession *session)
{
    m_session = session;
    m_poll->stop();
    clear();
    refresh();
}

void InstanceListModel::setAllProjects(bool all)
{
    if (all == m_allProjects)
        return;
    m_allProjects = all;
    clear();
    refresh();
}

void InstanceListModel::setImageNames(const QHash<QString, QString> &names)
{
    m_imageNames = names;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, ImageColumn), index(rowCount() - 1, ImageColumn));
}

void InstanceListModel::setPollInterval(int ms)
{
    m_poll->setInterval(ms);
}

bool InstanceListModel::isPolling() const
{
    return m_poll->isActive() || (isListing() && anyTransitional());
}

bool InstanceListModel::anyTransitional() const
{
    return std::any_of(items().begin(), items().end(), [](const CloudInstance &instance) { return instance.isTransitional(); });
}

QFuture<Result<QList<CloudInstance>>> InstanceListModel::fetch()
{
    if (!m_session) {
        QFuture<Result<QList<CloudInstance>>> none;
        none.cancel();
        return none;
    }
    return InstanceClient(m_session).instances(m_allProjects);
}

void InstanceListModel::listFinished(const QString &error)
{
    const bool wasPolling = m_poll->isActive();
    // One poll after another only while Nova is still working on something; a failed list
    // (cloud away) does not poll, the user refreshes.
    if (error.isEmpty() && anyTransitional())
        m_poll->start();
    else
        m_poll->stop();
    if (wasPolling != m_poll->isActive())
        Q_EMIT pollingChanged(m_poll->isActive());
    if (error.isEmpty())
        Q_EMIT refreshed();
    else
        Q_EMIT refreshFailed(error);
}

QString InstanceListModel::powerStateName(int state)
{
    switch (state) {
    case 0: return tr("No state");
    case 1: return tr("Running");
    case 3: return tr("Paused");
    case 4: return tr("Shut down");
    case 6: return tr("Crashed");
    case 7: return tr("Suspended");
    default: return tr("Unknown (%1)").arg(state);
    }
}

QString InstanceListModel::addressText(const CloudInstance &instance)
{
    QStringList parts;
    for (const InstanceAddress &address : instance.addresses)
        parts.append(u"%1=%2"_s.arg(address.network, address.address));
    return parts.join(u", "_s);
}

int InstanceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstanceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CloudInstance &instance = items().at(index.row());
    if (role == InstanceIdRole || role == KeyRole)
        return instance.id;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && !instance.fault.isEmpty())
        return instance.fault.message;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && instance.status == u"ERROR"_s)
        return QColor(0xb0, 0x2a, 0x37);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return instance.name;
    case StatusColumn:
        return instance.status;
    case TaskColumn:
        return instance.taskState.isEmpty() ? tr("None") : instance.taskState;
    case PowerColumn:
        return powerStateName(instance.powerState);
    case AddressesColumn:
        return addressText(instance);
    case FlavorColumn:
        return instance.flavorName;
    case ImageColumn:
        if (instance.imageId.isEmpty())
            return tr("(booted from volume)");
        return m_imageNames.value(instance.imageId, instance.imageId);
    case KeyPairColumn:
        return instance.keyName;
    case ProjectColumn:
        return instance.projectId;
    case CreatedColumn:
        if (role == SortRole)
            return instance.created;
        return QLocale().toString(instance.created.toLocalTime(), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant InstanceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case StatusColumn: return tr("Status");
    case TaskColumn: return tr("Task");
    case PowerColumn: return tr("Power");
    case AddressesColumn: return tr("Addresses");
    case FlavorColumn: return tr("Flavor");
    case ImageColumn: return tr("Image");
    case KeyPairColumn: return tr("Key pair");
    case ProjectColumn: return tr("Project");
    case CreatedColumn: return tr("Created");
    default: return {};
    }
}

} // namespace VirtDeck
