// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QLockFile>
#include <QString>
#include <QStringList>

#include <cstdint>

// Internal to core/vault: what a vault keeps on disk besides its file. All paths are canonical
// (files::canonicalPath), so one vault has one lock, one backups/ folder and one state record.
namespace twostep::vault::disk {

// The vault file's bytes (a regular file only, at most file::kMaxFileSize).
// NotFound "no vault at PATH", CorruptFile when too large, IoError otherwise.
Result<QByteArray> readVaultFile(const QString& path);

// PATH.lock, held for each read-modify-write of one vault file.
class VaultLock final
{
public:
    explicit VaultLock(const QString& path);
    // Locked when another live process holds it; StaleLock when a dead process of another user
    // left it where we cannot remove it (a shared folder); IoError when it cannot be created.
    Status acquire();

private:
    QString m_path;
    QLockFile m_lock;
};

// backups/NAME.<generation, 20 digits>[.<n>]: copies of the vault file, still encrypted.
struct KeptBackup
{
    QString path;
    bool added = false; // false: a backup with these exact bytes was already there
};
// Keeps `bytes` as the backup of `generation`. An existing backup with other bytes is never
// replaced: the new one gets the next free ".<n>" name.
Result<KeptBackup> keepBackup(const QString& vaultPath, const QByteArray& bytes, std::uint64_t generation);
// The newest backup of `generation`, or an empty string.
QString backupOf(const QString& vaultPath, std::uint64_t generation);
qsizetype backupCount(const QString& vaultPath);
// Removes all but the newest `keep` backups (by generation, then ".<n>").
void pruneBackups(const QString& vaultPath, int keep);
// Removes the temporary files a killed save left beside the vault and under backups/ (only
// writeFileAtomically's ".NAME….twostep-tmp-XXXXXX" names). Call it under the lock.
void removeSaveLeftovers(const QString& vaultPath);

// Writes the bytes of a new vault at `path`, under its lock, its folders made 0700: IoError when
// anything is there already (nothing is replaced). Returns the canonical path.
Result<QString> writeNewVaultFile(const QString& path, const QByteArray& bytes);
// Replaces the vault file's `current` bytes with `next` (call it under the lock): `current` kept in
// backups/ first (taken out again when the write fails), the atomic write, `next` kept too, all but
// the newest 11 backups pruned, `nextGeneration` recorded.
Status replaceVaultFile(const QString& vaultPath, const QByteArray& current, std::uint64_t currentGeneration,
                        const QByteArray& next, std::uint64_t nextGeneration);

// The highest generation this user's Twostep has seen at `vaultPath`, kept outside the vault in
// $XDG_STATE_HOME/twostep/vaults/ (path and number only), so a file that goes back is noticed.
std::uint64_t highestGenerationSeen(const QString& vaultPath);
// Raises the record to `generation` (or sets it, with `reset`, for a newly created vault).
void recordGeneration(const QString& vaultPath, std::uint64_t generation, bool reset = false);
// Lowers the record to `generation` (the file's, a rollback the user merged or dismissed): the file
// as it is no longer counts as gone back. The newer copies listed stay listed.
void acceptGeneration(const QString& vaultPath, std::uint64_t generation);
// The newer versions rollbacks replaced (backups, absolute paths) not yet merged back or dismissed,
// oldest first: reported by every command and the window until then, and never pruned meanwhile.
QStringList newerCopies(const QString& vaultPath);
void addNewerCopy(const QString& vaultPath, const QString& copyPath);
// False when `copyPath` was not one of them.
bool removeNewerCopy(const QString& vaultPath, const QString& copyPath);
QString stateFolder();

} // namespace twostep::vault::disk
