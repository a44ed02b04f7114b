// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"

#include <QRandomGenerator>

using namespace twostep;
using namespace twostep::otp;

namespace {

struct ValidCase
{
    const char* uri;
    const char* issuer;
    const char* name;
    OtpType type;
    Algorithm algorithm;
    int digits;
    std::int64_t period;
    std::uint64_t counter;
    const char* secret; // canonical base32 of the decoded secret
};

const char* const kAwsSecret = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

const ValidCase kValid[] = {
    // AWS IAM virtual MFA, as the console's QR carries it.
    {"otpauth://totp/"
     "Amazon%20Web%20Services:alice@123456789012?secret="
     "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services",
     "Amazon Web Services", "alice@123456789012", OtpType::Totp, Algorithm::Sha1, 6, 30, 0, kAwsSecret},
    // Google's Key Uri Format examples.
    {"otpauth://totp/Example:alice@google.com?secret=JBSWY3DPEHPK3PXP&issuer=Example", "Example", "alice@google.com",
     OtpType::Totp, Algorithm::Sha1, 6, 30, 0, "JBSWY3DPEHPK3PXP"},
    {"otpauth://totp/"
     "ACME%20Co:john.doe@email.com?secret=HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ&issuer=ACME%20Co&algorithm=SHA1&digits=6&"
     "period=30",
     "ACME Co", "john.doe@email.com", OtpType::Totp, Algorithm::Sha1, 6, 30, 0, "HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ"},
    // Lower-case parameter values and names, unpadded lower-case secret.
    {"otpauth://totp/SPDX:James?secret=5om4woogplqef6ugn3cpeoolwu&issuer=SPDX&algorithm=sha256&digits=7&period=20",
     "SPDX", "James", OtpType::Totp, Algorithm::Sha256, 7, 20, 0, "5OM4WOOGPLQEF6UGN3CPEOOLWU"},
    {"OTPAUTH://TOTP/X:y?SECRET=JBSWY3DPEHPK3PXP&ISSUER=X&ALGORITHM=Sha512&DIGITS=8&PERIOD=60", "X", "y", OtpType::Totp,
     Algorithm::Sha512, 8, 60, 0, "JBSWY3DPEHPK3PXP"},
    // Missing issuer entirely.
    {"otpauth://totp/alice@example.com?secret=JBSWY3DPEHPK3PXP", "", "alice@example.com", OtpType::Totp,
     Algorithm::Sha1, 6, 30, 0, "JBSWY3DPEHPK3PXP"},
    // Issuer only in the label; %3A as the separator, spaces after it.
    {"otpauth://totp/GitHub:octocat?secret=JBSWY3DPEHPK3PXP", "GitHub", "octocat", OtpType::Totp, Algorithm::Sha1, 6,
     30, 0, "JBSWY3DPEHPK3PXP"},
    {"otpauth://totp/GitLab%3A%20dev%40example.org?secret=JBSWY3DPEHPK3PXP", "GitLab", "dev@example.org", OtpType::Totp,
     Algorithm::Sha1, 6, 30, 0, "JBSWY3DPEHPK3PXP"},
    // Issuer only as a parameter.
    {"otpauth://totp/bob?secret=JBSWY3DPEHPK3PXP&issuer=Dropbox", "Dropbox", "bob", OtpType::Totp, Algorithm::Sha1, 6,
     30, 0, "JBSWY3DPEHPK3PXP"},
    // '+' as a space in the query (form encoding) and in a label, %20 elsewhere.
    {"otpauth://hotp/"
     "Air%20Canada:Benjamin?secret=KUVJJOM753IHTNDSZVCNKL7GII&issuer=Air+Canada&algorithm=SHA256&digits=7&counter=50",
     "Air Canada", "Benjamin", OtpType::Hotp, Algorithm::Sha256, 7, 30, 50, "KUVJJOM753IHTNDSZVCNKL7GII"},
    {"otpauth://totp/Big+Bank:Jane+Doe?secret=JBSWY3DPEHPK3PXP", "Big Bank", "Jane Doe", OtpType::Totp, Algorithm::Sha1,
     6, 30, 0, "JBSWY3DPEHPK3PXP"},
    // '+' inside an e-mail address is sub-addressing, and %2B is always a plus.
    {"otpauth://totp/Shop:me+aws@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Shop", "Shop", "me+aws@example.com",
     OtpType::Totp, Algorithm::Sha1, 6, 30, 0, "JBSWY3DPEHPK3PXP"},
    {"otpauth://totp/C%2B%2B:dev?secret=JBSWY3DPEHPK3PXP", "C++", "dev", OtpType::Totp, Algorithm::Sha1, 6, 30, 0,
     "JBSWY3DPEHPK3PXP"},
    // Secret grouped with spaces (encoded) and padded.
    {"otpauth://totp/A:b?secret=JBSW%20Y3DP%20EHPK%203PXP&issuer=A", "A", "b", OtpType::Totp, Algorithm::Sha1, 6, 30, 0,
     "JBSWY3DPEHPK3PXP"},
    {"otpauth://totp/A:b?secret=MZXW6YTBOI%3D%3D%3D%3D%3D%3D", "A", "b", OtpType::Totp, Algorithm::Sha1, 6, 30, 0,
     "MZXW6YTBOI"},
    // hotp with counter 0 and a large counter.
    {"otpauth://hotp/Issuu:James?secret=YOOMIXWS5GN6RTBPUFFWKTW5M4&issuer=Issuu&algorithm=SHA1&digits=6&counter=0",
     "Issuu", "James", OtpType::Hotp, Algorithm::Sha1, 6, 30, 0, "YOOMIXWS5GN6RTBPUFFWKTW5M4"},
    {"otpauth://hotp/"
     "WWE:Mason?algorithm=sha512&digits=8&issuer=WWE&period=30&secret=5VAML3X35THCEBVRLV24CGBKOY&counter=10300",
     "WWE", "Mason", OtpType::Hotp, Algorithm::Sha512, 8, 30, 10300, "5VAML3X35THCEBVRLV24CGBKOY"},
    // Steam in all three spellings.
    {"otpauth://steam/Boeing:Sophia?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Boeing&algorithm=SHA1&digits=5&period=30",
     "Boeing", "Sophia", OtpType::Steam, Algorithm::Sha1, 5, 30, 0, "JRZCL47CMXVOQMNPZR2F7J4RGI"},
    {"otpauth://totp/Valve:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&encoder=steam", "Valve", "gamer", OtpType::Steam,
     Algorithm::Sha1, 5, 30, 0, "JRZCL47CMXVOQMNPZR2F7J4RGI"},
    {"otpauth://totp/Steam:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam", "Steam", "gamer", OtpType::Steam,
     Algorithm::Sha1, 5, 30, 0, "JRZCL47CMXVOQMNPZR2F7J4RGI"},
    // Unknown parameters (Ente's codeDisplay, FreeOTP's image) are ignored; image is never fetched.
    {"otpauth://totp/"
     "Deno:Mason?secret=4SJHB4GSD43FZBAI7C2HLRJGPQ&issuer=Deno&codeDisplay=%7B%22pinned%22%3Afalse%7D&image=https%3A%"
     "2F%2Fexample.com%2Fa.png",
     "Deno", "Mason", OtpType::Totp, Algorithm::Sha1, 6, 30, 0, "4SJHB4GSD43FZBAI7C2HLRJGPQ"},
    // 10 digits and a one-second period are valid.
    {"otpauth://totp/Max:digits?secret=JBSWY3DPEHPK3PXP&digits=10&period=1", "Max", "digits", OtpType::Totp,
     Algorithm::Sha1, 10, 1, 0, "JBSWY3DPEHPK3PXP"},
    // UTF-8 names, percent-encoded.
    {"otpauth://totp/%EB%84%A4%EC%9D%B4%EB%B2%84:%ED%99%8D%EA%B8%B8%EB%8F%99?secret=JBSWY3DPEHPK3PXP", "네이버",
     "홍길동", OtpType::Totp, Algorithm::Sha1, 6, 30, 0, "JBSWY3DPEHPK3PXP"},
    // No label at all.
    {"otpauth://totp/?secret=JBSWY3DPEHPK3PXP&issuer=Lonely", "Lonely", "", OtpType::Totp, Algorithm::Sha1, 6, 30, 0,
     "JBSWY3DPEHPK3PXP"},
};

struct InvalidCase
{
    const char* uri;
    const char* errorContains;
};

const InvalidCase kInvalid[] = {
    {"https://example.com/?secret=JBSWY3DPEHPK3PXP", "otpauth://"},
    {"otpauth://motp/A:b?secret=JBSWY3DPEHPK3PXP", "unsupported OTP type 'motp'"},
    {"otpauth://totp/A:b?issuer=A", "parameter 'secret' is missing"},
    {"otpauth://totp/A:b?secret=&issuer=A", "parameter 'secret' is missing"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PX1",
     "parameter 'secret' is not valid base32: invalid base32 character '1' at position 16"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&algorithm=MD5", "parameter 'algorithm' has unsupported value 'MD5'"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&digits=5",
     "parameter 'digits' must be a whole number from 6 to 10, not '5'"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&digits=11",
     "parameter 'digits' must be a whole number from 6 to 10, not '11'"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&digits=six", "parameter 'digits'"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&period=0", "parameter 'period' must be a positive whole number"},
    {"otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP&period=-30", "parameter 'period'"},
    {"otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP", "parameter 'counter' is missing"},
    {"otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP&counter=-1", "parameter 'counter' must be a non-negative"},
    {"otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP&counter=ten", "parameter 'counter'"},
};

} // namespace

