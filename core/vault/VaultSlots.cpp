// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The key slots of VaultFile.h: each wraps the master key, under a password's Argon2id key or a
// keyring's random key.
#include "vault/VaultCrypto.h"
#include "vault/VaultFile.h"

#include <QUuid>

namespace twostep::vault::file {

Result<KeyringSlot> makeKeyringSlot(const SecretBytes& masterKey, const SecretBytes& wrappingKey)
{
    if (wrappingKey.size() != crypto::kKeySize) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("a keyring key must be %1 bytes").arg(crypto::kKeySize));
    }
    KeyringSlot slot;
    slot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (slot.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(wrappingKey, slot.nonce, slotAad(slot), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    slot.wrappedKey = *wrapped;
    return slot;
}

Status rewrapSlot(KeyringSlot& slot, const SecretBytes& masterKey, const SecretBytes& wrappingKey)
{
    KeyringSlot next = slot;
    next.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (next.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(wrappingKey, next.nonce, slotAad(next), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    next.wrappedKey = *wrapped;
    slot = next;
    return {};
}

Result<SecretBytes> unwrapSlot(const KeyringSlot& slot, const SecretBytes& wrappingKey)
{
    if (wrappingKey.size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the keyring's key does not open this vault"));
    }
    Result<SecretBytes> masterKey = crypto::open(wrappingKey, slot.nonce, slotAad(slot), slot.wrappedKey);
    if (!masterKey || masterKey->size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("the keyring's key does not open this vault"));
    }
    return masterKey;
}

Result<PasswordSlot> makePasswordSlot(const SecretBytes& masterKey, const SecretBytes& password,
                                      const KdfParameters& kdf, SecretBytes* passwordKey)
{
    PasswordSlot slot;
    slot.kdf = kdf;
    slot.salt = crypto::randomBytes(crypto::kSaltSize);
    slot.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (slot.salt.isEmpty() || slot.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<SecretBytes> wrappingKey = crypto::deriveKey(password, slot.salt, kdf);
    if (!wrappingKey) {
        if (wrappingKey.error().code == ErrorCode::CorruptFile) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Argon2 parameters out of range (%1)")
                                 .arg(wrappingKey.error().detail.section(QStringLiteral(": "), 1)));
        }
        return wrappingKey.error();
    }
    Result<QByteArray> wrapped = crypto::seal(*wrappingKey, slot.nonce, slotAad(slot), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    slot.wrappedKey = *wrapped;
    if (passwordKey) {
        *passwordKey = std::move(wrappingKey).value();
    }
    return slot;
}

Result<SecretBytes> unwrapSlot(const PasswordSlot& slot, const SecretBytes& password, SecretBytes* passwordKey)
{
    Result<SecretBytes> wrappingKey = crypto::deriveKey(password, slot.salt, slot.kdf);
    if (!wrappingKey) {
        return wrappingKey.error();
    }
    Result<SecretBytes> masterKey = unwrapSlotWithKey(slot, *wrappingKey);
    if (masterKey && passwordKey) {
        *passwordKey = std::move(wrappingKey).value();
    }
    return masterKey;
}

Result<SecretBytes> unwrapSlotWithKey(const PasswordSlot& slot, const SecretBytes& passwordKey)
{
    Result<SecretBytes> masterKey = crypto::open(passwordKey, slot.nonce, slotAad(slot), slot.wrappedKey);
    if (!masterKey || masterKey->size() != crypto::kKeySize) {
        return makeError(ErrorCode::WrongPassword, QStringLiteral("wrong password"));
    }
    return masterKey;
}

Status rewrapSlot(PasswordSlot& slot, const SecretBytes& masterKey, const SecretBytes& passwordKey)
{
    PasswordSlot next = slot;
    next.nonce = crypto::randomBytes(crypto::kNonceSize);
    if (next.nonce.isEmpty()) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    Result<QByteArray> wrapped = crypto::seal(passwordKey, next.nonce, slotAad(next), masterKey.bytes());
    if (!wrapped) {
        return wrapped.error();
    }
    next.wrappedKey = *wrapped;
    slot = next;
    return {};
}

} // namespace twostep::vault::file
