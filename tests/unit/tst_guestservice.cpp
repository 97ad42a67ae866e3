// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's backend against libvirt's test driver (in process, no daemon): title
// and description set and read back (live and config as the state allows), the XML round
// trip (inactive XML defined unchanged gives the same XML), definitions that would make a
// second guest refused with a reason, rename with validation and clash detection, the
// autostart toggle, and what the password dialog learns about the agent. Also the helpers:
// the domain XML reader (libosinfo metadata, agent channel), the name validator, the
// performance history window and virt-customize's password file (with a stand-in script).
#include "connectionsession.h"
#include "guestdetailsreader.h"
#include "guestnamevalidator.h"
#include "guestpasswordcustomizer.h"
#include "guestservice.h"
#include "performancehistory.h"
#include "testhostgenerator.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using Test::TestHostGenerator;

namespace {

template<typename T>
T waitFor(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

} // namespace

class TestGuestService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void titleAndDescriptionReadBack();
    void titleAndDescriptionOnRunningGuest();
    void titleWithLineBreakRefused();
    void xmlRoundTrip();
    void definitionThatWouldMakeAnotherGuestRefused();
    void invalidXmlRefusedWithLibvirtsMessage();
    void renameChecksNameAndClash();
    void renameShutOffGuest();
    void renameRunningGuestRefused();
    void autostartToggle();
    void passwordAccessWithoutAgent();
    void detailsReaderFindsOsAndAgent();
    void identityReportsWhereXmlIsBroken();
    void nameValidator_data();
    void nameValidator();
    void performanceHistoryKeepsItsWindow();
    void virtCustomizeGetsThePasswordThroughA0600File();
    void virtCustomizeMissingSaysWhatToInstall();

private:
    const TestHostGenerator::ExpectedGuest &guestIn(DomainState state) const;

    QTemporaryDir m_dir;
    QString m_hostFile;
    QList<TestHostGenerator::ExpectedGuest> m_expected;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestGuestService::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_hostFile = m_dir.filePath(u"host.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 12;
    options.namePrefix = u"virtdeck-test-gw-"_s;
    QString error;
    m_expected = TestHostGenerator::write(m_hostFile, options, &error);
    QVERIFY2(!m_expected.isEmpty(), qPrintable(error));
}

// A fresh connection per test: each connection to a test:/// file has its own copy of the
// host, so one test's changes never leak into the next.
void TestGuestService::init()
{
    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{TestHostGenerator::uriFor(m_hostFile), {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 20000);
}

void TestGuestService::cleanup()
{
    m_session.reset();
}

const TestHostGenerator::ExpectedGuest &TestGuestService::guestIn(DomainState state) const
{
    for (const auto &guest : m_expected) {
        if (guest.state == state && !guest.hasManagedSave)
            return guest;
    }
    qFatal("the generated host has no guest in the state wanted");
}

void TestGuestService::titleAndDescriptionReadBack()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const QString description = u"Line one\nline <two> & \"three\""_s;
    const auto set = waitFor(service.setMetadata(guest.uuid, u"Web server"_s, description));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.value.title, u"Web server"_s);
    QCOMPARE(set.value.description, description);

    const auto read = waitFor(service.details(guest.uuid));
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(read.value.title, u"Web server"_s);
    QCOMPARE(read.value.description, description);
    QCOMPARE(read.value.name, guest.name);
    QCOMPARE(read.value.uuid, guest.uuid);
    QCOMPARE(read.value.state, DomainState::ShutOff);
    // The saved definition has them too (a shut-off guest has nothing else).
    const auto xml = waitFor(m_session->domainXml(guest.uuid, true));
    QVERIFY(xml.value.contains(u"<title>Web server</title>"_s));

    // Empty removes both, no empty elements left behind.
    const auto cleared = waitFor(service.setMetadata(guest.uuid, {}, {}));
    QVERIFY2(cleared.ok(), qPrintable(cleared.error));
    QVERIFY(cleared.value.title.isEmpty());
    QVERIFY(cleared.value.description.isEmpty());
    const auto after = waitFor(m_session->domainXml(guest.uuid, true));
    QVERIFY(!after.value.contains(u"<title"_s));
    QVERIFY(!after.value.contains(u"<description"_s));
}