TEST_CASE("otpauth URIs as real apps write them parse to the right account", "[uri]")
{
    STATIC_REQUIRE(std::size(kValid) + std::size(kInvalid) >= 25);
    for (const ValidCase& c : kValid) {
        INFO(c.uri);
        Result<ParsedUri> parsed = parseOtpauthUri(QString::fromUtf8(c.uri));
        if (!parsed.ok()) {
            FAIL(parsed.error().detail.toStdString());
        }
        const Account& a = parsed->account;
        CHECK(a.issuer == QString::fromUtf8(c.issuer));
        CHECK(a.name == QString::fromUtf8(c.name));
        CHECK(a.parameters.type() == c.type);
        CHECK(a.parameters.algorithm() == c.algorithm);
        CHECK(a.parameters.digits() == c.digits);
        CHECK(a.parameters.period() == c.period);
        CHECK(a.parameters.counter() == c.counter);
        CHECK(encodeBase32(a.secret.bytes()) == QString::fromLatin1(c.secret));
        CHECK(parsed->warnings.isEmpty());

        // format keeps every field.
        Result<ParsedUri> again = parseOtpauthUri(formatOtpauthUri(a));
        REQUIRE(again.ok());
        CHECK(again->account == a);
    }
}

TEST_CASE("invalid otpauth URIs say which parameter is wrong and why", "[uri]")
{
    for (const InvalidCase& c : kInvalid) {
        INFO(c.uri);
        Result<ParsedUri> parsed = parseOtpauthUri(QString::fromUtf8(c.uri));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        INFO(parsed.error().detail.toStdString());
        CHECK(parsed.error().detail.contains(QString::fromUtf8(c.errorContains)));
    }
}

