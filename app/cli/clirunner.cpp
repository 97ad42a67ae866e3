// SPDX-License-Identifier: GPL-2.0-or-later
#include "clirunner.h"

#include "batchcreatejob.h"
#include "cloneservice.h"
#include "connectionsession.h"
#include "libvirturi.h"
#include "namepattern.h"
#include "networkservice.h"
#include "snapshotservice.h"
#include "storageservice.h"
#include "templateservice.h"
#include "terminalcolumns.h"

#include <QJsonDocument>
#include <QTextStream>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

using TerminalColumns::padRight;

QString stateName(DomainState state)
{
    switch (state) {
    case DomainState::Running: return u"running"_s;
    case DomainState::Blocked: return u"blocked"_s;
    case DomainState::Paused: return u"paused"_s;
    case DomainState::ShuttingDown: return u"shutdown"_s;
    case DomainState::ShutOff: return u"shutoff"_s;
    case DomainState::Crashed: return u"crashed"_s;
    case DomainState::PmSuspended: return u"pmsuspended"_s;
    case DomainState::NoState: break;
    }
    return u"nostate"_s;
}

QString poolStateName(StoragePoolState state)
{
    switch (state) {
    case StoragePoolState::Inactive: return u"inactive"_s;
    case StoragePoolState::Building: return u"building"_s;
    case StoragePoolState::Running: return u"running"_s;
    case StoragePoolState::Degraded: return u"degraded"_s;
    case StoragePoolState::Inaccessible: return u"inaccessible"_s;
    }
    return {};
}

QJsonObject itemResult(const QString &name, bool ok, const QString &error)
{
    QJsonObject item{{u"name"_s, name}, {u"ok"_s, ok}};
    if (!ok)
        item.insert(u"error"_s, error);
    return item;
}

QJsonArray actionResults(const DomainActionResults &results)
{
    QJsonArray out;
    for (const DomainActionResult &r : results)
        out.append(itemResult(r.name, r.ok, r.error));
    return out;
}

} // namespace

CliRunner::CliRunner(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

CliRunner::~CliRunner()
{
    if (m_session)
        m_session->close();
}

QString CliRunner::defaultUri()
{
    for (const char *variable : {"VIRTDECK_DEFAULT_URI", "LIBVIRT_DEFAULT_URI"}) {
        const QString value = qEnvironmentVariable(variable).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return LibvirtUri::defaultUri();
}

bool CliRunner::prompt(CliParser::Parsed &parsed, QTextStream &in)
{
    for (const CliParser::Field field : std::as_const(parsed.missing)) {
        for (;;) {
            m_err << CliParser::promptFor(field);
            m_err.flush();
            QString line;
            if (!in.readLineInto(&line)) {
                m_err << Qt::endl << tr("No answer (end of input).") << Qt::endl;
                return false;
            }
            const QString problem = CliParser::apply(field, line, parsed.command);
            if (problem.isEmpty())
                break;
            m_err << problem << Qt::endl;
        }
    }
    parsed.missing.clear();
    return true;
}

void CliRunner::printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    m_out.flush();
}

void CliRunner::fail(const QString &message)
{
    m_err << tr("virtdeck-cli: %1").arg(message) << Qt::endl;
}

bool CliRunner::connectSession(const QString &uri)
{
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{uri, {}, false});
    m_session->setStatsIntervalMs(3600 * 1000); // a script needs no statistics
    m_session->setConnectTimeoutMs(30000);
    QEventLoop loop;
    QObject::connect(m_session.get(), &ConnectionSession::domainsListed, &loop, [this](const DomainInfoList &domains) {
        m_guests.clear();
        for (const DomainInfo &info : domains)
            m_guests.insert(info.name, info);
    });
    QString error;
    QObject::connect(m_session.get(), &ConnectionSession::stateChanged, &loop,
                     [&loop, &error](ConnectionState state, const QString &message) {
                         if (state == ConnectionState::Connected) {
                             loop.quit();
                         } else if (state == ConnectionState::Failed || state == ConnectionState::Lost) {
                             error = message;
                             loop.quit();
                         }
                     });
    m_session->open();
    if (m_session->state() == ConnectionState::Failed) // refused before any connect attempt
        error = m_session->statusMessage();
    else if (m_session->state() != ConnectionState::Connected)
        loop.exec();
    if (m_session->state() != ConnectionState::Connected) {
        fail(tr("cannot connect to %1: %2").arg(uri, error.isEmpty() ? m_session->statusMessage() : error));
        return false;
    }
    return true;
}

