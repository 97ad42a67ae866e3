// SPDX-License-Identifier: GPL-2.0-or-later
// Keystone against the real test cloud (scripts/cloud-start.sh): sign-in as admin and member,
// wrong password, a token that dies during use, project switching, application credentials,
// the service catalog.
#include "cloudsession.h"
#include "computeclient.h"
#include "testcloud.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

namespace {

Result<CloudToken> signIn(CloudSession &session)
{
    const auto result = awaitFuture(session.signIn());
    return result ? *result : Result<CloudToken>::failure(u"sign-in timed out"_s);
}

Result<CloudReply> call(CloudSession &session, const CloudRequest &request)
{
    const auto result = awaitFuture(session.send(request));
    return result ? *result : Result<CloudReply>::failure(u"request timed out"_s);
}

} // namespace

class TestCloudIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString reason = TestCloud::unavailableReason();
        if (!reason.isEmpty())
            QFAIL(qPrintable(reason));
    }

    void signInAsAdmin()
    {
        CloudSession session(TestCloud::config(u"admin"_s));
        QSignalSpy signedIn(&session, &CloudSession::signedIn);
        const auto token = signIn(session);
        QVERIFY2(token.ok(), qPrintable(token.error));
        QCOMPARE(signedIn.size(), 1);
        QVERIFY(token.value.isAdmin());
        QCOMPARE(token.value.projectName, u"admin"_s);
        QCOMPARE(token.value.projectId, TestCloud::projectId(u"admin"_s));
        QVERIFY(token.value.expiresAt > QDateTime::currentDateTimeUtc());
        QCOMPARE(session.endpoint(u"compute"_s).value, u"http://127.0.0.1:8774/v2.1"_s);
        QCOMPARE(session.endpoint(u"network"_s).value, u"http://127.0.0.1:9696"_s);
        QCOMPARE(session.endpoint(u"volumev3"_s).value, u"http://127.0.0.1:8776/v3/"_s + token.value.projectId);
        QCOMPARE(session.regions(), QStringList{u"RegionOne"_s});
    }

    void signInAsMember()
    {
        CloudSession session(TestCloud::config(u"demo"_s));
        const auto token = signIn(session);
        QVERIFY2(token.ok(), qPrintable(token.error));
        QVERIFY(!token.value.isAdmin());
        QVERIFY(token.value.roles.contains(u"member"_s));
        QCOMPARE(token.value.projectId, TestCloud::projectId(u"demo"_s));
    }

    void wrongPassword()
    {
        CloudConfig config = TestCloud::config(u"demo"_s);
        config.password = u"not-the-password"_s;
        CloudSession session(config);
        QSignalSpy failed(&session, &CloudSession::signInFailed);
        const auto token = signIn(session);
        QVERIFY(!token.ok());
        QVERIFY2(token.error.contains(u"HTTP 401"_s), qPrintable(token.error));
        QVERIFY2(token.error.contains(u"credentials are wrong"_s), qPrintable(token.error));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!session.isSignedIn());
        // A request on such a session fails with the same message instead of hanging.
        const auto reply = call(session, {u"compute"_s, "GET", u"flavors"_s, {}});
        QVERIFY(reply.error.contains(u"HTTP 401"_s));
    }

    void missingPasswordIsAsked()
    {
        CloudConfig config = TestCloud::config(u"demo"_s);
        config.password.clear();
        CloudSession session(config);
        QVERIFY(session.needsSecret());
        QVERIFY(!signIn(session).ok());
        session.setSecret(u"demopass"_s);
        QVERIFY(signIn(session).ok());
    }

    void tokenDiesDuringUse()
    {
        CloudSession session(TestCloud::config(u"demo"_s));
        QVERIFY(signIn(session).ok());
        const QByteArray oldToken = session.token().id;
        // Revoke the token behind the session's back: Nova answers 401 exactly as for an
        // expired token, and the session signs in again and repeats the request once.
        QNetworkAccessManager network;
        QNetworkRequest revoke(QUrl(u"http://127.0.0.1:5000/v3/auth/tokens"_s));
        revoke.setRawHeader("X-Auth-Token", oldToken);
        revoke.setRawHeader("X-Subject-Token", oldToken);
        QNetworkReply *reply = network.deleteResource(revoke);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(15000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();

        ComputeClient compute(&session);
        // Three requests at once: one sign-in serves them all.
        const auto a = compute.flavors();
        const auto b = compute.quotas(session.token().projectId);
        const auto c = compute.flavors();
        for (auto future : {a, c}) {
            const auto flavors = awaitFuture(future);
            QVERIFY(flavors);
            QVERIFY2(flavors->ok(), qPrintable(flavors->error));
            QVERIFY(!flavors->value.isEmpty());
        }
        const auto quotas = awaitFuture(b);
        QVERIFY(quotas && quotas->ok());
        QCOMPARE(session.signInCount(), 2);
        QVERIFY(session.token().id != oldToken);
    }

    void switchProject()
    {
        // The admin user gets a role in demo2 as well, then switches there and back.
        CloudSession session(TestCloud::config(u"admin"_s));
        QVERIFY(signIn(session).ok());
        const auto roles = call(session, {u"identity"_s, "GET", u"roles?name=member"_s, {}});
        QVERIFY2(roles.ok(), qPrintable(roles.error));
        const QString memberRole = QJsonDocument::fromJson(roles.value.body)[u"roles"_s][0][u"id"_s].toString();
        const QString demo2 = TestCloud::projectId(u"demo2"_s);
        const auto grant = call(session, {u"identity"_s, "PUT",
                                          u"projects/%1/users/%2/roles/%3"_s.arg(demo2, session.token().userId, memberRole), {}});
        QVERIFY2(grant.ok(), qPrintable(grant.error));

        const auto projects = awaitFuture(session.projects());
        QVERIFY(projects && projects->ok());
        QStringList names;
        for (const ProjectRef &project : projects->value)
            names.append(project.name);
        QVERIFY2(names.contains(u"admin"_s) && names.contains(u"demo2"_s), qPrintable(names.join(u',')));
        QVERIFY(!names.contains(u"demo"_s));

        auto switched = awaitFuture(session.switchProject(demo2));
        QVERIFY(switched && switched->ok());
        QCOMPARE(session.token().projectId, demo2);
        QVERIFY(!session.token().isAdmin());
        QVERIFY2(session.endpoint(u"volumev3"_s).value.endsWith(demo2), qPrintable(session.endpoint(u"volumev3"_s).value));

        // A project without a role is refused, and the session stays where it was.
        switched = awaitFuture(session.switchProject(TestCloud::projectId(u"demo"_s)));
        QVERIFY(switched && !switched->ok());
        QVERIFY2(switched->error.contains(u"HTTP 401"_s), qPrintable(switched->error));
        QCOMPARE(session.token().projectId, demo2);
        // Re-sign-in after expiry keeps the switched project.
        session.signOut();
        QVERIFY(signIn(session).ok());
        QCOMPARE(session.token().projectId, demo2);
    }

    void applicationCredential()
    {
        CloudSession demo(TestCloud::config(u"demo"_s));
        QVERIFY(signIn(demo).ok());
        const QString name = u"virtdeck-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QJsonObject body{{u"application_credential"_s, QJsonObject{{u"name"_s, name}}}};
        const auto created = call(demo, {u"identity"_s, "POST",
                                         u"users/%1/application_credentials"_s.arg(demo.token().userId), QJsonDocument(body)});
        QVERIFY2(created.ok(), qPrintable(created.error));
        const QJsonObject credential = QJsonDocument::fromJson(created.value.body)[u"application_credential"_s].toObject();

        CloudConfig config = TestCloud::config(u"demo"_s);
        config.method = AuthMethod::ApplicationCredential;
        config.password.clear();
        config.applicationCredentialId = credential[u"id"_s].toString();
        config.applicationCredentialSecret = credential[u"secret"_s].toString();
        CloudSession session(config);
        const auto token = signIn(session);
        QVERIFY2(token.ok(), qPrintable(token.error));
        QCOMPARE(token.value.projectId, TestCloud::projectId(u"demo"_s));
        const auto switched = awaitFuture(session.switchProject(TestCloud::projectId(u"demo2"_s)));
        QVERIFY(switched && !switched->ok());

        const auto removed = call(demo, {u"identity"_s, "DELETE",
                                         u"users/%1/application_credentials/%2"_s.arg(demo.token().userId, config.applicationCredentialId), {}});
        QVERIFY2(removed.ok(), qPrintable(removed.error));
    }

    void catalogInterfacesAndRegions()
    {
        CloudSession session(TestCloud::config(u"demo"_s));
        QVERIFY(signIn(session).ok());
        int compute = 0;
        for (const CatalogEndpoint &endpoint : session.token().catalog)
            compute += endpoint.serviceType == u"compute"_s ? 1 : 0;
        QCOMPARE(compute, 3); // public, internal, admin
        session.setInterface(u"internal"_s);
        QVERIFY(session.endpoint(u"compute"_s).ok());
        session.setRegion(u"Nowhere"_s);
        const auto missing = session.endpoint(u"compute"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"Nowhere"_s), qPrintable(missing.error));
        const auto reply = call(session, {u"compute"_s, "GET", u"flavors"_s, {}});
        QVERIFY(reply.error.contains(u"Nowhere"_s));
    }

    void unreachableService()
    {
        CloudConfig config = TestCloud::config(u"demo"_s);
        config.authUrl = u"http://127.0.0.1:1/v3"_s;
        CloudSession session(config);
        const auto token = signIn(session);
        QVERIFY(!token.ok());
        QVERIFY2(token.error.contains(u"cannot be reached"_s), qPrintable(token.error));
    }
};

QTEST_GUILESS_MAIN(TestCloudIdentity)
#include "tst_cloudidentity.moc"