TEST_CASE("a label prefix that disagrees with the issuer parameter is a warning, and the parameter wins", "[uri]")
{
    Result<ParsedUri> parsed =
        parseOtpauthUri(QStringLiteral("otpauth://totp/OldName:alice?secret=JBSWY3DPEHPK3PXP&issuer=NewName"));
    REQUIRE(parsed.ok());
    CHECK(parsed->account.issuer == QStringLiteral("NewName"));
    CHECK(parsed->account.name == QStringLiteral("alice"));
    REQUIRE(parsed->warnings.size() == 1);
    CHECK(parsed->warnings.first().contains(QStringLiteral("OldName")));
}

TEST_CASE("the issuer warning carries no terminal control characters from the label", "[uri]")
{
    // A QR code's label could set the terminal's title and clear its screen when the CLI prints the note.
    Result<ParsedUri> parsed = parseOtpauthUri(QStringLiteral(
        "otpauth://totp/%1B%5D0%3Bpwned%07%1B%5B2JBank%0Afake:me?secret=GEZDGNBVGY3TQOJQ&issuer=Bank%0D"));
    REQUIRE(parsed.ok());
    REQUIRE(parsed->warnings.size() == 1);
    const QString note = parsed->warnings.first();
    CHECK(note.contains(QStringLiteral("pwned")));
    for (const QChar c : note) {
        CHECK_FALSE((c.category() == QChar::Other_Control || c == QChar(0x2028) || c == QChar(0x2029)));
    }
}

TEST_CASE("formatted URIs use %20 and keep reserved characters safe", "[uri]")
{
    Account account;
    account.issuer = QStringLiteral("Amazon Web Services");
    account.name = QStringLiteral("a:b&c=d e+f@123456789012");
    account.secret = *decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP"));
    const QString uri = formatOtpauthUri(account);
    CHECK(
        uri.startsWith(QStringLiteral("otpauth://totp/Amazon%20Web%20Services:a%3Ab%26c%3Dd%20e%2Bf%40123456789012?")));
    CHECK(uri.contains(QStringLiteral("issuer=Amazon%20Web%20Services")));
    CHECK_FALSE(uri.contains(QLatin1Char(' ')));
    Result<ParsedUri> parsed = parseOtpauthUri(uri);
    REQUIRE(parsed.ok());
    CHECK(parsed->account == account);
}

