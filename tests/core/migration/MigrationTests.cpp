// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "migration/Migration.h"
#include "migration/OtpText.h"
#include "migration/TransferBatches.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>

using namespace twostep;
using namespace twostep::migration;

namespace {

struct SampleBatch
{
    QString uri;
    QList<otp::Account> expected;
};

// google_migration.txt: each transfer URI is preceded by comment lines with the otpauth URIs it holds.
QList<SampleBatch> readSamples()
{
    QFile file(test::samplesDir() + QStringLiteral("/google_migration.txt"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<SampleBatch> batches;
    QList<otp::Account> pending;
    for (const QByteArray& rawLine : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(QStringLiteral("# otpauth://"))) {
            const QString uri = line.mid(2).section(QLatin1Char(' '), 0, 0);
            auto parsed = otp::parseOtpauthUri(uri);
            REQUIRE(parsed.ok());
            pending.append(parsed->account);
        } else if (line.startsWith(QStringLiteral("otpauth-migration://"))) {
            batches.append({line, pending});
            pending.clear();
        }
    }
    return batches;
}

otp::Account makeAccount(const QString& issuer, const QString& name, otp::OtpType type, otp::Algorithm algorithm,
                         int digits, std::int64_t period, std::uint64_t counter, int secretSize)
{
    otp::Account account;
    account.issuer = issuer;
    account.name = name;
    auto parameters = otp::OtpParameters::create(type, algorithm, digits, period, counter);
    REQUIRE(parameters.ok());
    account.parameters = *parameters;
    account.secret = SecretBytes(static_cast<std::size_t>(secretSize));
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(account.secret.data()), secretSize / 4);
    return account;
}

QString migrationUriFor(const QByteArray& payload)
{
    return QStringLiteral("otpauth-migration://offline?data=") +
           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(payload.toBase64())));
}

} // namespace

TEST_CASE("Google Authenticator transfer samples decode to the accounts listed", "[migration]")
{
    const QList<SampleBatch> samples = readSamples();
    REQUIRE(samples.size() == 5);
    for (const SampleBatch& sample : samples) {
        INFO(sample.uri.toStdString());
        auto batch = parseMigrationUri(sample.uri);
        REQUIRE(batch.ok());
        CHECK(batch->warnings.isEmpty());
        CHECK(batch->version == 1);
        CHECK(batch->batchSize == 1);
        CHECK(batch->batchIndex == 0);
        REQUIRE(batch->accounts.size() == sample.expected.size());
        // The file lists a batch's accounts, not always in payload order.
        QList<otp::Account> unmatched = sample.expected;
        for (const otp::Account& account : batch->accounts) {
            CHECK(otp::encodeBase32(account.secret.bytes()) == QStringLiteral("7KSQL2JTUDIS5EF65KLMRQIIGY"));
            INFO("decoded " << account.label().toStdString());
            const qsizetype index = unmatched.indexOf(account);
            CHECK(index >= 0);
            if (index >= 0) {
                unmatched.removeAt(index);
            }
        }
        CHECK(unmatched.isEmpty());
    }
}

TEST_CASE("transfer sample fields: negative batch_id, UTF-8 name, hotp counter", "[migration]")
{
    const QList<SampleBatch> samples = readSamples();
    auto first = parseMigrationUri(samples[0].uri);
    REQUIRE(first.ok());
    CHECK(first->batchId < 0);
    CHECK(first->accounts[0].issuer == QStringLiteral("raspberrypi"));
    CHECK(first->accounts[0].name == QStringLiteral("pi@raspberrypi"));

    auto hotp = parseMigrationUri(samples[3].uri);
    REQUIRE(hotp.ok());
    CHECK(hotp->accounts[0].parameters.type() == otp::OtpType::Hotp);
    CHECK(hotp->accounts[0].parameters.counter() == 4);
    CHECK(hotp->accounts[0].name == QStringLiteral("hotp demo"));

    auto utf8 = parseMigrationUri(samples[4].uri);
    REQUIRE(utf8.ok());
    CHECK(utf8->accounts[0].issuer == QStringLiteral("encoding"));
    CHECK(utf8->accounts[0].name == QString::fromUtf8("\xC2\xBF\xC3\xA4\xC3\x84\xC3\xA9\xC3\x89? (demo)"));
}

