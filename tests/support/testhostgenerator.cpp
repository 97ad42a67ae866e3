// SPDX-License-Identifier: GPL-2.0-or-later
#include "testhostgenerator.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <array>

namespace VirtDeck::Test {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString TestNamespace = u"http://libvirt.org/schemas/domain/test/1.0"_s;
// Fixed namespace for name-based (v5) UUIDs: the same options always give the same UUIDs.
const QUuid UuidNamespace = QUuid(u"6b1c3e52-8f0a-4d8e-9a57-3d0f6c2b9e41"_s);
constexpr quint64 MiB = 1024; // in KiB
constexpr qint64 SnapshotEpoch = 1700000000; // creation times stay fixed from run to run

// splitmix64: cheap, well mixed, and the same on every platform (unlike std:: engines'
// distributions), so a seed names one exact host everywhere.
quint64 mix(quint32 seed, int index, int salt)
{
    quint64 z = (quint64(seed) << 32) ^ quint64(quint32(index)) ^ (quint64(salt) << 56);
    z += 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

enum Salt { TitleSalt = 1, ManagedSaveSalt, VcpuSalt, MemorySalt, NetworkSalt, TitleWordSalt };

int nameWidth(int count)
{
    return qMax(4, int(QString::number(qMax(count, 1)).size()));
}

QString num(quint64 value)
{
    return QString::number(value);
}

QString macAddress(int index)
{
    const quint32 n = quint32(index + 1);
    return u"52:54:00:%1:%2:%3"_s.arg((n >> 16) & 0xff, 2, 16, QLatin1Char('0'))
        .arg((n >> 8) & 0xff, 2, 16, QLatin1Char('0'))
        .arg(n & 0xff, 2, 16, QLatin1Char('0'));
}

QString snapshotName(int snapshot)
{
    return u"snap-%1"_s.arg(snapshot + 1);
}

QString stateName(DomainState state)
{
    switch (state) {
    case DomainState::Running:
        return u"running"_s;
    case DomainState::Paused:
        return u"paused"_s;
    default:
        return u"shutoff"_s;
    }
}

} // namespace

QString TestHostGenerator::uriFor(const QString &path)
{
    return u"test://"_s + QFileInfo(path).absoluteFilePath();
}

QString TestHostGenerator::networkName(int index)
{
    return u"net-%1"_s.arg(index);
}

QString TestHostGenerator::poolName(int index)
{
    return u"pool-%1"_s.arg(index);
}

QList<TestHostGenerator::ExpectedGuest> TestHostGenerator::expectedGuests(const Options &options)
{
    static const std::array titleWords = {u"Web server"_s, u"Database"_s, u"Build runner"_s,
                                          u"Büro-Server"_s, u"Mail relay"_s, u"Test <&> bench"_s};
    const int networks = qBound(1, options.networkCount, 250);
    const int width = nameWidth(options.guestCount);
    QList<ExpectedGuest> guests;
    guests.reserve(qMax(0, options.guestCount));
    for (int i = 0; i < options.guestCount; ++i) {
        ExpectedGuest guest;
        guest.name = options.namePrefix + u"%1"_s.arg(i + 1, width, 10, QLatin1Char('0'));
        guest.uuid = QUuid::createUuidV5(UuidNamespace, u"%1/%2"_s.arg(options.seed).arg(guest.name));
        // 7 is coprime to 10: every 10 consecutive guests hold exactly 5 running, 1 paused and
        // 4 shut off, in an order the seed shifts.
        const int bucket = int((quint64(i) * 7 + options.seed) % 10);
        guest.state = bucket < 5 ? DomainState::Running
            : bucket == 5        ? DomainState::Paused
                                 : DomainState::ShutOff;
        guest.hasManagedSave = guest.state == DomainState::ShutOff
            && mix(options.seed, i, ManagedSaveSalt) % 3 == 0;
        if (mix(options.seed, i, TitleSalt) % 3 == 0) {
            const auto &word = titleWords[mix(options.seed, i, TitleWordSalt) % titleWords.size()];
            guest.title = u"%1 %2"_s.arg(word).arg(i + 1);
        }
        guest.vcpus = 1 + int(mix(options.seed, i, VcpuSalt) % 4);
        guest.memoryKiB = (128 * MiB) << (mix(options.seed, i, MemorySalt) % 6); // 128 MiB .. 4 GiB
        guest.network = networkName(int(mix(options.seed, i, NetworkSalt) % quint64(networks)));
        if (options.snapshotEvery > 0 && (i + 1) % options.snapshotEvery == 0)
            guest.snapshotCount = qMax(0, options.snapshotsPerGuest);
        guests.append(guest);
    }
    return guests;
}

QList<TestHostGenerator::ExpectedGuest> TestHostGenerator::write(const QString &path, const Options &options,
                                                                 QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return QList<ExpectedGuest>{};
    };
    if (options.guestCount < 0)
        return fail(u"guest count must not be negative"_s);

