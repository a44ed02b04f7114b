// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/CopyMerge.h"

#include "common/FileIo.h"
#include "vault/ConflictCopies.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"
#include "vault/VaultState.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace twostep::vault {

namespace {

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// An error about the copy names the copy, so it is never taken for one about the vault.
Error aboutCopy(const QString& path, const Error& error)
{
    if (error.code == ErrorCode::NotFound || error.cause == ErrorCause::NotFound) {
        return makeError(ErrorCode::IoError, QStringLiteral("no file at %1").arg(native(path)), ErrorCause::NotFound);
    }
    if (error.detail.contains(native(path))) {
        return error;
    }
    QString detail = error.detail;
    if (detail.startsWith(QStringLiteral("vault file "))) {
        detail.replace(0, 5, QStringLiteral("the")); // "the file is damaged: …"
    }
    return makeError(error.code, QStringLiteral("%1 cannot be merged: %2").arg(native(path), detail), error.cause);
}

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
        return aboutCopy(path, bytes.error());
    }
    Result<file::Container> container = file::parseContainer(*bytes);
    if (!container) {
        return aboutCopy(path, container.error());
    }
    return CopyFile{std::move(bytes).value(), std::move(container).value()};
}

Result<OtherCopy> decryptCopy(const QString& path, const CopyFile& read, const SecretBytes& masterKey)
{
    OtherCopy copy{path, read.bytes, read.container.generation, {}};
    Result<QList<VaultEntry>> entries = file::openEntries(read.container, masterKey, &copy.history.tombstones);
    if (!entries) {
        return aboutCopy(path, entries.error());
    }
    copy.history.entries = std::move(entries).value();
    return copy;
}

Error wrongPassword(const QString& path)
{
    return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password for %1").arg(native(path)));
}

Status checkNotTheVault(const QString& copyPath, const QString& vaultPath)
{
    if (files::isSameFile(copyPath, vaultPath)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is the vault file itself (%2): there is nothing to merge into it")
                             .arg(native(copyPath), native(vaultPath)));
    }
    return {};
}

// The generation of the vault file as it is now (0 when it cannot be read).
std::uint64_t fileGeneration(const QString& vaultPath)
{
    Result<QByteArray> bytes = disk::readVaultFile(vaultPath);
    if (!bytes) {
        return 0;
    }
    Result<file::Container> container = file::parseContainer(*bytes);
    return container ? container->generation : 0;
}

// The kept newer version when the file is below the highest generation seen (a rollback that
// neither a merge nor a dismissal has settled yet), else empty.
QString wentBackFrom(const QString& vaultPath)
{
    const std::uint64_t seen = disk::highestGenerationSeen(vaultPath);
    return seen > fileGeneration(vaultPath) ? disk::backupOf(vaultPath, seen) : QString();
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
                return aboutCopy(path, masterKey.error());
            }
            continue;
        }
        return decryptCopy(path, *read, *masterKey);
    }
    return wrongPassword(path);
}

HeldKeys heldKeys(const Vault& vault)
{
    const VaultState& state = *vault.m_state;
    HeldKeys keys{state.passwordKey, state.slotSalt, {}};
    for (const HeldKeyringKey& held : state.keyringKeys) {
        keys.keyringKeys.append({held.slotId, held.key});
    }
    return keys;
}

Result<OtherCopy> readOtherCopy(const QString& path, const HeldKeys& keys)
{
    Result<CopyFile> read = readCopyFile(path);
    if (!read) {
        return read.error();
    }
    for (const file::PasswordSlot& slot : read->container.passwordSlots) {
        if (!keys.passwordKey.empty() && slot.salt == keys.slotSalt) {
            if (Result<SecretBytes> masterKey = file::unwrapSlotWithKey(slot, keys.passwordKey)) {
                return decryptCopy(path, *read, *masterKey);
            }
        }
    }
    for (const file::KeyringSlot& slot : read->container.keyringSlots) {
        for (const auto& [slotId, key] : keys.keyringKeys) {
            if (slotId != slot.id) {
                continue;
            }
            if (Result<SecretBytes> masterKey = file::unwrapSlot(slot, key)) {
                return decryptCopy(path, *read, *masterKey);
            }
        }
    }
    return wrongPassword(path);
}

Result<OtherCopy> readOtherCopy(const QString& path, const Vault& vault)
{
    return readOtherCopy(path, heldKeys(vault));
}

merge::Report previewMerge(const Vault& vault, const OtherCopy& copy)
{
    return merge::mergeHistories(merge::History{vault.entries(), vault.tombstones()}, copy.history).report;
}

Status checkOtherCopyPath(const QString& copyPath, const QString& vaultPath)
{
    if (Status other = checkNotTheVault(copyPath, vaultPath); !other) {
        return other;
    }
    if (!QFileInfo::exists(copyPath)) {
        return makeError(ErrorCode::IoError, QStringLiteral("no file at %1").arg(native(copyPath)),
                         ErrorCause::NotFound);
    }
    return {};
}

QStringList newerCopies(const QString& vaultPath)
{
    const QString canonical = files::canonicalPath(vaultPath);
    QStringList paths = disk::newerCopies(canonical);
    if (const QString kept = wentBackFrom(canonical); !kept.isEmpty() && !paths.contains(kept)) {
        paths.append(kept);
    }
    return paths;
}

bool dismissNewerCopy(const QString& vaultPath, const QString& copyPath)
{
    const QString canonical = files::canonicalPath(vaultPath);
    const QString copy = files::canonicalPath(copyPath);
    const bool listed = disk::removeNewerCopy(canonical, copy);
    if (const QString kept = wentBackFrom(canonical); kept.isEmpty() || kept != copy) {
        return listed;
    }
    // The newest version is merged or dismissed: the file as it is no longer counts as gone back.
    disk::acceptGeneration(canonical, fileGeneration(canonical));
    return true;
}

Result<merge::Report> mergeCopy(Vault& vault, const OtherCopy& copy)
{
    if (Status checked = checkNotTheVault(copy.path, vault.path()); !checked) {
        return checked.error();
    }
    Result<disk::KeptBackup> kept = disk::keepBackup(vault.path(), copy.bytes, copy.generation);
    if (!kept) {
        return kept.error();
    }
    merge::Report report;
    Status merged = vault.modifyWithTombstones(
        [&](QList<VaultEntry>& entries, QList<Tombstone>& tombstones) -> Status {
            merge::Result result = merge::mergeHistories(merge::History{entries, tombstones}, copy.history);
            report = std::move(result.report);
            if (!report.changesNothing()) { // else the vault is left as it is: nothing is written
                entries = std::move(result.merged.entries);
                tombstones = std::move(result.merged.tombstones);
            }
            return {};
        },
        copy.generation); // above both inputs, so no machine that saw the copy takes the result for a rollback
    if ((!merged || report.changesNothing()) && kept->added) {
        QFile::remove(kept->path); // backups/ is as it was
    }
    if (!merged) {
        return merged.error();
    }
    // Every account of the copy is in the vault now: it is offered no more.
    (void)dismissNewerCopy(vault.path(), copy.path);
    if (isConflictCopyOf(copy.path, vault.path()) && !QFile::remove(copy.path)) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("merged, but the conflict copy %1 could not be removed").arg(native(copy.path)));
    }
    return report;
}

} // namespace twostep::vault
