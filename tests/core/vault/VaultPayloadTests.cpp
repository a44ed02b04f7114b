// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/AccountDetailsEdit.h"
#include "vault/VaultPayload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

using namespace twostep;
using namespace twostep::vault;

namespace {

// A real 1x1 PNG (from `convert -size 1x1 xc:red png:-`), the kind of bytes an icon holds.
const QByteArray kPng = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVQI12P4z8AAAAMBAQAY3Y2wAAAAAElFTkSuQmCC");

QString copyOfVersion2Vault(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    REQUIRE(QFile::copy(QStringLiteral(TWOSTEP_TEST_DATA_DIR "/vaults/version2.twostep"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

VaultEntry detailedEntry()
{
    VaultEntry entry;
    entry.id = QStringLiteral("5f0c1b1e-0000-4000-8000-000000000001");
    entry.account = test::makeAccount(3);
    entry.account.details.note = QStringLiteral("recovery codes in the safe\nsecond line");
    entry.account.details.groups = {QStringLiteral("Work"), QStringLiteral("클라우드")};
    entry.account.details.favorite = true;
    entry.account.details.icon = otp::AccountIcon{kPng, otp::kPngMime};
    entry.created = entry.updated =
        QDateTime::fromString(QStringLiteral("2026-11-30T10:00:00.000Z"), Qt::ISODateWithMs);
    entry.useCount = 42;
    entry.lastUsed = entry.created.addSecs(60);
    return entry;
}

// The JSON part of a serialized payload, and the bytes after its NUL.
std::pair<QJsonObject, QByteArray> split(const SecretBytes& plain)
{
    const auto bytes = plain.bytes();
    const auto nul = std::find(bytes.begin(), bytes.end(), std::uint8_t{0});
    const QByteArray json(reinterpret_cast<const char*>(bytes.data()), nul - bytes.begin());
    const QByteArray tail(reinterpret_cast<const char*>(&*nul) + 1, bytes.end() - nul - 1);
    return {QJsonDocument::fromJson(json).object(), tail};
}

SecretBytes joined(const QJsonObject& root, const QByteArray& tail)
{
    QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Compact) + '\0' + tail;
    return SecretBytes::takeFrom(bytes);
}

} // namespace

TEST_CASE("a vault written by Twostep before payload version 3 opens unchanged and gains the new fields on save",
          "[vault][payload]")
{
    QTemporaryDir dir;
    const QString path = copyOfVersion2Vault(dir);
    Result<Vault> vault = Vault::open(path, test::password("version2 fixture"));
    REQUIRE(vault);
    REQUIRE(vault->entries().size() == 2);
    const VaultEntry aws = vault->entries().at(1);
    CHECK(vault->entries().at(0).account.label() == QStringLiteral("Example:alice@example.com"));
    CHECK(aws.account.label() == QStringLiteral("Amazon Web Services:alice@123456789012"));
    CHECK(aws.account.awsMfaArn == QStringLiteral("arn:aws:iam::123456789012:mfa/alice"));
    CHECK(aws.account.parameters.digits() == 8);
    CHECK(aws.account.details == otp::AccountDetails{});
    CHECK(aws.useCount == 0);
    CHECK_FALSE(aws.lastUsed.isValid());
    REQUIRE(vault->tombstones().size() == 1); // ACME:bob, removed by the old binary

    otp::AccountDetails details = detailedEntry().account.details;
    REQUIRE(setAccountDetails(*vault, aws.id, details));
    const QDateTime used = QDateTime::fromString(QStringLiteral("2026-11-30T12:00:00.000Z"), Qt::ISODateWithMs);
    REQUIRE(recordUses(*vault, {{aws.id, 3}}, used));

    Result<Vault> reopened = Vault::open(path, test::password("version2 fixture"));
    REQUIRE(reopened);
    const VaultEntry* saved = reopened->entry(aws.id);
    REQUIRE(saved != nullptr);
    CHECK(saved->account.details == details);
    CHECK(saved->account.secret == aws.account.secret);
    CHECK(saved->useCount == 3);
    CHECK(saved->lastUsed == used);
    CHECK(saved->updated > aws.updated);
    CHECK(reopened->entries().at(0).account.details == otp::AccountDetails{});
}

TEST_CASE("payload version 3 gives back every field, icon bytes included, after the secrets", "[vault][payload]")
{
    const VaultEntry entry = detailedEntry();
    VaultEntry plain = detailedEntry();
    plain.id = QStringLiteral("5f0c1b1e-0000-4000-8000-000000000002");
    plain.account = test::makeAccount(4);
    plain.useCount = 0;
    plain.lastUsed = {};
    const SecretBytes bytes = payload::serialize({entry, plain});
    const auto [root, tail] = split(bytes);
    CHECK(root.value(QStringLiteral("version")).toInt() == 3);
    const QJsonObject first = root.value(QStringLiteral("accounts")).toArray().at(0).toObject();
    CHECK(first.value(QStringLiteral("iconMime")).toString() == QStringLiteral("image/png"));
    CHECK(first.value(QStringLiteral("iconBytes")).toInteger() == kPng.size());
    CHECK(first.value(QStringLiteral("groups")).toArray().size() == 2);
    const QJsonObject second = root.value(QStringLiteral("accounts")).toArray().at(1).toObject();
    CHECK_FALSE(second.contains(QStringLiteral("note"))); // absent fields cost nothing
    CHECK_FALSE(second.contains(QStringLiteral("useCount")));
    CHECK(tail.size() ==
          static_cast<qsizetype>(entry.account.secret.size() + plain.account.secret.size()) + kPng.size());

    Result<QList<VaultEntry>> parsed = payload::parse(bytes.bytes());
    REQUIRE(parsed);
    REQUIRE(parsed->size() == 2);
    CHECK(parsed->at(0) == entry);
    CHECK(parsed->at(1) == plain);
}

TEST_CASE("payload version 3 bounds every size and count a file gives for the new fields", "[vault][payload]")
{
    const auto [root, tail] = split(payload::serialize({detailedEntry()}));
    const auto withAccount = [&root = root](const char* key, const QJsonValue& value) {
        QJsonObject changed = root;
        QJsonArray accounts = changed.value(QStringLiteral("accounts")).toArray();
        QJsonObject account = accounts.at(0).toObject();
        account.insert(QString::fromLatin1(key), value);
        accounts.replace(0, account);
        changed.insert(QStringLiteral("accounts"), accounts);
        return changed;
    };
    SECTION("an icon longer than the bytes that follow")
    {
        auto parsed = payload::parse(joined(withAccount("iconBytes", 1000000), tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::CorruptFile);
    }
    SECTION("an icon over 256 KiB")
    {
        QByteArray big = tail + QByteArray(300 * 1024, 'x');
        auto parsed = payload::parse(joined(withAccount("iconBytes", 300 * 1024 + kPng.size()), big).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().detail.contains(QStringLiteral("icon")));
    }
    SECTION("more groups than an account may be in")
    {
        QJsonArray groups;
        for (int i = 0; i < 65; ++i) {
            groups.append(QStringLiteral("g%1").arg(i));
        }
        auto parsed = payload::parse(joined(withAccount("groups", groups), tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::LimitExceeded);
    }
    SECTION("a note over the length bound")
    {
        auto parsed = payload::parse(joined(withAccount("note", QString(10001, QLatin1Char('n'))), tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::LimitExceeded);
    }
    SECTION("icon bytes that are not the image type named")
    {
        auto parsed = payload::parse(joined(withAccount("iconMime", QStringLiteral("image/jpeg")), tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::CorruptFile);
    }
    SECTION("a negative use count")
    {
        auto parsed = payload::parse(joined(withAccount("useCount", -1), tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::CorruptFile);
    }
    SECTION("a payload version above 3")
    {
        QJsonObject later = root;
        later.insert(QStringLiteral("version"), 4);
        auto parsed = payload::parse(joined(later, tail).bytes());
        REQUIRE_FALSE(parsed);
        CHECK(parsed.error().code == ErrorCode::UnsupportedVersion);
    }
}

TEST_CASE("details over a bound are refused when saved, not kept", "[vault][payload]")
{
    QTemporaryDir dir;
    const QString path = copyOfVersion2Vault(dir);
    Result<Vault> vault = Vault::open(path, test::password("version2 fixture"));
    REQUIRE(vault);
    otp::AccountDetails details;
    details.icon = otp::AccountIcon{QByteArray("GIF89a not allowed"), QStringLiteral("image/gif")};
    const auto outcome = setAccountDetails(*vault, vault->entries().at(0).id, details);
    REQUIRE_FALSE(outcome);
    CHECK(outcome.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(vault->hasUnsavedChanges());
}
