// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/VaultEntry.h"

#include <QByteArray>

#include <cstddef>
#include <span>

// Internal to core/vault: the vault's primitives, all from OpenSSL EVP and libargon2.
namespace twostep::vault::crypto {

constexpr std::size_t kKeySize = 32;   // AES-256
constexpr std::size_t kNonceSize = 12; // GCM's 96-bit nonce
constexpr std::size_t kTagSize = 16;
constexpr std::size_t kSaltSize = 32;

// Bounds for Argon2id parameters read from a file: a floor against nonsense or downgraded costs,
// a ceiling so a crafted file cannot exhaust memory or hang the unlock.
constexpr std::uint32_t kMinMemoryKiB = 8 * 1024;
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMinIterations = 1;
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMinParallelism = 1;
constexpr std::uint32_t kMaxParallelism = 16;

Status checkKdfBounds(const KdfParameters& kdf);

QByteArray randomBytes(std::size_t size); // RAND_bytes; aborts the save (empty result) only if the CSPRNG fails
SecretBytes randomKey();

// Argon2id(password's exact bytes, salt) → 32-byte key. Checks the bounds first.
Result<SecretBytes> deriveKey(const SecretBytes& password, const QByteArray& salt, const KdfParameters& kdf);

// AES-256-GCM; the output is ciphertext followed by the 16-byte tag.
Result<QByteArray> seal(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                        std::span<const std::uint8_t> plaintext);
// Fails (CorruptFile, "authentication failed") when the tag does not verify; the plaintext is
// returned in SecretBytes because it holds secrets.
Result<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                         const QByteArray& sealed);

} // namespace twostep::vault::crypto
