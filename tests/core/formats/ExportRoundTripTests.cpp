// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/AegisImporter.h"
#include "formats/Exporters.h"
#include "formats/FormatRegistry.h"
#include "otp/Base32.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <random>

using namespace twostep;
using namespace twostep::formats;

namespace {

QString randomText(std::mt19937& random, bool allowEmpty)
{
    // Letters from several scripts, spaces inside, and characters URIs and JSON must escape.
    static const QString alphabet = QStringLiteral("abcXYZ019 .@+%&#?=/\"\\'한국어테스트ÄéßЖ😀€");
    const int length = std::uniform_int_distribution<int>(allowEmpty ? 0 : 1, 12)(random);
    QString text;
    for (int i = 0; i < length; ++i) {
        const auto index = std::uniform_int_distribution<qsizetype>(0, alphabet.size() - 1)(random);
        QChar c = alphabet.at(index);
        if (c.isHighSurrogate() && index + 1 < alphabet.size()) {
            text.append(c);
            c = alphabet.at(index + 1);
        } else if (c.isLowSurrogate()) {
            c = QLatin1Char('x');
        }
        text.append(c);
    }
    return text.trimmed().isEmpty() && !allowEmpty ? QStringLiteral("n") : text.trimmed();
}

QList<otp::Account> randomAccounts(int count, unsigned seed)
{
    std::mt19937 random(seed);
    QList<otp::Account> accounts;
    for (int i = 0; i < count; ++i) {
        otp::Account account;
        account.issuer = randomText(random, true);
        account.name = randomText(random, false);
        QByteArray secret(std::uniform_int_distribution<int>(10, 64)(random), '\0');
        for (char& byte : secret) {
            byte = static_cast<char>(std::uniform_int_distribution<int>(0, 255)(random));
        }
        account.secret = SecretBytes::takeFrom(secret);
        const auto type = static_cast<otp::OtpType>(std::uniform_int_distribution<int>(0, 2)(random));
        if (type == otp::OtpType::Steam) {
            account.parameters = otp::OtpParameters::steamDefaults();
        } else {
            const auto algorithm = static_cast<otp::Algorithm>(std::uniform_int_distribution<int>(0, 2)(random));
            const int digits = std::uniform_int_distribution<int>(otp::kMinDigits, otp::kMaxDigits)(random);
            const std::int64_t period = std::uniform_int_distribution<std::int64_t>(1, 300)(random);
            const std::uint64_t counter =
                std::uniform_int_distribution<std::uint64_t>(0, std::uint64_t{1} << 40)(random);
            account.parameters = otp::OtpParameters::create(type, algorithm, digits, period, counter).value();
        }
        accounts.append(std::move(account));
    }
    return accounts;
}

void requireSame(const QList<otp::Account>& got, const QList<otp::Account>& want)
{
    REQUIRE(got.size() == want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        INFO("account " << i + 1 << ": want " << test::describe(want.at(i)).toStdString() << "\n got "
                        << test::describe(got.at(i)).toStdString());
        REQUIRE(got.at(i) == want.at(i));
    }
}

QByteArray bytesOf(const SecretBytes& secret)
{
    return QByteArray(reinterpret_cast<const char*>(secret.data()), static_cast<qsizetype>(secret.size()));
}

} // namespace

TEST_CASE("1,000 random accounts survive an Aegis JSON export and import", "[formats][export]")
{
    const QList<otp::Account> accounts = randomAccounts(1000, 7);
    const QByteArray json = bytesOf(exportAegisJson(accounts));
    auto detected = detectFormat(json);
    REQUIRE(detected);
    CHECK((*detected)->name() == QStringLiteral("aegis"));
    auto result = importData(json, nullptr);
    REQUIRE(result);
    CHECK(result->skipped.isEmpty());
    CHECK(result->notes.isEmpty());
    requireSame(result->accounts, accounts);
}

TEST_CASE("1,000 random accounts survive an otpauth URI list export and import", "[formats][export]")
{
    const QList<otp::Account> accounts = randomAccounts(1000, 11);
    const QByteArray text = bytesOf(exportUriList(accounts));
    CHECK(text.count('\n') == 1000);
    auto result = importData(text, nullptr);
    REQUIRE(result);
    requireSame(result->accounts, accounts);
}

