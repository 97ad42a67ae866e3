// SPDX-License-Identifier: GPL-2.0-or-later
// The test-host generator against libvirt itself: what the generator promises is what the
// test driver reports, so other tests may trust the expected list without asking libvirt.
#include "libvirterror.h"
#include "libvirthandles.h"
#include "testhostgenerator.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck::Test {

class TestHostGeneratorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libvirtListsTheExpectedGuests();
    void networksAndPoolsExist();
    void sameOptionsGiveTheSameFile();
    void namesWidenWithTheCount();
    void unparsableFileFailsToOpen();
    void unwritablePathReportsAnError();

private:
    static ConnectHandle open(const QString &path);
    QTemporaryDir m_dir;
};

void TestHostGeneratorTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    silenceLibvirtErrorPrinting(); // the failing open below would print to stderr otherwise
}

ConnectHandle TestHostGeneratorTest::open(const QString &path)
{
    return ConnectHandle(virConnectOpen(TestHostGenerator::uriFor(path).toUtf8().constData()));
}

void TestHostGeneratorTest::libvirtListsTheExpectedGuests()
{
    const QString path = m_dir.filePath(u"host50.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 50;
    options.seed = 7;
    options.snapshotEvery = 10;
    options.snapshotsPerGuest = 3;
    QString error;
    const auto expected = TestHostGenerator::write(path, options, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(expected.size(), 50);

    // The mix the generator promises: exact shares in every block of ten.
    const auto countState = [&expected](DomainState state) {
        return std::count_if(expected.cbegin(), expected.cend(),
                             [state](const auto &guest) { return guest.state == state; });
    };
    QCOMPARE(countState(DomainState::Running), 25);
    QCOMPARE(countState(DomainState::Paused), 5);
    QCOMPARE(countState(DomainState::ShutOff), 20);
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const auto &g) { return g.hasManagedSave; }));
    QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const auto &g) { return !g.title.isEmpty(); }));

    const ConnectHandle conn = open(path);
    QVERIFY2(conn, qPrintable(lastLibvirtError()));
    virDomainPtr *raw = nullptr;
    const int count = virConnectListAllDomains(conn.get(), &raw, 0);
    const auto domains = adoptHandleArray<DomainHandle>(raw, count);
    QCOMPARE(count, 50);

    QHash<QString, const TestHostGenerator::ExpectedGuest *> byName;
    for (const auto &guest : expected)
        byName.insert(guest.name, &guest);
    QCOMPARE(byName.size(), 50); // names are unique
    for (const auto &domain : domains) {
        const QString name = QString::fromUtf8(virDomainGetName(domain.get()));
        const auto *guest = byName.take(name);
        QVERIFY2(guest, qPrintable(u"unexpected guest %1"_s.arg(name)));

        unsigned char rawUuid[VIR_UUID_BUFLEN];
        QCOMPARE(virDomainGetUUID(domain.get(), rawUuid), 0);
        QCOMPARE(QUuid::fromRfc4122(QByteArrayView(rawUuid, VIR_UUID_BUFLEN)), guest->uuid);

        virDomainInfo info{};
        QCOMPARE(virDomainGetInfo(domain.get(), &info), 0);
        QCOMPARE(int(info.state), int(guest->state));
        QCOMPARE(int(info.nrVirtCpu), guest->vcpus);
        QCOMPARE(quint64(info.memory), guest->memoryKiB);
        QCOMPARE(quint64(info.maxMem), guest->memoryKiB);

        const CString title(virDomainGetMetadata(domain.get(), VIR_DOMAIN_METADATA_TITLE, nullptr, 0));
        QCOMPARE(title ? QString::fromUtf8(title.get()) : QString(), guest->title);
        QCOMPARE(virDomainHasManagedSaveImage(domain.get(), 0) == 1, guest->hasManagedSave);
        QCOMPARE(virDomainSnapshotNum(domain.get(), 0), guest->snapshotCount);
        if (guest->snapshotCount > 0)
            QCOMPARE(virDomainHasCurrentSnapshot(domain.get(), 0), 1);

        const CString xml(virDomainGetXMLDesc(domain.get(), 0));
        QVERIFY(xml);
        QVERIFY(QByteArray(xml.get()).contains("<source network='" + guest->network.toUtf8() + "'"));
        QVERIFY(QByteArray(xml.get()).contains("<graphics type='vnc'"));
    }
    QVERIFY(byName.isEmpty());
}

void TestHostGeneratorTest::networksAndPoolsExist()
{
    const QString path = m_dir.filePath(u"nets.xml"_s);
    TestHostGenerator::Options options;
    options.guestCount = 5;
    options.networkCount = 3;
    options.poolCount = 2;
    options.volumesPerPool = 4;
    QString error;
    QCOMPARE(TestHostGenerator::write(path, options, &error).size(), 5);
    const ConnectHandle conn = open(path);
    QVERIFY2(conn, qPrintable(lastLibvirtError()));
    QCOMPARE(virConnectNumOfNetworks(conn.get()), 3);
    QCOMPARE(virConnectNumOfStoragePools(conn.get()), 2);
    const StoragePoolHandle pool(
        virStoragePoolLookupByName(conn.get(), TestHostGenerator::poolName(1).toUtf8().constData()));
    QVERIFY(pool);
    QCOMPARE(virStoragePoolNumOfVolumes(pool.get()), 4);
}

void TestHostGeneratorTest::sameOptionsGiveTheSameFile()
{
    TestHostGenerator::Options options;
    options.guestCount = 30;
    options.snapshotEvery = 7;
    const QString a = m_dir.filePath(u"a.xml"_s);
    const QString b = m_dir.filePath(u"b.xml"_s);
    const QString c = m_dir.filePath(u"c.xml"_s);
    QCOMPARE(TestHostGenerator::write(a, options).size(), 30);
    QCOMPARE(TestHostGenerator::write(b, options).size(), 30);
    options.seed = 2;
    QCOMPARE(TestHostGenerator::write(c, options).size(), 30);
    const auto contents = [](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QVERIFY(!contents(a).isEmpty());
    QCOMPARE(contents(a), contents(b));
    QVERIFY(contents(a) != contents(c));
}

void TestHostGeneratorTest::namesWidenWithTheCount()
{
    TestHostGenerator::Options options;
    options.guestCount = 12345;
    options.namePrefix = u"vm-"_s;
    const auto guests = TestHostGenerator::expectedGuests(options);
    QCOMPARE(guests.size(), 12345);
    QCOMPARE(guests.first().name, u"vm-00001"_s);
    QCOMPARE(guests.last().name, u"vm-12345"_s);
    options.guestCount = 3;
    QCOMPARE(TestHostGenerator::expectedGuests(options).first().name, u"vm-0001"_s);
}

void TestHostGeneratorTest::unparsableFileFailsToOpen()
{
    const QString path = m_dir.filePath(u"broken.xml"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("<node><domain type='test'><name>half</name>");
    file.close();
    QVERIFY(!open(path));
    QVERIFY(!lastLibvirtError().isEmpty());
}

void TestHostGeneratorTest::unwritablePathReportsAnError()
{
    QString error;
    const auto guests = TestHostGenerator::write(m_dir.filePath(u"no/such/dir/host.xml"_s), {}, &error);
    QVERIFY(guests.isEmpty());
    QVERIFY(!error.isEmpty());
}

} // namespace VirtDeck::Test

QTEST_GUILESS_MAIN(VirtDeck::Test::TestHostGeneratorTest)
#include "tst_testhostgenerator.moc"
