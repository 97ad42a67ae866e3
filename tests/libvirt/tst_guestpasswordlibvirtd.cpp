// SPDX-License-Identifier: GPL-2.0-or-later
// The guest window's backend on a real libvirtd (qemu:///system, root), where the test
// driver cannot tell: a TCG guest with a guest-agent channel but no agent inside. Shut off,
// the password dialog offers virt-customize (a stand-in script here, recording what it
// is given) or says to install libguestfs-tools; running, it says the agent does not answer
// and the agent call fails with libvirt's reason. Also the XML round trip and a rename with
// QEMU's driver. Everything is named virtdeck-test-gw-* and removed in cleanupTestCase.
#include "connectionsession.h"
#include "futurewait.h"
#include "guestpassworddialog.h"
#include "guestservice.h"
#include "libvirterror.h"
#include "libvirthandles.h"

#include <QCoreApplication>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libvirt/virterror.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

const char NotRunningMessage[] = "qemu:///system does not answer. Start the daemon as root with "
                                 "`bash scripts/libvirtd-start.sh` (or run the suite through scripts/run-tests.sh)";

template<typename T>
T waitFor(const QFuture<T> &future, int ms = 60000)
{
    return VirtDeck::Test::waitForFuture(future, ms);
}

} // namespace

class TestGuestPasswordLibvirtd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void xmlRoundTripAndRename();
    void shutOffGuestOffersVirtCustomize();
    void shutOffGuestWithoutLibguestfsSaysWhatToInstall();
    void runningGuestWithoutAgentSaysSo();

private:
    void removeGuests();

    QString m_name;
    QUuid m_uuid;
    std::unique_ptr<ConnectionSession> m_session;
};

void TestGuestPasswordLibvirtd::initTestCase()
{
    silenceLibvirtErrorPrinting();
    m_name = u"virtdeck-test-gw-pw-%1"_s.arg(QCoreApplication::applicationPid());
    {
        ConnectHandle probe(virConnectOpen("qemu:///system"));
        if (!probe)
            QFAIL(qPrintable(u"%1 (%2)"_s.arg(QLatin1StringView(NotRunningMessage), lastLibvirtError())));
    }
    removeGuests();
    const QByteArray xml = u"<domain type='qemu'><name>%1</name><memory unit='MiB'>64</memory><vcpu>1</vcpu>"
                           "<os><type arch='x86_64' machine='pc'>hvm</type></os><devices>"
                           "<channel type='unix'><target type='virtio' name='org.qemu.guest_agent.0'/></channel>"
                           "</devices></domain>"_s.arg(m_name).toUtf8();
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    QVERIFY(connection);
    DomainHandle domain(virDomainDefineXML(connection.get(), xml.constData()));
    QVERIFY2(domain, qPrintable(lastLibvirtError()));
    unsigned char raw[VIR_UUID_BUFLEN];
    QVERIFY(virDomainGetUUID(domain.get(), raw) == 0);
    m_uuid = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(raw), VIR_UUID_BUFLEN));

    m_session = std::make_unique<ConnectionSession>(1, ConnectionConfig{u"qemu:///system"_s, {}, false});
    m_session->open();
    QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ConnectionState::Connected, 30000);
}

void TestGuestPasswordLibvirtd::removeGuests()
{
    ConnectHandle connection(virConnectOpen("qemu:///system"));
    if (!connection)
        return;
    for (const QString &name : {m_name, m_name + u"-renamed"_s}) {
        const QByteArray raw = name.toUtf8();
        if (DomainHandle domain{virDomainLookupByName(connection.get(), raw.constData())}) {
            if (virDomainIsActive(domain.get()) == 1)
                virDomainDestroy(domain.get());
            virDomainUndefineFlags(domain.get(), VIR_DOMAIN_UNDEFINE_NVRAM);
        }
    }
    virResetLastError();
}

void TestGuestPasswordLibvirtd::cleanupTestCase()
{
    m_session.reset();
    removeGuests();
}

void TestGuestPasswordLibvirtd::xmlRoundTripAndRename()
{
    GuestService service(m_session.get());
    const auto before = waitFor(m_session->domainXml(m_uuid, true));
    QVERIFY2(before.ok(), qPrintable(before.error));
    const auto defined = waitFor(service.defineXml(m_uuid, before.value));
    QVERIFY2(defined.ok(), qPrintable(defined.error));
    QCOMPARE(defined.value, before.value);

    const auto renamed = waitFor(service.rename(m_uuid, m_name + u"-renamed"_s));
    QVERIFY2(renamed.ok(), qPrintable(renamed.error));
    const auto back = waitFor(service.rename(m_uuid, m_name));
    QVERIFY2(back.ok(), qPrintable(back.error));
    QCOMPARE(waitFor(service.details(m_uuid)).value.name, m_name);
}

