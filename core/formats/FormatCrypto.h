// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QByteArray>

#include <cstdint>

// The key derivations and the cipher that other apps' encrypted exports use, via OpenSSL's EVP
// interfaces. Internal to core/formats.
namespace twostep::formats::crypto {

enum class Digest { Sha1, Sha256 };

// PKCS #5 PBKDF2-HMAC; CorruptFile (a file's cost) when iterations is 0 or above 10,000,000.
Result<SecretBytes> pbkdf2(const SecretBytes& password, const QByteArray& salt, std::uint32_t iterations, Digest digest,
                           int keyLength);
// RFC 7914 scrypt; N a power of two, memory (128·N·r) bounded at 1 GiB, p at most 16, r at
// most 64; CorruptFile otherwise.
Result<SecretBytes> scrypt(const SecretBytes& password, const QByteArray& salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, int keyLength);

// SHA-256 of the password's bytes: the key of andOTP's old encrypted backups.
Result<SecretBytes> sha256Key(const SecretBytes& password);

// AES-256-GCM without associated data. Decryption fails (WrongPassword, as a wrong key is the
// usual cause; callers that can tell a damaged file apart say so) when the tag does not verify.
Result<SecretBytes> aesGcmDecrypt(const SecretBytes& key, const QByteArray& nonce, const QByteArray& ciphertext,
                                  const QByteArray& tag);
struct Sealed
{
    QByteArray ciphertext;
    QByteArray tag;
};
Result<Sealed> aesGcmEncrypt(const SecretBytes& key, const QByteArray& nonce, const SecretBytes& plaintext);

QByteArray randomBytes(int count);

// Frees OpenSSL's per-thread state (its error queue) on a pooled thread that will live on after
// a decryption; a thread that exits frees it by itself.
void releaseThreadState();

} // namespace twostep::formats::crypto
