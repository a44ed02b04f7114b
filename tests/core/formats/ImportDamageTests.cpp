// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatCrypto.h"
#include "formats/FormatRegistry.h"
#include "otp/Base32.h"

#include <random>

using namespace twostep;
using namespace twostep::formats;
using test::readSample;
using test::samplePassword;

namespace {

struct Sample
{
    const char* file;
    const char* format;
    bool encrypted;
    bool text; // line-based: a cut at a line end leaves a shorter but valid file
};

constexpr Sample kSamples[] = {
    {"aegis_plain.json", "aegis", false, false},
    {"aegis_encrypted.json", "aegis", true, false},
    {"2fas_authenticator_plain_v4.2fas", "2fas", false, false},
    {"2fas_authenticator_encrypted_v4.2fas", "2fas", true, false},
    {"andotp_plain.json", "andotp", false, false},
    {"andotp_encrypted.bin", "andotp", true, false},
    {"freeotp_plus.json", "freeotp-plus", false, false},
    {"bitwarden.json", "bitwarden", false, false},
    {"bitwarden.csv", "bitwarden", false, true},
    {"ente_auth.txt", "uri-list", false, true},
    {"plain.txt", "uri-list", false, true},
    {"proton_authenticator.json", "proton", false, false},
    {"stratum_plain.json", "stratum", false, false},
};

bool sameAccounts(const QList<otp::Account>& a, const QList<otp::Account>& b)
{
    return a == b;
}

} // namespace

TEST_CASE("a wrong password is its own error, and a missing one is asked for", "[formats][damage]")
{
    const auto [file, format] = GENERATE(table<const char*, const char*>({
        {"aegis_encrypted.json", "aegis"},
        {"2fas_authenticator_encrypted_v4.2fas", "2fas"},
        {"andotp_encrypted.bin", "andotp"},
    }));
    INFO(file);
    const QByteArray data = readSample(QString::fromLatin1(file));
    const SecretBytes wrong = SecretBytes::fromUtf8(QStringLiteral("tesT"));
    auto result = importData(data, &wrong);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::WrongPassword);

    auto missing = importData(data, nullptr, QString::fromLatin1(format));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::InvalidInput);
    CHECK(missing.error().detail.contains(QStringLiteral("password")));
}

TEST_CASE("truncated samples give an error, never a crash or a partial import", "[formats][damage]")
{
    for (const Sample& sample : kSamples) {
        INFO(sample.file);
        const QByteArray data = readSample(QString::fromLatin1(sample.file));
        auto original = importData(data, &samplePassword());
        REQUIRE(original);
        // Cut points spread over the file, plus the cuts just before its end.
        QList<qsizetype> cuts = {0, 1, data.size() - 1, data.size() - 2, data.size() - 17};
        for (int i = 1; i < 12; ++i) {
            cuts.append(data.size() * i / 12);
        }
        for (qsizetype cut : cuts) {
            INFO("cut at " << cut);
            const QByteArray truncated = data.left(cut);
            if (truncated.trimmed() == data.trimmed()) {
                continue; // only trailing whitespace was cut
            }
            auto result = importData(truncated, &samplePassword(), QString::fromLatin1(sample.format));
            if (sample.text) {
                // A text file cut at a line end is a valid shorter file: never more than the original.
                if (result) {
                    CHECK(result->accounts.size() <= original->accounts.size());
                }
            } else {
                CHECK_FALSE(result);
            }
            // Detection must not crash either and must not claim a damaged binary file.
            [[maybe_unused]] auto detected = detectFormat(truncated);
        }
    }
}

TEST_CASE("garbled samples give an error or the same accounts, never a crash", "[formats][damage]")
{
    std::mt19937 random(20260101);
    for (const Sample& sample : kSamples) {
        INFO(sample.file);
        const QByteArray data = readSample(QString::fromLatin1(sample.file));
        auto original = importData(data, &samplePassword());
        REQUIRE(original);
        const qsizetype originalCount = original->accounts.size();
        for (int round = 0; round < 15; ++round) {
            QByteArray garbled = data;
            std::uniform_int_distribution<qsizetype> position(0, data.size() - 1);
            const qsizetype at = position(random);
            const char replacement = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
            if (garbled[at] == replacement) {
                continue;
            }
            garbled[at] = replacement;
            INFO("byte " << at << " set to " << static_cast<int>(static_cast<unsigned char>(replacement)));
            auto result = importData(garbled, &samplePassword(), QString::fromLatin1(sample.format));
            if (!result) {
                CHECK_FALSE(result.error().detail.isEmpty());
                continue;
            }
            if (sample.encrypted) {
                // Authenticated encryption: whatever still opens must be exactly the original.
                CHECK(sameAccounts(result->accounts, original->accounts));
            } else if (!sample.text) {
                // An entry is imported, or skipped with a line that says so: never silently lost.
                CHECK(result->accounts.size() + result->skipped.size() == originalCount);
            }
        }
    }
}

TEST_CASE("an unknown file is an unsupported format naming the known formats", "[formats][damage]")
{
    const QByteArray data = GENERATE(QByteArray("hello, world\n"), QByteArray("{\"some\": \"json\"}"),
                                     QByteArray("[1, 2, 3]"), QByteArray());
    auto detected = detectFormat(data);
    REQUIRE_FALSE(detected);
    CHECK(detected.error().code == ErrorCode::UnsupportedVersion);
    CHECK(detected.error().detail.contains(QStringLiteral("aegis")));
}