TEST_CASE("colons inside an issuer or a name survive a round trip", "[uri]")
{
    // Found by fuzz_otpauth: an encoded colon in the issuer was taken for the separator.
    for (const auto& [issuer, name] :
         std::vector<std::pair<QString, QString>>{{QStringLiteral("a:b"), QStringLiteral("c")},
                                                  {QString(), QStringLiteral("encoding: demo")},
                                                  {QStringLiteral("x"), QStringLiteral("y:z")}}) {
        Account account;
        account.issuer = issuer;
        account.name = name;
        account.secret = *decodeBase32(QStringLiteral("JBSWY3DPEHPK3PXP"));
        Result<ParsedUri> parsed = parseOtpauthUri(formatOtpauthUri(account));
        REQUIRE(parsed.ok());
        CHECK(parsed->account == account);
    }
}

TEST_CASE("parse(format(a)) == a for random valid accounts", "[uri]")
{
    QRandomGenerator random(20261127);
    const QStringList alphabet =
        QStringLiteral("a b c X Y Z 0 1 2 : + & = %% ? # / @ é 한 글 - . _ ~").split(QLatin1Char(' ')) +
        QStringList{QStringLiteral(" "), QStringLiteral("😀")};
    auto randomText = [&](int maxLength) {
        QString text;
        const int length = random.bounded(maxLength + 1);
        for (int i = 0; i < length; ++i) {
            text += alphabet[random.bounded(alphabet.size())];
        }
        return text.trimmed();
    };
    // Issuers that hold ':' as services name themselves: a subtitle, a host:port, a URL.
    const QStringList colonIssuers = {QStringLiteral("Test: Foo"), QStringLiteral("localhost:8000"),
                                      QStringLiteral("Name (https://host)"), QStringLiteral("a:b:c")};
    for (int i = 0; i < 800; ++i) {
        Account account;
        account.issuer = i % 2 == 0 ? randomText(12) : colonIssuers[random.bounded(colonIssuers.size())];
        account.name = randomText(20);
        if (account.issuer.compare(QStringLiteral("steam"), Qt::CaseInsensitive) == 0) {
            account.issuer += QLatin1Char('x');
        }
        std::vector<std::uint8_t> secret(static_cast<std::size_t>(random.bounded(1, 65)));
        for (auto& byte : secret) {
            byte = static_cast<std::uint8_t>(random.bounded(256));
        }
        account.secret = SecretBytes(secret);
        const auto type = static_cast<OtpType>(random.bounded(3));
        const auto algorithm = type == OtpType::Steam ? Algorithm::Sha1 : static_cast<Algorithm>(random.bounded(3));
        const int digits = type == OtpType::Steam ? 5 : random.bounded(6, 11);
        Result<OtpParameters> parameters =
            OtpParameters::create(type, algorithm, digits, random.bounded(1, 300), random.generate64() >> 1);
        REQUIRE(parameters.ok());
        account.parameters = *parameters;
        const QString uri = formatOtpauthUri(account);
        INFO(uri.toStdString());
        Result<ParsedUri> parsed = parseOtpauthUri(uri);
        REQUIRE(parsed.ok());
        CHECK(parsed->account == account);
    }
}

