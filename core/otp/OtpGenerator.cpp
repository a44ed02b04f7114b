// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpGenerator.h"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <array>
#include <cstring>

namespace twostep::otp {

namespace {

constexpr char kSteamAlphabet[] = "23456789BCDFGHJKMNPQRTVWXY";
constexpr std::array<std::uint64_t, 11> kPowersOfTen = {1ULL,         10ULL,         100ULL,        1000ULL,
                                                        10000ULL,     100000ULL,     1000000ULL,    10000000ULL,
                                                        100000000ULL, 1000000000ULL, 10000000000ULL};

// Fetched once per process: EVP_MAC_fetch walks the provider tables and is far costlier than a code.
EVP_MAC* hmacAlgorithm()
{
    static EVP_MAC* mac = EVP_MAC_fetch(nullptr, OSSL_MAC_NAME_HMAC, nullptr);
    return mac;
}

const char* digestName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return OSSL_DIGEST_NAME_SHA1;
    case Algorithm::Sha256:
        return OSSL_DIGEST_NAME_SHA2_256;
    case Algorithm::Sha512:
        return OSSL_DIGEST_NAME_SHA2_512;
    }
    return OSSL_DIGEST_NAME_SHA1;
}

} // namespace

struct OtpGenerator::Impl
{
    EVP_MAC_CTX* context = nullptr;
    ~Impl() { EVP_MAC_CTX_free(context); }
};

Result<OtpGenerator> OtpGenerator::create(const OtpParameters& parameters, const SecretBytes& secret)
{
    if (secret.empty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the secret is empty"));
    }
    EVP_MAC* mac = hmacAlgorithm();
    if (mac == nullptr) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("OpenSSL provides no HMAC"));
    }
    auto impl = std::make_unique<Impl>();
    impl->context = EVP_MAC_CTX_new(mac);
    if (impl->context == nullptr) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("OpenSSL could not create an HMAC context"));
    }
    std::array<OSSL_PARAM, 2> params = {
        OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, const_cast<char*>(digestName(parameters.algorithm())),
                                         0),
        OSSL_PARAM_construct_end()};
    // The key schedule (inner and outer padded states) is computed here once; later inits reuse it.
    if (EVP_MAC_init(impl->context, secret.data(), secret.size(), params.data()) != 1) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("OpenSSL rejected HMAC-%1").arg(algorithmName(parameters.algorithm())));
    }
    return OtpGenerator(parameters, std::move(impl));
}

Result<OtpGenerator> OtpGenerator::create(const Account& account)
{
    return create(account.parameters, account.secret);
}

OtpGenerator::OtpGenerator(const OtpParameters& parameters, std::unique_ptr<Impl> impl)
    : m_parameters(parameters), m_impl(std::move(impl))
{}

OtpGenerator::OtpGenerator(OtpGenerator&&) noexcept = default;
OtpGenerator& OtpGenerator::operator=(OtpGenerator&&) noexcept = default;
OtpGenerator::~OtpGenerator() = default;

void OtpGenerator::writeCode(std::uint64_t counter, std::span<char> out) const
{
    std::array<std::uint8_t, 8> message{};
    for (int i = 7; i >= 0; --i) {
        message[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(counter & 0xffU);
        counter >>= 8;
    }
    std::array<std::uint8_t, EVP_MAX_MD_SIZE> digest{};
    std::size_t digestSize = 0;
    EVP_MAC_init(m_impl->context, nullptr, 0, nullptr);
    EVP_MAC_update(m_impl->context, message.data(), message.size());
    EVP_MAC_final(m_impl->context, digest.data(), &digestSize, digest.size());

    // RFC 4226 §5.3 dynamic truncation.
    const std::size_t offset = digest[digestSize - 1] & 0x0fU;
    std::uint64_t binary = (static_cast<std::uint64_t>(digest[offset] & 0x7fU) << 24) |
                           (static_cast<std::uint64_t>(digest[offset + 1]) << 16) |
                           (static_cast<std::uint64_t>(digest[offset + 2]) << 8) |
                           static_cast<std::uint64_t>(digest[offset + 3]);
    OPENSSL_cleanse(digest.data(), digestSize);

    const auto digits = static_cast<std::size_t>(m_parameters.digits());
    if (m_parameters.type() == OtpType::Steam) {
        for (std::size_t i = 0; i < digits; ++i) {
            out[i] = kSteamAlphabet[binary % 26];
            binary /= 26;
        }
        return;
    }
    binary %= kPowersOfTen[digits];
    for (std::size_t i = digits; i-- > 0;) {
        out[i] = static_cast<char>('0' + binary % 10);
        binary /= 10;
    }
}

QString OtpGenerator::code(std::uint64_t counter) const
{
    std::array<char, kMaxDigits> buffer{};
    const auto digits = static_cast<std::size_t>(m_parameters.digits());
    writeCode(counter, std::span(buffer.data(), digits));
    return QString::fromLatin1(buffer.data(), static_cast<qsizetype>(digits));
}

QString OtpGenerator::codeAt(std::chrono::sys_seconds now) const
{
    if (m_parameters.type() == OtpType::Hotp) {
        return code(m_parameters.counter());
    }
    return code(timeStep(now, m_parameters.period()));
}

QString groupCode(const QString& code)
{
    if (code.size() < 6) {
        return code;
    }
    const qsizetype first = (code.size() + 1) / 2;
    return code.left(first) + QLatin1Char(' ') + code.mid(first);
}

} // namespace twostep::otp
