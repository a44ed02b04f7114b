// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/FileIo.h"
#include "vault/Vault.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>

namespace twostep::vault {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// rename(2) within one file system; across file systems a fsynced copy renamed into place, and
// only then the original removed. `to` never holds a partial file, `from` goes last.
Status moveFile(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0) {
        return {};
    }
    if (errno != EXDEV) {
        const int errorNumber = errno;
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot move %1 to %2: %3")
                             .arg(native(from), native(to), files::writeErrorCause(errorNumber)),
                         files::causeOf(errorNumber));
    }
    Result<QByteArray> bytes = files::readRegularFile(from, file::kMaxFileSize);
    if (!bytes) {
        return bytes.error();
    }
    if (Status written = files::writeFileAtomically(to, *bytes); !written) {
        return written;
    }
    QFile::remove(from);
    return {};
}

bool sameBytes(const QString& a, const QString& b)
{
    Result<QByteArray> first = files::readRegularFile(a, file::kMaxFileSize);
    Result<QByteArray> second = files::readRegularFile(b, file::kMaxFileSize);
    return first && second && *first == *second;
}

// Moves the backups first: until the vault file itself moves, a crash leaves it where it was and
// the next start finishes the job. A backup already at the new place with the same bytes (a copy
// that was interrupted) just loses its old twin; a different one is left where it is.
Result<int> moveBackups(const QString& from, const QString& to)
{
    const QDir oldFolder(QFileInfo(from).absolutePath() + QStringLiteral("/backups"));
    const QString newFolder = QFileInfo(to).absolutePath() + QStringLiteral("/backups");
    const QRegularExpression backup(
        QStringLiteral("^%1\\.\\d{20}(\\.\\d{1,9})?$").arg(QRegularExpression::escape(QFileInfo(from).fileName())));
    int moved = 0;
    for (const QString& name : oldFolder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        if (!backup.match(name).hasMatch()) {
            continue;
        }
        const QString target =
            newFolder + QLatin1Char('/') + QFileInfo(to).fileName() + name.mid(QFileInfo(from).fileName().size());
        if (QFileInfo::exists(target)) {
            if (sameBytes(oldFolder.filePath(name), target)) {
                QFile::remove(oldFolder.filePath(name));
            }
            continue;
        }
        if (Status made = files::makePrivateFolders(newFolder); !made) {
            return made.error();
        }
        if (Status done = moveFile(oldFolder.filePath(name), target); !done) {
            return done.error();
        }
        ++moved;
    }
    return moved;
}

} // namespace

QString defaultVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/twostep/vault.twostep");
}

QString legacyVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/twostep/twostep/vault.twostep");
}

QString resolveVaultPath(const QString& explicitPath)
{
    QString path = explicitPath;
    if (path.isEmpty()) {
        path = qEnvironmentVariable("TWOSTEP_VAULT");
    }
    if (path.isEmpty()) {
        path = defaultVaultPath();
    }
    return QFileInfo(path).absoluteFilePath();
}

Result<std::optional<VaultMove>> moveLegacyVault(const QString& fromPath, const QString& toPath)
{
    if (!QFileInfo(fromPath).isFile()) {
        return std::optional<VaultMove>{};
    }
    const QString from = files::canonicalPath(fromPath);
    if (Status made = files::makePrivateFolders(QFileInfo(toPath).absolutePath()); !made) {
        return made.error();
    }
    const QString to = files::canonicalPath(toPath);
    VaultMove move{from, to, 0};
    {
        disk::VaultLock lock(from);
        if (Status locked = lock.acquire(); !locked) {
            return locked.error();
        }
        if (QFileInfo::exists(to) && !sameBytes(from, to)) {
            return makeError(ErrorCode::IoError,
                             QStringLiteral("there is a vault at %1 and another one at its old place %2; Twostep uses "
                                            "the first and left the second as it is")
                                 .arg(native(to), native(from)));
        }
        Result<int> backups = moveBackups(from, to);
        if (!backups) {
            return backups.error();
        }
        move.backupsMoved = *backups;
        // The same bytes at both places (a copy interrupted before the old file went): drop the old one.
        Status moved = QFileInfo::exists(to) ? Status{} : moveFile(from, to);
        if (!moved) {
            return moved.error();
        }
        QFile::remove(from);
        disk::recordGeneration(to, disk::highestGenerationSeen(from));
    }
    // Empty folders of the old place go too; anything else in them stays.
    QDir().rmdir(QFileInfo(from).absolutePath() + QStringLiteral("/backups"));
    QDir().rmdir(QFileInfo(from).absolutePath());
    return std::optional<VaultMove>{move};
}

Result<VaultFileFacts> inspectVaultFile(const QString& path)
{
    VaultFileFacts facts;
    facts.path = files::canonicalPath(path);
    facts.highestGenerationSeen = disk::highestGenerationSeen(facts.path);
    if (!QFileInfo::exists(facts.path)) {
        return facts;
    }
    facts.exists = true;
    Result<QByteArray> bytes = disk::readVaultFile(facts.path);
    if (!bytes) {
        return bytes.error();
    }
    Result<file::Container> container = file::parseContainer(*bytes);
    if (!container) {
        return container.error();
    }
    facts.size = bytes->size();
    facts.generation = container->generation;
    facts.keyringSlots = container->keyringSlots.size();
    facts.backups = disk::backupCount(facts.path);
    return facts;
}

} // namespace twostep::vault
