// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FormatCrypto.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <cstdlib>
#include <memory>

namespace twostep::formats::crypto {

namespace {

constexpr std::uint32_t kMaxIterations = 10'000'000;
constexpr std::uint64_t kMaxScryptMemory = std::uint64_t{1} << 30;
constexpr int kKeyLength = 32;
constexpr int kTagLength = 16;

struct CipherContextDeleter
{
    void operator()(EVP_CIPHER_CTX* context) const { EVP_CIPHER_CTX_free(context); }
};
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, CipherContextDeleter>;

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

Error cryptoFailure(const char* what)
{
    return makeError(ErrorCode::IoError, QStringLiteral("OpenSSL failed to %1").arg(QLatin1String(what)));
}

Status checkKeyAndNonce(const SecretBytes& key, const QByteArray& nonce)
{
    if (key.size() != kKeyLength) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("AES-256 needs a 32-byte key"));
    }
    if (nonce.isEmpty() || nonce.size() > 64) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("the GCM nonce has %1 bytes (expected 12)").arg(nonce.size()));
    }
    return {};
}

} // namespace

Result<SecretBytes> pbkdf2(const SecretBytes& password, const QByteArray& salt, std::uint32_t iterations, Digest digest,
                           int keyLength)
{
    if (iterations == 0 || iterations > kMaxIterations) {
        return makeError(
            ErrorCode::CorruptFile,
            QStringLiteral("PBKDF2 iteration count %1 is outside 1 to %2").arg(iterations).arg(kMaxIterations));
    }
#ifdef FUZZING_BUILD_MODE_UNSAFE_FOR_PRODUCTION
    iterations = 1; // fuzz builds test the parsing around the KDF, not its cost
#endif
    SecretBytes key(static_cast<std::size_t>(keyLength));
    const EVP_MD* md = digest == Digest::Sha1 ? EVP_sha1() : EVP_sha256();
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(password.data()), static_cast<int>(password.size()),
                          bytesOf(salt), static_cast<int>(salt.size()), static_cast<int>(iterations), md, keyLength,
                          key.data()) != 1) {
        return cryptoFailure("derive a PBKDF2 key");
    }
    return key;
}

Result<SecretBytes> scrypt(const SecretBytes& password, const QByteArray& salt, std::uint64_t n, std::uint32_t r,
                           std::uint32_t p, int keyLength)
{
    const bool powerOfTwo = n > 1 && (n & (n - 1)) == 0;
    if (!powerOfTwo || r == 0 || p == 0 || p > 16 || r > 64 || n > (kMaxScryptMemory / 128 / r)) {
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
        return cryptoFailure("derive an scrypt key");
    }
    return key;
}

Result<SecretBytes> sha256Key(const SecretBytes& password)
{
    SecretBytes key(kKeyLength);
    unsigned int length = 0;
    if (EVP_Digest(password.data(), password.size(), key.data(), &length, EVP_sha256(), nullptr) != 1 ||
        length != static_cast<unsigned int>(kKeyLength)) {
        return cryptoFailure("compute SHA-256");
    }
    return key;
}

Result<SecretBytes> aesGcmDecrypt(const SecretBytes& key, const QByteArray& nonce, const QByteArray& ciphertext,
                                  const QByteArray& tag)
{
    if (Status checked = checkKeyAndNonce(key, nonce); !checked) {
        return checked.error();
    }
    if (tag.size() != kTagLength) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("the GCM tag has %1 bytes (expected 16)").arg(tag.size()));
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    SecretBytes plaintext(static_cast<std::size_t>(ciphertext.size()));
    int length = 0;
    int finalLength = 0;
    QByteArray tagCopy = tag;
    if (!context || EVP_DecryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1 ||
        EVP_DecryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytesOf(nonce)) != 1 ||
        EVP_DecryptUpdate(context.get(), plaintext.data(), &length, bytesOf(ciphertext),
                          static_cast<int>(ciphertext.size())) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_TAG, kTagLength, tagCopy.data()) != 1) {
        return cryptoFailure("set up AES-256-GCM decryption");
    }
    if (EVP_DecryptFinal_ex(context.get(), plaintext.data() + length, &finalLength) != 1) {
        return makeError(ErrorCode::WrongPassword,
                         QStringLiteral("the password is wrong, or the encrypted data is damaged"));
    }
    return plaintext;
}

Result<Sealed> aesGcmEncrypt(const SecretBytes& key, const QByteArray& nonce, const SecretBytes& plaintext)
{
    if (Status checked = checkKeyAndNonce(key, nonce); !checked) {
        return checked.error();
    }
    CipherContext context(EVP_CIPHER_CTX_new());
    Sealed sealed;
    sealed.ciphertext.resize(static_cast<qsizetype>(plaintext.size()));
    sealed.tag.resize(kTagLength);
    int length = 0;
    int finalLength = 0;
    if (!context || EVP_EncryptInit_ex(context.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_SET_IVLEN, static_cast<int>(nonce.size()), nullptr) != 1 ||
        EVP_EncryptInit_ex(context.get(), nullptr, nullptr, key.data(), bytesOf(nonce)) != 1 ||
        EVP_EncryptUpdate(context.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()), &length,
                          plaintext.data(), static_cast<int>(plaintext.size())) != 1 ||
        EVP_EncryptFinal_ex(context.get(), reinterpret_cast<unsigned char*>(sealed.ciphertext.data()) + length,
                            &finalLength) != 1 ||
        EVP_CIPHER_CTX_ctrl(context.get(), EVP_CTRL_GCM_GET_TAG, kTagLength, sealed.tag.data()) != 1) {
        return cryptoFailure("encrypt with AES-256-GCM");
    }
    return sealed;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        // Without a working CSPRNG nothing here is safe; stop rather than emit weak keys.
        std::abort();
    }
    return bytes;
}

void releaseThreadState()
{
    OPENSSL_thread_stop();
}

} // namespace twostep::formats::crypto