void TestGuestService::titleAndDescriptionOnRunningGuest()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::Running);
    const auto set = waitFor(service.setMetadata(guest.uuid, u"Now and later"_s, u"both"_s));
    QVERIFY2(set.ok(), qPrintable(set.error));
    QCOMPARE(set.value.state, DomainState::Running);
    // Live and config: the running guest and its next boot agree.
    const auto live = waitFor(m_session->domainXml(guest.uuid, false));
    const auto saved = waitFor(m_session->domainXml(guest.uuid, true));
    QVERIFY(live.value.contains(u"<title>Now and later</title>"_s));
    QVERIFY(saved.value.contains(u"<title>Now and later</title>"_s));
    QVERIFY(saved.value.contains(u"<description>both</description>"_s));
}

void TestGuestService::titleWithLineBreakRefused()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const auto set = waitFor(service.setMetadata(guest.uuid, u"two\nlines"_s, {}));
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(u"one line"_s), qPrintable(set.error));
}

void TestGuestService::xmlRoundTrip()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const auto before = waitFor(m_session->domainXml(guest.uuid, true));
    QVERIFY2(before.ok(), qPrintable(before.error));
    const auto defined = waitFor(service.defineXml(guest.uuid, before.value));
    QVERIFY2(defined.ok(), qPrintable(defined.error));
    QCOMPARE(defined.value, before.value);
    const auto after = waitFor(m_session->domainXml(guest.uuid, true));
    QCOMPARE(after.value, before.value);

    // And a real change lands: more memory in the saved definition.
    QString changed = before.value;
    const qsizetype at = changed.indexOf(u"<memory unit='KiB'>"_s);
    QVERIFY(at >= 0);
    const qsizetype end = changed.indexOf(u"</memory>"_s, at);
    changed.replace(at, end - at, u"<memory unit='KiB'>262144"_s);
    const auto redefined = waitFor(service.defineXml(guest.uuid, changed));
    QVERIFY2(redefined.ok(), qPrintable(redefined.error));
    QVERIFY(redefined.value.contains(u"<memory unit='KiB'>262144</memory>"_s));
}

void TestGuestService::definitionThatWouldMakeAnotherGuestRefused()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const QString xml = waitFor(m_session->domainXml(guest.uuid, true)).value;

    QString otherUuid = xml;
    otherUuid.replace(guest.uuid.toString(QUuid::WithoutBraces), u"11111111-2222-3333-4444-555555555555"_s);
    auto result = waitFor(service.defineXml(guest.uuid, otherUuid));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"11111111-2222-3333-4444-555555555555"_s) && result.error.contains(u"clone"_s),
             qPrintable(result.error));

    QString otherName = xml;
    otherName.replace(u"<name>"_s + guest.name + u"</name>"_s, u"<name>virtdeck-test-gw-other</name>"_s);
    result = waitFor(service.defineXml(guest.uuid, otherName));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"Rename"_s), qPrintable(result.error));

    QString noUuid = xml;
    noUuid.remove(u"<uuid>"_s + guest.uuid.toString(QUuid::WithoutBraces) + u"</uuid>"_s);
    result = waitFor(service.defineXml(guest.uuid, noUuid));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"<uuid>"_s), qPrintable(result.error));
    // Nothing was defined on the way.
    QCOMPARE(waitFor(m_session->domainXml(guest.uuid, true)).value, xml);
}

void TestGuestService::invalidXmlRefusedWithLibvirtsMessage()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const QString xml = waitFor(m_session->domainXml(guest.uuid, true)).value;

    auto result = waitFor(service.defineXml(guest.uuid, u"<domain><name>x</name"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"line"_s), qPrintable(result.error));

    // Well-formed but not valid for libvirt: libvirt's own message comes back.
    QString badMemory = xml;
    badMemory.replace(u"<memory unit='KiB'>"_s, u"<memory unit='parsecs'>"_s);
    result = waitFor(service.defineXml(guest.uuid, badMemory));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"parsecs"_s), qPrintable(result.error));
    QCOMPARE(waitFor(m_session->domainXml(guest.uuid, true)).value, xml);
}

void TestGuestService::renameChecksNameAndClash()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    const QString other = m_expected.at(0).name == guest.name ? m_expected.at(1).name : m_expected.at(0).name;

    auto result = waitFor(service.rename(guest.uuid, other));
    QVERIFY(!result.ok());
    QCOMPARE(result.error, GuestNameValidator::tr("A guest named \"%1\" already exists on this host.").arg(other));

    result = waitFor(service.rename(guest.uuid, u"bad/name"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"not a valid guest name"_s), qPrintable(result.error));

    result = waitFor(service.rename(guest.uuid, {}));
    QVERIFY(!result.ok());
    const auto details = waitFor(service.details(guest.uuid));
    QCOMPARE(details.value.name, guest.name); // unchanged after every refusal
}

