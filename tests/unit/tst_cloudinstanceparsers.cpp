// SPDX-License-Identifier: GPL-2.0-or-later
// Instances, their faults and action logs, images, image formats and the launch request:
// parsers on real Nova/Glance reply shapes and on malformed ones; the launch quota; the
// instance list's polling, which must stop once no instance is transitional.
#include "cloudsession.h"
#include "fakecloudserver.h"
#include "imageclient.h"
#include "imageformat.h"
#include "imagelistmodel.h"
#include "instanceclient.h"
#include "instancelistmodel.h"
#include "launchquota.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

// Shapes as Nova 26 (microversion 2.79) sends them.
QByteArray serverJson(const QByteArray &id, const QByteArray &status, const QByteArray &taskState)
{
    const QJsonObject address{{u"version"_s, 4}, {u"addr"_s, u"10.0.0.5"_s}, {u"OS-EXT-IPS:type"_s, u"fixed"_s},
                              {u"OS-EXT-IPS-MAC:mac_addr"_s, u"fa:16:3e:00:00:01"_s}};
    const QJsonObject flavor{{u"vcpus"_s, 1}, {u"ram"_s, 512}, {u"disk"_s, 1}, {u"ephemeral"_s, 0}, {u"swap"_s, 0},
                             {u"original_name"_s, u"m1.tiny"_s}, {u"extra_specs"_s, QJsonObject{}}};
    const QJsonObject server{
        {u"id"_s, QString::fromLatin1(id)},
        {u"name"_s, u"vm-"_s + QString::fromLatin1(id)},
        {u"status"_s, QString::fromLatin1(status)},
        {u"OS-EXT-STS:task_state"_s, taskState.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromLatin1(taskState))},
        {u"OS-EXT-STS:vm_state"_s, u"active"_s},
        {u"OS-EXT-STS:power_state"_s, 1},
        {u"addresses"_s, QJsonObject{{u"net1"_s, QJsonArray{address}}}},
        {u"flavor"_s, flavor},
        {u"image"_s, QJsonObject{{u"id"_s, u"img-1"_s}, {u"links"_s, QJsonArray{}}}},
        {u"key_name"_s, u"mykey"_s},
        {u"tenant_id"_s, u"p1"_s},
        {u"OS-EXT-AZ:availability_zone"_s, u"nova"_s},
        {u"created"_s, u"2026-11-29T14:56:33Z"_s},
        {u"description"_s, QJsonValue::Null}};
    return QJsonDocument(server).toJson(QJsonDocument::Compact);
}

CloudConfig configFor(const FakeCloudServer &server)
{
    CloudConfig config;
    config.name = u"fake"_s;
    config.authUrl = server.authUrl();
    config.username = u"fake"_s;
    config.password = u"pw"_s;
    config.projectName = u"fake"_s;
    return config;
}

QuotaSet quota(qint64 instances, qint64 instancesUsed, qint64 cores, qint64 coresUsed, qint64 ram, qint64 ramUsed)
{
    QuotaSet set;
    set.serviceType = u"compute"_s;
    set.items = {{u"instances"_s, instances, instancesUsed, 0}, {u"cores"_s, cores, coresUsed, 0}, {u"ram"_s, ram, ramUsed, 0}};
    return set;
}

} // namespace

class TestCloudInstanceParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void instanceList()
    {
        const QByteArray body = R"({"servers": [)" + serverJson("a", "ACTIVE", {}) + "," + serverJson("b", "BUILD", "spawning") + "]}";
        const auto result = InstanceClient::parseInstances(body);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.size(), 2);
        const CloudInstance &a = result.value.at(0);
        QCOMPARE(a.name, u"vm-a"_s);
        QCOMPARE(a.status, u"ACTIVE"_s);
        QVERIFY(a.taskState.isEmpty());
        QCOMPARE(a.powerState, 1);
        QCOMPARE(a.addresses.size(), 1);
        QCOMPARE(a.addresses.first().network, u"net1"_s);
        QCOMPARE(a.addresses.first().address, u"10.0.0.5"_s);
        QCOMPARE(a.addresses.first().mac, u"fa:16:3e:00:00:01"_s);
        QCOMPARE(a.flavorName, u"m1.tiny"_s);
        QCOMPARE(a.flavorVcpus, 1);
        QCOMPARE(a.imageId, u"img-1"_s);
        QCOMPARE(a.keyName, u"mykey"_s);
        QCOMPARE(a.created, QDateTime(QDate(2026, 11, 29), QTime(14, 56, 33), Qt::UTC));
        QVERIFY(!a.isTransitional());
        QVERIFY(result.value.at(1).isTransitional());
        QCOMPARE(result.value.at(1).taskState, u"spawning"_s);
    }

    void transitionalStates_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("task");
        QTest::addColumn<bool>("transitional");
        QTest::newRow("active") << u"ACTIVE"_s << QString() << false;
        QTest::newRow("shutoff") << u"SHUTOFF"_s << QString() << false;
        QTest::newRow("error") << u"ERROR"_s << QString() << false;
        QTest::newRow("build") << u"BUILD"_s << QString() << true;
        QTest::newRow("reboot") << u"REBOOT"_s << QString() << true;
        QTest::newRow("hard reboot") << u"HARD_REBOOT"_s << QString() << true;
        QTest::newRow("resize") << u"RESIZE"_s << QString() << true;
        QTest::newRow("active, powering off") << u"ACTIVE"_s << u"powering-off"_s << true;
    }
    void transitionalStates()
    {
        QFETCH(QString, status);
        QFETCH(QString, task);
        QFETCH(bool, transitional);
        CloudInstance instance;
        instance.status = status;
        instance.taskState = task;
        QCOMPARE(instance.isTransitional(), transitional);
    }

    void bootFromVolumeAndOldFlavor()
    {
        // Booted from a volume: "image" is "". Before 2.47 the flavor was only a reference.
        const QByteArray body = R"({"server": {"id": "x", "name": "v", "status": "SHUTOFF", "image": "", "flavor": {"id": "42", "links": []}, "addresses": {}}})";
        const auto result = InstanceClient::parseInstance(body);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.value.imageId.isEmpty());
        QCOMPARE(result.value.flavorName, u"42"_s);
        QVERIFY(result.value.addresses.isEmpty());
    }

    void fault()
    {
        const QByteArray body = R"({"server": {"id": "e", "name": "broken", "status": "ERROR", "OS-EXT-STS:task_state": null, "fault": {"code": 500, "created": "2026-11-29T15:00:00Z", "message": "No valid host was found. There are not enough hosts available.", "details": "Traceback (most recent call last): ..."}}})";
        const auto result = InstanceClient::parseInstance(body);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.fault.code, 500);
        QVERIFY(result.value.fault.message.startsWith(u"No valid host"_s));
        QVERIFY(result.value.fault.details.startsWith(u"Traceback"_s));
        QVERIFY(result.value.fault.created.isValid());
        QVERIFY(!result.value.isTransitional());
    }

    void actionsAndEvents()
    {
        const auto list = InstanceClient::parseActions(R"({"instanceActions": [ {"action": "stop", "instance_uuid": "x", "request_id": "req-2", "user_id": "u", "project_id": "p", "start_time": "2026-11-29T15:01:00.123456", "message": null}, {"action": "create", "instance_uuid": "x", "request_id": "req-1", "user_id": "u", "project_id": "p", "start_time": "2026-11-29T14:56:33.746228", "message": "Error"}]})");
        QVERIFY2(list.ok(), qPrintable(list.error));
        QCOMPARE(list.value.size(), 2);
        QCOMPARE(list.value.at(0).action, u"stop"_s);
        QCOMPARE(list.value.at(1).requestId, u"req-1"_s);
        QCOMPARE(list.value.at(1).message, u"Error"_s);
        // Actions carry no zone: UTC.
        QCOMPARE(list.value.at(1).startTime.timeSpec(), Qt::UTC);
        QCOMPARE(list.value.at(1).startTime.time().msec(), 746);

        const auto action = InstanceClient::parseAction(R"({"instanceAction": {"action": "create", "request_id": "req-1", "user_id": "u", "start_time": "2026-11-29T14:56:33.746228", "message": null, "events": [ {"event": "compute__do_build_and_run_instance", "start_time": "2026-11-29T14:56:35.000000", "finish_time": "2026-11-29T14:56:40.000000", "result": "Error", "traceback": "Traceback: boom"}, {"event": "conductor_schedule_and_build_instances", "start_time": "2026-11-29T14:56:34.000000", "finish_time": null, "result": null}]}})");
        QVERIFY2(action.ok(), qPrintable(action.error));
        QCOMPARE(action.value.events.size(), 2);
        QCOMPARE(action.value.events.at(0).result, u"Error"_s);
        QCOMPARE(action.value.events.at(0).traceback, u"Traceback: boom"_s);
        QVERIFY(action.value.events.at(0).finishTime.isValid());
        QVERIFY(action.value.events.at(1).result.isEmpty());
        QVERIFY(!action.value.events.at(1).finishTime.isValid());
    }

    void consoleReplies()
    {
        const auto log = InstanceClient::parseConsoleLog(R"({"output": "FAKE CONSOLE OUTPUT\nANOTHER\nLAST LINE"})");
        QVERIFY2(log.ok(), qPrintable(log.error));
        QVERIFY(log.value.endsWith(u"LAST LINE"_s));
        // (No raw string: moc takes the "//" of a URL in a multi-line raw string for a comment.)
        const auto url = InstanceClient::parseConsoleUrl("{\"remote_console\": {\"protocol\": \"vnc\", \"type\": \"novnc\", "
                                                         "\"url\": \"http://127.0.0.1:6080/vnc_auto.html?path=%3Ftoken%3Dabc\"}}");
        QVERIFY2(url.ok(), qPrintable(url.error));
        QVERIFY(url.value.startsWith(u"http://127.0.0.1:6080/"_s));
        const auto zones = InstanceClient::parseAvailabilityZones(R"({"availabilityZoneInfo": [ {"zoneName": "nova", "zoneState": {"available": true}, "hosts": null}, {"zoneName": "down", "zoneState": {"available": false}, "hosts": null}]})");
        QVERIFY2(zones.ok(), qPrintable(zones.error));
        QCOMPARE(zones.value, QStringList{u"nova"_s});
        const auto reservation = InstanceClient::parseReservation(R"({"reservation_id": "r-abc"})");
        QCOMPARE(reservation.value, u"r-abc"_s);
    }

    void malformedReplies_data()
    {
        QTest::addColumn<int>("kind"); // 0 list, 1 one server, 2 actions, 3 action, 4 console log, 5 console url, 6 images
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << 0 << QByteArray("{\"servers\": [") << u"invalid JSON"_s;
        QTest::newRow("servers not a list") << 0 << QByteArray(R"({"servers": {}})") << u"\"servers\""_s;
        QTest::newRow("server entry a string") << 0 << QByteArray(R"({"servers": ["x"]})") << u"not an object"_s;
        QTest::newRow("server without id") << 0 << QByteArray(R"({"servers": [{"name": "a", "status": "ACTIVE"}]})") << u"\"id\""_s;
        QTest::newRow("status a number") << 1 << QByteArray(R"({"server": {"id": "a", "name": "a", "status": 3}})") << u"\"status\""_s;
        QTest::newRow("addresses a list") << 1 << QByteArray(R"({"server": {"id": "a", "name": "a", "status": "ACTIVE", "addresses": []}})")
                                          << u"\"addresses\""_s;
        QTest::newRow("address without addr") << 1
            << QByteArray(R"({"server": {"id": "a", "name": "a", "status": "ACTIVE", "addresses": {"n": [{"version": 4}]}}})") << u"\"addr\""_s;
        QTest::newRow("fault a string") << 1 << QByteArray(R"({"server": {"id": "a", "name": "a", "status": "ERROR", "fault": "bad"}})")
                                        << u"\"fault\""_s;
        QTest::newRow("no server key") << 1 << QByteArray(R"({"servers": []})") << u"\"server\""_s;
        QTest::newRow("actions missing") << 2 << QByteArray(R"({"actions": []})") << u"\"instanceActions\""_s;
        QTest::newRow("action without request id") << 2 << QByteArray(R"({"instanceActions": [{"action": "create"}]})") << u"\"request_id\""_s;
        QTest::newRow("events not a list") << 3
            << QByteArray(R"({"instanceAction": {"action": "create", "request_id": "r", "events": {}}})") << u"\"events\""_s;
        QTest::newRow("event without name") << 3
            << QByteArray(R"({"instanceAction": {"action": "create", "request_id": "r", "events": [{"result": "Success"}]}})") << u"\"event\""_s;
        QTest::newRow("console output missing") << 4 << QByteArray(R"({"log": "x"})") << u"\"output\""_s;
        QTest::newRow("console url missing") << 5 << QByteArray(R"({"remote_console": {"type": "novnc"}})") << u"\"url\""_s;
        QTest::newRow("console url not a url") << 5 << QByteArray("{\"remote_console\": {\"url\": \"http://[::1\"}}") << u"not a valid URL"_s;
        QTest::newRow("images not a list") << 6 << QByteArray(R"({"images": "none"})") << u"\"images\""_s;
        QTest::newRow("image without id") << 6 << QByteArray(R"({"images": [{"status": "active"}]})") << u"\"id\""_s;
        QTest::newRow("image size a word") << 6 << QByteArray(R"({"images": [{"id": "i", "status": "active", "size": "big"}]})")
                                           << u"\"size\""_s;
        QTest::newRow("truncated image list") << 6 << QByteArray("{\"images\": [{\"id\": \"i\", \"status\": \"act") << u"invalid JSON"_s;
    }
    void malformedReplies()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QString, messagePart);
        QString error;
        switch (kind) {
        case 0: error = InstanceClient::parseInstances(body).error; break;
        case 1: error = InstanceClient::parseInstance(body).error; break;
        case 2: error = InstanceClient::parseActions(body).error; break;
        case 3: error = InstanceClient::parseAction(body).error; break;
        case 4: error = InstanceClient::parseConsoleLog(body).error; break;
        case 5: error = InstanceClient::parseConsoleUrl(body).error; break;
        default: error = ImageClient::parseImages(body).error; break;
        }
        QVERIFY2(!error.isEmpty(), "a malformed reply was accepted");
        QVERIFY2(error.contains(messagePart), qPrintable(error));
    }

    void imageList()
    {
        // A queued image has no formats and a null size; Glance allows a null name.
        const auto result = ImageClient::parseImages(R"({"images": [ {"id": "i1", "name": "cirros", "status": "active", "visibility": "public", "disk_format": "qcow2", "container_format": "bare", "size": 16338944, "min_disk": 1, "min_ram": 0, "owner": "p", "protected": false, "checksum": "abc", "created_at": "2026-11-29T15:00:00Z"}, {"id": "i2", "name": null, "status": "queued", "visibility": "private", "disk_format": null, "container_format": null, "size": null}], "first": "/v2/images", "schema": "/v2/schemas/images"})");
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.size(), 2);
        QCOMPARE(result.value.at(0).diskFormat, u"qcow2"_s);
        QCOMPARE(result.value.at(0).size, qint64(16338944));
        QCOMPARE(result.value.at(0).minDiskGb, qint64(1));
        QCOMPARE(result.value.at(0).visibility, u"public"_s);
        QVERIFY(result.value.at(1).name.isEmpty());
        QCOMPARE(result.value.at(1).size, qint64(-1));
        QVERIFY(result.value.at(1).diskFormat.isEmpty());
        const auto single = ImageClient::parseImage(R"({"id": "i3", "name": "x", "status": "queued", "visibility": "shared"})");
        QVERIFY2(single.ok(), qPrintable(single.error));
        QCOMPARE(single.value.visibility, u"shared"_s);
        QVERIFY(!ImageClient::validateNew(u""_s, u"qcow2"_s, u"private"_s).isEmpty());
        QVERIFY(!ImageClient::validateNew(u"x"_s, u"qcow3"_s, u"private"_s).isEmpty());
        QVERIFY(!ImageClient::validateNew(u"x"_s, u"qcow2"_s, u"everyone"_s).isEmpty());
        QVERIFY(ImageClient::validateNew(u"x"_s, u"qcow2"_s, u"private"_s).isEmpty());
    }

    void formatDetection()
    {
        QCOMPARE(ImageFormat::fromContent(QByteArray("QFI\xfb\x00\x00\x00\x03", 8)), u"qcow2"_s);
        QCOMPARE(ImageFormat::fromContent(QByteArray("KDMV\x01\x00\x00\x00", 8)), u"vmdk"_s);
        QByteArray vdi("<<< Oracle VM VirtualBox Disk Image >>>\n");
        vdi.resize(0x40, '\0');
        vdi.append("\x7f\x10\xda\xbe", 4);
        QCOMPARE(ImageFormat::fromContent(vdi), u"vdi"_s);
        QByteArray iso(0x8006, '\0');
        iso.replace(0x8000, 6, "\x01" "CD001");
        QCOMPARE(ImageFormat::fromContent(iso), u"iso"_s);
        QCOMPARE(ImageFormat::fromContent(QByteArray(0x9000, '\0')), u"raw"_s);
        QCOMPARE(ImageFormat::fromContent(QByteArray()), u"raw"_s);
        // "CD001" elsewhere is not an ISO.
        QByteArray notIso(0x8006, '\0');
        notIso.replace(0x10, 5, "CD001");
        QCOMPARE(ImageFormat::fromContent(notIso), u"raw"_s);

        QCOMPARE(ImageFormat::fromSuffix(u"/x/cirros.IMG"_s), u"raw"_s);
        QCOMPARE(ImageFormat::fromSuffix(u"disk.qcow2"_s), u"qcow2"_s);
        QCOMPARE(ImageFormat::fromSuffix(u"debian.iso"_s), u"iso"_s);
        QVERIFY(ImageFormat::fromSuffix(u"notes.txt"_s).isEmpty());
        // The seed's warning: a qcow2 image named .img.
        const QString warning = ImageFormat::mismatch(u"/tmp/cirros-0.6.2-x86_64-disk.img"_s, u"qcow2"_s);
        QVERIFY(warning.contains(u"qcow2"_s));
        QVERIFY(warning.contains(u"raw"_s));
        QVERIFY(ImageFormat::mismatch(u"disk.qcow2"_s, u"qcow2"_s).isEmpty());
        QVERIFY(ImageFormat::mismatch(u"disk.bin"_s, u"qcow2"_s).isEmpty());

        QTemporaryDir dir;
        const QString path = dir.filePath(u"small.qcow2"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("QFI\xfb", 4) + QByteArray(100, '\0'));
        file.close();
        QCOMPARE(ImageFormat::fromFile(path).value, u"qcow2"_s);
        QVERIFY(!ImageFormat::fromFile(dir.filePath(u"missing"_s)).ok());
    }

    void launchQuota()
    {
        Flavor small;
        small.id = u"1"_s;
        small.vcpus = 2;
        small.ramMb = 2048;
        // 10 instances, 7 used; 20 cores, 16 used; RAM plenty: the cores limit 2 of this flavor.
        const QuotaSet set = quota(10, 7, 20, 16, 51200, 4096);
        QCOMPARE(LaunchQuota::maxCount(set), 3);
        QCOMPARE(LaunchQuota::maxCount(set, &small), 2);
        QVERIFY(LaunchQuota::check(set, &small, 2).isEmpty());
        const QString refusal = LaunchQuota::check(set, &small, 3);
        QVERIFY2(refusal.contains(u"vCPUs"_s), qPrintable(refusal));
        QVERIFY(!LaunchQuota::check(set, nullptr, 4).isEmpty());
        QVERIFY(LaunchQuota::usage(set, &small, 2).contains(u"7 → 9 of 10"_s));
        // Unlimited (-1) never refuses.
        const QuotaSet unlimited = quota(-1, 50, -1, 100, -1, 0);
        QCOMPARE(LaunchQuota::maxCount(unlimited, &small), LaunchQuota::Unlimited);
        QVERIFY(LaunchQuota::check(unlimited, &small, 500).isEmpty());
        QVERIFY(LaunchQuota::remaining(QuotaSet{}, u"instances"_s) >= LaunchQuota::Unlimited);
    }

    void launchBody()
    {
        LaunchRequest request;
        request.name = u"web"_s;
        request.count = 2;
        request.sourceId = u"img"_s;
        request.flavorId = u"1"_s;
        request.networkIds = {u"n2"_s, u"n1"_s};
        request.securityGroups = {u"default"_s};
        request.keyName = u"k"_s;
        request.userData = "#cloud-config\n";
        auto body = InstanceClient::launchBody(request);
        QVERIFY2(body.ok(), qPrintable(body.error));
        QJsonObject server = body.value.value(u"server"_s).toObject();
        QCOMPARE(server.value(u"imageRef"_s).toString(), u"img"_s);
        QCOMPARE(server.value(u"min_count"_s).toInt(), 2);
        QCOMPARE(server.value(u"max_count"_s).toInt(), 2);
        QCOMPARE(server.value(u"networks"_s).toArray().at(0).toObject().value(u"uuid"_s).toString(), u"n2"_s);
        QCOMPARE(server.value(u"user_data"_s).toString(), QString::fromLatin1(QByteArray("#cloud-config\n").toBase64()));
        QVERIFY(!server.contains(u"block_device_mapping_v2"_s));

        request.bootFromNewVolume = true;
        request.volumeSizeGb = 5;
        request.deleteVolumeOnTerminate = false;
        body = InstanceClient::launchBody(request);
        server = body.value.value(u"server"_s).toObject();
        QVERIFY(!server.contains(u"imageRef"_s));
        const QJsonObject mapping = server.value(u"block_device_mapping_v2"_s).toArray().at(0).toObject();
        QCOMPARE(mapping.value(u"source_type"_s).toString(), u"image"_s);
        QCOMPARE(mapping.value(u"destination_type"_s).toString(), u"volume"_s);
        QCOMPARE(mapping.value(u"volume_size"_s).toInt(), 5);
        QCOMPARE(mapping.value(u"delete_on_termination"_s).toBool(), false);

        request.volumeSizeGb = 0;
        QVERIFY(!InstanceClient::launchBody(request).ok());
        request = {};
        QVERIFY(InstanceClient::launchBody(request).error.contains(u"name"_s));
    }

    void pollingStopsWhenSettled()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/servers/detail",
                        {200, R"({"servers": [)" + serverJson("a", "ACTIVE", {}) + "," + serverJson("b", "BUILD", "spawning") + "]}"});
        CloudSession session(configFor(server));
        InstanceListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPollInterval(50);
        QSignalSpy refreshed(&model, &InstanceListModel::refreshed);
        model.setSession(&session);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.anyTransitional());
        QVERIFY(model.pollTimer()->isActive());
        // The poll keeps asking while b builds.
        const int before = server.requestCount();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(server.requestCount() > before);
        // b is ACTIVE: the next list stops the timer, and nothing is asked any more.
        server.setReply("/compute/servers/detail",
                        {200, R"({"servers": [)" + serverJson("a", "ACTIVE", {}) + "," + serverJson("b", "ACTIVE", {}) + "]}"});
        QTRY_VERIFY_WITH_TIMEOUT(!model.anyTransitional(), 10000);
        QVERIFY(!model.pollTimer()->isActive());
        QVERIFY(!model.isPolling());
        const int settled = server.requestCount();
        QTest::qWait(300); // six poll intervals: no request may go out
        QCOMPARE(server.requestCount(), settled);
        QCOMPARE(model.data(model.index(1, InstanceListModel::StatusColumn)).toString(), u"ACTIVE"_s);
        QCOMPARE(model.data(model.index(0, InstanceListModel::AddressesColumn)).toString(), u"net1=10.0.0.5"_s);
        // A refresh of a settled list does not start polling.
        model.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(!model.pollTimer()->isActive());
    }

    void pollingStopsOnError()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/servers/detail", {200, R"({"servers": [)" + serverJson("b", "BUILD", "scheduling") + "]}"});
        CloudSession session(configFor(server));
        InstanceListModel model;
        model.setPollInterval(50);
        QSignalSpy refreshed(&model, &InstanceListModel::refreshed);
        QSignalSpy failed(&model, &InstanceListModel::refreshFailed);
        model.setSession(&session);
        QVERIFY(refreshed.wait(10000));
        QVERIFY(model.pollTimer()->isActive());
        server.setReply("/compute/servers/detail", {200, "{broken"});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().first().toString().contains(u"invalid JSON"_s));
        // The rows stay as they were; no more polling against a broken cloud.
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.pollTimer()->isActive());
    }

    void imageModel()
    {
        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CloudImage a;
        a.id = u"1"_s;
        a.name = u"cirros"_s;
        a.status = u"active"_s;
        a.size = 1024;
        CloudImage b = a;
        b.id = u"2"_s;
        b.name = u"queued"_s;
        b.size = -1;
        model.setItems({a, b});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.names().value(u"2"_s), u"queued"_s);
        QCOMPARE(model.data(model.index(1, ImageListModel::SizeColumn)).toString(), u"unknown"_s);
        b.status = u"active"_s;
        model.setItems({b});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0, ImageListModel::StatusColumn)).toString(), u"active"_s);
    }
};

QTEST_MAIN(TestCloudInstanceParsers)
#include "tst_cloudinstanceparsers.moc"
