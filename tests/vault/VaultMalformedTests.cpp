// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;
using test::password;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QByteArray original;
    QList<VaultEntry> entries;

    Fixture()
    {
        Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->addAccount(test::makeAccount(1)));
        entries = vault->entries();
        original = test::readAll(path);
    }

    // Opens `bytes` as the vault file; the attempt must leave the file exactly as it was.
    Result<Vault> openBytes(const QByteArray& bytes)
    {
        test::writeAll(path, bytes);
        Result<Vault> opened = Vault::open(path, password());
        REQUIRE(test::readAll(path) == bytes);
        return opened;
    }

    QJsonObject json() const { return QJsonDocument::fromJson(original).object(); }
    static QByteArray bytesOf(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }
};

} // namespace

TEST_CASE("every single byte of a vault flipped in turn is rejected, never opened with other data",
          "[vault][malformed]")
{
    Fixture f;
    REQUIRE(f.openBytes(f.original)); // the unchanged file opens
    int failures = 0;
    for (qsizetype i = 0; i < f.original.size(); ++i) {
        QByteArray changed = f.original;
        changed[i] = static_cast<char>(changed[i] ^ (1 << (i % 8))); // each bit position in turn
        Result<Vault> opened = f.openBytes(changed);
        if (opened) {
            ++failures;
            UNSCOPED_INFO("byte " << i << " flipped still opened");
        } else {
            const ErrorCode code = opened.error().code;
            CHECK((code == ErrorCode::CorruptFile || code == ErrorCode::WrongPassword ||
                   code == ErrorCode::UnsupportedVersion));
            CHECK_FALSE(opened.error().detail.isEmpty());
        }
    }
    CHECK(failures == 0);
}

TEST_CASE("a vault truncated at 20 places is rejected as damaged", "[vault][malformed]")
{
    Fixture f;
    for (int k = 0; k < 20; ++k) {
        const qsizetype length = f.original.size() * k / 20;
        Result<Vault> opened = f.openBytes(f.original.left(length));
        INFO("length " << length);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::CorruptFile);
        CHECK(opened.error().detail.startsWith(QStringLiteral("vault file is damaged")));
    }
}

TEST_CASE("a tampered header is rejected", "[vault][malformed]")
{
    Fixture f;
    const QJsonObject root = f.json();
    const QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    const auto withSlot = [&root](const QString& key, const QJsonValue& value) {
        QJsonObject changedSlot = root[QStringLiteral("slots")].toArray().first().toObject();
        changedSlot[key] = value;
        QJsonObject changed = root;
        changed[QStringLiteral("slots")] = QJsonArray{changedSlot};
        return Fixture::bytesOf(changed);
    };
    const auto with = [&root](const QString& key, const QJsonValue& value) {
        QJsonObject changed = root;
        changed[key] = value;
        return Fixture::bytesOf(changed);
    };
    REQUIRE(f.openBytes(Fixture::bytesOf(root))); // re-serialising alone changes nothing

    SECTION("version")
    {
        Result<Vault> opened = f.openBytes(with(QStringLiteral("version"), 7));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::UnsupportedVersion);
        CHECK(opened.error().detail == QStringLiteral("unsupported vault version 7"));
    }
    SECTION("payload nonce")
    {
        QByteArray nonce = QByteArray::fromBase64(root[QStringLiteral("nonce")].toString().toLatin1());
        nonce[0] = static_cast<char>(nonce[0] + 1);
        Result<Vault> opened = f.openBytes(with(QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().code == ErrorCode::CorruptFile);
        CHECK(opened.error().detail == QStringLiteral("vault file is damaged: authentication failed"));
    }
    SECTION("generation")
    {
        Result<Vault> opened = f.openBytes(with(QStringLiteral("generation"), 99));
        REQUIRE_FALSE(opened);
        CHECK(opened.error().detail == QStringLiteral("vault file is damaged: authentication failed"));
    }
    SECTION("KDF parameters within bounds: the derived key no longer unwraps")
    {
        for (const char* key : {"memoryKiB", "iterations", "parallelism"}) {
            Result<Vault> opened =
                f.openBytes(withSlot(QString::fromLatin1(key), slot[QString::fromLatin1(key)].toInt() + 1));
            REQUIRE_FALSE(opened);
            CHECK(opened.error().code == ErrorCode::WrongPassword);
        }
    }
    SECTION("KDF parameters too weak or large enough to exhaust memory: rejected before use")
    {
        const QList<std::pair<const char*, qint64>> cases = {
            {"memoryKiB", 8},        {"memoryKiB", 64LL << 20}, {"memoryKiB", 1LL << 40}, {"iterations", 0},
            {"iterations", 1000000}, {"parallelism", 0},        {"parallelism", 255},     {"memoryKiB", -1}};
        for (const auto& [key, value] : cases) {
            Result<Vault> opened = f.openBytes(withSlot(QString::fromLatin1(key), value));
            INFO(key << " = " << value);
            REQUIRE_FALSE(opened);
            CHECK(opened.error().code == ErrorCode::CorruptFile);
        }
    }
    SECTION("salt and wrapped key")
    {
        QByteArray salt = QByteArray::fromBase64(slot[QStringLiteral("salt")].toString().toLatin1());
        salt[5] = static_cast<char>(salt[5] ^ 0x40);
        CHECK(f.openBytes(withSlot(QStringLiteral("salt"), QString::fromLatin1(salt.toBase64()))).error().code ==
              ErrorCode::WrongPassword);
        CHECK(f.openBytes(withSlot(QStringLiteral("kdf"), QStringLiteral("argon2i"))).error().code ==
              ErrorCode::CorruptFile);
        CHECK(f.openBytes(with(QStringLiteral("slots"), QJsonArray{})).error().code == ErrorCode::CorruptFile);
    }
}

TEST_CASE("a vault that fails to open is never overwritten by a session that had it open", "[vault][malformed]")
{
    Fixture f;
    Result<Vault> vault = Vault::open(f.path, password());
    REQUIRE(vault);
    QByteArray damaged = f.original;
    damaged[damaged.size() - 10] = static_cast<char>(damaged[damaged.size() - 10] ^ 0x01);
    test::writeAll(f.path, damaged);
    Result<VaultEntry> added = vault->addAccount(test::makeAccount(2));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::CorruptFile);
    CHECK(test::readAll(f.path) == damaged);
    // The session keeps the add in memory (unsaved) on top of what it had.
    CHECK(vault->hasUnsavedChanges());
    CHECK(vault->entries().mid(0, f.entries.size()) == f.entries);
    CHECK(vault->entries().size() == f.entries.size() + 1);
    CHECK_FALSE(vault->saveUnsavedChanges());
    CHECK(test::readAll(f.path) == damaged);
}