void TestGuestService::renameShutOffGuest()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    QSignalSpy changed(m_session.get(), &ConnectionSession::domainsChanged);
    const auto result = waitFor(service.rename(guest.uuid, u"virtdeck-test-gw-renamed"_s));
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.value, u"virtdeck-test-gw-renamed"_s);
    const auto details = waitFor(service.details(guest.uuid));
    QCOMPARE(details.value.name, u"virtdeck-test-gw-renamed"_s);
    QCOMPARE(details.value.uuid, guest.uuid);
    // The guest list hears of it through libvirt's events: same UUID, new name.
    QTRY_VERIFY_WITH_TIMEOUT(std::any_of(changed.cbegin(), changed.cend(), [&guest](const QList<QVariant> &args) {
                                 const auto list = args.at(0).value<DomainInfoList>();
                                 return std::any_of(list.cbegin(), list.cend(), [&guest](const DomainInfo &info) {
                                     return info.uuid == guest.uuid && info.name == u"virtdeck-test-gw-renamed"_s;
                                 });
                             }),
                             10000);
}

void TestGuestService::renameRunningGuestRefused()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::Running);
    const auto result = waitFor(service.rename(guest.uuid, u"virtdeck-test-gw-running"_s));
    QVERIFY(!result.ok());
    QVERIFY2(result.error.contains(u"Shut down"_s), qPrintable(result.error));
}

void TestGuestService::autostartToggle()
{
    GuestService service(m_session.get());
    const auto &guest = guestIn(DomainState::ShutOff);
    QCOMPARE(waitFor(service.details(guest.uuid)).value.autostart, false);
    auto results = waitFor(m_session->runAction(DomainAction::EnableAutostart, {guest.uuid}));
    QVERIFY2(results.value(0).ok, qPrintable(results.value(0).error));
    QCOMPARE(waitFor(service.details(guest.uuid)).value.autostart, true);
    results = waitFor(m_session->runAction(DomainAction::DisableAutostart, {guest.uuid}));
    QVERIFY2(results.value(0).ok, qPrintable(results.value(0).error));
    QCOMPARE(waitFor(service.details(guest.uuid)).value.autostart, false);
}

void TestGuestService::passwordAccessWithoutAgent()
{
    GuestService service(m_session.get());
    const auto &running = guestIn(DomainState::Running);
    const auto access = waitFor(service.passwordAccess(running.uuid));
    QVERIFY2(access.ok(), qPrintable(access.error));
    QCOMPARE(access.value.guestName, running.name);
    QCOMPARE(access.value.state, DomainState::Running);
    QCOMPARE(access.value.agent, AgentChannel::Absent);
    QVERIFY(!access.value.agentResponds);
    QVERIFY(!access.value.localHost); // test:/// has no disks virt-customize could open

    const auto set = waitFor(service.setUserPassword(running.uuid, u"root"_s, u"s3cret"_s));
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(u"guest agent"_s), qPrintable(set.error));
    QVERIFY(!set.error.contains(u"s3cret"_s));
}

void TestGuestService::detailsReaderFindsOsAndAgent()
{
    const QString xml = uR"(<domain type='kvm'>
  <name>virtdeck-test-gw-x</name>
  <uuid>0a0b0c0d-0000-4000-8000-000000000001</uuid>
  <title>Top</title>
  <description>Outer &amp; only</description>
  <metadata>
    <libosinfo:libosinfo xmlns:libosinfo="http://libosinfo.org/xmlns/libvirt/domain/1.0">
      <libosinfo:os id="http://debian.org/debian/11"/>
    </libosinfo:libosinfo>
    <other:os xmlns:other="http://example.org/other" id="http://not.this/one"/>
  </metadata>
  <devices>
    <disk type='file' device='disk'><description>not the guest's</description></disk>
    <channel type='unix'>
      <target type='virtio' name='org.qemu.guest_agent.0' state='connected'/>
    </channel>
  </devices>
</domain>)"_s;
    GuestDetails details;
    GuestDetailsReader::read(xml, &details);
    QCOMPARE(details.name, u"virtdeck-test-gw-x"_s);
    QCOMPARE(details.uuid, QUuid::fromString(u"0a0b0c0d-0000-4000-8000-000000000001"_s));
    QCOMPARE(details.title, u"Top"_s);
    QCOMPARE(details.description, u"Outer & only"_s);
    QCOMPARE(details.osId, u"http://debian.org/debian/11"_s);
    QCOMPARE(details.agent, AgentChannel::Connected);

    GuestDetails plain;
    GuestDetailsReader::read(u"<domain><name>a</name><devices><channel type='unix'><target type='virtio' "
                             "name='org.qemu.guest_agent.0'/></channel></devices></domain>"_s, &plain);
    QCOMPARE(plain.agent, AgentChannel::Disconnected);
    QVERIFY(plain.osId.isEmpty());
}

