// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "common/FileIo.h"
#include "otp/OtpGenerator.h"
#include "vault/Tombstones.h"
#include "vault/VaultCrypto.h"
#include "vault/VaultDisk.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>
#include <optional>
#include <utility>

namespace twostep::vault {

namespace {

constexpr int kBackupsKept = 11; // the current version and the 10 before it

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Status checkNewKdf(const KdfParameters& kdf)
{
    if (Status bounds = crypto::checkKdfBounds(kdf); !bounds) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("Argon2 parameters out of range: ") +
                                                      bounds.error().detail.section(QStringLiteral(": "), 1));
    }
    return {};
}

Error notFoundId(const QString& id)
{
    return makeError(ErrorCode::NotFound, QStringLiteral("no account with id %1").arg(id));
}

// A save that would write a file the reader refuses fails instead.
Result<QByteArray> serializeBounded(const file::Container& container)
{
    QByteArray out = file::serializeContainer(container);
    if (out.size() > limits::kMaxFileSize) {
        return makeError(ErrorCode::LimitExceeded,
                         QStringLiteral("the vault would grow to %1 MiB; it may hold at most %2 MiB")
                             .arg(out.size() / (qsizetype{1024} * 1024))
                             .arg(limits::kMaxFileSize / (qint64{1024} * 1024)));
    }
    return out;
}

Error keyChangedElsewhere()
{
    return makeError(ErrorCode::WrongPassword,
                     QStringLiteral("another session changed the vault's password or key since it was unlocked here: "
                                    "lock it and unlock it with the current password"));
}

} // namespace

KdfParameters defaultKdfParameters()
{
    // Calibrated with tests/bench/vault_bench.sh: about 0.5 s on the 2-core reference machine.
    return KdfParameters{64 * 1024, 3, 2};
}

KdfParameters fastKdfParametersForTests()
{
    return KdfParameters{crypto::kMinMemoryKiB, crypto::kMinIterations, crypto::kMinParallelism};
}

namespace {

using EntryChange = std::function<Status(QList<VaultEntry>&)>;
using ContainerChange = std::function<Status(file::Container&)>;

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

struct VaultData
{
    QString path;
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

    // Re-applies the unsaved changes to `base`; one that no longer applies (its account was
    // removed meanwhile) is dropped.
    void replayUnsaved(QList<VaultEntry>& base)
    {
        for (qsizetype i = 0; i < unsaved.size();) {
            QList<VaultEntry> next = base;
            if (unsaved.at(i)(next)) {
                base = std::move(next);
                ++i;
            } else {
                unsaved.removeAt(i);
            }
        }
    }

    // A file older than the highest generation seen: the newer bytes this session holds go to
    // backups/ before the older file is adopted (if that fails, nothing is adopted).
    Status noticeRollback(std::uint64_t fileGeneration)
    {
        const bool sessionHasNewer = !fileBytes.isEmpty() && container.generation > fileGeneration;
        const std::uint64_t newest =
            std::max(disk::highestGenerationSeen(path), sessionHasNewer ? container.generation : 0);
        if (fileGeneration >= newest) {
            disk::recordGeneration(path, fileGeneration);
            return {};
        }
        QString newerCopy;
        if (sessionHasNewer && container.generation == newest) {
            Result<disk::KeptBackup> kept = disk::keepBackup(path, fileBytes, container.generation);
            if (!kept) {
                return kept.error();
            }
            newerCopy = kept->path;
        } else {
            newerCopy = disk::backupOf(path, newest);
        }
        disk::recordGeneration(path, newest);
        rollback = Rollback{newest, fileGeneration, newerCopy};
        return {};
    }

