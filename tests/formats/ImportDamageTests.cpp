// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "crypto/Crypto.h"
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "migration/Migration.h"
#include "otp/Base32.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <random>

using namespace twostep;
using namespace twostep::formats;
using test::readSample;

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

const SecretBytes& rightPassword()
{
    static const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("test"));
    return password;
}

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
        auto original = importData(data, &rightPassword());
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
            auto result = importData(truncated, &rightPassword(), QString::fromLatin1(sample.format));
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
        auto original = importData(data, &rightPassword());
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
            auto result = importData(garbled, &rightPassword(), QString::fromLatin1(sample.format));
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

TEST_CASE("an import plan flags duplicates of the vault and of the file and selects only new accounts",
          "[formats][plan]")
{
    auto result = importData(readSample(QStringLiteral("plain.txt")), nullptr);
    REQUIRE(result);
    ImportResult incoming = *result;
    incoming.accounts.append(incoming.accounts.at(1)); // the same token twice in one file
    otp::Account renamed = incoming.accounts.at(0);
    renamed.issuer = QStringLiteral("Renamed");
    const QList<otp::Account> existing = {renamed};

    const ImportPlan plan = planImport(incoming, existing);
    REQUIRE(plan.items.size() == 8);
    CHECK(plan.items.at(0).status == PlannedAccount::Status::Duplicate);
    CHECK(plan.items.at(0).duplicateOf == QStringLiteral("Renamed:Mason"));
    CHECK_FALSE(plan.items.at(0).selected);
    CHECK(plan.items.at(7).status == PlannedAccount::Status::DuplicateInFile);
    CHECK_FALSE(plan.items.at(7).selected);
    CHECK(plan.count(PlannedAccount::Status::New) == 6);
    const QList<otp::Account> selected = plan.selectedAccounts();
    REQUIRE(selected.size() == 6);
    CHECK(selected.first().issuer == QStringLiteral("SPDX"));

    // Same secret but another type is a different token.
    otp::Account asHotp = incoming.accounts.at(2);
    asHotp.parameters = otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 0).value();
    const ImportPlan other = planImport(ImportResult{{asHotp}, {}, {}, {}}, {incoming.accounts.at(2)});
    CHECK(other.items.first().status == PlannedAccount::Status::New);
}

namespace {

// The definition planImport must keep: the first vault account, else the first earlier entry of
// the file, with the same type and secret (otp::isSameToken).
void checkAgainstPairwise(const ImportPlan& plan, const ImportResult& incoming, const QList<otp::Account>& existing)
{
    REQUIRE(plan.items.size() == incoming.accounts.size());
    for (qsizetype i = 0; i < incoming.accounts.size(); ++i) {
        const otp::Account& account = incoming.accounts.at(i);
        const PlannedAccount& item = plan.items.at(i);
        INFO("entry " << i);
        CHECK(item.account == account);
        const auto known = std::find_if(existing.begin(), existing.end(),
                                        [&](const otp::Account& e) { return otp::isSameToken(e, account); });
        const auto earlier = std::find_if(incoming.accounts.begin(), incoming.accounts.begin() + i,
                                          [&](const otp::Account& e) { return otp::isSameToken(e, account); });
        if (known != existing.end()) {
            CHECK(item.status == PlannedAccount::Status::Duplicate);
            CHECK(item.duplicateOf == known->label());
        } else if (earlier != incoming.accounts.begin() + i) {
            CHECK(item.status == PlannedAccount::Status::DuplicateInFile);
            CHECK(item.duplicateOf == earlier->label());
        } else {
            CHECK(item.status == PlannedAccount::Status::New);
            CHECK(item.duplicateOf.isEmpty());
        }
        CHECK(item.selected == (item.status == PlannedAccount::Status::New));
    }
}

} // namespace