void TestGuestService::identityReportsWhereXmlIsBroken()
{
    auto identity = GuestDetailsReader::identity(u"<domain>\n<name>a</name>\n<uuid>0a0b0c0d-0000-4000-8000-000000000001</uuid>\n</domain>"_s);
    QVERIFY2(identity.error.isEmpty(), qPrintable(identity.error));
    QCOMPARE(identity.name, u"a"_s);
    identity = GuestDetailsReader::identity(u"<domain>\n<name>a</nam>\n</domain>"_s);
    QVERIFY(identity.error.contains(u"line 2"_s));
    identity = GuestDetailsReader::identity(u"<network><name>a</name></network>"_s);
    QVERIFY(identity.error.contains(u"<network>"_s));
    identity = GuestDetailsReader::identity(u"<domain><uuid>nope</uuid></domain>"_s);
    QVERIFY(identity.error.contains(u"nope"_s));
    identity = GuestDetailsReader::identity(u"   "_s);
    QVERIFY(!identity.error.isEmpty());
}

void TestGuestService::nameValidator_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << u"web-01"_s << true;
    QTest::newRow("dots") << u"db.example_2+x"_s << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("slash") << u"a/b"_s << false;
    QTest::newRow("space") << u"a b"_s << false;
    QTest::newRow("leading dash") << u"-a"_s << false;
    QTest::newRow("leading dot") << u".hidden"_s << false;
    QTest::newRow("too long") << QString(65, u'a') << false;
    QTest::newRow("clash") << u"taken"_s << false;
    QTest::newRow("same") << u"current"_s << false;
}

void TestGuestService::nameValidator()
{
    QFETCH(QString, name);
    QFETCH(bool, ok);
    const QString problem = GuestNameValidator::problem(name, {u"taken"_s, u"current"_s}, u"current"_s);
    QCOMPARE(problem.isEmpty(), ok);
}

void TestGuestService::performanceHistoryKeepsItsWindow()
{
    PerformanceHistory history(10000); // 10 s
    DomainStatsSample sample;
    for (int i = 0; i <= 10; ++i) {
        sample.cpuPercent = float(i);
        sample.netRxBytesPerSec = i * 1000.0;
        QCOMPARE(history.append(1000000 + i * 1000, sample), 0);
    }
    QCOMPARE(history.size(), 11);
    QCOMPARE(history.append(1000000 + 10 * 1000, sample), 0); // not newer: ignored
    QCOMPARE(history.size(), 11);
    sample.cpuPercent = 50;
    QCOMPARE(history.append(1000000 + 12 * 1000, sample), 2); // 0 s and 1 s left the window
    QCOMPARE(history.size(), 10);
    QCOMPARE(history.firstTimestamp(), 1000000 + 2 * 1000);
    QCOMPARE(history.latest(PerformanceHistory::Series::Cpu), 50.0);
    QCOMPARE(history.maximum(PerformanceHistory::Series::NetRx), 10000.0);
    const QList<QPointF> points = history.points(PerformanceHistory::Series::Cpu);
    QCOMPARE(points.size(), 10);
    QCOMPARE(points.first(), QPointF(1002000, 2));
    QCOMPARE(points.last(), QPointF(1012000, 50));
}

