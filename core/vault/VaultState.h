// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/SaveOutcome.h"
#include "vault/Vault.h"
#include "vault/VaultFile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Internal to core/vault: what an unlocked Vault holds, and its one locked read-modify-write.
namespace twostep::vault {

using EntryChange = std::function<Status(QList<VaultEntry>&)>;
using ContainerChange = std::function<Status(file::Container&)>;
using HistoryChange = std::function<Status(QList<VaultEntry>&, QList<Tombstone>&)>;

// A keyring slot's key this session holds, so a key rotation can wrap the new master key for it.
struct HeldKeyringKey
{
    QString slotId;
    SecretBytes key;
};

// A password slot already wrapping a new master key, and the KDF output that opens it.
struct NewPasswordSlot
{
    file::PasswordSlot slot;
    SecretBytes passwordKey;
};

struct VaultState
{
    QString path; // canonical
    SecretBytes masterKey;
    SecretBytes passwordKey; // the KDF output that opens the password slot `slotSalt` names; may be empty
    QList<HeldKeyringKey> keyringKeys;
    file::Container container;        // header of the file as last read or written
    QByteArray fileBytes;             // that file's bytes (all encrypted): unchanged bytes need no decryption
    QByteArray slotSalt;              // identifies the password slot this session was opened with
    QList<VaultEntry> entries;        // as in the file
    QList<Tombstone> tombstones;      // as in the file
    QList<EntryChange> unsaved;       // applied in memory only, after a failed save
    QList<VaultEntry> working;        // entries with the unsaved changes applied
    std::optional<Rollback> rollback; // found since the last takeRollback()

    const QList<VaultEntry>& shown() const { return unsaved.isEmpty() ? entries : working; }
    const SecretBytes* heldKeyringKey(const QString& slotId) const;

    // Takes over a vault just opened or created at canonical `vaultPath`; notices a rollback.
    Status adopt(const QString& vaultPath, file::OpenedVault opened);
    // Adopts the file's current content if another process saved since we last looked.
    Status refresh(const QByteArray& bytes);

    // Lock, re-read (a file that fails to open is never overwritten), apply the unsaved changes
    // and then this one, save, unlock. A valid change whose save fails is kept in memory when
    // `onFailure` says so. `newMasterKey`: the payload is sealed under it (a key rotation).
    SaveOutcome<> save(const EntryChange& change, const ContainerChange& containerChange, Vault::SaveFailure onFailure,
                       const SecretBytes* newMasterKey = nullptr);

    // Saves `change` to the entries and tombstones together (a merge), after the unsaved changes;
    // all or nothing. Entries it removes without a tombstone get one dated now, as with save().
    // When `change` changes anything, the generation written is above `aboveGeneration` too.
    Status saveHistory(const HistoryChange& change, std::uint64_t aboveGeneration = 0);

    // Rotates the master key under the lock: the payload re-encrypted under a new random key, the
    // password slot this session knows replaced by `newPassword` (or re-wrapped when none is
    // given), the keyring slots it holds keys for re-wrapped, `removedKeyringSlot` and every
    // slot it cannot re-wrap left out and reported.
    Result<Vault::KeyRotation> rotateKey(std::optional<NewPasswordSlot> newPassword, SecretBytes newMasterKey,
                                         const QString& removedKeyringSlot);

private:
    void replayUnsaved(QList<VaultEntry>& base);
    Status noticeRollback(std::uint64_t fileGeneration);
    Result<SecretBytes> rotatedKey(const file::Container& current, const Error& failure) const;
    Status readModifyWrite(const std::function<Status(file::Container&, QList<VaultEntry>&, QList<Tombstone>&)>& change,
                           const SecretBytes* newMasterKey);
};

// Vault's state is this, so that Vault.h names no internal type.
struct Vault::State : VaultState
{};

} // namespace twostep::vault
