// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Vault's key slots: the keyring slots, the password change and the master key rotation.
#include "common/FileIo.h"
#include "vault/Vault.h"
#include "vault/VaultCrypto.h"
#include "vault/VaultDisk.h"
#include "vault/VaultState.h"

#include <algorithm>

namespace twostep::vault {

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

} // namespace

Result<Vault> Vault::openWithKeyringKey(const QString& path, const QString& slotId, const SecretBytes& key)
{
    auto state = std::make_unique<State>();
    state->path = files::canonicalPath(path);
    QByteArray bytes;
    Result<file::Container> container = readContainer(state->path, bytes);
    if (!container) {
        return container.error();
    }
    const auto slot = std::find_if(container->keyringSlots.cbegin(), container->keyringSlots.cend(),
                                   [&slotId](const file::KeyringSlot& candidate) { return candidate.id == slotId; });
    if (slot == container->keyringSlots.cend()) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the vault no longer has this keyring slot"));
    }
    state->keyringKeys.append(HeldKeyringKey{slotId, key});
    Result<SecretBytes> masterKey = file::unwrapSlot(*slot, key);
    if (!masterKey) {
        return masterKey.error();
    }
    state->masterKey = std::move(masterKey).value();
    if (Status refreshed = state->refresh(bytes); !refreshed) {
        return refreshed.error();
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
    SaveOutcome<> saved = m_state->save(
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

Result<Vault::KeyRotation> Vault::changePassword(const SecretBytes& newPassword, const KdfParameters& kdf)
{
    if (newPassword.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the password is empty"));
    }
    if (Status valid = file::checkNewKdf(kdf); !valid) {
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

} // namespace twostep::vault
