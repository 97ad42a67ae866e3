// SPDX-License-Identifier: GPL-2.0-or-later
#include "storageformvalidator.h"

#include <QDir>
#include <QHostAddress>
#include <QRegularExpression>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

bool StorageFormValidator::isValidPoolName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$"_s);
    return pattern.match(name).hasMatch();
}

bool StorageFormValidator::isValidVolumeName(const QString &name)
{
    // A file name in the pool's directory: no slash, not a dot entry, no control characters.
    static const QRegularExpression pattern(u"^[^/\\x00-\\x1f]{1,255}$"_s);
    return pattern.match(name).hasMatch() && name != u"."_s && name != u".."_s;
}

FormProblems StorageFormValidator::validatePool(const StoragePoolForm &form, const QStringList &existingPools)
{
    FormProblems problems;
    if (form.type == u"xml"_s) {
        if (form.xml.trimmed().isEmpty())
            problems.append({u"xml"_s, tr("Enter the pool's XML definition.")});
        return problems; // libvirt checks the rest and its message is shown as is
    }
    if (form.name.isEmpty())
        problems.append({u"name"_s, tr("Enter a name for the pool.")});
    else if (!isValidPoolName(form.name))
        problems.append({u"name"_s, tr("\"%1\" is not a valid pool name: use letters, digits, \"-\", \"_\", \".\" "
                                       "and \"+\", starting with a letter or digit.")
                                        .arg(form.name)});
    else if (existingPools.contains(form.name))
        problems.append({u"name"_s, tr("A pool named \"%1\" already exists on this host.").arg(form.name)});

    const auto checkAbsolute = [&problems](const QString &field, const QString &path, const QString &what) {
        if (path.isEmpty())
            problems.append({field, tr("Enter the %1.").arg(what)});
        else if (!path.startsWith(u'/') || QDir::cleanPath(path) != path)
            problems.append({field, tr("\"%1\" is not an absolute, clean path (e.g. /var/lib/libvirt/images).").arg(path)});
    };
    if (form.type == u"dir"_s) {
        checkAbsolute(u"targetPath"_s, form.targetPath, tr("pool's directory"));
    } else if (form.type == u"netfs"_s) {
        checkAbsolute(u"targetPath"_s, form.targetPath, tr("mount point"));
        static const QRegularExpression hostPattern(u"^[A-Za-z0-9]([A-Za-z0-9.-]{0,252})$"_s);
        if (form.sourceHost.isEmpty())
            problems.append({u"sourceHost"_s, tr("Enter the file server's host name or address.")});
        else if (!hostPattern.match(form.sourceHost).hasMatch() && QHostAddress(form.sourceHost).isNull())
            problems.append({u"sourceHost"_s, tr("\"%1\" is not a host name or address.").arg(form.sourceHost)});
        if (form.sourceFormat == u"cifs"_s) {
            if (form.sourcePath.isEmpty())
                problems.append({u"sourcePath"_s, tr("Enter the share's name.")});
        } else {
            checkAbsolute(u"sourcePath"_s, form.sourcePath, tr("exported directory"));
        }
    } else if (form.type == u"logical"_s) {
        if (!form.targetPath.isEmpty() && !form.targetPath.startsWith(u"/dev/"_s))
            problems.append({u"targetPath"_s, tr("A volume group's target is /dev/<group name>, or leave it empty.")});
        if (!form.sourceName.isEmpty() && !isValidPoolName(form.sourceName))
            problems.append({u"sourceName"_s, tr("\"%1\" is not a valid volume group name.").arg(form.sourceName)});
        if (form.build && form.sourceDevices.isEmpty())
            problems.append({u"sourceDevices"_s, tr("Building a new volume group needs at least one device, e.g. "
                                                    "/dev/sdb; to use an existing group, do not build.")});
        for (const QString &device : form.sourceDevices) {
            if (!device.startsWith(u"/dev/"_s)) {
                problems.append({u"sourceDevices"_s, tr("\"%1\" is not a device path under /dev.").arg(device)});
                break;
            }
        }
    } else {
        problems.append({u"type"_s, tr("Pools of type \"%1\" are created from XML.").arg(form.type)});
    }
    return problems;
}

FormProblems StorageFormValidator::validateVolume(const StorageVolumeForm &form, const QStringList &existingVolumes)
{
    FormProblems problems;
    if (form.name.isEmpty())
        problems.append({u"name"_s, tr("Enter a name for the volume.")});
    else if (!isValidVolumeName(form.name))
        problems.append({u"name"_s, tr("\"%1\" is not a valid volume name: no \"/\" and not \".\" or \"..\".").arg(form.name)});
    else if (existingVolumes.contains(form.name))
        problems.append({u"name"_s, tr("A volume named \"%1\" already exists in this pool.").arg(form.name)});

    if (form.format != u"raw"_s && form.format != u"qcow2"_s)
        problems.append({u"format"_s, tr("The format must be raw or qcow2.")});
    if (form.capacity == 0 && form.backingPath.isEmpty())
        problems.append({u"capacity"_s, tr("The volume needs a size larger than zero.")});
    else if (!form.backingPath.isEmpty() && form.backingCapacity > 0 && form.capacity > 0
             && form.capacity < form.backingCapacity)
        problems.append({u"capacity"_s, tr("An overlay cannot be smaller than its backing volume.")});
    if (form.allocation > form.capacity && form.capacity > 0)
        problems.append({u"allocation"_s, tr("The allocation cannot exceed the capacity.")});
    if (!form.backingPath.isEmpty() && form.format != u"qcow2"_s)
        problems.append({u"backing"_s, tr("Only qcow2 volumes can have a backing volume.")});
    return problems;
}

FormProblems StorageFormValidator::validateClone(const QString &newName, const QStringList &existingVolumes)
{
    FormProblems problems;
    if (newName.isEmpty())
        problems.append({u"name"_s, tr("Enter a name for the copy.")});
    else if (!isValidVolumeName(newName))
        problems.append({u"name"_s, tr("\"%1\" is not a valid volume name: no \"/\" and not \".\" or \"..\".").arg(newName)});
    else if (existingVolumes.contains(newName))
        problems.append({u"name"_s, tr("A volume named \"%1\" already exists in this pool.").arg(newName)});
    return problems;
}

FormProblems StorageFormValidator::validateResize(quint64 currentCapacity, quint64 newCapacity, bool shrinkAllowed)
{
    FormProblems problems;
    if (newCapacity == 0)
        problems.append({u"capacity"_s, tr("The volume needs a size larger than zero.")});
    else if (newCapacity == currentCapacity)
        problems.append({u"capacity"_s, tr("That is the volume's current size.")});
    else if (newCapacity < currentCapacity && !shrinkAllowed)
        problems.append({u"capacity"_s, tr("Shrinking a volume destroys the data at its end; tick \"Allow "
                                           "shrinking\" if that is what you want.")});
    return problems;
}

} // namespace VirtDeck