TEST_CASE("the hashed import plan finds exactly the duplicates an all-pairs comparison finds", "[formats][plan]")
{
    // 40 secrets of 1 to 40 bytes (prefixes of one another), 3 types: many near-collisions and
    // many real repeats among 3,000 entries and 200 vault accounts.
    std::mt19937 random(19);
    QList<SecretBytes> secrets;
    std::vector<std::uint8_t> bytes;
    for (int i = 0; i < 40; ++i) {
        bytes.push_back(static_cast<std::uint8_t>(random()));
        secrets.append(SecretBytes(std::span<const std::uint8_t>(bytes)));
    }
    secrets.append(SecretBytes(std::span<const std::uint8_t>(bytes.data(), 3))); // a repeated secret value
    const otp::OtpType types[] = {otp::OtpType::Totp, otp::OtpType::Hotp, otp::OtpType::Steam};
    auto randomAccount = [&](const QString& issuer, int i) {
        otp::Account account;
        account.issuer = issuer;
        account.name = QStringLiteral("user %1").arg(i);
        account.secret = secrets.at(static_cast<qsizetype>(random() % static_cast<unsigned>(secrets.size())));
        const otp::OtpType type = types[random() % 3];
        account.parameters = type == otp::OtpType::Steam
                                 ? otp::OtpParameters::steamDefaults()
                                 : *otp::OtpParameters::create(type, otp::Algorithm::Sha1, 6, 30, random() % 5);
        return account;
    };
    QList<otp::Account> existing;
    for (int i = 0; i < 200; ++i) {
        existing.append(randomAccount(QStringLiteral("Vault"), i));
        if (i % 2 == 0) { // longer than any secret of the file: never a duplicate
            bytes.push_back(static_cast<std::uint8_t>(random()));
            existing.last().secret = SecretBytes(std::span<const std::uint8_t>(bytes));
        }
    }
    ImportResult incoming;
    for (int i = 0; i < 3000; ++i) {
        incoming.accounts.append(randomAccount(QStringLiteral("File"), i));
    }
    const ImportPlan plan = planImport(incoming, existing);
    checkAgainstPairwise(plan, incoming, existing);
    CHECK(plan.count(PlannedAccount::Status::New) > 0);
    CHECK(plan.count(PlannedAccount::Status::DuplicateInFile) > 0);
    CHECK(plan.count(PlannedAccount::Status::Duplicate) > 0);

    // And the sample files against a vault holding some of their accounts.
    for (const char* name : {"plain.txt", "google_migration.txt", "aegis_plain.json"}) {
        auto sample = importData(readSample(QString::fromLatin1(name)), nullptr);
        REQUIRE(sample);
        ImportResult doubled = *sample;
        doubled.accounts.append(sample->accounts);
        checkAgainstPairwise(planImport(doubled, sample->accounts.mid(1, 2)), doubled, sample->accounts.mid(1, 2));
    }
}

