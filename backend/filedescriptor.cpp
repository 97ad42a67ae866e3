// SPDX-License-Identifier: GPL-2.0-or-later
#include "filedescriptor.h"

#include <fcntl.h>
#include <unistd.h>

namespace VirtDeck {

void FileDescriptor::reset(int fd)
{
    if (m_fd >= 0 && m_fd != fd)
        ::close(m_fd);
    m_fd = fd;
}

int FileDescriptor::duplicate() const
{
    return m_fd >= 0 ? ::fcntl(m_fd, F_DUPFD_CLOEXEC, 0) : -1;
}

} // namespace VirtDeck
