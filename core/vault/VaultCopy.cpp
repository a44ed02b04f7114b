// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The encrypted backup export (writeVaultCopy of Vault.h): a new vault file of its own.
#include "vault/Vault.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"

#include <QUuid>

namespace twostep::vault {

Status writeVaultCopy(const QString& path, const QList<VaultEntry>& entries, const SecretBytes& password,
                      const KdfParameters& kdf)
{
    // A copy may be made of entries built by hand (an export of imported accounts): give every
    // entry the times the format requires, so that the copy opens again.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<VaultEntry> stamped = entries;
    for (VaultEntry& entry : stamped) {
        if (!entry.created.isValid()) {
            entry.created = now;
        }
        if (!entry.updated.isValid()) {
            entry.updated = entry.created;
        }
        if (entry.id.isEmpty()) {
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        }
    }
    Result<file::OpenedVault> sealed = file::sealNewVault(stamped, password, kdf);
    if (!sealed) {
        return sealed.error();
    }
    Result<QString> written = disk::writeNewVaultFile(path, sealed->bytes);
    if (!written) {
        return written.error();
    }
    return {};
}

} // namespace twostep::vault
