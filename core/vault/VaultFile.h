// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/VaultEntry.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

#include <cstdint>

// Internal to core/vault: the container of DESIGN.md ("The vault") as bytes, and the payload.
//   {"format":"twostep-vault","version":1,"generation":N,"cipher":"aes-256-gcm","nonce":B64,
//    "payload":B64(ciphertext+tag),"slots":[{"type":"password","kdf":"argon2id","memoryKiB":…,
//    "iterations":…,"parallelism":…,"salt":B64,"nonce":B64,"key":B64(wrapped master key+tag)}]}
// The payload's associated data binds format, version, generation, cipher and nonce; a slot's binds
// format, version, its type, KDF name, parameters, salt and nonce. The payload's plaintext is
// VaultPayload.h's. Parsing is strict (canonical base64, exact sizes, integral numbers) so any
// changed byte is an error, never other data. The slot functions live in VaultSlots.cpp.
namespace twostep::vault::file {

constexpr int kVersion = 1;
constexpr qsizetype kMaxFileSize = limits::kMaxFileSize;

struct PasswordSlot
{
    KdfParameters kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrappedKey;
};

// {"type":"keyring","id":UUID,"nonce":B64,"key":B64(wrapped master key+tag)}: the wrapping key is
// 32 random bytes the desktop keyring keeps, so no KDF runs. Its associated data binds format,
// version, type, id and nonce.
struct KeyringSlot
{
    QString id;
    QByteArray nonce;
    QByteArray wrappedKey;
};

struct Container
{
    std::uint64_t generation = 0;
    QList<PasswordSlot> passwordSlots;
    QList<KeyringSlot> keyringSlots;
    QList<QJsonObject> otherSlots; // kinds this build does not use, kept as they are
    QByteArray nonce;
    QByteArray payload;
};

// Refuses (LimitExceeded) a file over the size, slot and KDF work bounds of vault::limits before
// any key is derived.
Result<Container> parseContainer(const QByteArray& bytes);
QByteArray serializeContainer(const Container& container);

QByteArray payloadAad(const Container& container);
QByteArray slotAad(const PasswordSlot& slot);
QByteArray slotAad(const KeyringSlot& slot);

// "vault file is damaged: WHY" (CorruptFile) and "vault file is over Twostep's limits: WHY"
// (LimitExceeded), the wording of every error about a file's content.
Error damaged(const QString& why);
Error overLimit(const QString& why);
Error tooLarge(); // over kMaxFileSize

// A new slot for `masterKey` under `password` (runs the KDF); `passwordKey`, if given, receives
// the KDF's output, with which rewrapSlot() can wrap a later master key into the same slot.
Result<PasswordSlot> makePasswordSlot(const SecretBytes& masterKey, const SecretBytes& password,
                                      const KdfParameters& kdf, SecretBytes* passwordKey = nullptr);
// The master key if `password` opens `slot`; WrongPassword otherwise. `passwordKey` as above.
Result<SecretBytes> unwrapSlot(const PasswordSlot& slot, const SecretBytes& password,
                               SecretBytes* passwordKey = nullptr);
// The master key if the KDF output `passwordKey` opens `slot` (no KDF runs); WrongPassword otherwise.
Result<SecretBytes> unwrapSlotWithKey(const PasswordSlot& slot, const SecretBytes& passwordKey);
// Wraps `masterKey` into `slot` again under the key that opened it, with a fresh nonce.
Status rewrapSlot(PasswordSlot& slot, const SecretBytes& masterKey, const SecretBytes& passwordKey);
Status rewrapSlot(KeyringSlot& slot, const SecretBytes& masterKey, const SecretBytes& wrappingKey);

// A new keyring slot wrapping `masterKey` under `wrappingKey` (32 bytes), with a fresh id and nonce.
Result<KeyringSlot> makeKeyringSlot(const SecretBytes& masterKey, const SecretBytes& wrappingKey);
Result<SecretBytes> unwrapSlot(const KeyringSlot& slot, const SecretBytes& wrappingKey);

// Encrypts `entries` under `masterKey` into container.payload with a fresh nonce
// (payload::checkEntryBounds first), with `tombstones` (payload version 2).
Status sealEntries(Container& container, const SecretBytes& masterKey, const QList<VaultEntry>& entries,
                   const QList<Tombstone>& tombstones = {});
// Reads payloads of version 1 (no tombstones) and 2; the tombstones go to `tombstones` when given.
Result<QList<VaultEntry>> openEntries(const Container& container, const SecretBytes& masterKey,
                                      QList<Tombstone>* tombstones = nullptr);

// serializeContainer(), refused (LimitExceeded) over limits::kMaxFileSize: the reader would refuse it.
Result<QByteArray> serializeBounded(const Container& container);
// InvalidInput when `kdf` is outside the Argon2 bounds a file may ask for.
Status checkNewKdf(const KdfParameters& kdf);

// A vault as its bytes and what opens them: the container, the master key, the password slot
// (named by its salt) with the KDF output that opens it, and the entries.
struct OpenedVault
{
    Container container;
    QByteArray bytes;
    SecretBytes masterKey;
    QByteArray slotSalt;
    SecretBytes passwordKey;
    QList<VaultEntry> entries;
    QList<Tombstone> tombstones;
};
// Seals `entries` as a new vault of generation 1 with one password slot (runs the KDF): its own
// random master key. InvalidInput for an empty password or a cost out of bounds, LimitExceeded
// over the bounds, IoError when the random generator fails.
Result<OpenedVault> sealNewVault(const QList<VaultEntry>& entries, const SecretBytes& password,
                                 const KdfParameters& kdf);
// Opens a vault file's bytes with `password`, trying each password slot (each runs the KDF):
// parseContainer()'s errors, WrongPassword, then openEntries()'s. Touches no file.
Result<OpenedVault> openVault(const QByteArray& bytes, const SecretBytes& password);

} // namespace twostep::vault::file
