// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/Account.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>

namespace twostep::vault {

// One account as the vault keeps it.
struct VaultEntry
{
    QString id; // random UUID without braces, stable for the account's life
    otp::Account account;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    bool operator==(const VaultEntry&) const = default;
};

// Argon2id cost. Values read from a file are bounded before use (see Vault.cpp for the bounds).
struct KdfParameters
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;
    bool operator==(const KdfParameters&) const = default;
};
// What one vault file may hold; a file over a bound is refused (LimitExceeded) before any key is
// derived. Reasons and arithmetic: docs/VAULT.md, "Bounds".
namespace limits {
constexpr int kMaxPasswordSlots = 8; // Twostep writes one; room for more, each costs a key derivation
constexpr int kMaxKeyringSlots = 8;  // one per computer that remembers the vault
constexpr int kMaxOtherSlots = 8;    // slot kinds of later versions, kept as they are
// Sum of memoryKiB × iterations over the password slots one unlock may try: one slot at the
// per-slot ceiling (1 GiB × 64), so several slots never cost more than the costliest single one.
constexpr std::uint64_t kMaxKdfWorkKiB = std::uint64_t{1024} * 1024 * 64;
constexpr qsizetype kMaxAccounts = 100000;
constexpr qsizetype kMaxLabelLength = 1024; // UTF-16 units of an issuer or a name
// 100,000 accounts at up to ~470 bytes of account list each (id, times, parameters, a 64-byte
// secret and ~100 bytes of names) plus base64's third: docs/VAULT.md, "Bounds".
constexpr qsizetype kMaxFileSize = qsizetype{64} * 1024 * 1024;
} // namespace limits

KdfParameters defaultKdfParameters();      // calibrated: about 0.5 s on the 2-core reference machine
KdfParameters fastKdfParametersForTests(); // the lowest accepted cost, so tests run quickly

// `--vault PATH` wins, then TWOSTEP_VAULT, then QStandardPaths::AppDataLocation/vault.twostep.
QString resolveVaultPath(const QString& explicitPath = {});

// An unlocked vault: the decrypted entries plus the master key, bound to one file.
// Every mutation is a read-modify-write under a QLockFile: when the file's generation is newer
// than the one loaded, the vault reloads and re-applies the change instead of overwriting.
// Saves are atomic (QSaveFile), 0600, and keep the last 10 versions under backups/.
// Errors: WrongPassword, CorruptFile, UnsupportedVersion, Locked, IoError, NotFound.
//
// A change that is valid but cannot be written (disk full, read-only folder, lock held, file
// damaged on disk) can be kept in memory (SaveFailure::KeepInMemory): entries() shows it,
// hasUnsavedChanges() is true, and the next save or saveUnsavedChanges() writes it, re-applied on
// top of whatever the file holds then. It is lost only when the Vault is destroyed.
//
// Keyring slots: besides its password slot a vault may hold slots that wrap the master key with a
// random 32-byte key kept by the desktop keyring (Secret Service). The password slot always stays.
class Vault final
{
public:
    enum class SaveFailure {
        Discard,      // all or nothing: the change is dropped when the save fails (the CLI, hotp codes)
        KeepInMemory, // the change stays in memory as unsaved; `change` may run again later
    };

    // A new keyring slot: `key` goes to the keyring under `slotId`, and nowhere else.
    struct KeyringKey
    {
        QString slotId;
        SecretBytes key;
    };

    // What a master key rotation left out: slots whose key this session does not hold cannot be
    // re-wrapped and are dropped ("Remember on this computer" is off for those keyring slots).
    struct KeyRotation
    {
        QStringList droppedKeyringSlots;
        int droppedOtherSlots = 0; // password slots of other passwords, slot kinds this build does not know
    };

    // Fails (IoError) if a file already exists at `path`.
    static Result<Vault> create(const QString& path, const SecretBytes& password,
                                const KdfParameters& kdf = defaultKdfParameters());
    static Result<Vault> open(const QString& path, const SecretBytes& password);
    // Opens with a keyring slot's key; WrongPassword when the slot is gone or the key does not fit.
    static Result<Vault> openWithKeyringKey(const QString& path, const QString& slotId, const SecretBytes& key);
    static bool exists(const QString& path);
    // The keyring slots a vault file holds, read from its header without any key.
    static Result<QStringList> keyringSlotIds(const QString& path);

