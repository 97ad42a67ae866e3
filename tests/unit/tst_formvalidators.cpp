// SPDX-License-Identifier: GPL-2.0-or-later
#include "networkformvalidator.h"
#include "networkxml.h"
#include "storageformvalidator.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

namespace {

NetworkForm goodNat()
{
    NetworkForm form;
    form.name = u"virtdeck-test-nat"_s;
    form.forwardMode = NetworkForwardMode::Nat;
    form.ipv4Cidr = u"10.200.5.0/24"_s;
    form.ipv4Gateway = u"10.200.5.1"_s;
    form.dhcp = true;
    form.dhcpStart = u"10.200.5.100"_s;
    form.dhcpEnd = u"10.200.5.200"_s;
    return form;
}

QStringList fields(const FormProblems &problems)
{
    QStringList out;
    for (const FormProblem &problem : problems)
        out.append(problem.field);
    return out;
}

QString messages(const FormProblems &problems)
{
    QStringList out;
    for (const FormProblem &problem : problems)
        out.append(problem.field + u": "_s + problem.message);
    return out.join(u"; "_s);
}

} // namespace

// Every check of the network, pool and volume forms, before anything reaches libvirt.
class TestFormValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNatPasses()
    {
        const FormProblems problems = NetworkFormValidator::validate(goodNat(), {u"default"_s});
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    }

    void validIsolatedIpv6Passes()
    {
        NetworkForm form = goodNat();
        form.forwardMode = NetworkForwardMode::Isolated;
        form.ipv6 = true;
        form.ipv6Cidr = u"fd00:200:5::/64"_s;
        form.ipv6Gateway = u"fd00:200:5::1"_s;
        form.dhcp6 = true;
        form.dhcp6Start = u"fd00:200:5::100"_s;
        form.dhcp6End = u"fd00:200:5::1ff"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    }

    void badCidr_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::newRow("empty") << QString();
        QTest::newRow("no prefix") << u"10.200.5.0"_s;
        QTest::newRow("prefix 33") << u"10.200.5.0/33"_s;
        QTest::newRow("prefix 0") << u"10.200.5.0/0"_s;
        QTest::newRow("prefix 31 leaves no room") << u"10.200.5.0/31"_s;
        QTest::newRow("prefix not a number") << u"10.200.5.0/x"_s;
        QTest::newRow("negative prefix") << u"10.200.5.0/-1"_s;
        QTest::newRow("octet 300") << u"10.200.300.0/24"_s;
        QTest::newRow("three octets") << u"10.200.5/24"_s;
        QTest::newRow("words") << u"my network"_s;
        QTest::newRow("host bits set") << u"10.200.5.1/24"_s;
        QTest::newRow("ipv6 in ipv4 field") << u"fd00::/64"_s;
        QTest::newRow("trailing space") << u"10.200.5.0 /24"_s;
    }
    void badCidr()
    {
        QFETCH(QString, cidr);
        NetworkForm form = goodNat();
        form.ipv4Cidr = cidr;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QVERIFY2(fields(problems).contains(u"ipv4Cidr"_s), qPrintable(messages(problems)));
        for (const FormProblem &problem : problems)
            QVERIFY(!problem.message.isEmpty());
    }

    void hostBitsMessageNamesTheSubnet()
    {
        NetworkForm form = goodNat();
        form.ipv4Cidr = u"10.200.5.7/24"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(u"10.200.5.0/24"_s), qPrintable(problems.first().message));
    }

    void gatewayOutsideSubnet_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::newRow("other subnet") << u"10.200.6.1"_s;
        QTest::newRow("network address") << u"10.200.5.0"_s;
        QTest::newRow("broadcast") << u"10.200.5.255"_s;
        QTest::newRow("not an address") << u"gateway"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("ipv6") << u"fd00::1"_s;
    }
    void gatewayOutsideSubnet()
    {
        QFETCH(QString, gateway);
        NetworkForm form = goodNat();
        form.ipv4Gateway = gateway;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QVERIFY2(fields(problems) == QStringList{u"ipv4Gateway"_s}, qPrintable(messages(problems)));
    }

    void gatewayOutsideSmallSubnet()
    {
        NetworkForm form = goodNat();
        form.ipv4Cidr = u"10.200.5.0/28"_s; // .0 - .15
        form.ipv4Gateway = u"10.200.5.16"_s;
        form.dhcpStart = u"10.200.5.2"_s;
        form.dhcpEnd = u"10.200.5.14"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QVERIFY2(fields(problems) == QStringList{u"ipv4Gateway"_s}, qPrintable(messages(problems)));
        QVERIFY(problems.first().message.contains(u"outside"_s));
    }

    void dhcpRangeOutsideSubnet_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("field");
        QTest::newRow("start outside") << u"10.200.4.100"_s << u"10.200.5.200"_s << u"dhcpStart"_s;
        QTest::newRow("end outside") << u"10.200.5.100"_s << u"10.200.6.20"_s << u"dhcpEnd"_s;
        QTest::newRow("end is broadcast") << u"10.200.5.100"_s << u"10.200.5.255"_s << u"dhcpEnd"_s;
        QTest::newRow("start is network") << u"10.200.5.0"_s << u"10.200.5.200"_s << u"dhcpStart"_s;
        QTest::newRow("reversed") << u"10.200.5.200"_s << u"10.200.5.100"_s << u"dhcpEnd"_s;
        QTest::newRow("covers gateway") << u"10.200.5.1"_s << u"10.200.5.254"_s << u"dhcpStart"_s;
        QTest::newRow("covers gateway in middle") << u"10.200.5.0"_s << u"10.200.5.254"_s << u"dhcpStart"_s;
        QTest::newRow("garbage") << u"ten"_s << u"10.200.5.200"_s << u"dhcpStart"_s;
        QTest::newRow("empty end") << u"10.200.5.100"_s << QString() << u"dhcpEnd"_s;
    }
    void dhcpRangeOutsideSubnet()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, field);
        NetworkForm form = goodNat();
        form.dhcpStart = start;
        form.dhcpEnd = end;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QVERIFY2(fields(problems).contains(field), qPrintable(messages(problems)));
    }

    void gatewayInsideRangeMentionsGateway()
    {
        NetworkForm form = goodNat();
        form.ipv4Gateway = u"10.200.5.150"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"10.200.5.150"_s));
    }

    void dhcpOffIgnoresRange()
    {
        NetworkForm form = goodNat();
        form.dhcp = false;
        form.dhcpStart = u"nonsense"_s;
        QVERIFY(NetworkFormValidator::validate(form, {}).isEmpty());
    }

    void ipv6Problems()
    {
        NetworkForm form = goodNat();
        form.ipv6 = true;
        form.ipv6Cidr = u"fd00:200:5::/64"_s;
        form.ipv6Gateway = u"fd00:200:6::1"_s;
        form.dhcp6 = true;
        form.dhcp6Start = u"fd00:200:5::10"_s;
        form.dhcp6End = u"fd00:200:7::10"_s;
        FormProblems problems = NetworkFormValidator::validate(form, {});
        QCOMPARE(fields(problems), (QStringList{u"ipv6Gateway"_s, u"dhcp6End"_s}));
        form.ipv6Cidr = u"10.200.5.0/24"_s;
        problems = NetworkFormValidator::validate(form, {});
        QVERIFY(fields(problems).contains(u"ipv6Cidr"_s));
        form.ipv6Cidr = u"fd00:200:5::/129"_s;
        problems = NetworkFormValidator::validate(form, {});
        QVERIFY(fields(problems).contains(u"ipv6Cidr"_s));
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << u"lan-2"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("space") << u"my net"_s << false;
        QTest::newRow("leading dash") << u"-net"_s << false;
        QTest::newRow("too long") << QString(65, u'n') << false;
        QTest::newRow("duplicate") << u"default"_s << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        NetworkForm form = goodNat();
        form.name = name;
        const FormProblems problems = NetworkFormValidator::validate(form, {u"default"_s, u"other"_s});
        QCOMPARE(!fields(problems).contains(u"name"_s), valid);
    }

    void duplicateNameSaysSo()
    {
        NetworkForm form = goodNat();
        form.name = u"default"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {u"default"_s});
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(u"already exists"_s));
    }

    void bridges()
    {
        NetworkForm form = goodNat();
        form.bridge = u"vdt-far-too-long-name"_s; // more than 15
        QVERIFY(fields(NetworkFormValidator::validate(form, {})).contains(u"bridge"_s));
        form.bridge = u"vdt5"_s;
        QVERIFY(NetworkFormValidator::validate(form, {}).isEmpty());
        // The bridge of a libvirt-made network must not exist yet.
        QVERIFY(fields(NetworkFormValidator::validate(form, {}, {u"vdt5"_s})).contains(u"bridge"_s));

        NetworkForm bridged;
        bridged.name = u"lan"_s;
        bridged.forwardMode = NetworkForwardMode::Bridge;
        bridged.ipv4 = false;
        QVERIFY(fields(NetworkFormValidator::validate(bridged, {})).contains(u"bridge"_s));
        bridged.bridge = u"br0"_s;
        QVERIFY(NetworkFormValidator::validate(bridged, {}, {u"br0"_s}).isEmpty());
        QVERIFY(fields(NetworkFormValidator::validate(bridged, {}, {u"eth0"_s})).contains(u"bridge"_s));
        bridged.ipv4 = true;
        QVERIFY(!NetworkFormValidator::validate(bridged, {}, {u"br0"_s}).isEmpty());
    }

    void natNeedsIpv4()
    {
        NetworkForm form = goodNat();
        form.ipv4 = false;
        QVERIFY(fields(NetworkFormValidator::validate(form, {})).contains(u"ipv4Cidr"_s));
    }

    void everyProblemReported()
    {
        NetworkForm form = goodNat();
        form.name = QString();
        form.ipv4Gateway = u"10.9.9.9"_s;
        form.dhcpStart = u"10.9.9.10"_s;
        const FormProblems problems = NetworkFormValidator::validate(form, {});
        QCOMPARE(fields(problems), (QStringList{u"name"_s, u"ipv4Gateway"_s, u"dhcpStart"_s}));
    }

    void xmlFromFormRoundTrips()
    {
        NetworkForm form = goodNat();
        form.bridge = u"vdt5"_s;
        form.ipv6 = true;
        form.ipv6Cidr = u"fd00:200:5::/64"_s;
        form.ipv6Gateway = u"fd00:200:5::1"_s;
        const QString xml = NetworkXml::fromForm(form);
        NetworkInfo info;
        QVERIFY(NetworkXml::read(xml, info));
        QCOMPARE(info.forwardMode, NetworkForwardMode::Nat);
        QCOMPARE(info.bridge, u"vdt5"_s);
        QCOMPARE(info.ips.size(), 2);
        QCOMPARE(info.ips.at(0).cidr(), u"10.200.5.0/24"_s);
        QCOMPARE(info.ips.at(0).dhcpRanges, (QList<NetworkDhcpRange>{{u"10.200.5.100"_s, u"10.200.5.200"_s}}));
        QVERIFY(info.ips.at(1).ipv6);
        QCOMPARE(info.ips.at(1).cidr(), u"fd00:200:5::/64"_s);
        // Names with XML-special characters stay data, not markup.
        form.name = u"a<b&c"_s;
        NetworkInfo odd;
        QVERIFY(NetworkXml::read(NetworkXml::fromForm(form), odd));
    }

    void readsNetmaskAndIsolated()
    {
        NetworkInfo info;
        QVERIFY(NetworkXml::read(u"<network><name>n</name><ip address='192.168.7.1' netmask='255.255.255.0'/></network>"_s,
                                 info));
        QCOMPARE(info.forwardMode, NetworkForwardMode::Isolated);
        QCOMPARE(info.ips.first().cidr(), u"192.168.7.0/24"_s);
    }

    // The storage forms: names, duplicates, zero sizes, paths.
    void poolForm()
    {
        StoragePoolForm form;
        form.name = u"virtdeck-test-pool"_s;
        form.targetPath = u"/var/tmp/virtdeck-test-pool"_s;
        QVERIFY(StorageFormValidator::validatePool(form, {}).isEmpty());
        QVERIFY(fields(StorageFormValidator::validatePool(form, {u"virtdeck-test-pool"_s})).contains(u"name"_s));
        form.targetPath = u"relative/dir"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(form, {})).contains(u"targetPath"_s));
        form.targetPath = u"/var/tmp/../tmp/x"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(form, {})).contains(u"targetPath"_s));
        form.targetPath.clear();
        QVERIFY(fields(StorageFormValidator::validatePool(form, {})).contains(u"targetPath"_s));
        form.name = u"bad name"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(form, {})).contains(u"name"_s));

        StoragePoolForm nfs;
        nfs.type = u"netfs"_s;
        nfs.name = u"nfs"_s;
        nfs.targetPath = u"/mnt/nfs"_s;
        QCOMPARE(fields(StorageFormValidator::validatePool(nfs, {})), (QStringList{u"sourceHost"_s, u"sourcePath"_s}));
        nfs.sourceHost = u"files.example"_s;
        nfs.sourcePath = u"/export/vm"_s;
        QVERIFY(StorageFormValidator::validatePool(nfs, {}).isEmpty());
        nfs.sourceHost = u"bad host!"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(nfs, {})).contains(u"sourceHost"_s));

        StoragePoolForm lvm;
        lvm.type = u"logical"_s;
        lvm.name = u"vg0"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(lvm, {})).contains(u"sourceDevices"_s));
        lvm.sourceDevices = {u"/dev/sdb"_s};
        QVERIFY(StorageFormValidator::validatePool(lvm, {}).isEmpty());
        lvm.sourceDevices = {u"sdb"_s};
        QVERIFY(fields(StorageFormValidator::validatePool(lvm, {})).contains(u"sourceDevices"_s));

        StoragePoolForm xml;
        xml.type = u"xml"_s;
        QVERIFY(fields(StorageFormValidator::validatePool(xml, {})).contains(u"xml"_s));
    }

    void volumeForm()
    {
        StorageVolumeForm form;
        form.name = u"disk.qcow2"_s;
        form.capacity = 1 << 30;
        QVERIFY(StorageFormValidator::validateVolume(form, {}).isEmpty());
        QVERIFY(fields(StorageFormValidator::validateVolume(form, {u"disk.qcow2"_s})).contains(u"name"_s));
        form.capacity = 0;
        QCOMPARE(fields(StorageFormValidator::validateVolume(form, {})), QStringList{u"capacity"_s});
        form.capacity = 1 << 20;
        form.allocation = 2 << 20;
        QCOMPARE(fields(StorageFormValidator::validateVolume(form, {})), QStringList{u"allocation"_s});
        form.allocation = 0;
        form.name = u"../escape"_s;
        QVERIFY(fields(StorageFormValidator::validateVolume(form, {})).contains(u"name"_s));
        form.name = u"overlay"_s;
        form.format = u"raw"_s;
        form.backingPath = u"/var/tmp/base.qcow2"_s;
        QVERIFY(fields(StorageFormValidator::validateVolume(form, {})).contains(u"backing"_s));
        form.format = u"qcow2"_s;
        form.backingCapacity = 2 << 20; // overlay smaller than its base
        QVERIFY(fields(StorageFormValidator::validateVolume(form, {})).contains(u"capacity"_s));
        form.capacity = 0; // an overlay may take its base's size
        QVERIFY(StorageFormValidator::validateVolume(form, {}).isEmpty());

        QVERIFY(fields(StorageFormValidator::validateClone(u"a"_s, {u"a"_s})).contains(u"name"_s));
        QVERIFY(fields(StorageFormValidator::validateClone(QString(), {})).contains(u"name"_s));
        QVERIFY(StorageFormValidator::validateClone(u"b"_s, {u"a"_s}).isEmpty());
        QVERIFY(!StorageFormValidator::validateResize(100, 0, true).isEmpty());
        QVERIFY(!StorageFormValidator::validateResize(100, 50, false).isEmpty());
        QVERIFY(StorageFormValidator::validateResize(100, 50, true).isEmpty());
        QVERIFY(StorageFormValidator::validateResize(100, 200, false).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFormValidators)
#include "tst_formvalidators.moc"
