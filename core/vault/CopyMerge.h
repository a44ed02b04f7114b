// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"
#include "vault/VaultMerge.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

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
// WrongPassword, CorruptFile, UnsupportedVersion, LimitExceeded, NotFound as Vault::open.
Result<OtherCopy> readOtherCopy(const QString& path, const SecretBytes& password);
// The same with the keys the open `vault` holds (its password's KDF output, its keyring keys), so
// no password is asked and no KDF runs; WrongPassword when the copy has none of those slots (its
// password was changed apart).
Result<OtherCopy> readOtherCopy(const QString& path, const Vault& vault);

// What merging `copy` into `vault` would change now; nothing is written.
merge::Report previewMerge(const Vault& vault, const OtherCopy& copy);

// Merges `copy` into `vault` in one atomic save under the vault's lock (re-reading the file
// first), the version it replaces kept under backups/ as every save does, and the copy's bytes
// kept there too, before anything is written. Only then, and only when `copy` is a conflict copy
// of the vault (isConflictCopyOf), is the conflict copy itself removed. On failure nothing changes.
Result<merge::Report> mergeCopy(Vault& vault, const OtherCopy& copy);

} // namespace twostep::vault