QVector<QUuid> CliRunner::resolve(const QStringList &names, QJsonArray *failures)
{
    QVector<QUuid> uuids;
    for (const QString &name : names) {
        const auto it = m_guests.constFind(name);
        if (it != m_guests.cend())
            uuids.append(it->uuid);
        else if (failures)
            failures->append(itemResult(name, false, tr("No guest named \"%1\".").arg(name)));
    }
    return uuids;
}

CliExit CliRunner::report(const QJsonArray &results)
{
    bool allOk = true;
    for (const QJsonValue &value : results) {
        const QJsonObject item = value.toObject();
        const bool ok = item.value(u"ok"_s).toBool();
        allOk = allOk && ok;
        if (m_json)
            continue;
        if (ok)
            m_out << tr("%1: ok").arg(item.value(u"name"_s).toString()) << Qt::endl;
        else
            m_err << tr("%1: failed: %2").arg(item.value(u"name"_s).toString(), item.value(u"error"_s).toString()) << Qt::endl;
    }
    if (m_json)
        printJson(QJsonObject{{u"ok"_s, allOk}, {u"results"_s, results}});
    return allOk ? CliExit::Ok : CliExit::Failed;
}

CliExit CliRunner::run(const CliCommand &command)
{
    m_json = command.json;
    // Bad input is a usage error before any connection is made.
    if (command.kind == CliCommand::Kind::BatchCreate) {
        const NamePattern::Expansion names = NamePattern::expand(command.namePattern, command.count);
        if (!names.ok()) {
            fail(names.error);
            return CliExit::Usage;
        }
    }
    if (command.kind == CliCommand::Kind::Clone) {
        if (const QString problem = NamePattern::nameProblem(command.cloneName); !problem.isEmpty()) {
            fail(problem);
            return CliExit::Usage;
        }
    }
    const QString uri = command.uri.isEmpty() ? defaultUri() : command.uri;
    if (!connectSession(uri))
        return CliExit::Connection;

    switch (command.kind) {
    case CliCommand::Kind::List:
        return list();
    case CliCommand::Kind::Action:
        return action(command);
    case CliCommand::Kind::Delete:
        return remove(command);
    case CliCommand::Kind::BatchCreate:
        return batchCreate(command);
    case CliCommand::Kind::Clone:
        return clone(command);
    case CliCommand::Kind::SnapshotCreate:
    case CliCommand::Kind::SnapshotList:
    case CliCommand::Kind::SnapshotRevert:
    case CliCommand::Kind::SnapshotDelete:
        return snapshot(command);
    case CliCommand::Kind::PoolList:
        return pools();
    case CliCommand::Kind::NetList:
        return networks();
    case CliCommand::Kind::TemplateMark:
    case CliCommand::Kind::TemplateUnmark:
    case CliCommand::Kind::TemplateList:
        return templates(command);
    }
    return CliExit::Usage;
}

CliExit CliRunner::list()
{
    const auto templates = await(TemplateService(m_session.get()).list());
    if (!templates.ok()) {
        fail(templates.error);
        return CliExit::Failed;
    }
    QSet<QUuid> marked;
    for (const TemplateInfo &t : templates.value)
        marked.insert(t.uuid);
    QList<DomainInfo> guests = m_guests.values();
    std::sort(guests.begin(), guests.end(), [](const DomainInfo &a, const DomainInfo &b) { return a.name < b.name; });
    if (m_json) {
        QJsonArray array;
        for (const DomainInfo &g : std::as_const(guests)) {
            array.append(QJsonObject{{u"name"_s, g.name},
                                     {u"uuid"_s, g.uuid.toString(QUuid::WithoutBraces)},
                                     {u"state"_s, stateName(g.state)},
                                     {u"vcpus"_s, g.vcpus},
                                     {u"memoryMiB"_s, qint64(g.maxMemoryKiB / 1024)},
                                     {u"autostart"_s, g.autostart},
                                     {u"persistent"_s, g.persistent},
                                     {u"template"_s, marked.contains(g.uuid)}});
        }
        printJson(array);
        return CliExit::Ok;
    }
    m_out << padRight(tr("NAME"), 32) << padRight(tr("STATE"), 12) << padRight(tr("VCPUS"), 7)
          << padRight(tr("MEMORY"), 10) << tr("TEMPLATE") << Qt::endl;
    for (const DomainInfo &g : std::as_const(guests)) {
        m_out << padRight(g.name, 32) << padRight(stateName(g.state), 12) << padRight(QString::number(g.vcpus), 7)
              << padRight(tr("%1 MiB").arg(g.maxMemoryKiB / 1024), 10) << (marked.contains(g.uuid) ? tr("yes") : QString())
              << Qt::endl;
    }
    return CliExit::Ok;
}