    Vault(Vault&&) noexcept;
    Vault& operator=(Vault&&) noexcept;
    ~Vault(); // wipes the master key and every secret

    const QString& path() const;
    std::uint64_t generation() const;
    const QList<VaultEntry>& entries() const; // in the user's order
    const VaultEntry* entry(const QString& id) const;

    // The one mutation primitive: `change` edits the entry list (it may run twice when another
    // process saved in between); returning an error aborts without saving. With KeepInMemory,
    // `change` is copied and may run again at a later save, so it must own what it captures.
    Status modify(const std::function<Status(QList<VaultEntry>&)>& change,
                  SaveFailure onFailure = SaveFailure::Discard);
    // Changes kept in memory after a failed save (see above); saveUnsavedChanges() retries.
    bool hasUnsavedChanges() const;
    qsizetype unsavedChangeCount() const; // each kept call counts once; one that no longer applies is dropped
    Status saveUnsavedChanges();

    // These keep a change that could not be saved in memory (KeepInMemory).
    Result<VaultEntry> addAccount(const otp::Account& account);
    Result<QList<VaultEntry>> addAccounts(const QList<otp::Account>& accounts);
    Status removeAccount(const QString& id);
    Status renameAccount(const QString& id, const QString& issuer, const QString& name);
    Status moveAccount(const QString& id, int newIndex);
    // hotp: returns the code for the stored counter and saves the counter + 1 (Discard: a code is
    // shown only once its counter is on disk).
    Result<QString> nextHotpCode(const QString& id);
    // Rotates the master key: a new random key, the payload re-encrypted, the password slot this
    // session opened with replaced by one for `newPassword`, the keyring slots whose keys it holds
    // re-wrapped, every other slot dropped (reported). Older copies (backups/) keep opening with
    // the password they were saved under, but nothing written from now on does.
    Result<KeyRotation> changePassword(const SecretBytes& newPassword,
                                       const KdfParameters& kdf = defaultKdfParameters());
    // Adds a keyring slot for a fresh random key (LimitExceeded at limits::kMaxKeyringSlots).
    Result<KeyringKey> addKeyringSlot();
    // Removes a keyring slot and rotates the master key as changePassword does, the password slot
    // re-wrapped with the key this session derived from the password (a slot id no longer in the
    // file changes nothing). A session opened through the keyring holds no password key:
    // WrongPassword until usePassword() gave it one.
    Result<KeyRotation> removeKeyringSlot(const QString& slotId);
    QStringList keyringSlotIds() const;
    // Keys a rotation can re-wrap with: the password slot's (held after a password unlock, or
    // after usePassword(), which runs the KDF) and keyring keys (held after an unlock through one,
    // addKeyringSlot(), or useKeyringKey(), which checks the key fits its slot: WrongPassword).
    bool holdsPasswordKey() const;
    Status usePassword(const SecretBytes& password);
    Status useKeyringKey(const QString& slotId, const SecretBytes& key);
    // usePassword() in two halves, so that its KDF can run on another thread: the function owns
    // copies of the password slots (it does not touch this Vault) and finds the key `password`
    // derives (WrongPassword if none); usePasswordKey() checks it fits and keeps it.
    struct PasswordKey
    {
        QByteArray salt; // names the slot
        SecretBytes key;
    };
    std::function<Result<PasswordKey>(const SecretBytes& password)> passwordKeyDeriver() const;
    Status usePasswordKey(const PasswordKey& derived);
    // Re-reads the file if another process saved a newer generation (the GUI's file watcher).
    Status reload();

    // ACCOUNT on the command line: an exact id, else a case-insensitive substring of
    // "issuer:name" that matches exactly one entry (NotFound / Ambiguous listing the candidates).
    Result<VaultEntry> find(const QString& query) const;

private:
    struct State;
    explicit Vault(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Writes `entries` as a new, independent vault file (the encrypted backup export): its own
// master key, its own password. Overwrites nothing: fails if `path` exists.
Status writeVaultCopy(const QString& path, const QList<VaultEntry>& entries, const SecretBytes& password,
                      const KdfParameters& kdf = defaultKdfParameters());

} // namespace twostep::vault
