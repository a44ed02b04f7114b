// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Crypto.h"

#include <argon2.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <limits>
#include <memory>

namespace twostep::crypto {

namespace {

constexpr std::uint32_t kMaxPbkdf2Iterations = 10'000'000;
constexpr std::uint64_t kMaxScryptMemory = std::uint64_t{1} << 30;
constexpr std::uint32_t kMaxScryptR = 64;
constexpr std::uint32_t kMaxScryptP = 16;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

Error libraryFailure(const char* what)
{
    return makeError(ErrorCode::IoError,
                     QStringLiteral("the cryptographic library failed: %1").arg(QLatin1String(what)));
}

Error authenticationFailed()
{
    return makeError(ErrorCode::CorruptFile, QStringLiteral("authentication failed"));
}

bool validSizes(const SecretBytes& key, const QByteArray& nonce)
{
    return key.size() == kKeySize && !nonce.isEmpty() && static_cast<std::size_t>(nonce.size()) <= kMaxNonceSize;
}

// Sets cipher, nonce length, key and nonce; GCM's nonce length must be set before the nonce.
bool initGcm(EVP_CIPHER_CTX* context, bool encrypt, const SecretBytes& key, const QByteArray& nonce)
{
    const int enc = encrypt ? 1 : 0;
    return EVP_CipherInit_ex(context, EVP_aes_256_gcm(), nullptr, nullptr, nullptr, enc) == 1 &&
           EVP_CIPHER_CTX_ctrl(context, EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) == 1 &&
           EVP_CipherInit_ex(context, nullptr, nullptr, key.data(), bytesOf(nonce), enc) == 1;
}

} // namespace

Result<QByteArray> randomBytes(std::size_t count)
{
    if (count > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 random bytes is too many").arg(count));
    }
    QByteArray bytes(static_cast<qsizetype>(count), '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), static_cast<int>(count)) != 1) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    return bytes;
}

Result<SecretBytes> randomKey()
{
    SecretBytes key(kKeySize);
    if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) {
        return makeError(ErrorCode::IoError, QStringLiteral("the system's random number generator failed"));
    }
    return key;
}

Result<QByteArray> seal(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                        std::span<const std::uint8_t> plaintext)
{
    if (!validSizes(key, nonce)) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("AES-256-GCM needs a 32-byte key and a nonce of 1 to %1 bytes (got %2 and %3)")
                             .arg(kMaxNonceSize)
                             .arg(key.size())
                             .arg(nonce.size()));
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray out(static_cast<qsizetype>(plaintext.size() + kTagSize), '\0');
    auto* outBytes = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    int finalLength = 0;
    if (!context || !initGcm(context.get(), true, key, nonce) ||
        EVP_EncryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1 ||
        EVP_EncryptUpdate(context.get(), outBytes, &length, plaintext.data(), static_cast<int>(plaintext.size())) !=
            1 ||
        EVP_EncryptFinal_ex(context.get(), outBytes + length, &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, static_cast<int>(kTagSize),
                            outBytes + plaintext.size()) != 1) {
        return libraryFailure("AES-256-GCM encryption");
    }
    return out;
}

Result<SecretBytes> open(const SecretBytes& key, const QByteArray& nonce, const QByteArray& aad,
                         const QByteArray& sealed)
{
    if (!validSizes(key, nonce) || static_cast<std::size_t>(sealed.size()) < kTagSize) {
        return authenticationFailed();
    }
    const std::size_t cipherSize = static_cast<std::size_t>(sealed.size()) - kTagSize;
    CipherContext context(EVP_CIPHER_CTX_new());
    SecretBytes plain(cipherSize + 1); // +1: EVP wants a valid pointer even for empty input
    QByteArray tag = sealed.right(static_cast<qsizetype>(kTagSize));
    int length = 0;
    int finalLength = 0;
    if (!context || !initGcm(context.get(), false, key, nonce) ||
        EVP_DecryptUpdate(context.get(), nullptr, &length, bytesOf(aad), static_cast<int>(aad.size())) != 1 ||
        EVP_DecryptUpdate(context.get(), plain.data(), &length, bytesOf(sealed), static_cast<int>(cipherSize)) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, static_cast<int>(kTagSize), tag.data()) != 1) {
        return libraryFailure("AES-256-GCM decryption");
    }
    if (EVP_DecryptFinal_ex(context.get(), plain.data() + length, &finalLength) != 1) {
        return authenticationFailed();
    }
    return SecretBytes(std::span<const std::uint8_t>(plain.data(), cipherSize));
}

