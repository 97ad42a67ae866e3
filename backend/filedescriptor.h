// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace VirtDeck {

// Owns one POSIX file descriptor (a console socket): closed exactly once, when the owner
// goes away or is reset. Move-only.
class FileDescriptor
{
public:
    FileDescriptor() = default;
    explicit FileDescriptor(int fd) : m_fd(fd) {}
    ~FileDescriptor() { reset(); }
    FileDescriptor(FileDescriptor &&other) noexcept : m_fd(other.release()) {}
    FileDescriptor &operator=(FileDescriptor &&other) noexcept
    {
        if (this != &other)
            reset(other.release());
        return *this;
    }
    FileDescriptor(const FileDescriptor &) = delete;
    FileDescriptor &operator=(const FileDescriptor &) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset(int fd = -1);
    // A second descriptor for the same open file, owned by the caller; -1 on failure.
    int duplicate() const;

private:
    int m_fd = -1;
};

} // namespace VirtDeck