    // Adopts the file's current content if another process saved since we last looked.
    Status refresh(const QByteArray& bytes)
    {
        if (bytes == fileBytes) {
            return {};
        }
        Result<file::Container> current = file::parseContainer(bytes);
        if (!current) {
            return current.error();
        }
        QList<Tombstone> freshTombstones;
        Result<QList<VaultEntry>> fresh = file::openEntries(*current, masterKey, &freshTombstones);
        if (!fresh) {
            Result<SecretBytes> rotated = rotatedKey(*current, fresh.error());
            if (!rotated) {
                return rotated.error();
            }
            fresh = file::openEntries(*current, *rotated, &freshTombstones);
            if (!fresh) {
                return fresh.error();
            }
            masterKey = std::move(rotated).value();
        }
        if (Status noticed = noticeRollback(current->generation); !noticed) {
            return noticed;
        }
        container = std::move(current).value();
        entries = std::move(fresh).value();
        tombstones = std::move(freshTombstones);
        fileBytes = bytes;
        if (!unsaved.isEmpty()) {
            working = entries;
            replayUnsaved(working);
        }
        return {};
    }

    // The master key another session rotated to, if a key this one holds still opens a slot of
    // `current` (it removed a keyring slot); else `failure`, or keyChangedElsewhere() when the
    // slots no longer hold the key this session knows.
    Result<SecretBytes> rotatedKey(const file::Container& current, const Error& failure) const
    {
        std::optional<SecretBytes> found;
        for (const file::PasswordSlot& slot : current.passwordSlots) {
            if (!passwordKey.empty() && slot.salt == slotSalt) {
                if (Result<SecretBytes> key = file::unwrapSlotWithKey(slot, passwordKey)) {
                    found = std::move(key).value();
                }
            }
        }
        for (const file::KeyringSlot& slot : current.keyringSlots) {
            for (const HeldKeyringKey& held : keyringKeys) {
                if (!found && held.slotId == slot.id) {
                    if (Result<SecretBytes> key = file::unwrapSlot(slot, held.key)) {
                        found = std::move(key).value();
                    }
                }
            }
        }
        if (!found) {
            return keyChangedElsewhere();
        }
        if (*found == masterKey) {
            return failure; // the key is unchanged: the payload itself is damaged
        }
        return std::move(*found);
    }

    // Lock, re-read (a file that fails to open is never overwritten), apply the unsaved changes
    // and then this one, save, unlock. A valid change whose save fails is kept in memory when
    // `onFailure` says so.
    Status save(const EntryChange& change, const ContainerChange& containerChange, Vault::SaveFailure onFailure,
                const SecretBytes* newMasterKey = nullptr)
    {
        bool changeRejected = false;
        Status saved = readModifyWrite(
            [&](file::Container& next, QList<VaultEntry>& edited, QList<Tombstone>&) -> Status {
                replayUnsaved(edited);
                if (change) {
                    // A change over a bound never fits in a later save either: rejected, not kept.
                    Status changed = change(edited);
                    if (changed) {
                        changed = file::checkEntryBounds(edited);
                    }
                    if (!changed) {
                        changeRejected = true;
                        return changed;
                    }
                }
                if (containerChange) {
                    if (Status changed = containerChange(next); !changed) {
                        changeRejected = true;
                        return changed;
                    }
                }
                return {};
            },
            newMasterKey);
        if (saved) {
            unsaved.clear();
            working.clear();
            return saved;
        }
        if (changeRejected || !change || onFailure != Vault::SaveFailure::KeepInMemory) {
            return saved;
        }
        QList<VaultEntry> inMemory = shown();
        if (!change(inMemory)) {
            return saved;
        }
        unsaved.append(change);
        working = std::move(inMemory);
        return saved;
    }