CliExit CliRunner::action(const CliCommand &command)
{
    QJsonArray results;
    const QVector<QUuid> uuids = resolve(command.guests, &results);
    if (!uuids.isEmpty()) {
        for (const QJsonValue &r : actionResults(await(m_session->runAction(command.action, uuids))))
            results.append(r);
    }
    return report(results);
}

CliExit CliRunner::remove(const CliCommand &command)
{
    QJsonArray results;
    const QVector<QUuid> uuids = resolve(command.guests, &results);
    DeleteOptions options;
    if (command.removeStorage) {
        // The guests' own writable volumes; CD-ROMs, read-only and shared disks stay.
        for (const QUuid &uuid : uuids) {
            const auto info = await(m_session->deletionInfo(uuid));
            if (!info.ok())
                continue; // the delete itself reports what is wrong with this guest
            for (const DomainDisk &disk : info.value.disks) {
                if (disk.device == u"disk"_s && !disk.readOnly && !disk.shareable && disk.inStoragePool)
                    options.storagePaths.append(disk.sourcePath);
            }
        }
    }
    if (!uuids.isEmpty()) {
        for (const QJsonValue &r : actionResults(await(m_session->runAction(DomainAction::Delete, uuids, options))))
            results.append(r);
    }
    return report(results);
}

CliExit CliRunner::batchCreate(const CliCommand &command)
{
    const QStringList names = NamePattern::expand(command.namePattern, command.count).names;
    const QVector<QUuid> source = resolve({command.templateName}, nullptr);
    if (source.isEmpty()) {
        fail(tr("No guest named \"%1\" to use as the template.").arg(command.templateName));
        return CliExit::Failed;
    }
    CloneSpec spec;
    spec.mode = command.mode;
    spec.vcpus = command.vcpus;
    spec.memoryMiB = command.memoryMiB;
    spec.network = command.network;
    spec.start = command.start;
    BatchCreateJob job(m_session.get(), source.first(), names, spec);
    QEventLoop loop;
    QObject::connect(&job, &BatchCreateJob::finished, &loop, &QEventLoop::quit);
    int reported = 0;
    QObject::connect(&job, &BatchCreateJob::guestChanged, &loop, [&](int index) {
        const BatchCreateJob::Guest &guest = job.guests().at(index);
        if (guest.status != BatchCreateJob::Status::Done && guest.status != BatchCreateJob::Status::Failed)
            return;
        ++reported;
        const QString what = guest.status == BatchCreateJob::Status::Done
            ? (guest.result.started ? tr("created and started") : tr("created"))
            : tr("failed: %1").arg(guest.result.error);
        m_err << tr("[%1/%2] %3: %4").arg(reported).arg(names.size()).arg(guest.name, what) << Qt::endl;
    });
    job.start();
    if (!job.isFinished())
        loop.exec();

    if (!job.refusals().isEmpty()) {
        for (const QString &problem : job.refusals())
            fail(problem);
        if (m_json)
            printJson(QJsonObject{{u"ok"_s, false}, {u"refused"_s, QJsonArray::fromStringList(job.refusals())}});
        return CliExit::Failed;
    }
    QJsonArray results;
    for (const BatchCreateJob::Guest &guest : job.guests()) {
        QJsonObject item = itemResult(guest.name, guest.status == BatchCreateJob::Status::Done, guest.result.error);
        if (!guest.result.uuid.isNull())
            item.insert(u"uuid"_s, guest.result.uuid.toString(QUuid::WithoutBraces));
        item.insert(u"started"_s, guest.result.started);
        item.insert(u"volumes"_s, QJsonArray::fromStringList(guest.result.volumes));
        results.append(item);
    }
    return report(results);
}