TEST_CASE("an issuer parameter holding ':' is the whole label prefix, raw or encoded", "[uri]")
{
    struct Case
    {
        const char* uri;
        const char* issuer;
        const char* name;
    };
    const Case cases[] = {
        {"otpauth://totp/Test%3A%20Foo%3Aalice?secret=DWVLFGJOK2PQA2JS&issuer=Test%3A%20Foo", "Test: Foo", "alice"},
        {"otpauth://totp/Test:%20Foo:alice?secret=DWVLFGJOK2PQA2JS&issuer=Test%3A%20Foo", "Test: Foo", "alice"},
        {"otpauth://totp/Test%3a%20Foo%3a%20%20alice?secret=DWVLFGJOK2PQA2JS&issuer=Test:+Foo", "Test: Foo", "alice"},
        {"otpauth://totp/localhost:8000:admin?secret=DWVLFGJOK2PQA2JS&issuer=localhost%3A8000", "localhost:8000",
         "admin"},
        {"otpauth://totp/Gitea%20(https%3A%2F%2Fgit.example.org)%3Abob?secret=DWVLFGJOK2PQA2JS&"
         "issuer=Gitea%20(https%3A%2F%2Fgit.example.org)",
         "Gitea (https://git.example.org)", "bob"},
        // No issuer parameter: the first separator, as before.
        {"otpauth://totp/Test:%20Foo:alice?secret=DWVLFGJOK2PQA2JS", "Test", "Foo:alice"},
        // The label does not start with the issuer: the first separator, and a note.
        {"otpauth://totp/Other:alice?secret=DWVLFGJOK2PQA2JS&issuer=Test%3A%20Foo", "Test: Foo", "alice"},
    };
    for (const Case& c : cases) {
        INFO(c.uri);
        Result<ParsedUri> parsed = parseOtpauthUri(QString::fromUtf8(c.uri));
        REQUIRE(parsed.ok());
        CHECK(parsed->account.issuer == QString::fromUtf8(c.issuer));
        CHECK(parsed->account.name == QString::fromUtf8(c.name));
        CHECK(parsed->warnings.size() == (QByteArray(c.uri).contains("Other:") ? 1 : 0));
    }
    // oathtool --totp -b DWVLFGJOK2PQA2JS --now "2026-01-01 00:00:00 UTC" prints 309023.
    Result<ParsedUri> parsed = parseOtpauthUri(QString::fromUtf8(cases[0].uri));
    REQUIRE(parsed.ok());
    Result<OtpGenerator> generator = OtpGenerator::create(parsed->account);
    REQUIRE(generator.ok());
    CHECK(generator->codeAt(std::chrono::sys_seconds(std::chrono::seconds(1767225600))) == QStringLiteral("309023"));
}

TEST_CASE("the formatter writes a label whose prefix is the issuer, colons and all", "[uri]")
{
    Account account;
    account.issuer = QStringLiteral("Test: Foo");
    account.name = QStringLiteral("alice");
    account.secret = *decodeBase32(QStringLiteral("DWVLFGJOK2PQA2JS"));
    const QString uri = formatOtpauthUri(account);
    CHECK(uri.startsWith(
        QStringLiteral("otpauth://totp/Test%3A%20Foo:alice?secret=DWVLFGJOK2PQA2JS&issuer=Test%3A%20Foo")));
    Result<ParsedUri> parsed = parseOtpauthUri(uri);
    REQUIRE(parsed.ok());
    CHECK(parsed->account == account);
    CHECK(parsed->warnings.isEmpty());
}

TEST_CASE("an otpauth URI without a label parses, with an empty issuer and name", "[uri]")
{
    for (const char* uri :
         {"otpauth://totp?secret=JBSWY3DPEHPK3PXP&period=30", "otpauth://totp/?secret=JBSWY3DPEHPK3PXP",
          "otpauth://totp?secret=JBSWY3DPEHPK3PXP&issuer=Acme"}) {
        INFO(uri);
        Result<ParsedUri> parsed = parseOtpauthUri(QString::fromUtf8(uri));
        REQUIRE(parsed.ok());
        CHECK(parsed->account.name.isEmpty());
        CHECK(parsed->account.issuer == (QByteArray(uri).contains("Acme") ? QStringLiteral("Acme") : QString()));
        CHECK(parsed->account.parameters.period() == 30);
        CHECK(encodeBase32(parsed->account.secret.bytes()) == QStringLiteral("JBSWY3DPEHPK3PXP"));
    }
}

TEST_CASE("a hotp counter parses up to 2^64-1 and a larger one is refused with the range", "[uri]")
{
    Result<ParsedUri> largest =
        parseOtpauthUri(QStringLiteral("otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP&counter=18446744073709551615"));
    REQUIRE(largest.ok());
    CHECK(largest->account.parameters.counter() == kMaxCounter);
    CHECK(parseOtpauthUri(formatOtpauthUri(largest->account))->account == largest->account);

    for (const char* counter : {"18446744073709551616", "99999999999999999999999", "-1"}) {
        INFO(counter);
        const QString uri =
            QStringLiteral("otpauth://hotp/A:b?secret=JBSWY3DPEHPK3PXP&counter=") + QString::fromLatin1(counter);
        Result<ParsedUri> parsed = parseOtpauthUri(uri);
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK(parsed.error().detail == QStringLiteral("parameter 'counter' must be a non-negative whole number up to "
                                                      "18446744073709551615, not '%1'")
                                           .arg(QString::fromLatin1(counter)));
    }
}