TEST_CASE("transfer data: '+' stays base64, spaces from a form decoder and missing padding are accepted", "[migration]")
{
    const QString uri = readSamples()[0].uri;
    auto reference = parseMigrationUri(uri);
    REQUIRE(reference.ok());
    QString data = QUrl::fromPercentEncoding(uri.section(QStringLiteral("data="), 1).toLatin1());
    REQUIRE(data.contains(QLatin1Char('+')));
    // Unencoded '+' must not become a space.
    auto raw = parseMigrationUri(QString(QStringLiteral("otpauth-migration://offline?data=") + data));
    REQUIRE(raw.ok());
    CHECK(raw->accounts == reference->accounts);
    QString spaced = data;
    spaced.replace(QLatin1Char('+'), QLatin1Char(' '));
    auto fromForm = parseMigrationUri(QString(QStringLiteral("otpauth-migration://offline?data=") + spaced));
    REQUIRE(fromForm.ok());
    CHECK(fromForm->accounts == reference->accounts);
    while (data.endsWith(QLatin1Char('='))) {
        data.chop(1);
    }
    auto unpadded = parseMigrationUri(QString(QStringLiteral("otpauth-migration://offline?data=") + data));
    REQUIRE(unpadded.ok());
    CHECK(unpadded->accounts == reference->accounts);
}

TEST_CASE("corrupt transfer data is an error, never a crash", "[migration]")
{
    const auto invalid = GENERATE(as<const char*>{},
                                  "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",              // wrong scheme
                                  "otpauth-migration://offline",                           // no data
                                  "otpauth-migration://offline?data=",                     // empty data
                                  "otpauth-migration://offline?data=%40%40%40%40",         // not base64
                                  "otpauth-migration://offline?data=CjUKEPqlBek*zoNE",     // stray character
                                  "otpauth-migration://offline?data=CjUKEPqlBekzoNEukL7q", // truncated payload
                                  "otpauth-migration://offline?data=CAE%3D",               // field 1 as a varint
                                  "otpauth-migration://offline?data=EAEYASAA",             // batch fields, no account
                                  "otpauth-migration://offline?data=CgIIAQ%3D%3D",         // account without secret
                                  "otpauth-migration://offline?data=%2F%2F%2F%2F");        // garbage bytes
    INFO(invalid);
    auto batch = parseMigrationUri(QString::fromLatin1(invalid));
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().code == ErrorCode::InvalidInput);
    CHECK(batch.error().detail.startsWith(QStringLiteral("transfer QR: ")));
}

TEST_CASE("mutated transfer payloads never crash the parser", "[migration]")
{
    const QString uri = readSamples()[2].uri;
    const QByteArray payload = QByteArray::fromBase64(
        QUrl::fromPercentEncoding(uri.section(QStringLiteral("data="), 1).toLatin1()).toLatin1());
    REQUIRE(payload.size() > 40);
    QRandomGenerator random(20260101);
    int rejected = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = payload;
        const int edits = 1 + random.bounded(4);
        for (int e = 0; e < edits; ++e) {
            const int position = random.bounded(static_cast<int>(mutated.size()));
            switch (random.bounded(3)) {
            case 0:
                mutated[position] = static_cast<char>(random.bounded(256));
                break;
            case 1:
                mutated.truncate(position);
                break;
            default:
                mutated.insert(position, static_cast<char>(random.bounded(256)));
                break;
            }
            if (mutated.isEmpty()) {
                mutated = "x";
            }
        }
        auto batch = parseMigrationUri(migrationUriFor(mutated));
        if (!batch.ok()) {
            ++rejected;
            CHECK(!batch.error().detail.isEmpty());
        } else {
            for (const otp::Account& account : batch->accounts) {
                CHECK(!account.secret.empty());
            }
        }
    }
    CHECK(rejected > 0);
}

TEST_CASE("MD5 and unknown enum values are left out with a warning naming the account", "[migration]")
{
    // Two entries: secret 0x01, name "ok"; secret 0x02, name "md5", algorithm MD5 (4).
    const QByteArray payload = QByteArray::fromHex("0a070a01011202"
                                                   "6f6b"
                                                   "0a0a0a010212036d6435"
                                                   "2004");
    auto batch = parseMigrationUri(migrationUriFor(payload));
    REQUIRE(batch.ok());
    REQUIRE(batch->accounts.size() == 1);
    CHECK(batch->accounts[0].name == QStringLiteral("ok"));
    REQUIRE(batch->warnings.size() == 1);
    CHECK(batch->warnings[0].contains(QStringLiteral("md5")));
    CHECK(batch->warnings[0].contains(QStringLiteral("MD5")));
}

