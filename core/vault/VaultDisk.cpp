// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultDisk.h"

#include "common/FileIo.h"
#include "vault/VaultFile.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStorageInfo>
#include <QSysInfo>

#include <algorithm>
#include <cerrno>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace twostep::vault::disk {

namespace {

constexpr int kBackupsKept = 11; // the current version and the 10 before it
constexpr int kLockTimeoutMs = 5000;
constexpr int kStaleLockMs = 30000;
constexpr int kMaxBackupsOfOneGeneration = 1000;
constexpr qint64 kMaxRecordBytes = qint64{64} * 1024;
const QString kBackupsFolder = QStringLiteral("backups");

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString backupsFolder(const QString& vaultPath)
{
    return QFileInfo(vaultPath).absolutePath() + QLatin1Char('/') + kBackupsFolder;
}

QString backupName(const QString& vaultPath, std::uint64_t generation, int copy)
{
    QString name = QFileInfo(vaultPath).fileName() + QStringLiteral(".%1").arg(generation, 20, 10, QLatin1Char('0'));
    if (copy > 0) {
        name += QStringLiteral(".%1").arg(copy);
    }
    return name;
}

// NAME.<20 digits>[.<n>] → (generation, n); the file's own copies of the user's stay untouched.
QRegularExpression backupPattern(const QString& vaultPath)
{
    return QRegularExpression(QStringLiteral("^%1\\.(\\d{20})(?:\\.(\\d{1,9}))?$")
                                  .arg(QRegularExpression::escape(QFileInfo(vaultPath).fileName())));
}

struct NotWritable
{
    QString why;
    ErrorCause cause;
};

// QLockFile keeps no errno: name a full disk or a read-only folder, so the user knows what to fix.
NotWritable whyNotWritable(const QString& folder)
{
    const QStorageInfo storage(folder);
    if (storage.isValid() && storage.isReadOnly()) {
        return {QStringLiteral("the file system is read-only"), ErrorCause::ReadOnlyFileSystem};
    }
    if (storage.isValid() && storage.bytesAvailable() <= 0) {
        return {QStringLiteral("the disk is full"), ErrorCause::DiskFull};
    }
    if (!QFileInfo(folder).isWritable()) {
        return {QStringLiteral("the folder is not writable"), ErrorCause::FolderNotWritable};
    }
    return {QStringLiteral("permission denied or no space left"), ErrorCause::PermissionDenied};
}

QString recordPath(const QString& vaultPath)
{
    const QByteArray key = QCryptographicHash::hash(vaultPath.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return stateFolder() + QStringLiteral("/vaults/") + QString::fromLatin1(key) + QStringLiteral(".json");
}

constexpr qsizetype kMaxNewerCopies = 10; // the newest rollbacks' newer versions; older ones stay in backups/
const QString kNewerCopiesKey = QStringLiteral("newerCopies");

// The state record of `vaultPath`; empty when there is none (or it is another path's).
QJsonObject readRecord(const QString& vaultPath)
{
    Result<QByteArray> bytes = files::readRegularFile(recordPath(vaultPath), kMaxRecordBytes);
    if (!bytes) {
        return {};
    }
    const QJsonObject record = QJsonDocument::fromJson(*bytes).object();
    return record.value(QStringLiteral("path")).toString() == vaultPath ? record : QJsonObject{};
}

void writeRecord(const QString& vaultPath, QJsonObject record)
{
    record.insert(QStringLiteral("path"), vaultPath);
    // Best effort: without the record a rollback is still noticed within one session.
    (void)files::writeFileAtomically(recordPath(vaultPath), QJsonDocument(record).toJson(QJsonDocument::Compact));
}

} // namespace

Result<QByteArray> readVaultFile(const QString& path)
{
    Result<QByteArray> bytes = files::readRegularFile(path, file::kMaxFileSize);
    if (bytes) {
        return bytes;
    }
    switch (bytes.error().code) {
    case ErrorCode::NotFound:
        return makeError(ErrorCode::NotFound, QStringLiteral("no vault at %1").arg(native(path)), bytes.error().cause);
    case ErrorCode::InvalidInput:
        return file::tooLarge();
    default:
        return bytes.error();
    }
}

VaultLock::VaultLock(const QString& path) : m_path(path), m_lock(path + QStringLiteral(".lock"))
{
    // A dead owner's lock is stale at once; the age limit only clears a lock file a killed
    // process left empty (its owner unknown). Holders keep it for well under a second.
    m_lock.setStaleLockTime(kStaleLockMs);
}

Status VaultLock::acquire()
{
    if (m_lock.tryLock(kLockTimeoutMs)) {
        return {};
    }
    const QString lockPath = m_path + QStringLiteral(".lock");
    if (m_lock.error() == QLockFile::LockFailedError) {
        // A stale lock we could not remove: another user's, in a folder where we may not delete it.
        struct stat info
        {};
        if (::lstat(QFile::encodeName(lockPath).constData(), &info) == 0 && info.st_uid != ::geteuid()) {
            qint64 pid = 0;
            QString host;
            QString application;
            const bool known = m_lock.getLockInfo(&pid, &host, &application);
            const bool ownerGone =
                known ? host == QSysInfo::machineHostName() && pid > 0 && ::kill(static_cast<pid_t>(pid), 0) != 0 &&
                            errno == ESRCH
                      : QFileInfo(lockPath).lastModified().msecsTo(QDateTime::currentDateTime()) > kStaleLockMs;
            if (ownerGone) {
                return makeError(ErrorCode::StaleLock,
                                 QStringLiteral("a stale lock owned by another user (uid %1) blocks the vault: %2; "
                                                "that user or an administrator must remove it")
                                     .arg(info.st_uid)
                                     .arg(native(lockPath)));
            }
        }
        return makeError(ErrorCode::Locked, QStringLiteral("vault is in use by another Twostep process"));
    }
    const NotWritable notWritable = whyNotWritable(QFileInfo(m_path).absolutePath());
    return makeError(ErrorCode::IoError,
                     QStringLiteral("cannot lock %1: cannot create %2.lock (%3)")
                         .arg(native(m_path), QFileInfo(m_path).fileName(), notWritable.why),
                     notWritable.cause);
}

Result<KeptBackup> keepBackup(const QString& vaultPath, const QByteArray& bytes, std::uint64_t generation)
{
    const QDir folder(backupsFolder(vaultPath));
    for (int copy = 0; copy < kMaxBackupsOfOneGeneration; ++copy) {
        const QString path = folder.filePath(backupName(vaultPath, generation, copy));
        if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink()) {
            if (Status written = files::writeFileAtomically(path, bytes); !written) {
                return written.error();
            }
            return KeptBackup{path, true};
        }
        if (Result<QByteArray> existing = files::readRegularFile(path, file::kMaxFileSize);
            existing && *existing == bytes) {
            return KeptBackup{path, false};
        }
    }
    return makeError(ErrorCode::IoError, QStringLiteral("cannot write a backup to %1: too many copies of generation %2")
                                             .arg(native(folder.path()))
                                             .arg(generation));
}