TEST_CASE("a URI list with batches 1 and 3 of a 3-QR transfer export imports them and says batch 2 is missing",
          "[formats][migration]")
{
    QList<otp::Account> accounts;
    for (int i = 0; i < 25; ++i) {
        otp::Account account;
        account.issuer = QStringLiteral("Issuer %1").arg(i);
        account.name = QStringLiteral("user%1").arg(i);
        std::vector<std::uint8_t> secret(20, static_cast<std::uint8_t>(i + 1));
        account.secret = SecretBytes(std::span<const std::uint8_t>(secret));
        accounts.append(account);
    }
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QByteArray text = (exported.uris.at(0) + QStringLiteral("\n\n") + exported.uris.at(2) + u'\n').toUtf8();

    auto result = importData(text, nullptr);
    REQUIRE(result);
    CHECK(result->accounts == accounts.mid(0, 10) + accounts.mid(20, 5));
    REQUIRE(result->missingBatches.size() == 1);
    CHECK(result->missingBatches.first().batchSize == 3);
    CHECK(result->missingBatches.first().numbers == QList<int>{2});
    CHECK(result->missingBatches.first().count == 1);
    CHECK(planImport(*result, {}).missingBatches == result->missingBatches);

    // All three lines: nothing missing.
    auto whole = importData(exported.uris.join(u'\n').toUtf8(), nullptr);
    REQUIRE(whole);
    CHECK(whole->accounts == accounts);
    CHECK(whole->missingBatches.isEmpty());
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

namespace {

// The encrypted Aegis sample with its password slot's scrypt cost set to `n`, `r`, `p` and then
// repeated `copies` times.
QByteArray aegisWithSlots(int copies, qint64 n, qint64 r, qint64 p)
{
    QJsonObject root = QJsonDocument::fromJson(readSample(QStringLiteral("aegis_encrypted.json"))).object();
    QJsonObject header = root[QStringLiteral("header")].toObject();
    QJsonObject slot = header[QStringLiteral("slots")].toArray().first().toObject();
    slot[QStringLiteral("n")] = n;
    slot[QStringLiteral("r")] = r;
    slot[QStringLiteral("p")] = p;
    QJsonArray slots;
    for (int i = 0; i < copies; ++i) {
        slots.append(slot);
    }
    header[QStringLiteral("slots")] = slots;
    root[QStringLiteral("header")] = header;
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("an Aegis file over the slot or scrypt work bound is refused before any key is derived", "[formats][bounds]")
{
    // Each slot at 1 GiB of scrypt memory would take seconds; refusing must take none.
    const auto [copies, n, p, detail] = GENERATE(table<int, qint64, qint64, const char*>({
        {9, 32768, 1, "the Aegis file has more than 8 password slots; Twostep tries at most 8"},
        {2, qint64{1} << 20, 16,
         "the Aegis file's password slots ask for more scrypt work (N·r·p summed over 2 slots) than Twostep spends on "
         "one import (2^27)"},
    }));
    QElapsedTimer timer;
    timer.start();
    auto result = importData(aegisWithSlots(copies, n, 8, p), &rightPassword());
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail == QString::fromUtf8(detail));
    // At the bound (8 slots of Aegis's own cost) the file still opens.
    REQUIRE(importData(aegisWithSlots(8, 32768, 8, 1), &rightPassword()));
}

TEST_CASE("a Twostep backup with more password slots than the bound is refused before deriving", "[formats][bounds]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    const SecretBytes password = SecretBytes::fromUtf8(QStringLiteral("backup password"));
    REQUIRE(vault::Vault::create(path, password, vault::fastKdfParametersForTests()));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    slot[QStringLiteral("memoryKiB")] = 1024 * 1024;
    slot[QStringLiteral("iterations")] = 64;
    QJsonArray slots = root[QStringLiteral("slots")].toArray();
    for (int i = 0; i < vault::limits::kMaxPasswordSlots; ++i) {
        slots.append(slot);
    }
    root[QStringLiteral("slots")] = slots;
    QElapsedTimer timer;
    timer.start();
    auto result = importData(QJsonDocument(root).toJson(QJsonDocument::Compact), &password);
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail ==
          QStringLiteral("vault file is over Twostep's limits: it has 9 password slots; Twostep reads at most 8"));
}

TEST_CASE("a file of 200,000 unsupported entries keeps 100 skipped lines and counts the rest", "[formats][bounds]")
{
    QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    for (int i = 0; i < 200000; ++i) {
        aegis += i > 0 ? "," : "";
        aegis += R"({"type":"motp","name":"n","issuer":"i","info":{}})";
    }
    aegis += R"(,{"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP"}}]}})";
    auto result = importData(aegis, nullptr);
    REQUIRE(result);
    CHECK(result->accounts.size() == 1);
    CHECK(result->skipped.size() == kMaxKeptSkipped);
    CHECK(result->omittedSkipped == 200000 - kMaxKeptSkipped);
    CHECK(planImport(*result, {}).omittedSkipped == 200000 - kMaxKeptSkipped);
}

TEST_CASE("a JSON file of millions of tiny entries is refused before it is parsed", "[formats][bounds]")
{
    QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    aegis.reserve(5000000 * 13);
    for (int i = 0; i < 5000000; ++i) {
        aegis += i > 0 ? R"(,{"type":"x"})" : R"({"type":"x"})";
    }
    aegis += "]}}";
    QElapsedTimer timer;
    timer.start();
    Result<const Importer*> detected = detectFormat(aegis);
    REQUIRE_FALSE(detected);
    CHECK(detected.error().code == ErrorCode::LimitExceeded);
    CHECK(detected.error().detail == QStringLiteral("the file holds more than 600000 JSON objects and arrays; an "
                                                    "export of 100,000 accounts holds fewer"));
    auto named = importData(aegis, nullptr, u"aegis");
    REQUIRE_FALSE(named);
    CHECK(named.error().code == ErrorCode::LimitExceeded);
    CHECK(timer.elapsed() < 2000); // a count, no parse (a parse took over a minute and 1.3 GB)
}

TEST_CASE("an entry whose issuer or name is over the vault's bound is left out, the others imported",
          "[formats][bounds]")
{
    const QString longName(vault::limits::kMaxLabelLength + 1, QLatin1Char('x'));
    const QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[
        {"type":"totp","name":")" +
                             longName.toUtf8() + R"(","issuer":"Bank","info":{"secret":"JBSWY3DPEHPK3PXP"}},
        {"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP"}}
    ]}})";
    auto result = importData(aegis, nullptr);
    REQUIRE(result);
    REQUIRE(result->accounts.size() == 1);
    CHECK(result->accounts.first().issuer == QStringLiteral("Shop"));
    REQUIRE(result->skipped.size() == 1);
    CHECK(result->skipped.first().contains(QStringLiteral("longer than 1024 characters")));
    CHECK(result->skipped.first().size() < 250); // names the entry without repeating its whole name

    // The same through an otpauth URI list, which does not pass through the JSON importers.
    const QByteArray uris = "otpauth://totp/Bank:" + QUrl::toPercentEncoding(longName) +
                            "?secret=JBSWY3DPEHPK3PXP\notpauth://totp/Shop:New?secret=JBSWY3DPEHPK3PXP\n";
    auto fromUris = importData(uris, nullptr);
    REQUIRE(fromUris);
    const ImportPlan plan = planImport(*fromUris, {});
    REQUIRE(plan.items.size() == 1);
    CHECK(plan.items.first().account.issuer == QStringLiteral("Shop"));
    REQUIRE(plan.skipped.size() == 1);
    CHECK(plan.skipped.first().contains(QStringLiteral("longer than 1024 characters")));
}

TEST_CASE("a file of more accounts than a vault may hold is refused", "[formats][bounds]")
{
    QByteArray uris;
    for (int i = 0; i <= vault::limits::kMaxAccounts; ++i) {
        uris += "otpauth://totp/Shop:u" + QByteArray::number(i) + "?secret=JBSWY3DPEHPK3PXP\n";
    }
    auto result = importData(uris, nullptr);
    REQUIRE_FALSE(result);
    CHECK(result.error().code == ErrorCode::LimitExceeded);
    CHECK(result.error().detail ==
          QStringLiteral("the file holds more than 100000 accounts, more than a vault may hold"));
}
