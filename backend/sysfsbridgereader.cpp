// SPDX-License-Identifier: GPL-2.0-or-later
#include "sysfsbridgereader.h"

#include <QDir>
#include <QFile>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

} // namespace

HostBridgeInfoList SysfsBridgeReader::read(const QString &netClassDir)
{
    HostBridgeInfoList out;
    const QDir root(netClassDir);
    const QStringList names = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : names) {
        if (!QFileInfo(root.filePath(name + u"/bridge"_s)).isDir())
            continue;
        HostBridgeInfo bridge;
        bridge.name = name;
        bridge.origin = u"sysfs"_s;
        bridge.mac = readLine(root.filePath(name + u"/address"_s));
        const QString state = readLine(root.filePath(name + u"/operstate"_s));
        const QString flags = readLine(root.filePath(name + u"/flags"_s));
        bool ok = false;
        const uint flagBits = flags.toUInt(&ok, 16);
        bridge.active = state == u"up"_s || state == u"unknown"_s || (ok && (flagBits & 0x1)); // IFF_UP
        bridge.ports = QDir(root.filePath(name + u"/brif"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot
                                                                            | QDir::System,
                                                                        QDir::Name);
        out.append(bridge);
    }
    return out;
}

} // namespace VirtDeck
