// SPDX-License-Identifier: GPL-2.0-or-later
// TLS verification is on by default: against a local HTTPS Keystone with a self-signed
// certificate (made with openssl for this run) the sign-in is refused with a clear
// certificate error and the password is never sent; it succeeds only once the user trusts
// the certificate ("cacert:" in clouds.yaml), or turns verification off ("verify: false",
// which the session then warns about).
#include "cloudconfigloader.h"
#include "cloudsession.h"
#include "fakecloudserver.h"
#include "testcloud.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

class TestCloudTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void verificationIsOnByDefault();
    void selfSignedCertificateIsRefused();
    void trustedThroughCacert();
    void verifyFalseConnectsAndWarns();

private:
    CloudConfig configFor(const FakeCloudServer &server) const;
    bool startServer(FakeCloudServer &server) const;

    QTemporaryDir m_dir;
    QString m_certPath;
    QSslConfiguration m_serverTls;
};

void TestCloudTls::initTestCase()
{
    QVERIFY(QSslSocket::supportsSsl());
    QVERIFY(m_dir.isValid());
    m_certPath = m_dir.filePath(u"cert.pem"_s);
    const QString keyPath = m_dir.filePath(u"key.pem"_s);
    QProcess openssl;
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s,
                                 u"-subj"_s, u"/CN=127.0.0.1"_s, u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s,
                                 u"-keyout"_s, keyPath, u"-out"_s, m_certPath});
    QVERIFY2(openssl.waitForFinished(60000), "openssl did not finish (is the openssl package installed?)");
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    QFile certFile(m_certPath);
    QFile keyFile(keyPath);
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    const QSslCertificate certificate(&certFile, QSsl::Pem);
    const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
    QVERIFY(!certificate.isNull());
    QVERIFY(!key.isNull());
    m_serverTls = QSslConfiguration::defaultConfiguration();
    m_serverTls.setLocalCertificate(certificate);
    m_serverTls.setPrivateKey(key);
    m_serverTls.setPeerVerifyMode(QSslSocket::VerifyNone); // the server does not ask for client certificates
}

CloudConfig TestCloudTls::configFor(const FakeCloudServer &server) const
{
    CloudConfig config;
    config.name = u"tls-test"_s;
    config.authUrl = server.authUrl();
    config.username = u"fake"_s;
    config.password = u"never-sent-in-clear"_s;
    config.projectName = u"fake"_s;
    return config;
}

bool TestCloudTls::startServer(FakeCloudServer &server) const
{
    server.setTls(m_serverTls);
    return server.start() && server.authUrl().startsWith(u"https://"_s);
}

void TestCloudTls::verificationIsOnByDefault()
{
    QVERIFY(CloudConfig{}.verifyTls);
    const auto parsed = CloudConfigLoader::parseCloudsYaml(
        "clouds:\n  a:\n    auth: {auth_url: 'https://keystone.example/v3', username: u, password: p}\n", {}, u"clouds.yaml"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.size(), 1);
    QVERIFY(parsed.value.first().verifyTls);
    CloudSession session(parsed.value.first());
    QVERIFY(session.tlsWarning().isEmpty());
}

void TestCloudTls::selfSignedCertificateIsRefused()
{
    FakeCloudServer server;
    QVERIFY(startServer(server));
    CloudSession session(configFor(server));
    const auto token = awaitFuture(session.signIn(), 60000);
    QVERIFY(token.has_value());
    QVERIFY2(!token->ok(), "signed in although the certificate is self-signed and not trusted");
    // Clear: it names the certificate problem and what to do.
    QVERIFY2(token->error.contains(u"certificate"_s, Qt::CaseInsensitive), qPrintable(token->error));
    QVERIFY2(token->error.contains(u"self-signed"_s, Qt::CaseInsensitive) || token->error.contains(u"untrusted"_s, Qt::CaseInsensitive)
                 || token->error.contains(u"not trusted"_s, Qt::CaseInsensitive),
             qPrintable(token->error));
    QVERIFY2(token->error.contains(u"cacert"_s), qPrintable(token->error));
    QCOMPARE(server.requestCount(), 0); // no request (and so no password) went over the refused connection
    QCOMPARE(server.tokensIssued(), 0);
}

void TestCloudTls::trustedThroughCacert()
{
    FakeCloudServer server;
    QVERIFY(startServer(server));
    CloudConfig config = configFor(server);
    config.caCertFile = m_certPath;
    CloudSession session(config);
    const auto token = awaitFuture(session.signIn(), 60000);
    QVERIFY(token.has_value());
    QVERIFY2(token->ok(), qPrintable(token->error));
    QCOMPARE(server.tokensIssued(), 1);
    QVERIFY(session.tlsWarning().isEmpty());

    // The same trust through clouds.yaml, the way a user gives it.
    const QByteArray yaml = "clouds:\n  tls:\n    auth: {auth_url: '" + server.authUrl().toUtf8()
        + "', username: u, password: p, project_name: x}\n    cacert: " + m_certPath.toUtf8() + "\n";
    const auto parsed = CloudConfigLoader::parseCloudsYaml(yaml, {}, u"clouds.yaml"_s);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.value.first().caCertFile, m_certPath);
    CloudSession fromYaml(parsed.value.first());
    const auto second = awaitFuture(fromYaml.signIn(), 60000);
    QVERIFY(second.has_value());
    QVERIFY2(second->ok(), qPrintable(second->error));
}

void TestCloudTls::verifyFalseConnectsAndWarns()
{
    FakeCloudServer server;
    QVERIFY(startServer(server));
    CloudConfig config = configFor(server);
    config.verifyTls = false;
    CloudSession session(config);
    QVERIFY(!session.tlsWarning().isEmpty());
    const auto token = awaitFuture(session.signIn(), 60000);
    QVERIFY(token.has_value());
    QVERIFY2(token->ok(), qPrintable(token->error));
}

QTEST_GUILESS_MAIN(TestCloudTls)
#include "tst_cloudtls.moc"