TEST_CASE("our transfer export decodes back to the same accounts, in batches of ten", "[migration]")
{
    QList<otp::Account> accounts;
    for (int i = 0; i < 23; ++i) {
        const auto type = i % 3 == 0 ? otp::OtpType::Hotp : otp::OtpType::Totp;
        const auto algorithm = std::array{otp::Algorithm::Sha1, otp::Algorithm::Sha256,
                                          otp::Algorithm::Sha512}[static_cast<std::size_t>(i) % 3];
        accounts.append(makeAccount(i % 4 == 0 ? QString() : QStringLiteral("Issuer %1").arg(i),
                                    QString::fromUtf8("user%1@例え.jp").arg(i), type, algorithm, i % 2 ? 8 : 6, 30,
                                    type == otp::OtpType::Hotp ? std::uint64_t(i) * 1000003 : 0, 20 + (i % 3) * 12));
    }
    const MigrationExport exported = buildMigrationUris(accounts);
    CHECK(exported.warnings.isEmpty());
    REQUIRE(exported.uris.size() == 3);
    QList<otp::Account> decoded;
    QSet<int> batchIds;
    for (int index = 0; index < exported.uris.size(); ++index) {
        auto batch = parseMigrationUri(exported.uris[index]);
        REQUIRE(batch.ok());
        CHECK(batch->version == 1);
        CHECK(batch->batchSize == 3);
        CHECK(batch->batchIndex == index);
        CHECK(batch->accounts.size() == (index < 2 ? 10 : 3));
        batchIds.insert(batch->batchId);
        decoded.append(batch->accounts);
    }
    CHECK(batchIds.size() == 1);
    REQUIRE(decoded.size() == accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        CHECK(decoded[i] == accounts[i]);
    }
}

TEST_CASE("accounts the transfer format cannot carry are left out by name", "[migration]")
{
    QList<otp::Account> accounts{
        makeAccount(QStringLiteral("Deno"), QStringLiteral("Mason"), otp::OtpType::Totp, otp::Algorithm::Sha1, 6, 30, 0,
                    16),
        makeAccount(QStringLiteral("SPDX"), QStringLiteral("James"), otp::OtpType::Totp, otp::Algorithm::Sha256, 7, 20,
                    0, 16),
        makeAccount(QStringLiteral("Airbnb"), QStringLiteral("Elijah"), otp::OtpType::Totp, otp::Algorithm::Sha512, 8,
                    50, 0, 16),
        makeAccount(QStringLiteral("Air Canada"), QStringLiteral("Benjamin"), otp::OtpType::Hotp,
                    otp::Algorithm::Sha256, 7, 30, 50, 16),
        makeAccount(QStringLiteral("Boeing"), QStringLiteral("Sophia"), otp::OtpType::Steam, otp::Algorithm::Sha1, 5,
                    30, 0, 16),
    };
    const MigrationExport exported = buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 1);
    auto batch = parseMigrationUri(exported.uris[0]);
    REQUIRE(batch.ok());
    REQUIRE(batch->accounts.size() == 1);
    CHECK(batch->accounts[0] == accounts[0]);
    REQUIRE(exported.warnings.size() == 4);
    CHECK(exported.warnings[0].startsWith(QStringLiteral("SPDX:James")));
    CHECK(exported.warnings[1].startsWith(QStringLiteral("Airbnb:Elijah")));
    CHECK(exported.warnings[1].contains(QStringLiteral("50 s")));
    CHECK(exported.warnings[2].startsWith(QStringLiteral("Air Canada:Benjamin")));
    CHECK(exported.warnings[2].contains(QStringLiteral("7 digits")));
    CHECK(exported.warnings[3].startsWith(QStringLiteral("Boeing:Sophia")));
    CHECK(exported.warnings[3].contains(QStringLiteral("Steam")));

    CHECK(buildMigrationUris({accounts[4]}).uris.isEmpty());
}

