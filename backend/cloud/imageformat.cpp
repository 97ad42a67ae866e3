// SPDX-License-Identifier: GPL-2.0-or-later
#include "imageformat.h"

#include <QFile>
#include <QFileInfo>

namespace VirtDeck::Cloud {

using namespace Qt::Literals::StringLiterals;

QString ImageFormat::fromContent(const QByteArray &head)
{
    if (head.startsWith(QByteArrayLiteral("QFI\xfb")))
        return u"qcow2"_s;
    if (head.startsWith(QByteArrayLiteral("KDMV")))
        return u"vmdk"_s;
    // VirtualBox: the signature 0xbeda107f (little-endian) at 0x40 after a text banner.
    if (head.size() >= 0x44 && head.mid(0x40, 4) == QByteArrayLiteral("\x7f\x10\xda\xbe"))
        return u"vdi"_s;
    // ISO 9660: the primary volume descriptor at sector 16 (0x8000) reads "\x01CD001".
    if (head.size() >= 0x8006 && head.mid(0x8001, 5) == QByteArrayLiteral("CD001"))
        return u"iso"_s;
    return u"raw"_s;
}

Result<QString> ImageFormat::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("Cannot read %1: %2").arg(path, file.errorString()));
    return {fromContent(file.read(HeaderBytes)), {}};
}

QString ImageFormat::fromSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"qcow2"_s || suffix == u"qcow"_s)
        return u"qcow2"_s;
    if (suffix == u"img"_s || suffix == u"raw"_s)
        return u"raw"_s;
    if (suffix == u"iso"_s)
        return u"iso"_s;
    if (suffix == u"vmdk"_s)
        return u"vmdk"_s;
    if (suffix == u"vdi"_s)
        return u"vdi"_s;
    return {};
}

QString ImageFormat::mismatch(const QString &fileName, const QString &contentFormat)
{
    const QString claimed = fromSuffix(fileName);
    if (claimed.isEmpty() || claimed == contentFormat)
        return {};
    return tr("The name %1 says %2, but the file's content is %3. Glance stores whatever format it is told, and an "
              "instance of an image with the wrong format does not boot: upload it as %3 (or rename the file).")
        .arg(QFileInfo(fileName).fileName(), claimed, contentFormat);
}

QStringList ImageFormat::diskFormats()
{
    return {u"qcow2"_s, u"raw"_s, u"iso"_s, u"vmdk"_s, u"vdi"_s, u"vhd"_s, u"vhdx"_s, u"ami"_s, u"ari"_s, u"aki"_s, u"ploop"_s};
}

} // namespace VirtDeck::Cloud