CliExit CliRunner::clone(const CliCommand &command)
{
    const QVector<QUuid> source = resolve(command.guests, nullptr);
    if (source.isEmpty()) {
        fail(tr("No guest named \"%1\".").arg(command.guests.value(0)));
        return CliExit::Failed;
    }
    CloneSpec spec;
    spec.name = command.cloneName;
    spec.mode = command.mode;
    spec.vcpus = command.vcpus;
    spec.memoryMiB = command.memoryMiB;
    spec.network = command.network;
    spec.start = command.start;
    const CloneResult result = await(CloneService(m_session.get()).clone(source.first(), spec));
    QJsonObject item = itemResult(result.name, result.ok, result.error);
    if (result.ok) {
        item.insert(u"uuid"_s, result.uuid.toString(QUuid::WithoutBraces));
        item.insert(u"started"_s, result.started);
        item.insert(u"volumes"_s, QJsonArray::fromStringList(result.volumes));
    }
    return report(QJsonArray{item});
}

CliExit CliRunner::snapshot(const CliCommand &command)
{
    SnapshotService service(m_session.get());
    QJsonArray results;
    const QVector<QUuid> uuids = resolve(command.guests, &results);
    switch (command.kind) {
    case CliCommand::Kind::SnapshotCreate: {
        SnapshotCreateOptions options;
        options.name = command.snapshotName;
        options.description = command.description;
        if (!uuids.isEmpty())
            for (const QJsonValue &r : actionResults(await(service.createMany(uuids, options))))
                results.append(r);
        return report(results);
    }
    case CliCommand::Kind::SnapshotRevert:
        if (!uuids.isEmpty())
            for (const QJsonValue &r : actionResults(await(service.revertMany(uuids, command.snapshotName, SnapshotRevertMode::AsTaken))))
                results.append(r);
        return report(results);
    case CliCommand::Kind::SnapshotDelete:
        if (!uuids.isEmpty()) {
            const auto removed = await(service.remove(uuids.first(), command.snapshotName, SnapshotDeleteMode::ThisOnly));
            results.append(itemResult(command.guests.first(), removed.ok(), removed.error));
        }
        return report(results);
    case CliCommand::Kind::SnapshotList: {
        if (uuids.isEmpty())
            return report(results);
        const auto listing = await(service.list(uuids.first()));
        if (!listing.ok()) {
            fail(listing.error);
            return CliExit::Failed;
        }
        if (m_json) {
            QJsonArray array;
            for (const SnapshotInfo &s : listing.value.snapshots) {
                array.append(QJsonObject{{u"name"_s, s.name},
                                         {u"parent"_s, s.parent},
                                         {u"description"_s, s.description},
                                         {u"created"_s, s.creationTime.toString(Qt::ISODate)},
                                         {u"state"_s, s.state},
                                         {u"current"_s, s.current},
                                         {u"external"_s, s.external}});
            }
            printJson(array);
        } else {
            m_out << padRight(tr("NAME"), 24) << padRight(tr("CREATED"), 22) << padRight(tr("STATE"), 14) << tr("CURRENT") << Qt::endl;
            for (const SnapshotInfo &s : listing.value.snapshots)
                m_out << padRight(s.name, 24) << padRight(s.creationTime.toString(Qt::ISODate), 22)
                      << padRight(s.state, 14) << (s.current ? u"*"_s : QString()) << Qt::endl;
        }
        return CliExit::Ok;
    }
    default:
        break;
    }
    return CliExit::Usage;
}