    const QList<ExpectedGuest> guests = expectedGuests(options);
    // QSaveFile: a reader never sees half a host, and a failed run leaves no file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));

    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(u"node"_s);
    xml.writeComment(u" VirtDeck test host: %1 guests, seed %2 "_s.arg(options.guestCount).arg(options.seed));

    xml.writeStartElement(u"cpu"_s);
    xml.writeTextElement(u"nodes"_s, u"1"_s);
    xml.writeTextElement(u"sockets"_s, u"1"_s);
    xml.writeTextElement(u"cores"_s, u"8"_s);
    xml.writeTextElement(u"threads"_s, u"2"_s);
    xml.writeTextElement(u"active"_s, u"16"_s);
    xml.writeTextElement(u"mhz"_s, u"2400"_s);
    xml.writeTextElement(u"model"_s, u"i686"_s);
    xml.writeEndElement();
    xml.writeTextElement(u"memory"_s, num(64 * 1024 * MiB)); // KiB: 64 GiB

    for (int i = 0; i < guests.size(); ++i)
        writeDomain(xml, guests.at(i), i);
    const int networks = qBound(1, options.networkCount, 250);
    for (int n = 0; n < networks; ++n)
        writeNetwork(xml, n, options.seed);
    for (int p = 0; p < options.poolCount; ++p)
        writePool(xml, p, options);