Result<SecretBytes> argon2id(const SecretBytes& password, const QByteArray& salt, const Argon2idCost& cost,
                             std::size_t keyLength, const SecretBytes& secret, const QByteArray& associatedData)
{
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    const Argon2idCost work{8, 1, 1}; // fuzz builds test the parsing around the KDF, not its cost
#else
    const Argon2idCost& work = cost;
#endif
    SecretBytes key(keyLength);
    SecretBytes secretCopy = secret; // libargon2 takes non-const pointers
    QByteArray saltCopy = salt;
    QByteArray adCopy = associatedData;
    argon2_context context{};
    context.out = key.data();
    context.outlen = static_cast<std::uint32_t>(key.size());
    context.pwd = const_cast<std::uint8_t*>(password.data());
    context.pwdlen = static_cast<std::uint32_t>(password.size());
    context.salt = reinterpret_cast<std::uint8_t*>(saltCopy.data());
    context.saltlen = static_cast<std::uint32_t>(saltCopy.size());
    context.secret = secretCopy.empty() ? nullptr : secretCopy.data();
    context.secretlen = static_cast<std::uint32_t>(secretCopy.size());
    context.ad = adCopy.isEmpty() ? nullptr : reinterpret_cast<std::uint8_t*>(adCopy.data());
    context.adlen = static_cast<std::uint32_t>(adCopy.size());
    context.t_cost = work.iterations;
    context.m_cost = work.memoryKiB;
    context.lanes = work.parallelism;
    context.threads = work.parallelism;
    context.version = ARGON2_VERSION_13;
    context.flags = ARGON2_DEFAULT_FLAGS;
    const int rc = argon2_ctx(&context, Argon2_id);
    if (rc == ARGON2_MEMORY_ALLOCATION_ERROR) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("not enough memory for the password's key derivation (%1 KiB)").arg(work.memoryKiB));
    }
    if (rc != ARGON2_OK) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("key derivation failed: %1").arg(QLatin1String(argon2_error_message(rc))));
    }
    return key;
}

Result<SecretBytes> pbkdf2(const SecretBytes& password, const QByteArray& salt, std::uint32_t iterations, Digest digest,
                           int keyLength)
{
    if (iterations == 0 || iterations > kMaxPbkdf2Iterations) {
        return makeError(
            ErrorCode::CorruptFile,
            QStringLiteral("PBKDF2 iteration count %1 is outside 1 to %2").arg(iterations).arg(kMaxPbkdf2Iterations));
    }
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    iterations = 1; // fuzz builds test the parsing around the KDF, not its cost
#endif
    SecretBytes key(static_cast<std::size_t>(keyLength));
    const EVP_MD* md = digest == Digest::Sha1 ? EVP_sha1() : EVP_sha256();
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                          bytesOf(salt), static_cast<int>(salt.size()), static_cast<int>(iterations), md, keyLength,
                          key.data()) != 1) {
        return libraryFailure("PBKDF2");
    }
    return key;
}

Result<SecretBytes> scrypt(const SecretBytes& password, const QByteArray& salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, int keyLength)
{
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    if (!powerOfTwo || r == 0 || p == 0 || p > kMaxScryptP || r > kMaxScryptR || n > (kMaxScryptMemory / 128 / r)) {
        return makeError(
            ErrorCode::CorruptFile,
            QStringLiteral("scrypt parameters N=%1 r=%2 p=%3 are outside the accepted bounds").arg(n).arg(r).arg(p));
    }
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    // Fuzz builds test the parsing around the KDF, not its cost.
    n = 2;
    r = 1;
    p = 1;
#endif
    SecretBytes key(static_cast<std::size_t>(keyLength));
    // maxmem must cover 128·N·r plus the p blocks OpenSSL allocates beside it.
    const std::uint64_t maxMemory = 128 * n * r + 128 * std::uint64_t{r} * p + (1 << 20);
    if (EVP_PBE_scrypt(reinterpret_cast<const char*>(password.data()), password.size(), bytesOf(salt),
                       static_cast<std::size_t>(salt.size()), n, r, p, maxMemory, key.data(),
                       static_cast<std::size_t>(keyLength)) != 1) {
        return libraryFailure("scrypt");
    }
    return key;
}

Result<SecretBytes> sha256(const SecretBytes& bytes)
{
    SecretBytes digest(32);
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != digest.size()) {
        return libraryFailure("SHA-256");
    }
    return digest;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace twostep::crypto
