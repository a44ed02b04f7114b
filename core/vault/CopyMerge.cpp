// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CopyMerge.h"

#include "vault/ConflictCopies.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"
#include "vault/VaultState.h"

#include <QDir>
#include <QFile>

namespace twostep::vault {

namespace {

// A copy's bytes, read within the vault's limits, and the container they hold (still encrypted).
struct CopyFile
{
    QByteArray bytes;
    file::Container container;
};

Result<CopyFile> readCopyFile(const QString& path)
{
    Result<QByteArray> bytes = disk::readVaultFile(path);
    if (!bytes) {
        return bytes.error();
    }
    Result<file::Container> container = file::parseContainer(*bytes);
    if (!container) {
        return container.error();
    }
    return CopyFile{std::move(bytes).value(), std::move(container).value()};
}

Result<OtherCopy> decryptCopy(const QString& path, const CopyFile& read, const SecretBytes& masterKey)
{
    OtherCopy copy{path, read.bytes, read.container.generation, {}};
    Result<QList<VaultEntry>> entries = file::openEntries(read.container, masterKey, &copy.history.tombstones);
    if (!entries) {
        return entries.error();
    }
    copy.history.entries = std::move(entries).value();
    return copy;
}

Error wrongPassword(const QString& path)
{
    return makeError(ErrorCode::WrongPassword,
                     QStringLiteral("wrong password for %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace

Result<OtherCopy> readOtherCopy(const QString& path, const SecretBytes& password)
{
    Result<CopyFile> read = readCopyFile(path);
    if (!read) {
        return read.error();
    }
    for (const file::PasswordSlot& slot : read->container.passwordSlots) {
        Result<SecretBytes> masterKey = file::unwrapSlot(slot, password);
        if (!masterKey) {
            if (masterKey.error().code != ErrorCode::WrongPassword) {
                return masterKey.error();
            }
            continue;
        }
        return decryptCopy(path, *read, *masterKey);
    }
    return wrongPassword(path);
}

Result<OtherCopy> readOtherCopy(const QString& path, const Vault& vault)
{
    Result<CopyFile> read = readCopyFile(path);
    if (!read) {
        return read.error();
    }
    const VaultState& state = *vault.m_state;
    for (const file::PasswordSlot& slot : read->container.passwordSlots) {
        if (!state.passwordKey.empty() && slot.salt == state.slotSalt) {
            if (Result<SecretBytes> masterKey = file::unwrapSlotWithKey(slot, state.passwordKey)) {
                return decryptCopy(path, *read, *masterKey);
            }
        }
    }
    for (const file::KeyringSlot& slot : read->container.keyringSlots) {
        if (const SecretBytes* key = state.heldKeyringKey(slot.id)) {
            if (Result<SecretBytes> masterKey = file::unwrapSlot(slot, *key)) {
                return decryptCopy(path, *read, *masterKey);
            }
        }
    }
    return wrongPassword(path);
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