    // Rotates the master key under the lock: the payload re-encrypted under a new random key, the
    // password slot this session knows replaced by `newPassword` (or re-wrapped when none is
    // given), the keyring slots it holds keys for re-wrapped, `removedKeyringSlot` and every
    // slot it cannot re-wrap left out and reported.
    Result<Vault::KeyRotation> rotateKey(std::optional<NewPasswordSlot> newPassword, SecretBytes newMasterKey,
                                         const QString& removedKeyringSlot)
    {
        if (newMasterKey.empty()) {
            newMasterKey = crypto::randomKey();
        }
        if (newMasterKey.empty()) {
            return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
        }
        Vault::KeyRotation report;
        Status saved = save(
            {},
            [&](file::Container& next) -> Status {
                report = {};
                QList<file::PasswordSlot> passwordSlots;
                if (newPassword) {
                    passwordSlots.append(newPassword->slot);
                    report.droppedOtherSlots += static_cast<int>(next.passwordSlots.size()) - 1;
                } else {
                    for (file::PasswordSlot slot : next.passwordSlots) {
                        if (passwordKey.empty() || slot.salt != slotSalt) {
                            ++report.droppedOtherSlots;
                        } else if (Status rewrapped = file::rewrapSlot(slot, newMasterKey, passwordKey); !rewrapped) {
                            return rewrapped;
                        } else {
                            passwordSlots.append(slot);
                        }
                    }
                }
                if (passwordSlots.isEmpty()) {
                    return keyChangedElsewhere();
                }
                QList<file::KeyringSlot> keyringSlots;
                for (file::KeyringSlot slot : next.keyringSlots) {
                    if (slot.id == removedKeyringSlot) {
                        continue;
                    }
                    const SecretBytes* held = heldKeyringKey(slot.id);
                    if (!held) {
                        report.droppedKeyringSlots.append(slot.id);
                    } else if (Status rewrapped = file::rewrapSlot(slot, newMasterKey, *held); !rewrapped) {
                        return rewrapped;
                    } else {
                        keyringSlots.append(slot);
                    }
                }
                report.droppedOtherSlots += static_cast<int>(next.otherSlots.size());
                next.passwordSlots = passwordSlots;
                next.keyringSlots = keyringSlots;
                next.otherSlots.clear();
                return {};
            },
            Vault::SaveFailure::Discard, &newMasterKey);
        if (!saved) {
            return saved.error();
        }
        if (newPassword) {
            passwordKey = std::move(newPassword->passwordKey);
            slotSalt = newPassword->slot.salt;
        }
        keyringKeys.removeIf([this](const HeldKeyringKey& held) {
            return std::none_of(container.keyringSlots.cbegin(), container.keyringSlots.cend(),
                                [&held](const file::KeyringSlot& slot) { return slot.id == held.slotId; });
        });
        return report;
    }

    const SecretBytes* heldKeyringKey(const QString& slotId) const
    {
        for (const HeldKeyringKey& held : keyringKeys) {
            if (held.slotId == slotId) {
                return &held.key;
            }
        }
        return nullptr;
    }

    // `newMasterKey`: the payload is sealed under it (a key rotation) and it replaces masterKey.
    Status readModifyWrite(const std::function<Status(file::Container&, QList<VaultEntry>&, QList<Tombstone>&)>& change,
                           const SecretBytes* newMasterKey = nullptr)
    {
        disk::VaultLock lock(path);
        if (Status locked = lock.acquire(); !locked) {
            return locked;
        }
        disk::removeSaveLeftovers(path);
        Result<QByteArray> bytes = disk::readVaultFile(path);
        if (!bytes) {
            return bytes.error();
        }
        if (Status refreshed = refresh(*bytes); !refreshed) {
            return refreshed;
        }
        file::Container next = container;
        QList<VaultEntry> edited = entries;
        QList<Tombstone> deleted = tombstones;
        if (Status changed = change(next, edited, deleted); !changed) {
            return changed;
        }
        deleted = file::tombstonesAfter(std::move(deleted), entries, edited, QDateTime::currentDateTimeUtc());
        // Above every generation seen, so a file that went back is never saved under a number in use.
        next.generation = std::max(container.generation, disk::highestGenerationSeen(path)) + 1;
        if (Status sealed = file::sealEntries(next, newMasterKey ? *newMasterKey : masterKey, edited, deleted);
            !sealed) {
            return sealed;
        }
        Result<QByteArray> serialized = serializeBounded(next);
        if (!serialized) {
            return serialized.error();
        }
        const QByteArray out = std::move(serialized).value();
        Result<disk::KeptBackup> previous = disk::keepBackup(path, fileBytes, container.generation);
        if (!previous) {
            return previous.error();
        }
        if (Status written = files::writeFileAtomically(path, out); !written) {
            if (previous->added) {
                QFile::remove(previous->path); // a copy of the file that stays: backups/ is as it was
            }
            return written;
        }
        // The current version is in backups/ too (best effort), so an older copy landing over it
        // later loses nothing; pruning waits until the save succeeded.
        (void)disk::keepBackup(path, out, next.generation);
        disk::pruneBackups(path, kBackupsKept);
        disk::recordGeneration(path, next.generation);
        container = std::move(next);
        entries = std::move(edited);
        tombstones = std::move(deleted);
        fileBytes = out;
        if (newMasterKey) {
            masterKey = *newMasterKey;
        }
        return {};
    }

