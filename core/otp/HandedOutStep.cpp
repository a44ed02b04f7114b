// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/HandedOutStep.h"

#include "common/FileIo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace twostep::otp {

namespace {

constexpr std::size_t kMaxRecordBytes = 32; // a decimal uint64 and a newline

Error recordError(const QString& path)
{
    return makeError(ErrorCode::IoError, QStringLiteral("cannot use the record of handed-out codes %1: %2")
                                             .arg(QDir::toNativeSeparators(path), files::writeErrorCause(errno)));
}

} // namespace

QString HandedOutStep::defaultFolder()
{
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty()) {
        runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    }
    return QDir(runtime).filePath(QStringLiteral("twostep/steps"));
}

Result<HandedOutStep> HandedOutStep::open(const QString& accountId, const QString& folder)
{
    if (Status made = files::makePrivateFolders(folder); !made) {
        return made.error();
    }
    const QString name =
        QString::fromLatin1(QCryptographicHash::hash(accountId.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString path = QDir(folder).filePath(name);
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return recordError(path);
    }
    HandedOutStep record(fd, std::nullopt);
    int locked = -1;
    do {
        locked = ::flock(fd, LOCK_EX);
    } while (locked != 0 && errno == EINTR);
    if (locked != 0) {
        return recordError(path);
    }
    char text[kMaxRecordBytes + 1] = {};
    const ssize_t got = ::pread(fd, text, kMaxRecordBytes, 0);
    if (got < 0) {
        return recordError(path);
    }
    bool ok = false;
    const qulonglong step = QByteArray(text, static_cast<qsizetype>(got)).trimmed().toULongLong(&ok);
    if (ok) {
        record.m_last = step; // anything else (empty, damaged) counts as no record
    }
    return record;
}

Result<std::uint64_t> HandedOutStep::handOut(const QString& accountId, std::uint64_t current, bool fresh,
                                             std::uint64_t count, const QString& folder)
{
    Result<HandedOutStep> record = open(accountId, folder);
    if (!record) {
        return record.error();
    }
    const std::optional<std::uint64_t> last = record->last();
    const std::uint64_t first = fresh && last && *last >= current ? *last + 1 : current;
    const std::uint64_t through = first + std::max<std::uint64_t>(count, 1) - 1;
    if (!last || *last < through) {
        if (Status saved = record->record(through); !saved) {
            return saved.error();
        }
    }
    return first;
}

HandedOutStep::HandedOutStep(HandedOutStep&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)), m_last(other.m_last)
{}

HandedOutStep::~HandedOutStep()
{
    if (m_fd >= 0) {
        ::close(m_fd); // releases the flock
    }
}

Status HandedOutStep::record(std::uint64_t step)
{
    const QByteArray text = QByteArray::number(static_cast<qulonglong>(step)) + '\n';
    if (::ftruncate(m_fd, 0) != 0 || ::pwrite(m_fd, text.constData(), static_cast<std::size_t>(text.size()), 0) !=
                                         static_cast<ssize_t>(text.size())) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("cannot write the record of handed-out codes: %1").arg(files::writeErrorCause(errno)));
    }
    m_last = step;
    return {};
}

} // namespace twostep::otp
