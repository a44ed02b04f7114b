// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"

#include "common/FileDescriptor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace twostep::files {

namespace {

const QString kTemporaryMarker = QStringLiteral(".twostep-tmp-");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode)) {
        return QStringLiteral("a folder");
    }
    if (S_ISFIFO(mode)) {
        return QStringLiteral("a FIFO (named pipe)");
    }
    if (S_ISCHR(mode) || S_ISBLK(mode)) {
        return QStringLiteral("a device");
    }
    if (S_ISSOCK(mode)) {
        return QStringLiteral("a socket");
    }
    return QStringLiteral("not a plain file");
}

Error readError(const QString& path, const QString& why, ErrorCause cause)
{
    return makeError(ErrorCode::IoError, QStringLiteral("cannot read %1: %2").arg(native(path), why), cause);
}

Error readError(const QString& path, int errorNumber)
{
    return readError(path, QString::fromLocal8Bit(std::strerror(errorNumber)), causeOf(errorNumber));
}

Error writeError(const QString& path, int errorNumber)
{
    return makeError(ErrorCode::IoError,
                     QStringLiteral("cannot write %1: %2").arg(native(path), writeErrorCause(errorNumber)),
                     causeOf(errorNumber));
}

void syncFolder(const QString& folder)
{
    // The rename is durable only once the folder's entry is on disk.
    const FileDescriptor fd(::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (fd.get() >= 0) {
        (void)::fsync(fd.get());
    }
}

bool writeAll(int fd, const QByteArray& bytes)
{
    const char* data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<std::size_t>(left));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = ENOSPC;
            }
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

Error alreadyExists(const QString& path)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 already exists; choose another name").arg(native(path)));
}

// Moves `temporary` to `path` only if no entry has that name; neither call follows a symlink at `path`.
Status placeWithoutReplacing(const QByteArray& temporary, const QString& path)
{
    const QByteArray target = QFile::encodeName(path);
    if (::renameat2(AT_FDCWD, temporary.constData(), AT_FDCWD, target.constData(), RENAME_NOREPLACE) == 0) {
        return {};
    }
    if (errno != EINVAL && errno != ENOSYS) {
        return errno == EEXIST ? Status(alreadyExists(path)) : Status(writeError(path, errno));
    }
    // File systems without RENAME_NOREPLACE: link() fails with EEXIST on any entry, then drop the temporary name.
    if (::link(temporary.constData(), target.constData()) != 0) {
        return errno == EEXIST ? Status(alreadyExists(path)) : Status(writeError(path, errno));
    }
    ::unlink(temporary.constData());
    return {};
}

} // namespace

Result<QByteArray> readRegularFile(const QString& path, qint64 maxBytes)
{
    const FileDescriptor fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0) {
        if (errno == ENOENT) {
            return makeError(ErrorCode::NotFound, QStringLiteral("cannot read %1: no such file").arg(native(path)),
                             ErrorCause::NotFound);
        }
        return readError(path, errno);
    }
    struct stat info
    {};
    if (::fstat(fd.get(), &info) != 0) {
        return readError(path, errno);
    }
    if (!S_ISREG(info.st_mode)) {
        return readError(path, QStringLiteral("it is %1, not a regular file").arg(kindOf(info.st_mode)),
                         ErrorCause::NotRegularFile);
    }
    const auto tooLarge = [&] {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is larger than %2 bytes").arg(native(path)).arg(maxBytes));
    };
    if (info.st_size > maxBytes) {
        return tooLarge();
    }
    // The size may change while we read: never take more than the bound plus one byte.
    QByteArray bytes(static_cast<qsizetype>(info.st_size) + 1, Qt::Uninitialized);
    qint64 used = 0;
    while (true) {
        if (used == bytes.size()) {
            if (used > maxBytes) {
                return tooLarge();
            }
            bytes.resize(static_cast<qsizetype>(std::min(maxBytes + 1, used * 2 + 4096)));
        }
        const ssize_t got = ::read(fd.get(), bytes.data() + used, static_cast<std::size_t>(bytes.size() - used));
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got < 0) {
            return readError(path, errno);
        }
        if (got == 0) {
            break;
        }
        used += got;
    }
    if (used > maxBytes) {
        return tooLarge();
    }
    bytes.truncate(static_cast<qsizetype>(used));
    return bytes;
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes, Existing existing)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    // An export names a folder the user chose: a missing one is an error there, not created.
    if (existing == Existing::Replace) {
        if (Status made = makePrivateFolders(folder); !made) {
            return made;
        }
    }
    QByteArray temporary = QFile::encodeName(QDir(folder).filePath(temporaryFilePrefix(info.fileName()))) + "XXXXXX";
    // mkostemp creates the file 0600: the bytes are never readable by others, not even briefly.
    FileDescriptor fd(::mkostemp(temporary.data(), O_CLOEXEC));
    if (fd.get() < 0) {
        return writeError(path, errno);
    }
    const auto failed = [&](int errorNumber) {
        ::unlink(temporary.constData());
        return writeError(path, errorNumber);
    };
    if (!writeAll(fd.get(), bytes) || ::fsync(fd.get()) != 0) {
        return failed(errno);
    }
    if (::close(fd.release()) != 0) {
        return failed(errno);
    }
    if (existing == Existing::Refuse) {
        if (Status placed = placeWithoutReplacing(temporary, path); !placed) {
            ::unlink(temporary.constData());
            return placed;
        }
    } else if (::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        return failed(errno);
    }
    syncFolder(folder);
    return {};
}

