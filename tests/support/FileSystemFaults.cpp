// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSystemFaults.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <linux/capability.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace twostep::test {

namespace {

constexpr std::uint32_t kFileModeCapabilities =
    (1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH) | (1U << CAP_FOWNER);

// Per thread: pid 0 in the header means the calling thread.
bool readCapabilities(__user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return ::syscall(SYS_capget, &header, data) == 0;
}

bool writeCapabilities(const __user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    return ::syscall(SYS_capset, &header, data) == 0;
}

} // namespace

SmallFileSystem::SmallFileSystem(const QString& where) : m_path(where)
{
    QDir().mkpath(where);
    m_mounted = ::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", MS_NOSUID | MS_NODEV,
                        "size=256k,mode=0700") == 0;
}

SmallFileSystem::~SmallFileSystem()
{
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
}

bool SmallFileSystem::remountReadOnly(bool readOnly) const
{
    return ::mount(nullptr, QFile::encodeName(m_path).constData(), nullptr,
                   MS_REMOUNT | MS_NOSUID | MS_NODEV | (readOnly ? MS_RDONLY : 0), "size=256k,mode=0700") == 0;
}

bool SmallFileSystem::fill(qint64 keepFree) const
{
    QFile filler(m_path + QStringLiteral("/filler"));
    if (!filler.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QByteArray page(kPage, 'x');
    while (filler.write(page) == page.size() && filler.flush()) {
    }
    filler.close();
    const qint64 size = QFileInfo(filler).size();
    return size > keepFree && filler.resize(size - keepFree);
}

void SmallFileSystem::unfill() const
{
    QFile::remove(m_path + QStringLiteral("/filler"));
}

bool obeyFileModesFromNowOn()
{
    if (::geteuid() != 0) {
        return true;
    }
    __user_cap_data_struct data[2]{};
    if (!readCapabilities(data)) {
        return false;
    }
    data[0].effective &= ~kFileModeCapabilities;
    data[0].permitted &= ~kFileModeCapabilities;
    data[0].inheritable &= ~kFileModeCapabilities;
    return writeCapabilities(data);
}

bool setFolderReadOnly(const QString& folder, bool readOnly)
{
    const QFileDevice::Permissions readable = QFileDevice::ReadOwner | QFileDevice::ExeOwner;
    return QFile::setPermissions(folder, readOnly ? readable : readable | QFileDevice::WriteOwner);
}

} // namespace twostep::test
