// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultCrypto.h"

#include <argon2.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace twostep::vault::crypto {

namespace {

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

Error cryptoFailure(const char* what)
{
    return makeError(ErrorCode::IoError,
                     QStringLiteral("the cryptographic library failed: %1").arg(QLatin1String(what)));
}

} // namespace

Status checkKdfBounds(const KdfParameters& kdf)
{
    if (kdf.memoryKiB < kMinMemoryKiB || kdf.memoryKiB > kMaxMemoryKiB) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 memory %1 KiB is outside %2 to %3 KiB")
                             .arg(kdf.memoryKiB)
                             .arg(kMinMemoryKiB)
                             .arg(kMaxMemoryKiB));
    }
    if (kdf.iterations < kMinIterations || kdf.iterations > kMaxIterations) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 iterations %1 is outside %2 to %3")
                             .arg(kdf.iterations)
                             .arg(kMinIterations)
                             .arg(kMaxIterations));
    }
    if (kdf.parallelism < kMinParallelism || kdf.parallelism > kMaxParallelism) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("vault file is damaged: Argon2 parallelism %1 is outside %2 to %3")
                             .arg(kdf.parallelism)
                             .arg(kMinParallelism)
                             .arg(kMaxParallelism));
    }
    return {};
}

QByteArray randomBytes(std::size_t size)
{
    QByteArray bytes(static_cast<qsizetype>(size), '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(size)) != 1) {
        return {};
    }
    return bytes;
}

SecretBytes randomKey()
{
    SecretBytes key(kKeySize);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
        return {};
    }
    return key;
}

Result<SecretBytes> deriveKey(const SecretBytes& password, const QByteArray& salt, const KdfParameters& kdf)
{
    if (Status bounds = checkKdfBounds(kdf); !bounds) {
        return bounds.error();
    }
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    const KdfParameters cost{8, 1, 1}; // fuzz builds test the parsing around the KDF, not its cost
#else
    const KdfParameters& cost = kdf;
#endif
    SecretBytes key(kKeySize);
    const int rc =
        argon2id_hash_raw(cost.iterations, cost.memoryKiB, cost.parallelism, password.data(), password.size(),
                          salt.constData(), static_cast<std::size_t>(salt.size()), key.data(), key.size());
    if (rc != ARGON2_OK) {
        if (rc == ARGON2_MEMORY_ALLOCATION_ERROR) {
            return makeError(
                ErrorCode::IoError,
                QStringLiteral("not enough memory for the password's key derivation (%1 KiB)").arg(cost.memoryKiB));
        }
        return makeError(ErrorCode::IoError,
                         QStringLiteral("key derivation failed: %1").arg(QLatin1String(argon2_error_message(rc))));
    }
    return key;
}

Result<QByteArray> seal(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                        std::span<const std::uint8_t> plaintext)
{
    if (key.size() != kKeySize || static_cast<std::size_t>(nonce.size()) != kNonceSize) {
        return cryptoFailure("bad key or nonce size");
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray out(static_cast<qsizetype>(plaintext.size() + kTagSize), '\0');
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    int finalLength = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytesOf(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(context.get(), outBytes, &length, plaintext.data(), static_cast<int>(plaintext.size())) !=
            1 ||
        EVP_EncryptFinal_ex(context.get(), outBytes + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                            outBytes + plaintext.size()) != 1) {
        return cryptoFailure("AES-256-GCM encryption");
    }
    return out;
}

Result<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                         const QByteArray& sealed)
{
    if (key.size() != kKeySize || static_cast<std::size_t>(nonce.size()) != kNonceSize ||
        static_cast<std::size_t>(sealed.size()) < kTagSize) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: authentication failed"));
    }
    const std::size_t cipherSize = static_cast<std::size_t>(sealed.size()) - kTagSize;
    CipherContext context(EVP_CIPHER_CTX_new());
    SecretBytes plain(cipherSize + 1); // +1: EVP wants a valid pointer even for empty input
    QByteArray tag = sealed.right(static_cast<qsizetype>(kTagSize));
    int length = 0;
    int finalLength = 0;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, key.data(), bytesOf(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(context.get(), plain.data(), &length, bytesOf(sealed), static_cast<int>(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1 ||
        EVP_DecryptFinal_ex(context.get(), plain.data() + length, &finalLength) != 1) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: authentication failed"));
    }
    return SecretBytes(std::span<const std::uint8_t>(plain.data(), cipherSize));
}

} // namespace twostep::vault::crypto