bool entryExists(const QString& path)
{
    struct stat info
    {};
    return ::lstat(QFile::encodeName(path).constData(), &info) == 0;
}

Status checkNoEntry(const QString& path)
{
    if (entryExists(path)) {
        return alreadyExists(path);
    }
    return {};
}

QString temporaryFilePrefix(const QString& fileName)
{
    return QLatin1Char('.') + fileName + kTemporaryMarker;
}

bool isTemporaryFileOf(const QString& candidate, const QString& fileName)
{
    const QString prefix = temporaryFilePrefix(fileName);
    static const QRegularExpression suffix(QStringLiteral("^[A-Za-z0-9]{6}$"));
    return candidate.startsWith(prefix) && suffix.match(candidate.mid(prefix.size())).hasMatch();
}

Status makePrivateFolders(const QString& folder)
{
    const QString absolute = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QString current;
    for (const QString& part : absolute.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        current += QLatin1Char('/') + part;
        const QByteArray name = QFile::encodeName(current);
        if (::mkdir(name.constData(), 0700) == 0) {
            (void)::chmod(name.constData(), 0700); // whatever the umask
            continue;
        }
        if (errno == EEXIST && QFileInfo(current).isDir()) {
            continue;
        }
        const int errorNumber = errno;
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot create the folder %1: %2")
                             .arg(native(current), errorNumber == EEXIST ? QStringLiteral("a file has that name")
                                                                         : writeErrorCause(errorNumber)),
                         causeOf(errorNumber));
    }
    return {};
}

QString canonicalPath(const QString& path)
{
    const QFileInfo info(path);
    if (QString existing = info.canonicalFilePath(); !existing.isEmpty()) {
        return existing;
    }
    if (const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath(); !folder.isEmpty()) {
        return QDir(folder).filePath(info.fileName());
    }
    return QDir::cleanPath(info.absoluteFilePath());
}

QString writeErrorCause(int errorNumber)
{
    switch (errorNumber) {
    case ENOSPC:
        return QStringLiteral("the disk is full");
    case EDQUOT:
        return QStringLiteral("the disk quota is used up");
    case EFBIG:
        return QStringLiteral("file too large for this process's file size limit");
    case EROFS:
        return QStringLiteral("the file system is read-only");
    case EACCES:
    case EPERM:
        return QStringLiteral("permission denied");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

ErrorCause causeOf(int errorNumber)
{
    switch (errorNumber) {
    case ENOENT:
        return ErrorCause::NotFound;
    case ENOSPC:
        return ErrorCause::DiskFull;
    case EDQUOT:
        return ErrorCause::QuotaExceeded;
    case EFBIG:
        return ErrorCause::FileTooLarge;
    case EROFS:
        return ErrorCause::ReadOnlyFileSystem;
    case EACCES:
    case EPERM:
        return ErrorCause::PermissionDenied;
    default:
        return ErrorCause::None;
    }
}

} // namespace twostep::files
