// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

using namespace twostep;
using namespace twostep::otp;

namespace {

SecretBytes ascii(const char* text)
{
    return SecretBytes(std::span(reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)));
}

const char* const kSeed20 = "12345678901234567890";
const char* const kSeed32 = "12345678901234567890123456789012";
const char* const kSeed64 = "1234567890123456789012345678901234567890123456789012345678901234";

OtpGenerator generator(OtpType type, Algorithm algorithm, int digits, const SecretBytes& secret,
                       std::int64_t period = 30)
{
    Result<OtpParameters> parameters = OtpParameters::create(type, algorithm, digits, period);
    REQUIRE(parameters.ok());
    Result<OtpGenerator> result = OtpGenerator::create(*parameters, secret);
    REQUIRE(result.ok());
    return std::move(result).value();
}

} // namespace

TEST_CASE("HOTP matches RFC 4226 appendix D", "[otp]")
{
    const auto [counter, expected] = GENERATE(table<std::uint64_t, const char*>({
        {0, "755224"},
        {1, "287082"},
        {2, "359152"},
        {3, "969429"},
        {4, "338314"},
        {5, "254676"},
        {6, "287922"},
        {7, "162583"},
        {8, "399871"},
        {9, "520489"},
    }));
    const OtpGenerator hotp = generator(OtpType::Hotp, Algorithm::Sha1, 6, ascii(kSeed20));
    CHECK(hotp.code(counter) == QString::fromLatin1(expected));
}

TEST_CASE("TOTP matches RFC 6238 appendix B", "[otp]")
{
    const auto [time, sha1, sha256, sha512] = GENERATE(table<long long, const char*, const char*, const char*>({
        {59, "94287082", "46119246", "90693936"},
        {1111111109, "07081804", "68084774", "25091201"},
        {1111111111, "14050471", "67062674", "99943326"},
        {1234567890, "89005924", "91819424", "93441116"},
        {2000000000, "69279037", "90698825", "38618901"},
        {20000000000, "65353130", "77737706", "47863826"},
    }));
    const auto now = test::unixTime(time);
    CHECK(generator(OtpType::Totp, Algorithm::Sha1, 8, ascii(kSeed20)).codeAt(now) == QString::fromLatin1(sha1));
    CHECK(generator(OtpType::Totp, Algorithm::Sha256, 8, ascii(kSeed32)).codeAt(now) == QString::fromLatin1(sha256));
    CHECK(generator(OtpType::Totp, Algorithm::Sha512, 8, ascii(kSeed64)).codeAt(now) == QString::fromLatin1(sha512));
}

// 9 and 10 digits: oathtool stops at 8, so these come from Python's hmac module. 10^10 does not
// fit 32 bits; an implementation that computes the power of ten in 32-bit arithmetic fails here.
TEST_CASE("HOTP with 9 and 10 digits uses 64-bit arithmetic", "[otp]")
{
    const auto [counter, sha1Nine, sha1Ten, sha256Ten, sha512Ten] =
        GENERATE(table<std::uint64_t, const char*, const char*, const char*, const char*>({
            {0, "284755224", "1284755224", "0618920136", "1653550594"},
            {1, "094287082", "1094287082", "0746119246", "0490693936"},
            {2, "137359152", "0137359152", "1330882438", "1968765371"},
            {3, "726969429", "1726969429", "2102975832", "1002628588"},
        }));
    CHECK(generator(OtpType::Hotp, Algorithm::Sha1, 9, ascii(kSeed20)).code(counter) == QString::fromLatin1(sha1Nine));
    CHECK(generator(OtpType::Hotp, Algorithm::Sha1, 10, ascii(kSeed20)).code(counter) == QString::fromLatin1(sha1Ten));
    CHECK(generator(OtpType::Hotp, Algorithm::Sha256, 10, ascii(kSeed32)).code(counter) ==
          QString::fromLatin1(sha256Ten));
    CHECK(generator(OtpType::Hotp, Algorithm::Sha512, 10, ascii(kSeed64)).code(counter) ==
          QString::fromLatin1(sha512Ten));
}

