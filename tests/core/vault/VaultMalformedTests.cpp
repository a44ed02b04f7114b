// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "crypto/Crypto.h"
#include "vault/VaultFile.h"
#include "vault/VaultKdf.h"

#include <QElapsedTimer>
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

namespace {

// A vault whose account list is `plainJson` + NUL + `secrets`, sealed as Twostep would but
// without its bounds, so the reader's own checks are what refuses it.
QByteArray craftVault(const QByteArray& plainJson, const QByteArray& secrets)
{
    const SecretBytes masterKey = crypto::randomKey().value();
    Result<file::PasswordSlot> slot = file::makePasswordSlot(masterKey, password(), fastKdfParametersForTests());
    REQUIRE(slot);
    file::Container container;
    container.generation = 1;
    container.passwordSlots.append(*slot);
    container.nonce = crypto::randomBytes(crypto::kNonceSize).value();
    const QByteArray plain = plainJson + '\0' + secrets;
    Result<QByteArray> sealed =
        crypto::seal(masterKey, container.nonce, file::payloadAad(container),
                     std::span(reinterpret_cast<const std::uint8_t*>(plain.constData()), std::size_t(plain.size())));
    REQUIRE(sealed);
    container.payload = *sealed;
    return file::serializeContainer(container);
}

QByteArray accountJson(int i, const QString& name)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("id"), QStringLiteral("id-%1").arg(i)},
                                     {QStringLiteral("issuer"), QStringLiteral("Issuer")},
                                     {QStringLiteral("name"), name},
                                     {QStringLiteral("secretBytes"), 1},
                                     {QStringLiteral("type"), QStringLiteral("totp")},
                                     {QStringLiteral("algorithm"), QStringLiteral("SHA1")},
                                     {QStringLiteral("digits"), 6},
                                     {QStringLiteral("period"), QStringLiteral("30")},
                                     {QStringLiteral("counter"), QStringLiteral("0")},
                                     {QStringLiteral("created"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                                     {QStringLiteral("updated"), QStringLiteral("2026-01-01T00:00:00.000Z")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

TEST_CASE("a file with more slots than the bound is refused before any key is derived", "[vault][malformed][bounds]")
{
    Fixture fixture;
    QJsonObject root = fixture.json();
    QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    // At the per-slot ceiling each derivation would take minutes: the refusal must not run one.
    slot[QStringLiteral("memoryKiB")] = static_cast<qint64>(limits::kMaxMemoryKiB);
    slot[QStringLiteral("iterations")] = static_cast<qint64>(limits::kMaxIterations);
    const auto [kind, bound] = GENERATE(table<const char*, int>({{"password", limits::kMaxPasswordSlots},
                                                                 {"keyring", limits::kMaxKeyringSlots},
                                                                 {"future", limits::kMaxOtherSlots}}));
    QJsonObject extra = slot;
    extra[QStringLiteral("type")] = QLatin1String(kind);
    if (QLatin1String(kind) == QLatin1String("keyring")) {
        extra = QJsonObject{{QStringLiteral("type"), QStringLiteral("keyring")},
                            {QStringLiteral("id"), QStringLiteral("00000000-0000-4000-8000-000000000000")},
                            {QStringLiteral("nonce"), slot[QStringLiteral("nonce")]},
                            {QStringLiteral("key"), slot[QStringLiteral("key")]}};
    }
    QJsonArray slots = root[QStringLiteral("slots")].toArray();
    for (int i = 0; i <= bound; ++i) {
        slots.append(extra);
    }
    root[QStringLiteral("slots")] = slots;
    QElapsedTimer timer;
    timer.start();
    Result<Vault> opened = fixture.openBytes(Fixture::bytesOf(root));
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    const int count = QLatin1String(kind) == QLatin1String("password") ? bound + 2 : bound + 1;
    CHECK(opened.error().detail ==
          QStringLiteral("vault file is over Twostep's limits: it has %1 %2 slots; Twostep "
                         "reads at most %3")
              .arg(count)
              .arg(QLatin1String(QLatin1String(kind) == QLatin1String("future") ? "unknown" : kind))
              .arg(bound));
}

TEST_CASE("password slots whose summed Argon2 work is over the bound are refused before deriving",
          "[vault][malformed][bounds]")
{
    Fixture fixture;
    QJsonObject root = fixture.json();
    QJsonObject slot = root[QStringLiteral("slots")].toArray().first().toObject();
    slot[QStringLiteral("memoryKiB")] = static_cast<qint64>(limits::kMaxMemoryKiB);
    slot[QStringLiteral("iterations")] = static_cast<qint64>(limits::kMaxIterations);
    root[QStringLiteral("slots")] = QJsonArray{slot, root[QStringLiteral("slots")].toArray().first()};
    QElapsedTimer timer;
    timer.start();
    Result<Vault> opened = fixture.openBytes(Fixture::bytesOf(root));
    CHECK(timer.elapsed() < 1000);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    CHECK(opened.error().detail.contains(QStringLiteral("Twostep spends at most 64 GiB × iterations on one unlock")));
}

TEST_CASE("a vault file over the size bound is refused without being read", "[vault][malformed][bounds]")
{
    Fixture fixture;
    QByteArray huge = fixture.original;
    huge.append(QByteArray(limits::kMaxFileSize + 1 - huge.size(), ' '));
    Result<Vault> opened = fixture.openBytes(huge);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    CHECK(opened.error().detail.contains(QStringLiteral("64 MiB")));
}

TEST_CASE("the payload reader refuses names over the length bound and lists over the account bound",
          "[vault][malformed][bounds]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    const QString longName(limits::kMaxLabelLength + 1, QLatin1Char('n'));
    test::writeAll(path, craftVault("{\"accounts\":[" + accountJson(1, longName) + "]}", "s"));
    Result<Vault> opened = Vault::open(path, password());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    CHECK(opened.error().detail ==
          QStringLiteral(
              "vault file is over Twostep's limits: account 1's issuer or name is longer than 1024 characters"));

    QByteArray many = "{\"accounts\":[";
    for (int i = 0; i <= limits::kMaxAccounts; ++i) {
        many += (i > 0 ? "," : "") + accountJson(i, QStringLiteral("n"));
    }
    many += "]}";
    test::writeAll(path, craftVault(many, QByteArray(limits::kMaxAccounts + 1, 's')));
    opened = Vault::open(path, password());
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    CHECK(
        opened.error().detail ==
        QStringLiteral("vault file is over Twostep's limits: it holds 100001 accounts; Twostep reads at most 100000"));
}

TEST_CASE("a vault file of thousands of JSON arrays is refused before Qt parses it", "[vault][malformed][bounds]")
{
    Fixture fixture;
    QByteArray bytes = fixture.original;
    QByteArray junk = "\"junk\":[";
    for (int i = 0; i < 100000; ++i) {
        junk += i > 0 ? ",[]" : "[]";
    }
    bytes.insert(1, junk + "],");
    Result<Vault> opened = fixture.openBytes(bytes);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::LimitExceeded);
    CHECK(opened.error().detail ==
          QStringLiteral("vault file is over Twostep's limits: it holds more than 256 JSON objects and arrays"));
}

TEST_CASE("a name over the length bound is refused when saved, and the file stays as it was", "[vault][bounds]")
{
    Fixture fixture;
    Result<Vault> vault = Vault::open(fixture.path, password());
    REQUIRE(vault);
    otp::Account account = test::makeAccount(2);
    account.issuer = QString(limits::kMaxLabelLength + 1, QLatin1Char('i'));
    Result<VaultEntry> added = vault->addAccount(account);
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::LimitExceeded);
    CHECK(test::readAll(fixture.path) == fixture.original);
    account.issuer = QString(limits::kMaxLabelLength, QLatin1Char('i'));
    REQUIRE(vault->addAccount(account));
}