// The fields Aegis's importer reads (VaultEntry and OtpInfo in its source): anything else it
// ignores, anything missing or mistyped here makes it reject the file.
TEST_CASE("the Aegis export follows the schema Aegis's importer reads", "[formats][export]")
{
    QList<otp::Account> accounts = randomAccounts(60, 3);
    accounts.append(test::sampleTable());
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(exportAegisJson(accounts)));
    REQUIRE(document.isObject());
    const QJsonObject root = document.object();
    CHECK(root.value(QStringLiteral("version")).toInt() == 1);
    const QJsonObject header = root.value(QStringLiteral("header")).toObject();
    CHECK(header.value(QStringLiteral("slots")).isNull());
    CHECK(header.value(QStringLiteral("params")).isNull());
    const QJsonObject db = root.value(QStringLiteral("db")).toObject();
    CHECK(db.value(QStringLiteral("version")).toInt() == 3);
    CHECK(db.value(QStringLiteral("groups")).isArray());
    const QJsonArray entries = db.value(QStringLiteral("entries")).toArray();
    REQUIRE(entries.size() == accounts.size());
    const QRegularExpression base32(QStringLiteral("^[A-Z2-7]+$"));
    QSet<QString> uuids;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        INFO("entry " << i + 1);
        const QJsonObject entry = entries.at(i).toObject();
        const QString type = entry.value(QStringLiteral("type")).toString();
        CHECK((type == QStringLiteral("totp") || type == QStringLiteral("hotp") || type == QStringLiteral("steam")));
        const QString uuid = entry.value(QStringLiteral("uuid")).toString();
        CHECK_FALSE(QUuid::fromString(uuid).isNull());
        uuids.insert(uuid);
        CHECK(entry.value(QStringLiteral("name")).isString());
        CHECK(entry.value(QStringLiteral("issuer")).isString());
        CHECK(entry.value(QStringLiteral("note")).isString());
        CHECK(entry.value(QStringLiteral("favorite")).isBool());
        CHECK(entry.value(QStringLiteral("icon")).isNull());
        CHECK(entry.value(QStringLiteral("groups")).isArray());
        const QJsonObject info = entry.value(QStringLiteral("info")).toObject();
        CHECK(base32.match(info.value(QStringLiteral("secret")).toString()).hasMatch());
        const QString algo = info.value(QStringLiteral("algo")).toString();
        CHECK((algo == QStringLiteral("SHA1") || algo == QStringLiteral("SHA256") || algo == QStringLiteral("SHA512")));
        const int digits = info.value(QStringLiteral("digits")).toInt(-1);
        if (type == QStringLiteral("steam")) {
            CHECK(digits == 5);
            CHECK(algo == QStringLiteral("SHA1"));
        } else {
            CHECK((digits >= 6 && digits <= 10));
        }
        if (type == QStringLiteral("hotp")) {
            CHECK(info.value(QStringLiteral("counter")).toDouble(-1) >= 0);
            CHECK_FALSE(info.contains(QStringLiteral("period")));
        } else {
            CHECK(info.value(QStringLiteral("period")).toInt(-1) > 0);
        }
    }
    CHECK(uuids.size() == accounts.size());
    // The README's own accounts read back exactly through the same reader as Aegis's own files.
    auto reread = AegisImporter::readDatabase(db);
    REQUIRE(reread);
    requireSame(reread->accounts, accounts);
}

TEST_CASE("export files are written 0600 and never replace an existing file", "[formats][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("accounts.txt"));
    const SecretBytes bytes = exportUriList(test::sampleTable());
    REQUIRE(writeExportFile(path, bytes));
    const QFileInfo info(path);
    CHECK(info.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == bytesOf(bytes));

    const Status again = writeExportFile(path, exportUriList({}));
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::InvalidInput);
    CHECK(again.error().detail.contains(QStringLiteral("exists")));
}

TEST_CASE("export files are never written through a symlink at the path, dangling or not", "[formats][export]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("target.txt"));
    const QString link = dir.filePath(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(target, link));
    CHECK_FALSE(checkNewExportFile(link));
    const Status dangling = writeExportFile(link, exportUriList(test::sampleTable()));
    REQUIRE_FALSE(dangling);
    CHECK(dangling.error().code == ErrorCode::InvalidInput);
    CHECK(dangling.error().detail.contains(QStringLiteral("already exists")));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QFileInfo(link).isSymLink());

    QFile own(target);
    REQUIRE(own.open(QIODevice::WriteOnly));
    own.write("the user's own file\n");
    own.close();
    REQUIRE_FALSE(writeExportFile(link, exportUriList(test::sampleTable())));
    REQUIRE(own.open(QIODevice::ReadOnly));
    CHECK(own.readAll() == QByteArray("the user's own file\n"));
    CHECK(QFileInfo(link).isSymLink());
}

TEST_CASE("an Aegis export leaves out a counter above 2^53 by name and writes 2^53 exactly", "[formats][export]")
{
    const auto hotp = [](const char* issuer, std::uint64_t counter) {
        otp::Account result;
        result.issuer = QString::fromLatin1(issuer);
        result.name = QStringLiteral("h");
        QByteArray key("12345678901234567890");
        result.secret = SecretBytes::takeFrom(key);
        result.parameters =
            otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, counter).value();
        return result;
    };
    // 2^64-2 was written as -2; 2^63-1 and 2^53+1 read back as doubles lose their last bits.
    const QList<otp::Account> accounts = {hotp("Past", 18446744073709551614ULL), hotp("Long", 9223372036854775807ULL),
                                          hotp("Odd", 9007199254740993ULL), hotp("Exact", 9007199254740992ULL),
                                          hotp("Small", 7)};
    QStringList leftOut;
    const QByteArray json = bytesOf(exportAegisJson(accounts, &leftOut));
    REQUIRE(leftOut.size() == 3);
    CHECK(leftOut.at(0) == QStringLiteral("Past:h: left out, its counter 18446744073709551614 is beyond 2^53 "
                                          "(9007199254740992), the largest whole number a JSON number holds exactly"));
    CHECK(leftOut.at(1).startsWith(QStringLiteral("Long:h: left out, its counter 9223372036854775807 ")));
    CHECK(leftOut.at(2).startsWith(QStringLiteral("Odd:h: left out, its counter 9007199254740993 ")));
    CHECK_FALSE(json.contains("Past"));
    CHECK_FALSE(json.contains("\"counter\": -"));
    CHECK(json.contains("\"counter\": 9007199254740992"));
    auto imported = importData(json, nullptr);
    REQUIRE(imported);
    INFO(imported->skipped.join(QLatin1Char('\n')).toStdString());
    CHECK(imported->skipped.isEmpty());
    REQUIRE(imported->accounts.size() == 2);
    CHECK(imported->accounts.at(0).parameters.counter() == 9007199254740992ULL);
    CHECK(imported->accounts.at(1).parameters.counter() == 7);
}
