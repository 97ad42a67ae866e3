// SPDX-License-Identifier: GPL-2.0-or-later
#include "libvirturi.h"

#include <QTemporaryFile>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

class TestLibvirtUri : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build()
    {
        UriParts parts;
        QCOMPARE(LibvirtUri::build(parts), u"qemu:///system"_s);
        parts.kind = ConnectionKind::QemuSession;
        QCOMPARE(LibvirtUri::build(parts), u"qemu:///session"_s);
        parts.kind = ConnectionKind::TestDriver;
        QCOMPARE(LibvirtUri::build(parts), u"test:///default"_s);
        parts.testFile = u"/srv/host.xml"_s;
        QCOMPARE(LibvirtUri::build(parts), u"test:///srv/host.xml"_s);
        parts.kind = ConnectionKind::RemoteSsh;
        parts.sshUser = u"root"_s;
        parts.sshHost = u"kvm1.example.org"_s;
        QCOMPARE(LibvirtUri::build(parts), u"qemu+ssh://root@kvm1.example.org/system"_s);
        parts.sshPort = 2222;
        parts.sshSystem = false;
        QCOMPARE(LibvirtUri::build(parts), u"qemu+ssh://root@kvm1.example.org:2222/session"_s);
    }
    void validate_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("messagePart"); // empty: valid
        QTest::newRow("system") << u"qemu:///system"_s << QString();
        QTest::newRow("ssh") << u"qemu+ssh://root@host/system"_s << QString();
        QTest::newRow("test default") << u"test:///default"_s << QString();
        QTest::newRow("empty") << QString() << u"empty"_s;
        QTest::newRow("no scheme") << u"localhost"_s << u"not a libvirt URI"_s;
        QTest::newRow("unknown driver") << u"kvm:///system"_s << u"Unknown libvirt driver"_s;
        QTest::newRow("unknown transport") << u"qemu+bogus://host/system"_s << u"Unknown transport"_s;
        QTest::newRow("ssh without host") << u"qemu+ssh:///system"_s << u"needs a host"_s;
        QTest::newRow("spaces") << u"qemu:///sys tem"_s << u"spaces"_s;
        QTest::newRow("missing test file") << u"test:///nonexistent/host.xml"_s << u"does not exist"_s;
        QTest::newRow("relative test file") << u"test://host.xml"_s << QString(); // a host part: left to libvirt
    }
    void validate()
    {
        QFETCH(QString, uri);
        QFETCH(QString, messagePart);
        const QString message = LibvirtUri::validate(uri);
        if (messagePart.isEmpty())
            QVERIFY2(message.isEmpty(), qPrintable(message));
        else
            QVERIFY2(message.contains(messagePart), qPrintable(message));
    }
    void existingTestFileIsValid()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(LibvirtUri::validate(u"test://"_s + file.fileName()), QString());
    }
    void describe()
    {
        QCOMPARE(LibvirtUri::describe(u"qemu:///system"_s), u"QEMU/KVM"_s);
        QCOMPARE(LibvirtUri::describe(u"qemu:///session"_s), u"QEMU/KVM user session"_s);
        QCOMPARE(LibvirtUri::describe(u"qemu+ssh://root@kvm1/system"_s), u"QEMU/KVM on kvm1"_s);
        QCOMPARE(LibvirtUri::describe(u"test:///default"_s), u"Test driver"_s);
    }
};

QTEST_GUILESS_MAIN(TestLibvirtUri)
#include "tst_libvirturi.moc"
