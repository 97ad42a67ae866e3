// SPDX-License-Identifier: GPL-2.0-or-later
// Broken replies from a local test server on 127.0.0.1: every one becomes a clear error, no
// crash; and a server that closes kept-alive connections is coped with.
#include "cloudsession.h"
#include "computeclient.h"
#include "fakecloudserver.h"
#include "networkclient.h"
#include "testcloud.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

class TestCloudMalformedReplies : public QObject
{
    Q_OBJECT

private:
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

private Q_SLOTS:
    void brokenFlavorLists_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("truncate");
        QTest::addColumn<bool>("hangUp");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("malformed") << 200 << QByteArray(R"({"flavors": [{"id": "1",,]})") << false << false << u"invalid JSON"_s;
        QTest::newRow("truncated") << 200 << QByteArray(R"({"flavors": [{"id": "1", "name": "m1.tiny", "ram": 512, "disk": 1, "vcpus": 1}]})")
                                   << true << false << u"Compute (Nova)"_s;
        QTest::newRow("empty body") << 200 << QByteArray() << false << false << u"invalid JSON"_s;
        QTest::newRow("array instead of object") << 200 << QByteArray("[1, 2, 3]") << false << false << u"JSON object"_s;
        QTest::newRow("flavors not a list") << 200 << QByteArray(R"({"flavors": {"id": 1}})") << false << false << u"\"flavors\""_s;
        QTest::newRow("flavor entry a number") << 200 << QByteArray(R"({"flavors": [7]})") << false << false << u"not an object"_s;
        QTest::newRow("ram is a word") << 200 << QByteArray(R"({"flavors": [{"id": "1", "name": "x", "ram": "lots", "disk": 1, "vcpus": 1}]})")
                                       << false << false << u"\"ram\""_s;
        QTest::newRow("id missing") << 200 << QByteArray(R"({"flavors": [{"name": "x", "ram": 1, "disk": 1, "vcpus": 1}]})")
                                    << false << false << u"\"id\""_s;
        QTest::newRow("html error page") << 500 << QByteArray("<html><body><h1>500</h1>Internal Server Error: boom</body></html>")
                                         << false << false << u"HTTP 500"_s;
        QTest::newRow("hang-up") << 200 << QByteArray() << false << true << u"cannot be reached"_s;
        QTest::newRow("deep nesting") << 200 << QByteArray(2000, '[') << false << false << u"invalid JSON"_s;
    }
    void brokenFlavorLists()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, truncate);
        QFETCH(bool, hangUp);
        QFETCH(QString, messagePart);
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/flavors/detail", {status, body, truncate, hangUp});
        CloudSession session(configFor(server));
        const auto result = awaitFuture(ComputeClient(&session).flavors(), 20000);
        QVERIFY(result);
        QVERIFY(!result->ok());
        QVERIFY2(result->error.contains(messagePart), qPrintable(result->error));
    }

    void brokenQuotaAndGroups()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/os-quota-sets/p/detail", {200, R"({"quota_set": {"cores": {"in_use": 1}}})", false, false});
        server.setReply("/network/v2.0/security-groups", {200, R"({"security_groups": [{"id": "g", "security_group_rules": "x"}]})", false, false});
        CloudSession session(configFor(server));
        const auto quota = awaitFuture(ComputeClient(&session).quotas(u"p"_s));
        QVERIFY(quota && !quota->ok());
        QVERIFY2(quota->error.contains(u"limit"_s), qPrintable(quota->error));
        const auto groups = awaitFuture(NetworkClient(&session).securityGroups(u"p"_s));
        QVERIFY(groups && !groups->ok());
        QVERIFY2(groups->error.contains(u"security_group_rules"_s), qPrintable(groups->error));
    }

    void brokenToken()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        CloudConfig config = configFor(server);
        config.authUrl = u"http://127.0.0.1:%1/broken/v3"_s.arg(server.serverPort()); // 404 JSON
        CloudSession session(config);
        const auto token = awaitFuture(session.signIn());
        QVERIFY(token && !token->ok());
        QVERIFY2(token->error.contains(u"HTTP 404"_s), qPrintable(token->error));
    }

    void tokenRenewedBeforeExpiry()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setTokenLifetime(CloudSession::TokenRenewalMarginSeconds + 2);
        server.setReply("/compute/flavors/detail", {200, R"({"flavors": []})", false, false});
        CloudSession session(configFor(server));
        ComputeClient compute(&session);
        auto flavors = awaitFuture(compute.flavors());
        QVERIFY(flavors && flavors->ok());
        QCOMPARE(session.signInCount(), 1);
        const QDateTime expires = session.token().expiresAt;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc().secsTo(expires) < CloudSession::TokenRenewalMarginSeconds, 10000);
        flavors = awaitFuture(compute.flavors());
        QVERIFY(flavors && flavors->ok());
        QCOMPARE(session.signInCount(), 2);
        QCOMPARE(server.unauthorizedCount(), 0); // renewed before, not after a 401
    }

    void staleTokenIsRenewedAndRetriedOnce()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setReply("/compute/flavors/detail", {200, R"({"flavors": []})", false, false});
        CloudSession session(configFor(server));
        CloudSession other(configFor(server));
        QVERIFY(awaitFuture(session.signIn())->ok());
        QVERIFY(awaitFuture(other.signIn())->ok()); // the server now only accepts the newest token
        const auto flavors = awaitFuture(ComputeClient(&session).flavors());
        QVERIFY(flavors && flavors->ok());
        QCOMPARE(server.unauthorizedCount(), 1);
        QCOMPARE(session.signInCount(), 2);
    }

    void serverClosesKeptAliveConnections()
    {
        FakeCloudServer server;
        QVERIFY(server.start());
        server.setCloseAfterReply(true);
        server.setReply("/compute/flavors/detail", {200, R"({"flavors": []})", false, false});
        CloudSession session(configFor(server));
        ComputeClient compute(&session);
        for (int i = 0; i < 5; ++i) {
            const auto flavors = awaitFuture(compute.flavors());
            QVERIFY(flavors);
            QVERIFY2(flavors->ok(), qPrintable(flavors->error));
        }
        QCOMPARE(server.requestCount(), 6); // sign-in + 5, none lost
        QVERIFY(server.connectionCount() >= 6);
    }
};

QTEST_GUILESS_MAIN(TestCloudMalformedReplies)
#include "tst_cloudmalformedreplies.moc"
