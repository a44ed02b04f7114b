// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <span>

// The one crypto module: AES-256-GCM, the key derivations (Argon2id, PBKDF2, scrypt), SHA-256 and
// random bytes, over OpenSSL EVP and libargon2. The vault and every importer use it.
// One policy for a failing random generator: an IoError value, never empty bytes, never an abort.
namespace twostep::crypto {

constexpr std::size_t kKeySize = 32;      // AES-256 key, bytes
constexpr std::size_t kNonceSize = 12;    // GCM's 96-bit nonce (NIST SP 800-38D §8.2), bytes
constexpr std::size_t kTagSize = 16;      // GCM's full 128-bit tag, bytes
constexpr std::size_t kSaltSize = 32;     // the salt Twostep draws for a new derivation, bytes
constexpr std::size_t kMaxNonceSize = 64; // a nonce read from a file longer than this is refused

// `count` bytes from OpenSSL's CSPRNG (RAND_bytes). IoError "the system's random number generator
// failed" when it cannot deliver; the caller stops, as nothing random is safe to use then.
Result<QByteArray> randomBytes(std::size_t count);
// A random 32-byte AES-256 key, with the same failure as randomBytes.
Result<SecretBytes> randomKey();

// AES-256-GCM (NIST SP 800-38D) with a 32-byte key, a nonce of 1 to 64 bytes and associated data
// `aad` (may be empty). The result is the ciphertext followed by the 16-byte tag.
// InvalidInput for a wrong key or nonce size, IoError if OpenSSL fails.
Result<QByteArray> seal(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                        std::span<const std::uint8_t> plaintext);
// The inverse of seal: `sealed` is ciphertext || 16-byte tag. CorruptFile "authentication failed"
// when the tag does not verify (a wrong key or changed data; the caller knows which is likelier),
// the sealed text is shorter than a tag, or the key or nonce has the wrong size. The plaintext
// comes back as SecretBytes because it holds secrets.
Result<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                         const QByteArray& sealed);

// Argon2id (RFC 9106 §3, version 0x13) of the password's exact bytes: memory in KiB, passes,
// lanes, output length in bytes; the optional secret K and associated data X of RFC 9106 §3.1
// (Twostep's own uses leave them empty). The caller bounds a cost a file controls before calling.
// IoError when the memory cannot be allocated (detail names the KiB) or libargon2 refuses.
struct Argon2idCost
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;
};
Result<SecretBytes> argon2id(const SecretBytes& password, const QByteArray& salt, const Argon2idCost& cost,
                             std::size_t keyLength = kKeySize, const SecretBytes& secret = {},
                             const QByteArray& associatedData = {});

// PBKDF2-HMAC (RFC 8018 §5.2) with SHA-1 or SHA-256. CorruptFile (a file's cost) when iterations
// is 0 or above 10,000,000.
enum class Digest { Sha1, Sha256 };
Result<SecretBytes> pbkdf2(const SecretBytes& password, const QByteArray& salt, std::uint32_t iterations, Digest digest,
                           int keyLength);

// scrypt (RFC 7914): N a power of two above 1, r 1 to 64, p 1 to 16, memory 128·N·r at most 1 GiB;
// CorruptFile otherwise.
Result<SecretBytes> scrypt(const SecretBytes& password, const QByteArray& salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, int keyLength);

// SHA-256 (FIPS 180-4) of the bytes: andOTP's old backups use it as their key.
Result<SecretBytes> sha256(const SecretBytes& bytes);

// Frees OpenSSL's per-thread state (its error queue) on a pooled thread that lives on after a
// decryption; a thread that exits frees it by itself.
void releaseThreadState();

} // namespace twostep::crypto