TEST_CASE("accountsFromOtpText reads both URI kinds and rejects other text", "[migration]")
{
    QStringList warnings;
    auto single =
        accountsFromOtpText(u"  otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP&issuer=Example\n", &warnings);
    REQUIRE(single.ok());
    REQUIRE(single->size() == 1);
    CHECK((*single)[0].issuer == QStringLiteral("Example"));

    auto batch = accountsFromOtpText(readSamples()[2].uri, &warnings);
    REQUIRE(batch.ok());
    CHECK(batch->size() == 2);

    auto other = accountsFromOtpText(u"https://example.com/");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().detail.startsWith(QStringLiteral("not an OTP code")));
    CHECK_FALSE(accountsFromOtpText(u"otpauth://totp/x").ok());
}

namespace {

// A 25-account export: batches of 10, 10 and 5 accounts under one batch_id.
MigrationExport threeBatchExport(QList<otp::Account>* accounts = nullptr)
{
    QList<otp::Account> all;
    for (int i = 0; i < 25; ++i) {
        all.append(makeAccount(QStringLiteral("Issuer %1").arg(i), QStringLiteral("user%1").arg(i), otp::OtpType::Totp,
                               otp::Algorithm::Sha1, 6, 30, 0, 20));
    }
    MigrationExport exported = buildMigrationUris(all);
    REQUIRE(exported.uris.size() == 3);
    if (accounts != nullptr) {
        *accounts = all;
    }
    return exported;
}

MigrationBatch batchFields(std::int32_t id, int size, int index)
{
    MigrationBatch batch;
    batch.batchId = id;
    batch.batchSize = size;
    batch.batchIndex = index;
    return batch;
}

} // namespace

TEST_CASE("batch 1 of a 3-QR transfer export alone: its accounts, and batches 2 and 3 of 3 missing", "[migration]")
{
    QList<otp::Account> accounts;
    const MigrationExport exported = threeBatchExport(&accounts);
    TransferBatches batches;
    auto first = accountsFromOtpText(exported.uris.at(0), nullptr, nullptr, &batches);
    REQUIRE(first.ok());
    CHECK(*first == accounts.mid(0, 10));
    const QList<MissingBatches> missing = batches.missing();
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().batchSize == 3);
    CHECK(missing.first().numbers == QList<int>{2, 3});
    CHECK(missing.first().count == 2);
    CHECK(missing.first().batchId == parseMigrationUri(exported.uris.at(0))->batchId);

    // The third QR, scanned twice, leaves only batch 2; all three leave nothing.
    REQUIRE(accountsFromOtpText(exported.uris.at(2), nullptr, nullptr, &batches).ok());
    REQUIRE(accountsFromOtpText(exported.uris.at(2), nullptr, nullptr, &batches).ok());
    REQUIRE(batches.missing().size() == 1);
    CHECK(batches.missing().first().numbers == QList<int>{2});
    CHECK(batches.missing().first().count == 1);
    REQUIRE(accountsFromOtpText(exported.uris.at(1), nullptr, nullptr, &batches).ok());
    CHECK(batches.missing().isEmpty());
}

TEST_CASE("missing batches are kept per export, and single QRs and impossible indexes tell nothing", "[migration]")
{
    TransferBatches batches;
    batches.add(batchFields(7, 1, 0)); // a one-QR export
    batches.add(batchFields(7, 0, 0)); // batch fields not set (older apps)
    batches.add(batchFields(8, 4, 4)); // index outside 0..3
    batches.add(batchFields(8, 4, -1));
    CHECK(batches.missing().isEmpty());

    batches.add(batchFields(-5, 4, 1));
    batches.add(batchFields(9, 2, 1));
    batches.add(batchFields(-5, 4, 3));
    const QList<MissingBatches> missing = batches.missing();
    REQUIRE(missing.size() == 2);
    CHECK(missing.at(0) == MissingBatches{-5, 4, {1, 3}, 2});
    CHECK(missing.at(1) == MissingBatches{9, 2, {1}, 1});
}

