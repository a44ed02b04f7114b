// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <cstdint>

// The copies a file-syncing tool leaves beside a vault when two computers changed it apart
// (docs/SYNC.md). Found by name only; nothing here opens, moves or deletes a file.
namespace twostep::vault {

struct ConflictCopy
{
    enum class Tool { Syncthing, Nextcloud, Dropbox };
    QString path; // absolute
    Tool tool;
    bool operator==(const ConflictCopy&) const = default;
};

// Conflict copies of the vault at `vaultPath` in its folder, and of its backups in backups/, in
// the three shapes (for vault.twostep):
//   Syncthing  vault.sync-conflict-20261130-061500-ABCDEF7.twostep
//   Nextcloud  vault (conflicted copy 2026-11-30 061500).twostep
//   Dropbox    vault (alice's conflicted copy 2026-11-30).twostep
// Sorted by path. A file of any other name (vault (copy).twostep, vault.twostep.bak) is never listed.
QList<ConflictCopy> findConflictCopies(const QString& vaultPath);
// The newest backup of `generation` (empty when none is left): after a rollback, the newer
// version the older file replaced, to be merged like a conflict copy.
QString backupOfGeneration(const QString& vaultPath, std::uint64_t generation);
// Whether `path` is one of findConflictCopies(vaultPath).
bool isConflictCopyOf(const QString& path, const QString& vaultPath);

} // namespace twostep::vault
