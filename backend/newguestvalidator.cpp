// SPDX-License-Identifier: GPL-2.0-or-later
#include "newguestvalidator.h"

#include "storageformvalidator.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace VirtDeck {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int MaxNameLength = 64;
constexpr quint64 MinimumMemoryMiB = 64;
}

bool NewGuestValidator::isValidName(const QString &name)
{
    // Safe for every driver, for virsh without quoting, and for the file names libvirt
    // derives from it (logs, NVRAM, disk images).
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9_.+-]*$"_s);
    return name.size() <= MaxNameLength && pattern.match(name).hasMatch();
}

FormProblems NewGuestValidator::validateName(const QString &name, const QStringList &existingGuests)
{
    if (name.isEmpty())
        return {{u"name"_s, tr("Enter a name for the new guest.")}};
    if (name.size() > MaxNameLength)
        return {{u"name"_s, tr("The name is longer than %1 characters.").arg(MaxNameLength)}};
    if (!isValidName(name))
        return {{u"name"_s, tr("Use letters, digits and . _ + - only, starting with a letter or digit.")}};
    if (existingGuests.contains(name))
        return {{u"name"_s, tr("A guest named \"%1\" already exists on this host.").arg(name)}};
    return {};
}

FormProblems NewGuestValidator::validateSource(const NewGuestForm &form)
{
    FormProblems problems;
    switch (form.source) {
    case InstallSource::Iso:
        if (form.isoPath.trimmed().isEmpty())
            problems.append({u"isoPath"_s, tr("Choose an ISO image or a CD-ROM device.")});
        else if (!form.isoPath.startsWith(u'/'))
            problems.append({u"isoPath"_s, tr("Give the full path of the ISO image on the host (starting with /).")});
        break;
    case InstallSource::Url: {
        const QUrl url(form.installUrl.trimmed(), QUrl::StrictMode);
        const QStringList schemes = {u"http"_s, u"https"_s, u"ftp"_s, u"nfs"_s};
        if (form.installUrl.trimmed().isEmpty())
            problems.append({u"installUrl"_s, tr("Enter the URL of the install tree.")});
        else if (!url.isValid() || !schemes.contains(url.scheme()) || url.host().isEmpty())
            problems.append({u"installUrl"_s, tr("The install tree must be an http, https, ftp or nfs URL with a host.")});
        if (form.kernelPath.isEmpty() || !form.kernelPath.startsWith(u'/'))
            problems.append({u"kernelPath"_s, tr("Give the full path of the tree's kernel on the host: VirtDeck boots it directly and does not download it.")});
        if (!form.initrdPath.isEmpty() && !form.initrdPath.startsWith(u'/'))
            problems.append({u"initrdPath"_s, tr("Give the full path of the initrd on the host.")});
        break;
    }
    case InstallSource::Template:
        if (form.templateName.isEmpty())
            problems.append({u"template"_s, tr("Choose a template.")});
        break;
    case InstallSource::Pxe:
    case InstallSource::ImportDisk:
        break;
    }
    return problems;
}

FormProblems NewGuestValidator::validateResources(const NewGuestForm &form, const GuestHostFacts &facts)
{
    FormProblems problems;
    const int cpuLimit = std::max(1, std::min(facts.hostCpus, facts.maxVcpus));
    if (form.vcpus < 1)
        problems.append({u"vcpus"_s, tr("A guest needs at least one vCPU.")});
    else if (form.vcpus > cpuLimit)
        problems.append({u"vcpus"_s, tr("The host has %n CPU(s): give the guest at most that many.", nullptr, cpuLimit)});
    if (form.memoryMiB < MinimumMemoryMiB)
        problems.append({u"memory"_s, tr("Give the guest at least %1 MiB of memory.").arg(MinimumMemoryMiB)});
    else if (facts.hostMemoryMiB > 0 && form.memoryMiB > facts.hostMemoryMiB)
        problems.append({u"memory"_s, tr("The host has %1 MiB of memory: the guest cannot have more.")
                                          .arg(QLocale().toString(facts.hostMemoryMiB))});
    return problems;
}

FormProblems NewGuestValidator::validateStorage(const NewGuestForm &form, quint64 poolAvailable,
                                                const QStringList &existingVolumes)
{
    FormProblems problems;
    if (form.source == InstallSource::Template)
        return problems; // the clone's disks are overlays of the template's
    if (form.source == InstallSource::ImportDisk && form.disk != GuestDiskChoice::ExistingVolume
        && form.disk != GuestDiskChoice::ExistingPath) {
        problems.append({u"volume"_s, tr("Importing needs an existing disk image: choose a volume or a file.")});
        return problems;
    }
    switch (form.disk) {
    case GuestDiskChoice::NewVolume:
        if (form.pool.isEmpty()) {
            problems.append({u"pool"_s, tr("Choose an active storage pool.")});
            break;
        }
        if (form.volumeName.isEmpty())
            problems.append({u"volumeName"_s, tr("Enter a name for the new volume.")});
        else if (!StorageFormValidator::isValidVolumeName(form.volumeName))
            problems.append({u"volumeName"_s, tr("The volume name may not contain / or start with a dot.")});
        else if (existingVolumes.contains(form.volumeName))
            problems.append({u"volumeName"_s, tr("Pool \"%1\" already has a volume named \"%2\".").arg(form.pool, form.volumeName)});
        if (form.diskCapacity == 0)
            problems.append({u"diskCapacity"_s, tr("The disk size must be greater than 0.")});
        else if (form.diskCapacity > poolAvailable)
            problems.append({u"diskCapacity"_s, tr("Pool \"%1\" has only %2 free.")
                                                    .arg(form.pool, QLocale().formattedDataSize(qint64(poolAvailable)))});
        break;
    case GuestDiskChoice::ExistingVolume:
        if (form.pool.isEmpty() || form.volumeName.isEmpty())
            problems.append({u"volume"_s, tr("Choose a volume.")});
        break;
    case GuestDiskChoice::ExistingPath:
        if (form.diskPath.isEmpty() || !form.diskPath.startsWith(u'/'))
            problems.append({u"diskPath"_s, tr("Give the full path of the disk image on the host (starting with /).")});
        break;
    case GuestDiskChoice::None:
        if (form.source == InstallSource::Url)
            problems.append({u"volume"_s, tr("An installation from a URL needs a disk to install to.")});
        break;
    }
    return problems;
}

FormProblems NewGuestValidator::validateNetwork(const NewGuestForm &form)
{
    if (form.nic != GuestNicKind::None && form.nicSource.isEmpty())
        return {{u"nicSource"_s, form.nic == GuestNicKind::Bridge ? tr("Choose a host bridge.") : tr("Choose a virtual network.")}};
    if (form.source == InstallSource::Pxe && form.nic == GuestNicKind::None)
        return {{u"nicSource"_s, tr("Network boot (PXE) needs a network interface.")}};
    return {};
}

FormProblems NewGuestValidator::validateFirmware(const NewGuestForm &form, const GuestHostFacts &facts)
{
    if (form.firmware == GuestFirmware::Uefi && !facts.uefiAvailable)
        return {{u"firmware"_s, facts.uefiProblem.isEmpty() ? tr("UEFI firmware (OVMF) is not available on this host.")
                                                             : facts.uefiProblem}};
    return {};
}

} // namespace VirtDeck
