// SPDX-License-Identifier: GPL-2.0-or-later
#include "domainxmlreader.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace VirtDeck;

class TestDomainXmlReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDisks()
    {
        const QString xml = uR"(<domain type='qemu'><name>a</name>
            <os><type>hvm</type><loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE.fd</loader>
                <nvram>/var/lib/libvirt/qemu/nvram/a_VARS.fd</nvram></os>
            <devices>
              <disk type='file' device='disk'><driver name='qemu' type='qcow2'/>
                <source file='/var/lib/libvirt/images/a.qcow2'/><target dev='vda' bus='virtio'/></disk>
              <disk type='file' device='cdrom'><source file='/iso/debian.iso'/><target dev='sda'/><readonly/></disk>
              <disk type='block' device='disk'><source dev='/dev/vg/data'/><target dev='vdb'/><shareable/></disk>
              <disk type='file' device='cdrom'><target dev='sdb'/></disk>
              <interface type='network'><source network='default'/></interface>
            </devices></domain>)"_s;
        const auto result = DomainXmlReader::disks(xml);
        QVERIFY(result.error.isEmpty());
        QCOMPARE(result.disks.size(), 4);
        QCOMPARE(result.disks[0].target, u"vda"_s);
        QCOMPARE(result.disks[0].device, u"disk"_s);
        QCOMPARE(result.disks[0].sourcePath, u"/var/lib/libvirt/images/a.qcow2"_s);
        QVERIFY(result.disks[1].readOnly);
        QCOMPARE(result.disks[1].device, u"cdrom"_s);
        QCOMPARE(result.disks[2].sourcePath, u"/dev/vg/data"_s);
        QVERIFY(result.disks[2].shareable);
        QVERIFY(result.disks[3].sourcePath.isEmpty());
        QVERIFY(DomainXmlReader::hasNvram(xml));
    }
    void malformedXmlIsAnError()
    {
        const auto result = DomainXmlReader::disks(u"<domain><devices><disk device='disk'><source file='x'></devices>"_s);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.disks.isEmpty());
        QVERIFY(!DomainXmlReader::disks(u"<network/>"_s).error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDomainXmlReader)
#include "tst_domainxmlreader.moc"