TEST_CASE("Google Authenticator transfer text imports every batch", "[formats][samples]")
{
    auto result = importData(readSample(QStringLiteral("google_migration.txt")), nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 6);
    const otp::Account& first = result->accounts.at(0);
    CHECK(first.issuer == QStringLiteral("raspberrypi"));
    CHECK(first.name == QStringLiteral("pi@raspberrypi"));
    CHECK(first.secret == otp::decodeBase32(u"7KSQL2JTUDIS5EF65KLMRQIIGY").value());
    CHECK(result->accounts.at(1).issuer.isEmpty());
    const otp::Account& hotp = result->accounts.at(4);
    CHECK(hotp.name == QStringLiteral("hotp demo"));
    CHECK(hotp.parameters.type() == otp::OtpType::Hotp);
    CHECK(hotp.parameters.counter() == 4);
    // The transfer parser splits a name "issuer: account" that has no issuer of its own.
    CHECK(result->accounts.at(5).issuer == QStringLiteral("encoding"));
    CHECK(result->accounts.at(5).name == QStringLiteral("¿äÄéÉ? (demo)"));
}

TEST_CASE("an entry of an unsupported type is skipped with a line naming it", "[formats]")
{
    const QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
        {"type":"motp","name":"Old","issuer":"Bank","info":{"secret":"ABCDEFGH","pin":"1234"}},
        {"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":6,"period":30}}
    ]}})";
    auto result = importData(aegis, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().issuer == QStringLiteral("Shop"));
    REQUIRE(result->skipped.size() == 1);
    CHECK(result->skipped.first().contains(QStringLiteral("Bank")));
    CHECK(result->skipped.first().contains(QStringLiteral("motp")));
}

namespace {

QByteArray aegisHotp(const char* counter)
{
    return QByteArray(R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
        {"type":"hotp","name":"alice","issuer":"Counter","info":{"secret":"JBSWY3DPEHPK3PXP","algo":"SHA1","digits":6,"counter":)") +
           counter + "}}]}}";
}

// What an import says about a refused entry: its skipped line, or the file's error.
QString refusal(const Result<ImportResult>& result)
{
    return result ? result->skipped.join(u'\n') : result.error().detail;
}

} // namespace

TEST_CASE("importers read HOTP counters exactly up to 2^64-1 and refuse others, naming the value", "[formats]")
{
    const auto [counter, expected] = GENERATE(table<const char*, std::uint64_t>({
        {"0", 0},
        {"9007199254740992", 9007199254740992ULL},            // 2^53 as a JSON number
        {R"("9223372036854775808")", 9223372036854775808ULL}, // 2^63 as a string
        {R"("18446744073709551615")", otp::kMaxCounter},
    }));
    INFO(counter);
    auto result = importData(aegisHotp(counter), nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().parameters.counter() == expected);
}

TEST_CASE("a HOTP counter that is negative, inexact or past 2^64-1 is refused with its value", "[formats]")
{
    const auto [counter, why] = GENERATE(table<const char*, const char*>({
        {"-1", "'counter' is -1, and a HOTP counter cannot be negative"},
        {R"("-5")", "'counter' is -5, and a HOTP counter cannot be negative"},
        {"18446744073709551615", "'counter' is 1.8446744073709552e+19, beyond 2^53"},
        {R"("18446744073709551616")",
         "'counter' is 18446744073709551616, larger than the largest HOTP counter, 18446744073709551615"},
        {"1.5", "'counter' is not a whole number"},
    }));
    INFO(counter);
    const QString message = refusal(importData(aegisHotp(counter), nullptr));
    CHECK(message.contains(QStringLiteral("Counter: alice")));
    CHECK(message.contains(QString::fromUtf8(why)));
}

TEST_CASE("FreeOTP+'s last used counter at 2^64-1 leaves no code: refused, never wrapped to 0", "[formats]")
{
    const QByteArray file =
        R"({"tokenOrder":["Counter:alice"],"tokens":[{"algo":"SHA1","counter":"18446744073709551615",
        "digits":6,"issuerExt":"Counter","label":"alice","period":30,"secret":[1,2,3,4,5,6,7,8,9,10],"type":"HOTP"}]})";
    const QString message = refusal(importData(file, nullptr));
    CHECK(message.contains(QStringLiteral("its last used counter is 18446744073709551615, the largest HOTP counter")));

    QByteArray below = file;
    below.replace("18446744073709551615", "18446744073709551614");
    auto result = importData(below, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().parameters.counter() == otp::kMaxCounter);
}

TEST_CASE("other apps' key derivation costs beyond the bounds are refused before any work", "[formats][damage]")
{
    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("pw"));
    const QByteArray salt(16, 's');
    const auto refused = [](const Result<SecretBytes>& key) {
        return !key && key.error().code == ErrorCode::CorruptFile;
    };
    CHECK(refused(crypto::pbkdf2(password, salt, 10'000'001, crypto::Digest::Sha256, 32)));
    CHECK(refused(crypto::pbkdf2(password, salt, 0, crypto::Digest::Sha1, 32)));
    CHECK(refused(crypto::scrypt(password, salt, std::uint64_t{1} << 21, 8, 1, 32))); // 2 GiB
    CHECK(refused(crypto::scrypt(password, salt, 1024, 8, 17, 32)));                  // 17 lanes
    CHECK(refused(crypto::scrypt(password, salt, 1000, 8, 1, 32)));                   // N not a power of two
    CHECK(crypto::pbkdf2(password, salt, 1000, crypto::Digest::Sha256, 32));
    CHECK(crypto::scrypt(password, salt, 1024, 8, 1, 32));
}
