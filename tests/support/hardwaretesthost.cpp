// SPDX-License-Identifier: GPL-2.0-or-later
#include "hardwaretesthost.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace VirtDeck::Test {

QUuid HardwareTestHost::runningUuid()
{
    return QUuid(u"6c6a4f38-5d0e-4a34-9d3c-000000000001"_s);
}

QUuid HardwareTestHost::offUuid()
{
    return QUuid(u"6c6a4f38-5d0e-4a34-9d3c-000000000002"_s);
}

QString HardwareTestHost::domainXml(const QString &name, const QUuid &uuid, int runstate)
{
    return uR"(<domain type='test' xmlns:test='http://libvirt.org/schemas/domain/test/1.0'>
  <name>%1</name>
  <uuid>%2</uuid>
  <memory unit='GiB'>1</memory>
  <currentMemory unit='MiB'>512</currentMemory>
  <vcpu placement='static' current='2'>4</vcpu>
  <os>
    <type arch='x86_64' machine='pc-q35-7.2'>hvm</type>
    <loader readonly='yes' type='pflash'>/usr/share/OVMF/OVMF_CODE_4M.fd</loader>
    <nvram>/var/lib/libvirt/qemu/nvram/%1_VARS.fd</nvram>
    <boot dev='cdrom'/>
    <boot dev='hd'/>
    <bootmenu enable='yes' timeout='3000'/>
  </os>
  <cpu mode='custom' match='exact'><model fallback='allow'>qemu64</model></cpu>
  <devices>
    <disk type='file' device='disk'>
      <driver name='qemu' type='qcow2' cache='none'/>
      <source file='/var/lib/libvirt/images/%1.qcow2'/>
      <target dev='vda' bus='virtio'/>
    </disk>
    <disk type='file' device='cdrom'>
      <driver name='qemu' type='raw'/>
      <source file='/isos/debian.iso'/>
      <target dev='sda' bus='sata'/>
      <readonly/>
    </disk>
    <disk type='volume' device='disk'>
      <driver name='qemu' type='raw'/>
      <source pool='default' volume='data.img'/>
      <target dev='sdb' bus='scsi'/>
      <shareable/>
    </disk>
    <controller type='usb' index='0' model='qemu-xhci'>
      <address type='pci' domain='0x0000' bus='0x02' slot='0x00' function='0x0'/>
    </controller>
    <controller type='sata' index='0'/>
    <controller type='scsi' index='0' model='virtio-scsi'/>
    <interface type='network'>
      <mac address='52:54:00:AA:BB:01'/>
      <source network='default'/>
      <model type='virtio'/>
    </interface>
    <interface type='bridge'>
      <mac address='52:54:00:aa:bb:02'/>
      <source bridge='br0'/>
      <model type='e1000'/>
      <link state='down'/>
    </interface>
    <serial type='pty'>
      <target type='isa-serial' port='0'/>
    </serial>
    <console type='pty'>
      <target type='serial' port='0'/>
    </console>
    <graphics type='vnc' port='-1' autoport='yes' passwd='s3cret'>
      <listen type='address' address='127.0.0.1'/>
    </graphics>
    <graphics type='spice' autoport='no' port='5930' listen='0.0.0.0'/>
    <video>
      <model type='qxl' ram='65536' vram='65536' heads='1' primary='yes'/>
    </video>
  </devices>
  <test:runstate>%3</test:runstate>
</domain>)"_s.arg(name, uuid.toString(QUuid::WithoutBraces)).arg(runstate);
}

QString HardwareTestHost::write(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    const QString host = u"<node>\n"_s + domainXml(u"hw-running"_s, runningUuid(), 1)
        + domainXml(u"hw-off"_s, offUuid(), 5)
        + u"<network><name>default</name><bridge name='virbr0'/><forward/><ip address='192.168.122.1' "
          "netmask='255.255.255.0'><dhcp><range start='192.168.122.2' end='192.168.122.254'/></dhcp></ip></network>\n"
          "<pool type='dir'><name>default</name><capacity>107374182400</capacity><allocation>0</allocation>"
          "<available>107374182400</available><target><path>/default-pool</path></target>"
          "<volume type='file'><name>data.img</name><key>/default-pool/data.img</key><capacity>1073741824</capacity>"
          "<target><path>/default-pool/data.img</path><format type='raw'/></target></volume></pool>\n</node>\n"_s;
    file.write(host.toUtf8());
    return u"test://"_s + path;
}

} // namespace VirtDeck::Test