CliExit CliRunner::pools()
{
    const auto pools = await(StorageService(m_session.get()).listPools());
    if (!pools.ok()) {
        fail(pools.error);
        return CliExit::Failed;
    }
    if (m_json) {
        QJsonArray array;
        for (const StoragePoolInfo &p : pools.value) {
            array.append(QJsonObject{{u"name"_s, p.name}, {u"type"_s, p.type}, {u"state"_s, poolStateName(p.state)},
                                     {u"path"_s, p.targetPath}, {u"autostart"_s, p.autostart},
                                     {u"capacity"_s, qint64(p.capacity)}, {u"allocation"_s, qint64(p.allocation)},
                                     {u"available"_s, qint64(p.available)}});
        }
        printJson(array);
        return CliExit::Ok;
    }
    m_out << padRight(tr("NAME"), 32) << padRight(tr("STATE"), 10) << padRight(tr("TYPE"), 8) << tr("PATH") << Qt::endl;
    for (const StoragePoolInfo &p : pools.value)
        m_out << padRight(p.name, 32) << padRight(poolStateName(p.state), 10) << padRight(p.type, 8) << p.targetPath << Qt::endl;
    return CliExit::Ok;
}

CliExit CliRunner::networks()
{
    const auto networks = await(NetworkService(m_session.get()).list());
    if (!networks.ok()) {
        fail(networks.error);
        return CliExit::Failed;
    }
    if (m_json) {
        QJsonArray array;
        for (const NetworkInfo &n : networks.value) {
            QJsonArray cidrs;
            for (const NetworkIpConfig &ip : n.ips)
                cidrs.append(ip.cidr());
            array.append(QJsonObject{{u"name"_s, n.name}, {u"active"_s, n.active}, {u"autostart"_s, n.autostart},
                                     {u"forward"_s, n.forwardModeName}, {u"bridge"_s, n.bridge}, {u"subnets"_s, cidrs}});
        }
        printJson(array);
        return CliExit::Ok;
    }
    m_out << padRight(tr("NAME"), 32) << padRight(tr("ACTIVE"), 8) << padRight(tr("FORWARD"), 10) << tr("BRIDGE") << Qt::endl;
    for (const NetworkInfo &n : networks.value)
        m_out << padRight(n.name, 32) << padRight(n.active ? tr("yes") : tr("no"), 8)
              << padRight(n.forwardModeName.isEmpty() ? tr("isolated") : n.forwardModeName, 10) << n.bridge << Qt::endl;
    return CliExit::Ok;
}

CliExit CliRunner::templates(const CliCommand &command)
{
    TemplateService service(m_session.get());
    if (command.kind == CliCommand::Kind::TemplateList) {
        const auto listed = await(service.list());
        if (!listed.ok()) {
            fail(listed.error);
            return CliExit::Failed;
        }
        if (m_json) {
            QJsonArray array;
            for (const TemplateInfo &t : listed.value)
                array.append(QJsonObject{{u"name"_s, t.name}, {u"uuid"_s, t.uuid.toString(QUuid::WithoutBraces)},
                                         {u"state"_s, stateName(t.state)}, {u"vcpus"_s, t.vcpus},
                                         {u"memoryMiB"_s, qint64(t.memoryKiB / 1024)}, {u"disks"_s, t.diskCount}});
            printJson(array);
        } else {
            for (const TemplateInfo &t : listed.value)
                m_out << t.name << Qt::endl;
        }
        return CliExit::Ok;
    }
    if (command.kind == CliCommand::Kind::TemplateMark && command.seal) {
        if (const QString missing = TemplateService::sealUnavailableReason(); !missing.isEmpty()) {
            fail(missing);
            return CliExit::Failed;
        }
    }
    QJsonArray results;
    resolve(command.guests, &results); // unknown names become failures
    for (const QString &name : command.guests) {
        const auto it = m_guests.constFind(name);
        if (it == m_guests.cend())
            continue;
        if (command.kind == CliCommand::Kind::TemplateMark && command.seal) {
            m_err << tr("%1: sealing with virt-sysprep…").arg(name) << Qt::endl;
            const auto sealed = await(service.seal(it->uuid));
            if (!sealed.ok()) {
                results.append(itemResult(name, false, sealed.error));
                continue;
            }
        }
        const auto done = await(command.kind == CliCommand::Kind::TemplateMark ? service.mark(it->uuid) : service.unmark(it->uuid));
        results.append(itemResult(name, done.ok(), done.error));
    }
    return report(results);
}

} // namespace VirtDeck
