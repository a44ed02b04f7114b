// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/Account.h"
#include "vault/SaveOutcome.h"
#include "vault/VaultEntry.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace twostep::vault {

struct OtherCopy;
struct HeldKeys;

// `--vault PATH` wins, then TWOSTEP_VAULT, then defaultVaultPath() (absolute, as typed).
QString resolveVaultPath(const QString& explicitPath = {});
// $XDG_DATA_HOME/twostep/vault.twostep (XDG_DATA_HOME defaults to ~/.local/share).
QString defaultVaultPath();
// Where earlier versions kept it: $XDG_DATA_HOME/twostep/twostep/vault.twostep.
QString legacyVaultPath();

// A vault moved from the legacy place to the default one (moveLegacyVault()).
struct VaultMove
{
    QString from;
    QString to;
    int backupsMoved = 0;
};
// Moves a vault at `from` (with its backups/) to `to` once, when `to` does not exist yet. At no
// moment is the vault in neither place: a rename within one file system, else a copy that is
// fsynced and renamed into place before the old file goes. After a crash in between, the next
// call finds two identical files and removes the old one; two different files are both left (an
// IoError says where). Nothing to move: an empty optional.
Result<std::optional<VaultMove>> moveLegacyVault(const QString& from = legacyVaultPath(),
                                                 const QString& to = defaultVaultPath());

// What `twostep-cli status` and the About box say about a vault file, read without any key.
struct VaultFileFacts
{
    QString path;        // canonical
    bool exists = false; // a file is there (facts below only then)
    qint64 size = 0;     // bytes
    std::uint64_t generation = 0;
    qsizetype keyringSlots = 0;
    qsizetype backups = 0;                   // files in backups/
    std::uint64_t highestGenerationSeen = 0; // by this user's Twostep at this path (0: none recorded)
};
// Errors: those of reading and parsing the file (CorruptFile, IoError for a FIFO, …).
Result<VaultFileFacts> inspectVaultFile(const QString& path);

// The vault file went back to an older generation than this user's Twostep saw at that path (an
// older copy synced or restored over it). The newer bytes, when any copy of them exists, are in
// `newerCopy` (under backups/); merging that file (mergeCopy, `twostep-cli merge`) brings them back.
// It is offered (disk::newerCopies, vault::newerCopies) until merged or dismissed, never pruned meanwhile.
struct Rollback
{
    std::uint64_t newerGeneration = 0; // the highest generation seen before
    std::uint64_t fileGeneration = 0;  // what the file holds now
    QString newerCopy;                 // a backup holding newerGeneration; empty when none is left
};

// An unlocked vault: the decrypted entries plus the master key, bound to one file.
// The path is made canonical (symlinks resolved) once: one file has one lock, one backups/ folder.
// Every mutation is a read-modify-write under a QLockFile: when the file's generation is newer
// than the one loaded, the vault reloads and re-applies the change instead of overwriting.
// Saves are atomic (files::writeFileAtomically), 0600; backups/ keeps a copy of the current
// version and of the 10 before it, and is pruned only after a save succeeded.
// Errors: WrongPassword, CorruptFile, UnsupportedVersion, Locked, StaleLock, IoError, NotFound.
//
// A change that is valid but cannot be written (disk full, read-only folder, lock held, file
// damaged on disk) can be kept in memory (SaveFailure::KeepInMemory): its SaveOutcome says
// KeptUnsaved, entries() shows it, hasUnsavedChanges() is true, and the next save or
// saveUnsavedChanges() writes it, re-applied on top of whatever the file holds then. It is lost
// only when the Vault is destroyed.
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
    const QList<Tombstone>& tombstones() const; // deletions of the last 180 days, as in the file

    // The one mutation primitive: `change` edits the entry list (it may run twice when another
    // process saved in between); returning an error aborts without saving (Refused). With
    // KeepInMemory, `change` is copied and may run again at a later save, so it must own what it
    // captures.
    SaveOutcome<> modify(const std::function<Status(QList<VaultEntry>&)>& change,
                         SaveFailure onFailure = SaveFailure::Discard);
    // `change` edits the entries and the tombstones together (a merge of another copy); Discard.
    // Entries it removes without a tombstone get one dated now, as with modify(). When it changes
    // anything, the generation written is above `aboveGeneration` too (the merged copy's).
    SaveOutcome<> modifyWithTombstones(const std::function<Status(QList<VaultEntry>&, QList<Tombstone>&)>& change,
                                       std::uint64_t aboveGeneration = 0);
    // Changes kept in memory after a failed save (see above); saveUnsavedChanges() retries
    // (Saved when none are left, KeptUnsaved when the save failed again).
    bool hasUnsavedChanges() const;
    qsizetype unsavedChangeCount() const; // each kept call counts once; one that no longer applies is dropped
    SaveOutcome<> saveUnsavedChanges();

    // These keep a change that could not be saved in memory (KeepInMemory).
    SaveOutcome<VaultEntry> addAccount(const otp::Account& account);
    SaveOutcome<QList<VaultEntry>> addAccounts(const QList<otp::Account>& accounts);
    SaveOutcome<> removeAccount(const QString& id);
    SaveOutcome<> renameAccount(const QString& id, const QString& issuer, const QString& name);
    SaveOutcome<> moveAccount(const QString& id, int newIndex);
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
    // The last rollback that open(), reload() or a save found (see Rollback), once: the call
    // clears it. The newer bytes this session had were kept under backups/ before the older file
    // was adopted; the next save continues above the highest generation seen.
    std::optional<Rollback> takeRollback();

    // ACCOUNT on the command line: an exact id, else the one entry whose "issuer:name" holds
    // `query` (case-insensitive) or whose issuer's initials are `query` ("aws" for "Amazon Web
    // Services"); NotFound when none matches, Ambiguous listing the candidates when several do.
    Result<VaultEntry> find(const QString& query) const;

private:
    friend HeldKeys heldKeys(const Vault& vault);
    struct State;
    explicit Vault(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

// Writes `entries` as a new, independent vault file (the encrypted backup export): its own
// master key, its own password. Overwrites nothing: fails if `path` exists.
Status writeVaultCopy(const QString& path, const QList<VaultEntry>& entries, const SecretBytes& password,
                      const KdfParameters& kdf = defaultKdfParameters());

} // namespace twostep::vault