    xml.writeEndElement(); // node
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return fail(u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return guests;
}

void TestHostGenerator::writeDomain(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index)
{
    xml.writeStartElement(u"domain"_s);
    xml.writeAttribute(u"type"_s, u"test"_s);
    xml.writeNamespace(TestNamespace, u"test"_s);
    writeDomainBody(xml, guest, index);
    xml.writeTextElement(TestNamespace, u"runstate"_s, num(quint64(guest.state)));
    if (guest.hasManagedSave)
        xml.writeEmptyElement(TestNamespace, u"hasmanagedsave"_s);
    for (int s = 0; s < guest.snapshotCount; ++s) {
        xml.writeStartElement(TestNamespace, u"domainsnapshot"_s);
        writeSnapshot(xml, guest, index, s);
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

// Shared by the domain itself and the copy each snapshot carries: without it libvirt warns
// on stderr at every open and refuses to revert to the snapshot without --force.
void TestHostGenerator::writeDomainBody(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index)
{
    xml.writeTextElement(u"name"_s, guest.name);
    xml.writeTextElement(u"uuid"_s, guest.uuid.toString(QUuid::WithoutBraces));
    if (!guest.title.isEmpty())
        xml.writeTextElement(u"title"_s, guest.title);
    const auto memoryElement = [&xml](const QString &name, quint64 kib) {
        xml.writeStartElement(name);
        xml.writeAttribute(u"unit"_s, u"KiB"_s);
        xml.writeCharacters(num(kib));
        xml.writeEndElement();
    };
    memoryElement(u"memory"_s, guest.memoryKiB);
    memoryElement(u"currentMemory"_s, guest.memoryKiB);
    xml.writeTextElement(u"vcpu"_s, num(quint64(guest.vcpus)));
    xml.writeStartElement(u"os"_s);
    xml.writeTextElement(u"type"_s, u"hvm"_s);
    xml.writeEndElement();

    xml.writeStartElement(u"devices"_s);
    xml.writeStartElement(u"disk"_s);
    xml.writeAttribute(u"type"_s, u"file"_s);
    xml.writeAttribute(u"device"_s, u"disk"_s);
    xml.writeEmptyElement(u"driver"_s);
    xml.writeAttribute(u"name"_s, u"qemu"_s);
    xml.writeAttribute(u"type"_s, u"qcow2"_s);
    xml.writeEmptyElement(u"source"_s);
    xml.writeAttribute(u"file"_s, u"/var/lib/virtdeck-test/images/%1.qcow2"_s.arg(guest.name));
    xml.writeEmptyElement(u"target"_s);
    xml.writeAttribute(u"dev"_s, u"vda"_s);
    xml.writeAttribute(u"bus"_s, u"virtio"_s);
    xml.writeEndElement(); // disk

    xml.writeStartElement(u"interface"_s);
    xml.writeAttribute(u"type"_s, u"network"_s);
    xml.writeEmptyElement(u"mac"_s);
    xml.writeAttribute(u"address"_s, macAddress(index));
    xml.writeEmptyElement(u"source"_s);
    xml.writeAttribute(u"network"_s, guest.network);
    xml.writeEmptyElement(u"model"_s);
    xml.writeAttribute(u"type"_s, u"virtio"_s);
    xml.writeEndElement(); // interface

    xml.writeEmptyElement(u"graphics"_s);
    xml.writeAttribute(u"type"_s, u"vnc"_s);
    xml.writeAttribute(u"port"_s, u"-1"_s);
    xml.writeAttribute(u"autoport"_s, u"yes"_s);
    xml.writeAttribute(u"listen"_s, u"127.0.0.1"_s);
    xml.writeEndElement(); // devices
}

// libvirt 9.0 reads the snapshot's fields straight from <test:domainsnapshot>: a nested
// <domainsnapshot> element fails with "a redefined snapshot must have a name".
void TestHostGenerator::writeSnapshot(QXmlStreamWriter &xml, const ExpectedGuest &guest, int index, int snapshot)
{
    xml.writeTextElement(u"name"_s, snapshotName(snapshot));
    xml.writeTextElement(u"description"_s, u"Generated snapshot %1 of %2"_s.arg(snapshot + 1).arg(guest.name));
    xml.writeTextElement(u"state"_s, stateName(guest.state));
    xml.writeTextElement(u"creationTime"_s, num(quint64(SnapshotEpoch + qint64(index) * 60 + snapshot)));
    if (snapshot > 0) {
        xml.writeStartElement(u"parent"_s);
        xml.writeTextElement(u"name"_s, snapshotName(snapshot - 1));
        xml.writeEndElement();
    }
    // The test driver needs <active>: 1 marks the current snapshot (the newest here).
    xml.writeTextElement(u"active"_s, snapshot == guest.snapshotCount - 1 ? u"1"_s : u"0"_s);
    xml.writeStartElement(u"domain"_s);
    xml.writeAttribute(u"type"_s, u"test"_s);
    writeDomainBody(xml, guest, index);
    xml.writeEndElement();
}

void TestHostGenerator::writeNetwork(QXmlStreamWriter &xml, int index, quint32 seed)
{
    xml.writeStartElement(u"network"_s);
    xml.writeTextElement(u"name"_s, networkName(index));
    xml.writeTextElement(u"uuid"_s, QUuid::createUuidV5(UuidNamespace, u"%1/network/%2"_s.arg(seed).arg(index))
                                        .toString(QUuid::WithoutBraces));
    xml.writeEmptyElement(u"forward"_s);
    xml.writeAttribute(u"mode"_s, index == 0 ? u"nat"_s : u"route"_s);
    xml.writeEmptyElement(u"bridge"_s);
    xml.writeAttribute(u"name"_s, u"vdbr%1"_s.arg(index));
    xml.writeAttribute(u"stp"_s, u"on"_s);
    xml.writeAttribute(u"delay"_s, u"0"_s);
    xml.writeStartElement(u"ip"_s);
    xml.writeAttribute(u"address"_s, u"10.200.%1.1"_s.arg(index));
    xml.writeAttribute(u"netmask"_s, u"255.255.255.0"_s);
    xml.writeStartElement(u"dhcp"_s);
    xml.writeEmptyElement(u"range"_s);
    xml.writeAttribute(u"start"_s, u"10.200.%1.2"_s.arg(index));
    xml.writeAttribute(u"end"_s, u"10.200.%1.254"_s.arg(index));
    xml.writeEndElement(); // dhcp
    xml.writeEndElement(); // ip
    xml.writeEndElement();
}

void TestHostGenerator::writePool(QXmlStreamWriter &xml, int index, const Options &options)
{
    const QString path = u"/var/lib/virtdeck-test/%1"_s.arg(poolName(index));
    xml.writeStartElement(u"pool"_s);
    xml.writeAttribute(u"type"_s, u"dir"_s);
    xml.writeTextElement(u"name"_s, poolName(index));
    xml.writeTextElement(u"uuid"_s, QUuid::createUuidV5(UuidNamespace, u"%1/pool/%2"_s.arg(options.seed).arg(index))
                                        .toString(QUuid::WithoutBraces));
    xml.writeStartElement(u"target"_s);
    xml.writeTextElement(u"path"_s, path);
    xml.writeEndElement();
    for (int v = 0; v < options.volumesPerPool; ++v) {
        xml.writeStartElement(u"volume"_s);
        xml.writeAttribute(u"type"_s, u"file"_s);
        xml.writeTextElement(u"name"_s, u"disk-%1.qcow2"_s.arg(v + 1));
        xml.writeStartElement(u"capacity"_s);
        xml.writeAttribute(u"unit"_s, u"GiB"_s);
        xml.writeCharacters(num(quint64(10 * (v + 1))));
        xml.writeEndElement();
        xml.writeStartElement(u"allocation"_s);
        xml.writeAttribute(u"unit"_s, u"MiB"_s);
        xml.writeCharacters(num(quint64(256 * (v + 1))));
        xml.writeEndElement();
        xml.writeStartElement(u"target"_s);
        xml.writeTextElement(u"path"_s, u"%1/disk-%2.qcow2"_s.arg(path).arg(v + 1));
        xml.writeEmptyElement(u"format"_s);
        xml.writeAttribute(u"type"_s, u"qcow2"_s);
        xml.writeEndElement(); // target
        xml.writeEndElement(); // volume
    }
    xml.writeEndElement();
}

} // namespace VirtDeck::Test
