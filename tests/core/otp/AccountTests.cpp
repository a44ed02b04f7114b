// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Account.h"
#include "otp/Base32.h"

using namespace twostep;
using namespace twostep::otp;

namespace {
SecretBytes ascii(const char* text)
{
    return SecretBytes(std::span(reinterpret_cast<const std::uint8_t*>(text), std::strlen(text)));
}

const char* const kSeed20 = "12345678901234567890"; // RFC 4226 appendix D

Account account(const QString& issuer, const QString& name, const char* secret = kSeed20)
{
    Account result;
    result.issuer = issuer;
    result.name = name;
    result.secret = ascii(secret);
    return result;
}
} // namespace

TEST_CASE("the label is issuer:name, or the name alone without an issuer", "[otp][account]")
{
    CHECK(account(QStringLiteral("AWS"), QStringLiteral("alice@example")).label() ==
          QStringLiteral("AWS:alice@example"));
    CHECK(account({}, QStringLiteral("alice")).label() == QStringLiteral("alice"));
    CHECK(account(QStringLiteral("GitHub"), {}).label() == QStringLiteral("GitHub:"));
}

TEST_CASE("issuer and name are trimmed and each run of control characters becomes one space", "[otp][account]")
{
    CHECK(normalizedLabelText(u"  AWS \t") == QStringLiteral("AWS"));
    CHECK(normalizedLabelText(u"a\r\n\tb") == QStringLiteral("a b"));
    CHECK(normalizedLabelText(QString(QStringLiteral("a") + QChar(0x7f) + QChar(0x85) + QStringLiteral("b"))) ==
          QStringLiteral("a b"));
    CHECK(normalizedLabelText(QString(QStringLiteral("line") + QChar(0x2028) + QStringLiteral("next") +
                                      QChar(0x2029))) == QStringLiteral("line next"));
    CHECK(normalizedLabelText(u"already clean") == QStringLiteral("already clean"));
    // A right-to-left override would show "victim\u202Egnp.exe" as "victimexe.png".
    CHECK(normalizedLabelText(QString::fromUtf8("victim\u202Egnp.exe")) == QStringLiteral("victim gnp.exe"));
    CHECK(normalizedLabelText(QString::fromUtf8("a\u2066b\u2069\u200Fc")) == QStringLiteral("a b c"));
    CHECK(normalizedLabelText(QString::fromUtf8("배포 계정")) == QString::fromUtf8("배포 계정"));

    Account dirty = account(QStringLiteral(" Example\n"), QStringLiteral("\talice\x01\x02smith "));
    normalizeLabel(dirty);
    CHECK(dirty.issuer == QStringLiteral("Example"));
    CHECK(dirty.name == QStringLiteral("alice smith"));
}

TEST_CASE("an account needs an issuer or a name, control characters alone are none", "[otp][account]")
{
    CHECK(requireName(account(QStringLiteral("AWS"), {})).ok());
    CHECK(requireName(account({}, QStringLiteral("alice"))).ok());

    const Status none = requireName(account(QStringLiteral(" \t"), QStringLiteral("\n\x7f")));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().code == ErrorCode::InvalidInput);
    CHECK(none.error().detail.contains(QStringLiteral("no name")));
}

TEST_CASE("the same token is the same secret and type, whatever the names", "[otp][account]")
{
    const Account first = account(QStringLiteral("AWS"), QStringLiteral("alice"));
    Account renamed = account(QStringLiteral("Amazon"), QStringLiteral("bob"));
    CHECK(isSameToken(first, renamed));

    renamed.parameters = OtpParameters::create(OtpType::Hotp, Algorithm::Sha1, 6, 30).value();
    CHECK_FALSE(isSameToken(first, renamed));
    CHECK_FALSE(isSameToken(first, account(QStringLiteral("AWS"), QStringLiteral("alice"), "12345678901234567891")));

    // The RFC 4648 base32 of the seed decodes to the same secret.
    Account decoded = account(QStringLiteral("AWS"), QStringLiteral("alice"), "");
    decoded.secret = decodeBase32(u"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").value();
    CHECK(isSameToken(first, decoded));
}

TEST_CASE("A HOTP counter never advances past 2^64-1: CounterExhausted names the account and counter", "[otp]")
{
    Account account;
    account.issuer = QStringLiteral("RFC");
    account.name = QStringLiteral("4226");
    account.secret = ascii(kSeed20);
    account.parameters = *OtpParameters::create(OtpType::Hotp, Algorithm::Sha1, 6, 30, kMaxCounter - 3);

    Result<OtpParameters> three = advancedCounter(account, 3);
    REQUIRE(three.ok());
    CHECK(three->counter() == kMaxCounter);
    Result<OtpParameters> four = advancedCounter(account, 4);
    REQUIRE_FALSE(four.ok());
    CHECK(four.error().code == ErrorCode::CounterExhausted);

    account.parameters = account.parameters.withCounter(kMaxCounter);
    Result<OtpParameters> last = advancedCounter(account);
    REQUIRE_FALSE(last.ok());
    CHECK(last.error().code == ErrorCode::CounterExhausted);
    CHECK(last.error().detail.contains(QStringLiteral("'RFC:4226'")));
    CHECK(last.error().detail.contains(QStringLiteral("18446744073709551615")));
    CHECK(advancedCounter(account, 0)->counter() == kMaxCounter);

    account.parameters = account.parameters.withCounter(41);
    CHECK(advancedCounter(account)->counter() == 42);
}

TEST_CASE("an issuer's initials are the first letters of its words, for two words or more", "[otp][account]")
{
    CHECK(issuerInitials(QStringLiteral("Amazon Web Services")) == QStringLiteral("AWS"));
    CHECK(issuerInitials(QStringLiteral("Google Cloud")) == QStringLiteral("GC"));
    CHECK(issuerInitials(QStringLiteral("GitHub")).isEmpty());
    CHECK(issuerInitials(QString()).isEmpty());
}
