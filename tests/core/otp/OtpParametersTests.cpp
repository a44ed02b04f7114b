// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpParameters.h"

using namespace twostep;
using namespace twostep::otp;

TEST_CASE("parameters are validated when created", "[otp]")
{
    CHECK_FALSE(OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 5, 30).ok());
    CHECK_FALSE(OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 11, 30).ok());
    CHECK_FALSE(OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 6, 0).ok());
    CHECK_FALSE(OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 6, -30).ok());
    CHECK_FALSE(OtpParameters::create(OtpType::Steam, Algorithm::Sha1, 6, 30).ok());
    CHECK_FALSE(OtpParameters::create(OtpType::Steam, Algorithm::Sha256, 5, 30).ok());
    CHECK(OtpParameters::create(OtpType::Totp, Algorithm::Sha512, 10, 1).ok());
    CHECK(OtpParameters::create(OtpType::Hotp, Algorithm::Sha1, 6, 0, 42).ok());
    CHECK(OtpParameters::create(OtpType::Hotp, Algorithm::Sha1, 6, 0, 42)->counter() == 42);
}

TEST_CASE("a refused parameter is named with its value", "[otp][parameters]")
{
    const Result<OtpParameters> digits = OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 11, 30);
    REQUIRE_FALSE(digits.ok());
    CHECK(digits.error().code == ErrorCode::InvalidInput);
    CHECK(digits.error().detail == QStringLiteral("digits must be between 6 and 10, not 11"));

    const Result<OtpParameters> period = OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 6, -30);
    REQUIRE_FALSE(period.ok());
    CHECK(period.error().detail == QStringLiteral("period must be a positive number of seconds, not -30"));

    const Result<OtpParameters> steam = OtpParameters::create(OtpType::Steam, Algorithm::Sha256, 5, 30);
    REQUIRE_FALSE(steam.ok());
    CHECK(steam.error().detail == QStringLiteral("Steam codes use SHA1, not SHA256"));
}

TEST_CASE("the defaults are RFC 6238's SHA1, 6 digits, 30 s and Steam's 5 characters", "[otp][parameters]")
{
    const OtpParameters totp = OtpParameters::totpDefaults();
    CHECK(totp.type() == OtpType::Totp);
    CHECK(totp.algorithm() == Algorithm::Sha1);
    CHECK(totp.digits() == 6);
    CHECK(totp.period() == 30);
    CHECK(totp.isTimeBased());

    const OtpParameters steam = OtpParameters::steamDefaults();
    CHECK(steam.type() == OtpType::Steam);
    CHECK(steam.algorithm() == Algorithm::Sha1);
    CHECK(steam.digits() == kSteamDigits);
    CHECK(steam.isTimeBased());
    CHECK(OtpParameters::create(OtpType::Steam, Algorithm::Sha1, 5, 30).value() == steam);
}

TEST_CASE("a HOTP account keeps its counter and no period, a TOTP account no counter", "[otp][parameters]")
{
    const OtpParameters hotp = OtpParameters::create(OtpType::Hotp, Algorithm::Sha256, 8, 60, 7).value();
    CHECK_FALSE(hotp.isTimeBased());
    CHECK(hotp.period() == kDefaultPeriod);
    CHECK(hotp.withCounter(kMaxCounter).counter() == kMaxCounter);
    CHECK(hotp.withCounter(kMaxCounter).digits() == 8);

    const OtpParameters totp = OtpParameters::create(OtpType::Totp, Algorithm::Sha1, 6, 30, 7).value();
    CHECK(totp.counter() == 0);
    CHECK(totp.withCounter(5).counter() == 0);
    CHECK(totp.withCounter(5) == totp);
}

TEST_CASE("type and algorithm names follow otpauth and parse case-insensitively", "[otp][parameters]")
{
    CHECK(typeName(OtpType::Totp) == QStringLiteral("totp"));
    CHECK(typeName(OtpType::Hotp) == QStringLiteral("hotp"));
    CHECK(typeName(OtpType::Steam) == QStringLiteral("steam"));
    CHECK(typeFromName(u"TOTP") == OtpType::Totp);
    CHECK(typeFromName(u"Hotp") == OtpType::Hotp);
    CHECK(typeFromName(u"motp") == std::nullopt);
    CHECK(typeFromName(u"") == std::nullopt);

    CHECK(algorithmName(Algorithm::Sha1) == QStringLiteral("SHA1"));
    CHECK(algorithmName(Algorithm::Sha256) == QStringLiteral("SHA256"));
    CHECK(algorithmName(Algorithm::Sha512) == QStringLiteral("SHA512"));
    CHECK(algorithmFromName(u"sha1") == Algorithm::Sha1);
    CHECK(algorithmFromName(u" SHA-256 ") == Algorithm::Sha256); // as some exports spell it
    CHECK(algorithmFromName(u"sha512") == Algorithm::Sha512);
    CHECK(algorithmFromName(u"MD5") == std::nullopt);
    CHECK(algorithmFromName(u"SHA3-256") == std::nullopt);
}

TEST_CASE("parameters made by create give RFC 6238 appendix B's codes at T = 59", "[otp][parameters]")
{
    // The seeds of RFC 6238 appendix B: ASCII "1234567890" repeated to 20, 32 and 64 bytes.
    const auto [algorithm, seedLength, expected] = GENERATE(table<Algorithm, int, const char*>({
        {Algorithm::Sha1, 20, "94287082"},
        {Algorithm::Sha256, 32, "46119246"},
        {Algorithm::Sha512, 64, "90693936"},
    }));
    const QByteArray seed = QByteArray("1234567890").repeated(7).left(seedLength);
    const SecretBytes secret(
        std::span(reinterpret_cast<const std::uint8_t*>(seed.constData()), static_cast<std::size_t>(seed.size())));
    const OtpParameters parameters = OtpParameters::create(OtpType::Totp, algorithm, 8, 30).value();
    const Result<OtpGenerator> generator = OtpGenerator::create(parameters, secret);
    REQUIRE(generator.ok());
    CHECK(generator->codeAt(test::unixTime(59)) == QString::fromLatin1(expected));
}