    Status writeNew(const QString& newPath, const SecretBytes& password, const KdfParameters& kdf,
                    const QList<VaultEntry>& initial)
    {
        if (password.empty()) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is empty"));
        }
        if (Status valid = checkNewKdf(kdf); !valid) {
            return valid;
        }
        VaultData* state = this;
        state->path = files::canonicalPath(newPath);
        state->masterKey = crypto::randomKey();
        if (state->masterKey.empty()) {
            return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
        }
        Result<file::PasswordSlot> slot = file::makePasswordSlot(state->masterKey, password, kdf, &state->passwordKey);
        if (!slot) {
            return slot.error();
        }
        state->container.generation = 1;
        state->container.passwordSlots.append(*slot);
        state->slotSalt = slot->salt;
        if (Status sealed = file::sealEntries(state->container, state->masterKey, initial); !sealed) {
            return sealed;
        }
        Result<QByteArray> serialized = serializeBounded(state->container);
        if (!serialized) {
            return serialized.error();
        }
        state->fileBytes = std::move(serialized).value();
        state->entries = initial;

        if (Status made = files::makePrivateFolders(QFileInfo(state->path).absolutePath()); !made) {
            return made;
        }
        state->path = files::canonicalPath(newPath); // its folder exists now
        disk::VaultLock lock(state->path);
        if (Status locked = lock.acquire(); !locked) {
            return locked;
        }
        if (files::entryExists(state->path)) {
            return makeError(ErrorCode::IoError, QStringLiteral("a file already exists at %1; it was left as it is")
                                                     .arg(QDir::toNativeSeparators(state->path)));
        }
        if (Status written = files::writeFileAtomically(state->path, state->fileBytes, files::Existing::Refuse);
            !written) {
            return written;
        }
        return {};
    }
};

} // namespace

struct Vault::State : VaultData
{};

Vault::Vault(std::unique_ptr<State> state) : m_state(std::move(state)) {}
Vault::Vault(Vault&&) noexcept = default;
Vault& Vault::operator=(Vault&&) noexcept = default;
Vault::~Vault() = default;

Result<Vault> Vault::create(const QString& path, const SecretBytes& password, const KdfParameters& kdf)
{
    auto state = std::make_unique<State>();
    if (Status written = state->writeNew(path, password, kdf, {}); !written) {
        return written.error();
    }
    disk::recordGeneration(state->path, state->container.generation, true); // a new vault starts over
    return Vault(std::move(state));
}

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
    VaultData copy;
    return copy.writeNew(path, password, kdf, stamped);
}

namespace {

Result<file::Container> readContainer(const QString& path, QByteArray& bytes)
{
    Result<QByteArray> read = disk::readVaultFile(path);
    if (!read) {
        return read.error();
    }
    bytes = std::move(read).value();
    return file::parseContainer(bytes);
}

// Reads the file at `path` into `state` with the master key that `unwrap` finds in its slots.
Status unlockInto(VaultData& state, const QString& path,
                  const std::function<Result<SecretBytes>(const file::Container&)>& unwrap)
{
    state.path = files::canonicalPath(path);
    QByteArray bytes;
    Result<file::Container> container = readContainer(state.path, bytes);
    if (!container) {
        return container.error();
    }
    Result<SecretBytes> masterKey = unwrap(*container);
    if (!masterKey) {
        return masterKey.error();
    }
    state.masterKey = std::move(masterKey).value();
    return state.refresh(bytes);
}

} // namespace

Result<Vault> Vault::open(const QString& path, const SecretBytes& password)
{
    auto state = std::make_unique<State>();
    Status unlocked = unlockInto(*state, path, [&](const file::Container& container) -> Result<SecretBytes> {
        Error lastError = makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
        for (const file::PasswordSlot& slot : container.passwordSlots) {
            Result<SecretBytes> key = file::unwrapSlot(slot, password, &state->passwordKey);
            if (key) {
                state->slotSalt = slot.salt;
                return key;
            }
            lastError = key.error();
        }
        return lastError;
    });
    if (!unlocked) {
        return unlocked.error();
    }
    return Vault(std::move(state));
}