void TestGuestService::virtCustomizeGetsThePasswordThroughA0600File()
{
    // A stand-in virt-customize that records its arguments, the password file's mode and
    // the password it reads through the file: selector, as the real one would.
    QTemporaryDir dir;
    const QString script = dir.filePath(u"virt-customize"_s);
    const QString record = dir.filePath(u"record"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArrayLiteral("#!/bin/sh\n"
                                 "out=\"$(dirname \"$0\")/record\"\n"
                                 "printf '%s\\n' \"$@\" > \"$out\"\n"
                                 "for a in \"$@\"; do case \"$a\" in *file:*) f=\"${a##*file:}\";; esac; done\n"
                                 "echo \"mode=$(stat -c %a \"$f\")\" >> \"$out\"\n"
                                 "echo \"password=$(head -n1 \"$f\")\" >> \"$out\"\n"
                                 "echo \"path=$f\" >> \"$out\"\n"
                                 "echo '[   0.0] Setting passwords'\n"));
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("VIRTDECK_VIRT_CUSTOMIZE", script.toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("VIRTDECK_VIRT_CUSTOMIZE"); });
    QCOMPARE(GuestPasswordCustomizer::programPath(), script);

    for (const QString &user : {u"root"_s, u"alice"_s}) {
        GuestPasswordCustomizer customizer;
        QSignalSpy finished(&customizer, &GuestPasswordCustomizer::finished);
        QSignalSpy output(&customizer, &GuestPasswordCustomizer::outputLine);
        QString error;
        QVERIFY2(customizer.start(u"qemu:///system"_s, u"virtdeck-test-gw-off"_s, user, u"pa ss'word"_s, &error), qPrintable(error));
        QVERIFY(finished.wait(20000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(!output.isEmpty());
        QVERIFY(!customizer.lastArguments().join(u' ').contains(u"pa ss'word"_s));

        QFile recorded(record);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(recorded.readAll()).split(u'\n');
        QCOMPARE(lines.mid(0, 4), (QStringList{u"-c"_s, u"qemu:///system"_s, u"-d"_s, u"virtdeck-test-gw-off"_s}));
        if (user == u"root"_s) {
            QCOMPARE(lines.at(4), u"--root-password"_s);
            QVERIFY(lines.at(5).startsWith(u"file:/"_s));
        } else {
            QCOMPARE(lines.at(4), u"--password"_s);
            QVERIFY(lines.at(5).startsWith(u"alice:file:/"_s));
        }
        QVERIFY(lines.contains(u"mode=600"_s));
        QVERIFY(lines.contains(u"password=pa ss'word"_s));
        const QString path = lines.filter(u"path="_s).value(0).mid(5);
        QVERIFY(!path.isEmpty());
        QVERIFY2(!QFileInfo::exists(path), "the password file must be gone once virt-customize is done");
    }

    // A failing run reports its output.
    QFile failing(script);
    QVERIFY(failing.open(QIODevice::WriteOnly | QIODevice::Truncate));
    failing.write("#!/bin/sh\necho 'virt-customize: error: domain is running' >&2\nexit 1\n");
    failing.close();
    GuestPasswordCustomizer customizer;
    QSignalSpy finished(&customizer, &GuestPasswordCustomizer::finished);
    QString error;
    QVERIFY(customizer.start(u"qemu:///system"_s, u"g"_s, u"root"_s, u"x"_s, &error));
    QVERIFY(finished.wait(20000));
    QVERIFY(!finished.first().at(0).toBool());
    QVERIFY2(finished.first().at(1).toString().contains(u"domain is running"_s), qPrintable(finished.first().at(1).toString()));
}

void TestGuestService::virtCustomizeMissingSaysWhatToInstall()
{
    qputenv("VIRTDECK_VIRT_CUSTOMIZE", "/nonexistent/virt-customize");
    const auto restore = qScopeGuard([] { qunsetenv("VIRTDECK_VIRT_CUSTOMIZE"); });
    QVERIFY(GuestPasswordCustomizer::programPath().isEmpty());
    GuestPasswordCustomizer customizer;
    QString error;
    QVERIFY(!customizer.start(u"qemu:///system"_s, u"g"_s, u"root"_s, u"x"_s, &error));
    QVERIFY2(error.contains(u"libguestfs-tools"_s), qPrintable(error));
    // Bad input is refused before anything runs.
    qputenv("VIRTDECK_VIRT_CUSTOMIZE", "/bin/true");
    QVERIFY(!customizer.start(u"qemu:///system"_s, u"g"_s, u"a:b"_s, u"x"_s, &error));
    QVERIFY(!customizer.start(u"qemu:///system"_s, u"g"_s, u"root"_s, u"two\nlines"_s, &error));
    QVERIFY(!customizer.isRunning());
}

QTEST_GUILESS_MAIN(TestGuestService)
#include "tst_guestservice.moc"
