// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"
#include "vault/VaultMerge.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>

// Merging another copy of a vault file (a conflict copy, a backup, a rolled-back newer version)
// into the open vault: VaultMerge's rules applied under the vault's lock (docs/SYNC.md).
namespace twostep::vault {

struct OtherCopy
{
    QString path;
    QByteArray bytes; // as read, still encrypted
    std::uint64_t generation = 0;
    merge::History history;
};

// Reads and decrypts the vault file at `path` with `password` (any of its password slots).
// WrongPassword, CorruptFile, UnsupportedVersion, LimitExceeded as Vault::open, each naming `path`
// ("PATH cannot be merged: the file is damaged: …"); a missing file is IoError "no file at PATH"
// (cause NotFound).
Result<OtherCopy> readOtherCopy(const QString& path, const SecretBytes& password);
// The keys an open vault holds (its password's KDF output, its keyring keys), copied out so a copy
// can be opened with them on another thread while the vault goes on.
struct HeldKeys
{
    SecretBytes passwordKey;                            // may be empty
    QByteArray slotSalt;                                // the password slot passwordKey opens
    QList<std::pair<QString, SecretBytes>> keyringKeys; // slot id, key
};
HeldKeys heldKeys(const Vault& vault);
// The same with the keys the open `vault` holds, so no password is asked and no KDF runs;
// WrongPassword when the copy has none of those slots (its password was changed apart).
Result<OtherCopy> readOtherCopy(const QString& path, const HeldKeys& keys);
Result<OtherCopy> readOtherCopy(const QString& path, const Vault& vault);

// InvalidInput when `copyPath` is the vault file itself (same device and inode: also a symlink or a
// hard link to it), IoError (cause NotFound) when nothing is there. Cheap: check it before asking.
Status checkOtherCopyPath(const QString& copyPath, const QString& vaultPath);

// The newer versions rollbacks of the vault at `vaultPath` replaced, still to be merged back
// (offered by every command and the window until merged or dismissed, never pruned meanwhile).
QStringList newerCopies(const QString& vaultPath);
// Stops offering `copyPath` (it stays in backups/ and is pruned as any backup); false when it was not offered.
bool dismissNewerCopy(const QString& vaultPath, const QString& copyPath);

// What merging `copy` into `vault` would change now; nothing is written.
merge::Report previewMerge(const Vault& vault, const OtherCopy& copy);

// Merges `copy` into `vault` in one atomic save under the vault's lock (re-reading the file
// first), the version it replaces kept under backups/ as every save does, and the copy's bytes
// kept there too, before anything is written. Only then, and only when `copy` is a conflict copy
// of the vault (isConflictCopyOf), is the conflict copy itself removed; a newer copy a rollback
// replaced is offered no more. When the merge adds, updates and removes nothing
// (Report::changesNothing) nothing is written, no backup kept: the copy holds nothing the vault
// lacks, so it is removed or no longer offered the same way. Merging the vault file into itself
// is refused (checkOtherCopyPath). On failure nothing changes.
Result<merge::Report> mergeCopy(Vault& vault, const OtherCopy& copy);

} // namespace twostep::vault