Result<Vault> Vault::openWithKeyringKey(const QString& path, const QString& slotId, const SecretBytes& key)
{
    auto state = std::make_unique<State>();
    Status unlocked = unlockInto(*state, path, [&](const file::Container& container) -> Result<SecretBytes> {
        for (const file::KeyringSlot& slot : container.keyringSlots) {
            if (slot.id == slotId) {
                state->keyringKeys.append(HeldKeyringKey{slotId, key});
                return file::unwrapSlot(slot, key);
            }
        }
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the vault no longer has this keyring slot"));
    });
    if (!unlocked) {
        return unlocked.error();
    }
    return Vault(std::move(state));
}

Result<QStringList> Vault::keyringSlotIds(const QString& path)
{
    QByteArray bytes;
    Result<file::Container> container = readContainer(files::canonicalPath(path), bytes);
    if (!container) {
        return container.error();
    }
    QStringList ids;
    for (const file::KeyringSlot& slot : container->keyringSlots) {
        ids.append(slot.id);
    }
    return ids;
}

bool Vault::exists(const QString& path)
{
    return QFileInfo::exists(path);
}

const QString& Vault::path() const
{
    return m_state->path;
}

std::uint64_t Vault::generation() const
{
    return m_state->container.generation;
}

const QList<VaultEntry>& Vault::entries() const
{
    return m_state->shown();
}

const VaultEntry* Vault::entry(const QString& id) const
{
    for (const VaultEntry& candidate : m_state->shown()) {
        if (candidate.id == id) {
            return &candidate;
        }
    }
    return nullptr;
}

Status Vault::modify(const std::function<Status(QList<VaultEntry>&)>& change, SaveFailure onFailure)
{
    return m_state->save(change, {}, onFailure);
}

const QList<Tombstone>& Vault::tombstones() const
{
    return m_state->tombstones;
}

Status Vault::modifyWithTombstones(const std::function<Status(QList<VaultEntry>&, QList<Tombstone>&)>& change)
{
    Status saved =
        m_state->readModifyWrite([&](file::Container&, QList<VaultEntry>& edited, QList<Tombstone>& deleted) {
            m_state->replayUnsaved(edited);
            return change(edited, deleted);
        });
    if (saved) {
        m_state->unsaved.clear();
        m_state->working.clear();
    }
    return saved;
}

bool Vault::hasUnsavedChanges() const
{
    return !m_state->unsaved.isEmpty();
}

qsizetype Vault::unsavedChangeCount() const
{
    return m_state->unsaved.size();
}

Status Vault::saveUnsavedChanges()
{
    if (m_state->unsaved.isEmpty()) {
        return {};
    }
    return m_state->save({}, {}, SaveFailure::KeepInMemory);
}