void TestGuestPasswordLibvirtd::shutOffGuestOffersVirtCustomize()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(u"virt-customize"_s);
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/args\"\necho '[   1.0] Setting passwords'\n");
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    qputenv("VIRTDECK_VIRT_CUSTOMIZE", script.toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv("VIRTDECK_VIRT_CUSTOMIZE"); });

    const auto access = waitFor(GuestService(m_session.get()).passwordAccess(m_uuid));
    QVERIFY2(access.ok(), qPrintable(access.error));
    QVERIFY(access.value.localHost);
    QCOMPARE(access.value.agent, AgentChannel::Disconnected);

    GuestPasswordDialog dialog(m_session.get(), m_uuid);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.method(), GuestPasswordDialog::Method::VirtCustomize, 20000);
    auto *set = dialog.findChild<QPushButton *>(u"passwordSet"_s);
    QVERIFY(!set->isEnabled());
    dialog.findChild<QLineEdit *>(u"passwordNew"_s)->setText(u"secret-1"_s);
    dialog.findChild<QLineEdit *>(u"passwordConfirm"_s)->setText(u"secret-2"_s);
    QVERIFY(!set->isEnabled());
    QVERIFY(!dialog.findChild<QLabel *>(u"passwordProblem"_s)->text().isEmpty());
    dialog.findChild<QLineEdit *>(u"passwordConfirm"_s)->setText(u"secret-1"_s);
    QVERIFY(set->isEnabled());
    QSignalSpy result(&dialog, &GuestPasswordDialog::passwordResult);
    set->click();
    QVERIFY(result.wait(20000));
    QVERIFY2(result.first().at(0).toBool(), qPrintable(result.first().at(1).toString()));
    QFile args(dir.filePath(u"args"_s));
    QVERIFY(args.open(QIODevice::ReadOnly));
    const QString recorded = QString::fromUtf8(args.readAll());
    QVERIFY2(recorded.startsWith(u"-c\nqemu:///system\n-d\n%1\n--root-password\nfile:"_s.arg(m_name)), qPrintable(recorded));
    QVERIFY(!recorded.contains(u"secret-1"_s));
}

void TestGuestPasswordLibvirtd::shutOffGuestWithoutLibguestfsSaysWhatToInstall()
{
    qputenv("VIRTDECK_VIRT_CUSTOMIZE", "/nonexistent/virt-customize");
    const auto restore = qScopeGuard([] { qunsetenv("VIRTDECK_VIRT_CUSTOMIZE"); });
    GuestPasswordDialog dialog(m_session.get(), m_uuid);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.method(), GuestPasswordDialog::Method::Unavailable, 20000);
    const QString reason = dialog.findChild<QLabel *>(u"passwordReason"_s)->text();
    QVERIFY2(reason.contains(u"libguestfs-tools"_s), qPrintable(reason));
    QVERIFY(!dialog.findChild<QPushButton *>(u"passwordSet"_s)->isEnabled());
}

void TestGuestPasswordLibvirtd::runningGuestWithoutAgentSaysSo()
{
    {
        ConnectHandle connection(virConnectOpen("qemu:///system"));
        const QByteArray raw = m_name.toUtf8();
        DomainHandle domain(virDomainLookupByName(connection.get(), raw.constData()));
        QVERIFY2(domain && virDomainCreate(domain.get()) == 0, qPrintable(lastLibvirtError()));
    }
    GuestService service(m_session.get());
    const auto access = waitFor(service.passwordAccess(m_uuid));
    QVERIFY2(access.ok(), qPrintable(access.error));
    QCOMPARE(access.value.state, DomainState::Running);
    QCOMPARE(access.value.agent, AgentChannel::Disconnected);
    QVERIFY(!access.value.agentResponds);
    QVERIFY(!access.value.agentError.isEmpty());

    GuestPasswordDialog dialog(m_session.get(), m_uuid);
    dialog.show();
    QTRY_COMPARE_WITH_TIMEOUT(dialog.method(), GuestPasswordDialog::Method::Unavailable, 30000);
    const QString reason = dialog.findChild<QLabel *>(u"passwordReason"_s)->text();
    QVERIFY2(reason.contains(u"does not answer"_s) && reason.contains(u"qemu-guest-agent"_s), qPrintable(reason));

    const auto set = waitFor(service.setUserPassword(m_uuid, u"root"_s, u"secret"_s));
    QVERIFY(!set.ok());
    QVERIFY2(set.error.contains(u"agent"_s), qPrintable(set.error));
}

QTEST_MAIN(TestGuestPasswordLibvirtd)
#include "tst_guestpasswordlibvirtd.moc"