// Vectors from the widely used Python formulation of Steam Guard (HMAC-SHA1, 30 s, five
// characters of "23456789BCDFGHJKMNPQRTVWXY", least significant first).
TEST_CASE("Steam Guard codes match the reference formulation", "[otp][steam]")
{
    const auto [time, boeing, ascii32] = GENERATE(table<long long, const char*, const char*>({
        {0, "C2F47", "GG5F5"},
        {59, "9WW3X", "PV9M4"},
        {1111111109, "T73T6", "PY4YB"},
        {1234567890, "WR5P6", "VHHQY"},
        {2000000000, "G7879", "9N776"},
        {1700000000, "747JR", "R87JJ"},
    }));
    const auto now = test::unixTime(time);
    Result<SecretBytes> boeingSecret = decodeBase32(QStringLiteral("JRZCL47CMXVOQMNPZR2F7J4RGI"));
    REQUIRE(boeingSecret.ok());
    CHECK(generator(OtpType::Steam, Algorithm::Sha1, 5, *boeingSecret).codeAt(now) == QString::fromLatin1(boeing));
    Result<SecretBytes> seed = decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    REQUIRE(seed.ok());
    CHECK(generator(OtpType::Steam, Algorithm::Sha1, 5, *seed).codeAt(now) == QString::fromLatin1(ascii32));
}

TEST_CASE("time steps and remaining seconds follow RFC 6238 with T0 = 0", "[otp]")
{
    CHECK(timeStep(test::unixTime(0), 30) == 0);
    CHECK(timeStep(test::unixTime(29), 30) == 0);
    CHECK(timeStep(test::unixTime(30), 30) == 1);
    CHECK(timeStep(test::unixTime(59), 30) == 1);
    CHECK(timeStep(test::unixTime(20000000000), 30) == 666666666);
    CHECK(timeStep(test::unixTime(1000), 7) == 142);
    CHECK(secondsRemaining(test::unixTime(0), 30) == 30);
    CHECK(secondsRemaining(test::unixTime(29), 30) == 1);
    CHECK(secondsRemaining(test::unixTime(30), 30) == 30);
    CHECK(secondsRemaining(test::unixTime(1000), 7) == 1);
}

TEST_CASE("an empty secret is refused", "[otp]")
{
    CHECK_FALSE(OtpGenerator::create(OtpParameters::totpDefaults(), SecretBytes()).ok());
}

TEST_CASE("codes are grouped for reading", "[otp]")
{
    CHECK(groupCode(QStringLiteral("123456")) == QStringLiteral("123 456"));
    CHECK(groupCode(QStringLiteral("1234567")) == QStringLiteral("1234 567"));
    CHECK(groupCode(QStringLiteral("12345678")) == QStringLiteral("1234 5678"));
    CHECK(groupCode(QStringLiteral("C2F47")) == QStringLiteral("C2F47"));
}

// Counters beyond 32 and 63 bits, up to the largest: expected codes from oathtool 2.6.7
// (`oathtool --hotp -c N 3132333435363738393031323334353637383930`); Python's hmac agrees.
TEST_CASE("HOTP codes at counters up to 2^64-1 match oathtool", "[otp]")
{
    const auto [counter, expected] = GENERATE(table<std::uint64_t, const char*>({
        {9223372036854775807ULL, "181742"},  // 2^63 - 1
        {9223372036854775808ULL, "959616"},  // 2^63
        {18446744073709551614ULL, "488204"}, // 2^64 - 2
        {18446744073709551615ULL, "094451"}, // 2^64 - 1
    }));
    const OtpGenerator hotp = generator(OtpType::Hotp, Algorithm::Sha1, 6, ascii(kSeed20));
    CHECK(hotp.code(counter) == QString::fromLatin1(expected));
}