Result<Vault::KeyringKey> Vault::addKeyringSlot()
{
    SecretBytes key = crypto::randomKey();
    if (key.empty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<file::KeyringSlot> slot = file::makeKeyringSlot(m_state->masterKey, key);
    if (!slot) {
        return slot.error();
    }
    Status saved = m_state->save(
        {},
        [&slot](file::Container& container) -> Status {
            if (container.keyringSlots.size() >= limits::kMaxKeyringSlots) {
                return makeError(ErrorCode::LimitExceeded,
                                 QStringLiteral("the vault already has %1 keyring slots, the most it may have")
                                     .arg(limits::kMaxKeyringSlots));
            }
            container.keyringSlots.append(*slot);
            return Status{};
        },
        SaveFailure::Discard);
    if (!saved) {
        return saved.error();
    }
    m_state->keyringKeys.append(HeldKeyringKey{slot->id, key});
    return KeyringKey{slot->id, std::move(key)};
}

Result<Vault::KeyRotation> Vault::removeKeyringSlot(const QString& slotId)
{
    if (!keyringSlotIds().contains(slotId)) {
        return KeyRotation{};
    }
    if (!holdsPasswordKey()) {
        return makeError(ErrorCode::WrongPassword,
                         QStringLiteral("the password is needed to remove a keyring slot from a vault unlocked "
                                        "through the keyring"));
    }
    return m_state->rotateKey(std::nullopt, {}, slotId);
}

bool Vault::holdsPasswordKey() const
{
    return !m_state->passwordKey.empty();
}

Status Vault::usePassword(const SecretBytes& password)
{
    Result<PasswordKey> derived = passwordKeyDeriver()(password);
    if (!derived) {
        return derived.error();
    }
    return usePasswordKey(*derived);
}

std::function<Result<Vault::PasswordKey>(const SecretBytes&)> Vault::passwordKeyDeriver() const
{
    return [slots = m_state->container.passwordSlots](const SecretBytes& password) -> Result<PasswordKey> {
        for (const file::PasswordSlot& slot : slots) {
            PasswordKey derived{slot.salt, {}};
            if (file::unwrapSlot(slot, password, &derived.key)) {
                return derived;
            }
        }
        return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
    };
}

Status Vault::usePasswordKey(const PasswordKey& derived)
{
    for (const file::PasswordSlot& slot : m_state->container.passwordSlots) {
        if (slot.salt != derived.salt) {
            continue;
        }
        Result<SecretBytes> key = file::unwrapSlotWithKey(slot, derived.key);
        if (key && *key == m_state->masterKey) {
            m_state->passwordKey = derived.key;
            m_state->slotSalt = slot.salt;
            return {};
        }
    }
    return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
}

Status Vault::useKeyringKey(const QString& slotId, const SecretBytes& key)
{
    for (const file::KeyringSlot& slot : m_state->container.keyringSlots) {
        if (slot.id != slotId) {
            continue;
        }
        Result<SecretBytes> unwrapped = file::unwrapSlot(slot, key);
        if (!unwrapped || !(*unwrapped == m_state->masterKey)) {
            break;
        }
        m_state->keyringKeys.removeIf([&slotId](const HeldKeyringKey& held) { return held.slotId == slotId; });
        m_state->keyringKeys.append(HeldKeyringKey{slotId, key});
        return {};
    }
    return makeError(ErrorCode::WrongPassword, QStringLiteral("the keyring's key does not open this vault"));
}

QStringList Vault::keyringSlotIds() const
{
    QStringList ids;
    for (const file::KeyringSlot& slot : m_state->container.keyringSlots) {
        ids.append(slot.id);
    }
    return ids;
}

Result<VaultEntry> Vault::addAccount(const otp::Account& account)
{
    Result<QList<VaultEntry>> added = addAccounts(QList<otp::Account>{account});
    if (!added) {
        return added.error();
    }
    return added->first();
}

Result<QList<VaultEntry>> Vault::addAccounts(const QList<otp::Account>& accounts)
{
    QList<VaultEntry> added;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const otp::Account& account : accounts) {
        if (account.secret.empty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("account '%1' has an empty secret").arg(account.label()));
        }
        added.append(VaultEntry{newId(), account, now, now});
        otp::normalizeLabel(added.last().account);
    }
    Status saved = modify(
        [added](QList<VaultEntry>& entries) {
            entries.append(added);
            return Status{};
        },
        SaveFailure::KeepInMemory);
    if (!saved) {
        return saved.error();
    }
    return added;
}

Status Vault::removeAccount(const QString& id)
{
    return modify(
        [id](QList<VaultEntry>& entries) -> Status {
            const qsizetype removed = entries.removeIf([&id](const VaultEntry& e) { return e.id == id; });
            return removed > 0 ? Status{} : Status{notFoundId(id)};
        },
        SaveFailure::KeepInMemory);
}

Status Vault::renameAccount(const QString& id, const QString& newIssuer, const QString& newName)
{
    const QString issuer = otp::normalizedLabelText(newIssuer);
    const QString name = otp::normalizedLabelText(newName);
    // The time of the user's edit, also when a kept change is written later.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return modify(
        [id, issuer, name, now](QList<VaultEntry>& entries) -> Status {
            for (VaultEntry& e : entries) {
                if (e.id == id) {
                    e.account.issuer = issuer;
                    e.account.name = name;
                    e.updated = now;
                    return {};
                }
            }
            return notFoundId(id);
        },
        SaveFailure::KeepInMemory);
}

