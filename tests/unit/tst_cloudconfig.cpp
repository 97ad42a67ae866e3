// SPDX-License-Identifier: GPL-2.0-or-later
// clouds.yaml + secure.yaml and OS_* parsing, including files operators get wrong.
#include "cloudconfigloader.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;

class TestCloudConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cloudsYaml()
    {
        const QByteArray yaml = R"(
clouds:
  lab-admin:
    auth:
      auth_url: http://127.0.0.1:5000/v3
      username: admin
      password: adminpass
      project_name: admin
      user_domain_name: Default
      project_domain_name: Default
    region_name: RegionOne
    identity_api_version: 3
  lab-demo:
    auth: {auth_url: 'http://127.0.0.1:5000', username: demo, project_id: abc, domain_name: Dom}
    interface: internal
    verify: false
    cacert: /etc/ssl/ca.pem
)";
        const auto result = CloudConfigLoader::parseCloudsYaml(yaml, {}, u"clouds.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.size(), 2);
        const CloudConfig &admin = result.value.at(0);
        QCOMPARE(admin.name, u"lab-admin"_s);
        QCOMPARE(admin.authUrl, u"http://127.0.0.1:5000/v3"_s);
        QCOMPARE(admin.username, u"admin"_s);
        QCOMPARE(admin.password, u"adminpass"_s);
        QCOMPARE(admin.projectName, u"admin"_s);
        QCOMPARE(admin.userDomainName, u"Default"_s);
        QCOMPARE(admin.regionName, u"RegionOne"_s);
        QCOMPARE(admin.interface, u"public"_s);
        QVERIFY(admin.verifyTls);
        const CloudConfig &demo = result.value.at(1);
        QVERIFY(demo.password.isEmpty());
        QCOMPARE(demo.projectId, u"abc"_s);
        QCOMPARE(demo.userDomainName, u"Dom"_s);   // domain_name applies to both
        QCOMPARE(demo.projectDomainName, u"Dom"_s);
        QCOMPARE(demo.interface, u"internal"_s);
        QVERIFY(!demo.verifyTls);
        QCOMPARE(demo.caCertFile, u"/etc/ssl/ca.pem"_s);
    }

    void secureYamlMerges()
    {
        const QByteArray clouds = "clouds:\n  c1:\n    auth:\n      auth_url: https://keystone.example:5000/v3\n"
                                  "      username: u\n      project_name: p\n";
        const QByteArray secure = "clouds:\n  c1:\n    auth:\n      password: s3cret\n";
        const auto result = CloudConfigLoader::parseCloudsYaml(clouds, secure, u"clouds.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.first().password, u"s3cret"_s);
        QCOMPARE(result.value.first().username, u"u"_s);
        QCOMPARE(result.value.first().projectName, u"p"_s);
    }

    // Found by fuzz_cloudsyaml: a list as a key in secure.yaml ended the program (an uncaught
    // yaml-cpp conversion error while merging).
    void secureYamlWithAListAsKey()
    {
        const QByteArray clouds = "clouds:\n  c1:\n    auth: {auth_url: 'http://x', username: u}\n";
        const QByteArray secure = "clouds:\n  c1:\n    ? [1, 2]\n    : x\n";
        const auto result = CloudConfigLoader::parseCloudsYaml(clouds, secure, u"clouds.yaml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(u"secure.yaml line 3, column 7"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"plain name"_s), qPrintable(result.error));
    }

    void applicationCredential()
    {
        const QByteArray yaml = "clouds:\n  ac:\n    auth_type: v3applicationcredential\n    auth:\n"
                                "      auth_url: http://127.0.0.1:5000/v3\n      application_credential_id: id1\n"
                                "      application_credential_secret: sec\n";
        const auto result = CloudConfigLoader::parseCloudsYaml(yaml, {}, u"clouds.yaml"_s);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.first().method, AuthMethod::ApplicationCredential);
        QCOMPARE(result.value.first().applicationCredentialId, u"id1"_s);
        QCOMPARE(result.value.first().applicationCredentialSecret, u"sec"_s);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("yaml");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("syntax") << QByteArray("clouds:\n  a: [1, 2\n") << u"line"_s;
        QTest::newRow("tab indentation") << QByteArray("clouds:\n\ta: 1\n") << u"line"_s;
        QTest::newRow("no clouds") << QByteArray("foo: 1\n") << u"clouds:"_s;
        QTest::newRow("clouds is a list") << QByteArray("clouds:\n  - a\n") << u"must map"_s;
        QTest::newRow("cloud is a string") << QByteArray("clouds:\n  a: text\n") << u"map of settings"_s;
        QTest::newRow("auth is a list") << QByteArray("clouds:\n  a:\n    auth: [1]\n") << u"\"auth\" must be a map"_s;
        QTest::newRow("no auth_url") << QByteArray("clouds:\n  a:\n    auth: {username: x}\n") << u"auth_url"_s;
        QTest::newRow("bad url") << QByteArray("clouds:\n  a:\n    auth: {auth_url: 'ftp://x', username: x}\n") << u"http"_s;
        QTest::newRow("no user") << QByteArray("clouds:\n  a:\n    auth: {auth_url: 'http://x'}\n") << u"username"_s;
        QTest::newRow("password is a map") << QByteArray("clouds:\n  a:\n    auth: {auth_url: 'http://x', username: u, password: {a: 1}}\n")
                                           << u"wrong type"_s;
        // Found by fuzz_cloudsyaml (aliases): a tree deep enough overflowed the stack when copied.
        QTest::newRow("nested too deeply") << (QByteArray("clouds:\n  a: ") + QByteArray(100, '[') + QByteArray(100, ']') + '\n')
                                           << u"nested too deeply"_s;
        QTest::newRow("verify not a bool") << QByteArray("clouds:\n  a:\n    verify: perhaps\n    auth: {auth_url: 'http://x', username: u}\n")
                                           << u"wrong type"_s;
    }
    void badFiles()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QString, messagePart);
        const auto result = CloudConfigLoader::parseCloudsYaml(yaml, {}, u"clouds.yaml"_s);
        QVERIFY(!result.ok());
        QVERIFY2(result.error.contains(messagePart), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"clouds.yaml"_s), qPrintable(result.error));
    }

    void environment()
    {
        QProcessEnvironment env;
        env.insert(u"OS_AUTH_URL"_s, u"http://127.0.0.1:5000/v3"_s);
        env.insert(u"OS_USERNAME"_s, u"demo"_s);
        env.insert(u"OS_PASSWORD"_s, u"demopass"_s);
        env.insert(u"OS_PROJECT_NAME"_s, u"demo"_s);
        env.insert(u"OS_USER_DOMAIN_NAME"_s, u"Default"_s);
        env.insert(u"OS_PROJECT_DOMAIN_NAME"_s, u"Default"_s);
        env.insert(u"OS_REGION_NAME"_s, u"RegionOne"_s);
        env.insert(u"OS_INTERFACE"_s, u"internal"_s);
        env.insert(u"OS_IDENTITY_API_VERSION"_s, u"3"_s);
        const auto result = CloudConfigLoader::fromEnvironment(env);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.value.name, u"envvars"_s);
        QCOMPARE(result.value.username, u"demo"_s);
        QCOMPARE(result.value.password, u"demopass"_s);
        QCOMPARE(result.value.projectName, u"demo"_s);
        QCOMPARE(result.value.interface, u"internal"_s);
        QCOMPARE(result.value.regionName, u"RegionOne"_s);

        env.insert(u"OS_IDENTITY_API_VERSION"_s, u"2.0"_s);
        QVERIFY(CloudConfigLoader::fromEnvironment(env).error.contains(u"v3"_s));
        QVERIFY(CloudConfigLoader::fromEnvironment(QProcessEnvironment()).value.name.isEmpty());
    }

    void searchOrderAndSelection()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        QVERIFY(first.isValid() && second.isValid());
        const auto write = [](const QString &path, const QByteArray &text) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        };
        write(second.filePath(u"clouds.yaml"_s),
              "clouds:\n  far: {auth: {auth_url: 'http://127.0.0.1:5000/v3', username: a}}\n");
        write(first.filePath(u"clouds.yaml"_s),
              "clouds:\n  near: {auth: {auth_url: 'http://127.0.0.1:5000/v3', username: a}}\n"
              "  other: {auth: {auth_url: 'http://127.0.0.1:5000/v3', username: b}}\n");
        write(first.filePath(u"secure.yaml"_s), "clouds:\n  near: {auth: {password: pw}}\n");
        QProcessEnvironment env;
        CloudConfigLoader loader({first.path(), second.path()}, env);
        QCOMPARE(loader.cloudsFile(), first.filePath(u"clouds.yaml"_s));
        const auto near = loader.load(u"near"_s);
        QVERIFY2(near.ok(), qPrintable(near.error));
        QCOMPARE(near.value.password, u"pw"_s);
        const auto missing = loader.load(u"far"_s);
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(u"near"_s), qPrintable(missing.error)); // lists the known clouds

        env.insert(u"OS_CLOUD"_s, u"other"_s);
        QCOMPARE(CloudConfigLoader({first.path()}, env).load({}).value.username, u"b"_s);
        env.insert(u"OS_CLIENT_CONFIG_FILE"_s, second.filePath(u"clouds.yaml"_s));
        env.insert(u"OS_CLIENT_SECURE_FILE"_s, u"/dev/null"_s); // first's secure.yaml names a cloud "far" lacks
        QCOMPARE(CloudConfigLoader({first.path()}, env).load(u"far"_s).value.name, u"far"_s);

        const auto none = CloudConfigLoader({QDir::tempPath() + u"/nonexistent-virtdeck"_s}, QProcessEnvironment()).load({});
        QVERIFY(!none.ok());
        QVERIFY2(none.error.contains(u"No clouds configured"_s), qPrintable(none.error));
    }
};

QTEST_GUILESS_MAIN(TestCloudConfig)
#include "tst_cloudconfig.moc"
