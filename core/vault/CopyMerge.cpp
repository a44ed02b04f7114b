// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CopyMerge.h"

#include "vault/ConflictCopies.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>

namespace twostep::vault {

Result<OtherCopy> readOtherCopy(const QString& path, const SecretBytes& password)
{
    Result<QByteArray> bytes = disk::readVaultFile(path);
    if (!bytes) {
        return bytes.error();
    }
    Result<file::Container> container = file::parseContainer(*bytes);
    if (!container) {
        return container.error();
    }
    for (const file::PasswordSlot& slot : container->passwordSlots) {
        Result<SecretBytes> masterKey = file::unwrapSlot(slot, password);
        if (!masterKey) {
            if (masterKey.error().code != ErrorCode::WrongPassword) {
                return masterKey.error();
            }
            continue;
        }
        OtherCopy copy{path, *bytes, container->generation, {}};
        Result<QList<VaultEntry>> entries = file::openEntries(*container, *masterKey, &copy.history.tombstones);
        if (!entries) {
            return entries.error();
        }
        copy.history.entries = std::move(entries).value();
        return copy;
    }
    return makeError(ErrorCode::WrongPassword,
                     QStringLiteral("wrong password for %1").arg(QDir::toNativeSeparators(path)));
}

merge::Report previewMerge(const Vault& vault, const OtherCopy& copy)
{
    return merge::mergeHistories(merge::History{vault.entries(), vault.tombstones()}, copy.history).report;
}

Result<merge::Report> mergeCopy(Vault& vault, const OtherCopy& copy)
{
    Result<disk::KeptBackup> kept = disk::keepBackup(vault.path(), copy.bytes, copy.generation);
    if (!kept) {
        return kept.error();
    }
    merge::Report report;
    Status merged = vault.modifyWithTombstones([&](QList<VaultEntry>& entries, QList<Tombstone>& tombstones) -> Status {
        merge::Result result = merge::mergeHistories(merge::History{entries, tombstones}, copy.history);
        entries = std::move(result.merged.entries);
        tombstones = std::move(result.merged.tombstones);
        report = std::move(result.report);
        return {};
    });
    if (!merged) {
        if (kept->added) {
            QFile::remove(kept->path); // backups/ is as it was
        }
        return merged.error();
    }
    if (isConflictCopyOf(copy.path, vault.path()) && !QFile::remove(copy.path)) {
        return makeError(ErrorCode::IoError, QStringLiteral("merged, but the conflict copy %1 could not be removed")
                                                 .arg(QDir::toNativeSeparators(copy.path)));
    }
    return report;
}

} // namespace twostep::vault
