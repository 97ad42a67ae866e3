// SPDX-License-Identifier: GPL-2.0-or-later
// Private key files are written 0600 (their folder 0700) whatever the umask: the key pair
// dialogs make keys locally with SshKeyGenerator, the only code that writes private keys.
#include "sshkeygenerator.h"
#include "testcloud.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;
using namespace VirtDeck::Cloud;
using namespace VirtDeck::Test;

class TestPrivateKeyModes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_oldUmask = ::umask(0); } // the widest umask: nothing may rely on it
    void cleanup() { ::umask(m_oldUmask); }
    void keysAre0600_data();
    void keysAre0600();

private:
    mode_t m_oldUmask = 022;
};

namespace {
int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}
} // namespace

void TestPrivateKeyModes::keysAre0600_data()
{
    QTest::addColumn<QString>("type");
    QTest::newRow("ed25519") << u"ed25519"_s;
    QTest::newRow("ecdsa") << u"ecdsa"_s;
    QTest::newRow("rsa") << u"rsa"_s;
}

void TestPrivateKeyModes::keysAre0600()
{
    QFETCH(QString, type);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"dot-ssh"_s);
    const QString path = folder + u"/id_"_s + type;
    const auto key = awaitFuture(SshKeyGenerator::generate(path, u"virtdeck-test"_s, type), 120000);
    QVERIFY(key);
    QVERIFY2(key->ok(), qPrintable(key->error));
    QCOMPARE(modeOf(path), 0600);
    QCOMPARE(modeOf(folder), 0700);
    // The public half may be read by others; it must not be group or world writable.
    QCOMPARE(modeOf(key->value.publicKeyPath) & 022, 0);
    QFile privateKey(path);
    QVERIFY(privateKey.open(QIODevice::ReadOnly));
    QVERIFY(privateKey.readAll().contains("PRIVATE KEY"));
}

QTEST_GUILESS_MAIN(TestPrivateKeyModes)
#include "tst_privatekeymodes.moc"