QString backupOf(const QString& vaultPath, std::uint64_t generation)
{
    const QDir folder(backupsFolder(vaultPath));
    QString found;
    for (int copy = 0; copy < kMaxBackupsOfOneGeneration; ++copy) {
        const QString path = folder.filePath(backupName(vaultPath, generation, copy));
        if (!QFileInfo(path).isFile()) {
            break;
        }
        found = path;
    }
    return found;
}

qsizetype backupCount(const QString& vaultPath)
{
    const QRegularExpression pattern = backupPattern(vaultPath);
    const QStringList names = QDir(backupsFolder(vaultPath)).entryList(QDir::Files | QDir::Hidden);
    return std::count_if(names.cbegin(), names.cend(),
                         [&pattern](const QString& name) { return pattern.match(name).hasMatch(); });
}

void pruneBackups(const QString& vaultPath, int keep)
{
    QDir folder(backupsFolder(vaultPath));
    const QRegularExpression pattern = backupPattern(vaultPath);
    const QStringList pending = newerCopies(vaultPath); // kept until merged or dismissed
    QList<std::pair<std::pair<qulonglong, int>, QString>> backups;
    for (const QString& name : folder.entryList(QDir::Files | QDir::Hidden)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch() && !pending.contains(folder.filePath(name))) {
            backups.append({{match.captured(1).toULongLong(), match.captured(2).toInt()}, name});
        }
    }
    std::sort(backups.begin(), backups.end());
    for (qsizetype i = 0; i + keep < backups.size(); ++i) {
        folder.remove(backups.at(i).second);
    }
}

void removeSaveLeftovers(const QString& vaultPath)
{
    const QFileInfo info(vaultPath);
    QDir here(info.absolutePath());
    for (const QString& name : here.entryList(
             QStringList{files::temporaryFilePrefix(info.fileName()) + QLatin1Char('*')}, QDir::Files | QDir::Hidden)) {
        if (files::isTemporaryFileOf(name, info.fileName())) {
            here.remove(name);
        }
    }
    QDir backups(backupsFolder(vaultPath));
    const QRegularExpression pattern = backupPattern(vaultPath);
    for (const QString& name : backups.entryList(QStringList{QLatin1Char('.') + info.fileName() + QStringLiteral(".*")},
                                                 QDir::Files | QDir::Hidden)) {
        const qsizetype marker = name.lastIndexOf(QStringLiteral(".twostep-tmp-"));
        if (marker > 1 && pattern.match(name.mid(1, marker - 1)).hasMatch() &&
            files::isTemporaryFileOf(name, name.mid(1, marker - 1))) {
            backups.remove(name);
        }
    }
}

