// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultState.h"

#include "crypto/Crypto.h"
#include "vault/Tombstones.h"
#include "vault/VaultDisk.h"
#include "vault/VaultPayload.h"

#include <algorithm>
#include <utility>

namespace twostep::vault {

namespace {

Error keyChangedElsewhere()
{
    return makeError(ErrorCode::WrongPassword,
                     QStringLiteral("another session changed the vault's password or key since it was unlocked here: "
                                    "lock it and unlock it with the current password"));
}

} // namespace

const SecretBytes* VaultState::heldKeyringKey(const QString& slotId) const
{
    for (const HeldKeyringKey& held : keyringKeys) {
        if (held.slotId == slotId) {
            return &held.key;
        }
    }
    return nullptr;
}

Status VaultState::adopt(const QString& vaultPath, file::OpenedVault opened)
{
    path = vaultPath;
    masterKey = std::move(opened.masterKey);
    passwordKey = std::move(opened.passwordKey);
    slotSalt = opened.slotSalt;
    if (Status noticed = noticeRollback(opened.container.generation); !noticed) {
        return noticed;
    }
    container = std::move(opened.container);
    entries = std::move(opened.entries);
    tombstones = std::move(opened.tombstones);
    fileBytes = std::move(opened.bytes);
    return {};
}

// Re-applies the unsaved changes to `base`; one that no longer applies (its account was
// removed meanwhile) is dropped.
void VaultState::replayUnsaved(QList<VaultEntry>& base)
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
Status VaultState::noticeRollback(std::uint64_t fileGeneration)
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
    if (!newerCopy.isEmpty()) {
        disk::addNewerCopy(path, newerCopy); // offered until merged back, whatever is saved meanwhile
    }
    rollback = Rollback{newest, fileGeneration, newerCopy};
    return {};
}

Status VaultState::refresh(const QByteArray& bytes)
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
Result<SecretBytes> VaultState::rotatedKey(const file::Container& current, const Error& failure) const
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

SaveOutcome<> VaultState::save(const EntryChange& change, const ContainerChange& containerChange,
                               Vault::SaveFailure onFailure, const SecretBytes* newMasterKey)
{
    bool changeRejected = false;
    Status saved = readModifyWrite(
        [&](file::Container& next, QList<VaultEntry>& edited, QList<Tombstone>&) -> Status {
            replayUnsaved(edited);
            if (change) {
                // A change over a bound never fits in a later save either: rejected, not kept.
                Status changed = change(edited);
                if (changed) {
                    changed = payload::checkEntryBounds(edited);
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
        return {};
    }
    if (!change) {
        // saveUnsavedChanges(): the changes kept before stay kept. A slot change is never kept.
        const bool kept = !containerChange && !unsaved.isEmpty();
        return kept ? SaveOutcome<>::keptUnsaved(saved.error()) : SaveOutcome<>(saved.error());
    }
    if (changeRejected || onFailure != Vault::SaveFailure::KeepInMemory) {
        return saved.error();
    }
    QList<VaultEntry> inMemory = shown();
    if (!change(inMemory)) {
        return saved.error();
    }
    unsaved.append(change);
    working = std::move(inMemory);
    return SaveOutcome<>::keptUnsaved(saved.error());
}

Status VaultState::saveHistory(const HistoryChange& change, std::uint64_t aboveGeneration)
{
    Status saved = readModifyWrite(
        [&](file::Container& next, QList<VaultEntry>& edited, QList<Tombstone>& deleted) -> Status {
            replayUnsaved(edited);
            const QList<VaultEntry> before = edited;
            const QList<Tombstone> deletedBefore = deleted;
            Status changed = change(edited, deleted);
            if (changed && (edited != before || deleted != deletedBefore)) {
                next.generation = std::max(next.generation, aboveGeneration); // the save writes one above it
            }
            return changed;
        },
        nullptr);
    if (saved) {
        unsaved.clear();
        working.clear();
    }
    return saved;
}

Result<Vault::KeyRotation> VaultState::rotateKey(std::optional<NewPasswordSlot> newPassword, SecretBytes newMasterKey,
                                                 const QString& removedKeyringSlot)
{
    if (newMasterKey.empty()) {
        Result<SecretBytes> drawn = crypto::randomKey();
        if (!drawn) {
            return drawn.error();
        }
        newMasterKey = std::move(drawn).value();
    }
    Vault::KeyRotation report;
    SaveOutcome<> saved = save(
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

Status VaultState::readModifyWrite(
    const std::function<Status(file::Container&, QList<VaultEntry>&, QList<Tombstone>&)>& change,
    const SecretBytes* newMasterKey)
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
    // A change that changes nothing writes nothing: no new generation, no backup.
    if (!newMasterKey && edited == entries && deleted == tombstones &&
        file::serializeContainer(next) == file::serializeContainer(container)) {
        return {};
    }
    deleted = file::tombstonesAfter(std::move(deleted), entries, edited, QDateTime::currentDateTimeUtc());
    // Above every generation seen, so a file that went back is never saved under a number in use.
    next.generation = std::max({container.generation, next.generation, disk::highestGenerationSeen(path)}) + 1;
    if (Status sealed = file::sealEntries(next, newMasterKey ? *newMasterKey : masterKey, edited, deleted); !sealed) {
        return sealed;
    }
    Result<QByteArray> out = file::serializeBounded(next);
    if (!out) {
        return out.error();
    }
    if (Status replaced = disk::replaceVaultFile(path, fileBytes, container.generation, *out, next.generation);
        !replaced) {
        return replaced;
    }
    container = std::move(next);
    entries = std::move(edited);
    tombstones = std::move(deleted);
    fileBytes = std::move(out).value();
    if (newMasterKey) {
        masterKey = *newMasterKey;
    }
    return {};
}

} // namespace twostep::vault