Status Vault::moveAccount(const QString& id, int newIndex)
{
    return modify(
        [id, newIndex](QList<VaultEntry>& entries) -> Status {
            if (newIndex < 0 || newIndex >= entries.size()) {
                return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("position %1 is outside 0 to %2").arg(newIndex).arg(entries.size() - 1));
            }
            for (qsizetype i = 0; i < entries.size(); ++i) {
                if (entries.at(i).id == id) {
                    entries.move(i, newIndex);
                    return {};
                }
            }
            return notFoundId(id);
        },
        SaveFailure::KeepInMemory);
}

Result<QString> Vault::nextHotpCode(const QString& id)
{
    QString code;
    Status saved = modify([&](QList<VaultEntry>& entries) -> Status {
        for (VaultEntry& e : entries) {
            if (e.id != id) {
                continue;
            }
            const otp::OtpParameters& p = e.account.parameters;
            if (p.type() != otp::OtpType::Hotp) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("'%1' is not a counter-based (hotp) account").arg(e.account.label()));
            }
            Result<otp::OtpParameters> advanced = otp::advancedCounter(e.account);
            if (!advanced) {
                return advanced.error();
            }
            Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(e.account);
            if (!generator) {
                return generator.error();
            }
            code = generator->code(p.counter());
            e.account.parameters = *advanced;
            e.updated = QDateTime::currentDateTimeUtc();
            return {};
        }
        return notFoundId(id);
    });
    if (!saved) {
        return saved.error();
    }
    return code;
}

Result<Vault::KeyRotation> Vault::changePassword(const SecretBytes& newPassword, const KdfParameters& kdf)
{
    if (newPassword.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is empty"));
    }
    if (Status valid = checkNewKdf(kdf); !valid) {
        return valid.error();
    }
    SecretBytes newMasterKey = crypto::randomKey();
    if (newMasterKey.empty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    // The KDF runs before the lock is taken, so other writers are not kept waiting.
    NewPasswordSlot next;
    Result<file::PasswordSlot> slot = file::makePasswordSlot(newMasterKey, newPassword, kdf, &next.passwordKey);
    if (!slot) {
        return slot.error();
    }
    next.slot = *slot;
    return m_state->rotateKey(std::move(next), std::move(newMasterKey), {});
}

Status Vault::reload()
{
    Result<QByteArray> bytes = disk::readVaultFile(m_state->path);
    if (!bytes) {
        return bytes.error();
    }
    return m_state->refresh(*bytes);
}

std::optional<Rollback> Vault::takeRollback()
{
    return std::exchange(m_state->rollback, std::nullopt);
}

namespace {

// "AWS" for "Amazon Web Services": the first letter of each word, for issuers of two or more words.
QString issuerInitials(const QString& issuer)
{
    static const QRegularExpression kWord(QStringLiteral("[\\p{L}\\p{N}]+"));
    QString initials;
    for (auto it = kWord.globalMatch(issuer); it.hasNext();) {
        initials.append(it.next().capturedView().front());
    }
    return initials.size() >= 2 ? initials : QString();
}

bool matchesQuery(const otp::Account& account, const QString& query)
{
    return account.label().contains(query, Qt::CaseInsensitive) ||
           issuerInitials(account.issuer).compare(query, Qt::CaseInsensitive) == 0;
}

} // namespace

Result<VaultEntry> Vault::find(const QString& query) const
{
    if (const VaultEntry* exact = entry(query)) {
        return *exact;
    }
    QList<const VaultEntry*> matches;
    for (const VaultEntry& e : m_state->shown()) {
        if (matchesQuery(e.account, query)) {
            matches.append(&e);
        }
    }
    if (matches.isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no account matches '%1'").arg(query));
    }
    if (matches.size() > 1) {
        QString detail =
            QStringLiteral("'%1' matches %2 accounts; give more of the name or an id:").arg(query).arg(matches.size());
        for (const VaultEntry* e : matches) {
            detail += QStringLiteral("\n  %1  %2").arg(e->id, e->account.label());
        }
        return makeError(ErrorCode::Ambiguous, detail);
    }
    return *matches.first();
}

} // namespace twostep::vault