TEST_CASE("a batch_size of 2^31-1 lists the first 20 missing batches and counts the rest", "[migration]")
{
    TransferBatches batches;
    for (int index = 0; index < 100'000; index += 2) {
        batches.add(batchFields(1, 2147483647, index));
    }
    const QList<MissingBatches> missing = batches.missing();
    REQUIRE(missing.size() == 1);
    CHECK(missing.first().count == 2147483647 - 50'000);
    REQUIRE(missing.first().numbers.size() == kMaxListedBatches);
    CHECK(missing.first().numbers.first() == 2);
    CHECK(missing.first().numbers.last() == 40);
}

namespace {

// One HOTP entry of a payload: secret "0123456789", name `name`, the counter as a raw varint.
QByteArray hotpEntry(const QByteArray& name, const QByteArray& counterVarint)
{
    QByteArray entry = QByteArray("\x0a\x0a", 2) + "0123456789" + '\x12' + char(name.size()) + name +
                       QByteArray("\x30\x01\x38", 3) + counterVarint;
    return '\x0a' + QByteArray(1, char(entry.size())) + entry;
}

} // namespace

TEST_CASE("transfer counters: int64 2^63-1 is read, a negative one is left out by name, never wrapped", "[migration]")
{
    const QByteArray largest = QByteArray::fromHex("ffffffffffffffff7f");    // 2^63 - 1
    const QByteArray minusOne = QByteArray::fromHex("ffffffffffffffffff01"); // -1 as int64
    const QByteArray payload =
        hotpEntry("big", largest) + hotpEntry("minus", minusOne) + QByteArray::fromHex("100118012000");
    auto batch = parseMigrationUri(migrationUriFor(payload));
    REQUIRE(batch.ok());
    REQUIRE(batch->accounts.size() == 1);
    CHECK(batch->accounts.first().name == QStringLiteral("big"));
    CHECK(batch->accounts.first().parameters.counter() == 9223372036854775807ULL);
    REQUIRE(batch->warnings.size() == 1);
    CHECK(batch->warnings.first() == QStringLiteral("minus: left out: negative counter -1"));
}

TEST_CASE("a counter past int64 cannot travel in a transfer QR: left out by name, 2^63-1 goes through", "[migration]")
{
    otp::Account fits = makeAccount(QStringLiteral("Fits"), QStringLiteral("a"), otp::OtpType::Hotp,
                                    otp::Algorithm::Sha1, 6, 30, 9223372036854775807ULL, 20);
    otp::Account past = makeAccount(QStringLiteral("Past"), QStringLiteral("b"), otp::OtpType::Hotp,
                                    otp::Algorithm::Sha1, 6, 30, 9223372036854775808ULL, 20);
    const MigrationExport exported = buildMigrationUris({fits, past});
    REQUIRE(exported.uris.size() == 1);
    REQUIRE(exported.warnings.size() == 1);
    CHECK(exported.warnings.first() ==
          QStringLiteral("Past:b: left out, its counter is too large for the transfer format"));
    auto batch = parseMigrationUri(exported.uris.first());
    REQUIRE(batch.ok());
    REQUIRE(batch->accounts.size() == 1);
    CHECK(batch->accounts.first() == fits);
}

TEST_CASE("an account too long for a QR code is left out by name; the rest fill batches that each fit one QR",
          "[migration]")
{
    QList<otp::Account> accounts;
    accounts.append(makeAccount(QString(3000, QLatin1Char('L')), QStringLiteral("l"), otp::OtpType::Totp,
                                otp::Algorithm::Sha1, 6, 30, 0, 20));
    // Ten accounts of ~300 bytes (~400 in base64): more than one QR holds, so fewer than ten per batch.
    for (int i = 0; i < 10; ++i) {
        accounts.append(makeAccount(QString(120, QChar(u'a' + i)), QString(120, QLatin1Char('n')), otp::OtpType::Totp,
                                    otp::Algorithm::Sha1, 6, 30, 0, 64));
    }
    const MigrationExport exported = buildMigrationUris(accounts);
    REQUIRE(exported.warnings.size() == 1);
    CHECK(exported.warnings.first().startsWith(QString(3000, QLatin1Char('L')) + QStringLiteral(":l: left out, ")));
    CHECK(exported.warnings.first().contains(QStringLiteral("too long for a QR code")));
    CHECK(exported.accountCount == 10);
    REQUIRE(exported.uris.size() > 1);
    QList<otp::Account> decoded;
    for (const QString& uri : exported.uris) {
        CHECK(uri.size() <= kMaxQrUriBytes);
        CHECK(qr::encodeQr(uri, 1).ok());
        auto batch = parseMigrationUri(uri);
        REQUIRE(batch.ok());
        CHECK(batch->batchSize == exported.uris.size());
        decoded += batch->accounts;
    }
    CHECK(decoded == accounts.mid(1));
}