Result<QString> writeNewVaultFile(const QString& path, const QByteArray& bytes)
{
    if (Status made = files::makePrivateFolders(QFileInfo(files::canonicalPath(path)).absolutePath()); !made) {
        return made.error();
    }
    QString canonical = files::canonicalPath(path); // its folder exists now
    VaultLock lock(canonical);
    if (Status locked = lock.acquire(); !locked) {
        return locked.error();
    }
    if (files::entryExists(canonical)) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("a file already exists at %1; it was left as it is").arg(native(canonical)));
    }
    if (Status written = files::writeFileAtomically(canonical, bytes, files::Existing::Refuse); !written) {
        return written.error();
    }
    return canonical;
}

Status replaceVaultFile(const QString& vaultPath, const QByteArray& current, std::uint64_t currentGeneration,
                        const QByteArray& next, std::uint64_t nextGeneration)
{
    Result<KeptBackup> previous = keepBackup(vaultPath, current, currentGeneration);
    if (!previous) {
        return previous.error();
    }
    if (Status written = files::writeFileAtomically(vaultPath, next); !written) {
        if (previous->added) {
            QFile::remove(previous->path); // a copy of the file that stays: backups/ is as it was
        }
        return written;
    }
    // The current version is in backups/ too (best effort), so an older copy landing over it
    // later loses nothing; pruning waits until the save succeeded.
    (void)keepBackup(vaultPath, next, nextGeneration);
    pruneBackups(vaultPath, kBackupsKept);
    recordGeneration(vaultPath, nextGeneration);
    return {};
}

QString stateFolder()
{
    QString base = qEnvironmentVariable("XDG_STATE_HOME");
    if (base.isEmpty() || !QDir::isAbsolutePath(base)) {
        base = QDir::homePath() + QStringLiteral("/.local/state");
    }
    return base + QStringLiteral("/twostep");
}

std::uint64_t highestGenerationSeen(const QString& vaultPath)
{
    const qint64 generation = readRecord(vaultPath).value(QStringLiteral("highestGeneration")).toInteger(0);
    return generation > 0 ? static_cast<std::uint64_t>(generation) : 0;
}

void recordGeneration(const QString& vaultPath, std::uint64_t generation, bool reset)
{
    QJsonObject record = reset ? QJsonObject{} : readRecord(vaultPath);
    const qint64 seen = record.value(QStringLiteral("highestGeneration")).toInteger(0);
    if (!reset && generation <= static_cast<std::uint64_t>(std::max<qint64>(seen, 0))) {
        return;
    }
    record.insert(QStringLiteral("highestGeneration"), static_cast<qint64>(generation));
    writeRecord(vaultPath, record);
}

void acceptGeneration(const QString& vaultPath, std::uint64_t generation)
{
    QJsonObject record = readRecord(vaultPath);
    if (record.value(QStringLiteral("highestGeneration")).toInteger(0) > static_cast<qint64>(generation)) {
        record.insert(QStringLiteral("highestGeneration"), static_cast<qint64>(generation));
        writeRecord(vaultPath, record);
    }
}

QStringList newerCopies(const QString& vaultPath)
{
    QStringList paths;
    const QJsonArray recorded = readRecord(vaultPath).value(kNewerCopiesKey).toArray();
    for (const auto& value : recorded) {
        if (const QString path = value.toString(); !path.isEmpty() && QFileInfo(path).isFile()) {
            paths.append(path);
        }
    }
    return paths;
}

void addNewerCopy(const QString& vaultPath, const QString& copyPath)
{
    QJsonObject record = readRecord(vaultPath);
    QStringList paths = newerCopies(vaultPath);
    paths.removeAll(copyPath);
    paths.append(copyPath);
    while (paths.size() > kMaxNewerCopies) {
        paths.removeFirst();
    }
    record.insert(kNewerCopiesKey, QJsonArray::fromStringList(paths));
    writeRecord(vaultPath, record);
}

bool removeNewerCopy(const QString& vaultPath, const QString& copyPath)
{
    QStringList paths = newerCopies(vaultPath);
    if (paths.removeAll(copyPath) == 0) {
        return false;
    }
    QJsonObject record = readRecord(vaultPath);
    record.insert(kNewerCopiesKey, QJsonArray::fromStringList(paths));
    writeRecord(vaultPath, record);
    return true;
}

} // namespace twostep::vault::disk