TEST_CASE("a parameter given twice with different values is refused, naming it; the same value twice is accepted",
          "[uri][intake]")
{
    const char* const refused[][2] = {
        {"otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&secret=DWVLFGJOK2PQA2JS", "'secret'"},
        {"otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&digits=6&digits=8", "'digits'"},
        {"otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&period=30&PERIOD=60", "'period'"},
        {"otpauth://totp/A:a?issuer=A&secret=JBSWY3DPEHPK3PXP&issuer=B", "'issuer'"},
        {"otpauth://hotp/A:a?secret=JBSWY3DPEHPK3PXP&counter=1&counter=2", "'counter'"},
    };
    for (const auto& [uri, parameter] : refused) {
        INFO(uri);
        Result<ParsedUri> parsed = parseOtpauthUri(QString::fromLatin1(uri));
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().code == ErrorCode::InvalidInput);
        CHECK(parsed.error().detail.contains(QString::fromLatin1(parameter)));
        CHECK(parsed.error().detail.contains(QStringLiteral("more than once with different values")));
    }
    Result<ParsedUri> same =
        parseOtpauthUri(QStringLiteral("otpauth://totp/A:a?secret=JBSWY3DPEHPK3PXP&digits=8&secret=JBSWY3DPEHPK3PXP&"
                                       "digits=8"));
    REQUIRE(same.ok());
    CHECK(same->account.parameters.digits() == 8);
    CHECK(encodeBase32(same->account.secret.bytes()) == QStringLiteral("JBSWY3DPEHPK3PXP"));
}

TEST_CASE("issuer and name are normalised: ends trimmed, each run of control characters one space", "[uri][intake]")
{
    CHECK(normalizedLabelText(u" lead") == QStringLiteral("lead"));
    CHECK(normalizedLabelText(u"u\r\nv") == QStringLiteral("u v"));
    CHECK(normalizedLabelText(u"a\tb\x7F\x85"
                              "c") == QStringLiteral("a b c"));
    CHECK(normalizedLabelText(u"a\u2028b\u2029") == QStringLiteral("a b"));
    CHECK(normalizedLabelText(u"\x01\x1F") == QString());
    CHECK(normalizedLabelText(u"Sp ace  x") == QStringLiteral("Sp ace  x"));

    Result<ParsedUri> parsed =
        parseOtpauthUri(QStringLiteral("otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&issuer=Ac%0Ame%C2%85&digits=6"));
    REQUIRE(parsed.ok());
    CHECK(parsed->account.issuer == QStringLiteral("Ac me"));
    CHECK(parsed->account.name == QStringLiteral("x"));
    Result<ParsedUri> label =
        parseOtpauthUri(QStringLiteral("otpauth://totp/Sp%20ace:%20u%0D%0Av%E2%80%A8?secret=JBSWY3DPEHPK3PXP"));
    REQUIRE(label.ok());
    CHECK(label->account.issuer == QStringLiteral("Sp ace"));
    CHECK(label->account.name == QStringLiteral("u v"));

    // Any issuer and name, once normalised, survive format then parse.
    QRandomGenerator random(20261130);
    const QList<QChar> alphabet = {u'a', u' ', u'\t', u'\r', u'\n', u'\x7F', u'\x85', u'\u2028', u':', u'é', u'%'};
    auto randomText = [&] {
        QString text;
        for (int i = random.bounded(8); i > 0; --i) {
            text += alphabet[random.bounded(alphabet.size())];
        }
        return text;
    };
    for (int i = 0; i < 500; ++i) {
        Account account;
        account.issuer = randomText();
        account.name = randomText() + QStringLiteral("n");
        account.secret = SecretBytes(std::vector<std::uint8_t>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
        normalizeLabel(account);
        INFO(formatOtpauthUri(account).toStdString());
        Result<ParsedUri> back = parseOtpauthUri(formatOtpauthUri(account));
        REQUIRE(back.ok());
        CHECK(back->account == account);
        CHECK(normalizedLabelText(account.issuer) == account.issuer);
    }
}

TEST_CASE("the naming rule: an account needs an issuer or a name", "[uri][intake]")
{
    Account account;
    CHECK_FALSE(requireName(account).ok());
    CHECK(requireName(account).error().detail.contains(QStringLiteral("no name")));
    account.issuer = QStringLiteral("\r\n ");
    CHECK_FALSE(requireName(account).ok());
    account.name = QStringLiteral("bob");
    CHECK(requireName(account).ok());
}
