// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "crypto/Crypto.h"
#include "vault/Vault.h"
#include "vault/VaultFile.h"
#include "vault/VaultPayload.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUuid>

#include <array>

using namespace twostep;
using namespace twostep::vault;

namespace {
SecretBytes masterKey()
{
    std::array<std::uint8_t, crypto::kKeySize> key{};
    for (std::size_t i = 0; i < key.size(); ++i) {
        key[i] = static_cast<std::uint8_t>(0x5A ^ i);
    }
    return SecretBytes(key);
}

QList<VaultEntry> entries(int count)
{
    const QDateTime when(QDate(2026, 11, 30), QTime(10, 0, 0, 123), Qt::UTC);
    QList<VaultEntry> result;
    for (const otp::Account& account : test::makeAccounts(count)) {
        result.append(VaultEntry{QUuid::createUuid().toString(QUuid::WithoutBraces), account, when, when});
    }
    return result;
}

// A container with one password slot (the cheapest KDF) around `sealed`, as bytes.
QByteArray vaultBytes(const QList<VaultEntry>& sealed, std::uint64_t generation = 3)
{
    file::Container container;
    container.generation = generation;
    Result<file::PasswordSlot> slot =
        file::makePasswordSlot(masterKey(), test::password(), fastKdfParametersForTests());
    REQUIRE(slot.ok());
    container.passwordSlots.append(*slot);
    REQUIRE(file::sealEntries(container, masterKey(), sealed).ok());
    return file::serializeContainer(container);
}

QByteArray withField(const QByteArray& bytes, const QString& key, const QJsonValue& value)
{
    QJsonObject root = QJsonDocument::fromJson(bytes).object();
    root.insert(key, value);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Error parseError(const QByteArray& bytes)
{
    Result<file::Container> parsed = file::parseContainer(bytes);
    REQUIRE_FALSE(parsed.ok());
    return parsed.error();
}
} // namespace

TEST_CASE("a sealed container parses back to its fields and opens to the same entries", "[vault][file]")
{
    const QList<VaultEntry> sealed = entries(3);
    const QByteArray bytes = vaultBytes(sealed, 41);

    Result<file::Container> parsed = file::parseContainer(bytes);
    REQUIRE(parsed.ok());
    CHECK(parsed->generation == 41);
    REQUIRE(parsed->passwordSlots.size() == 1);
    CHECK(parsed->passwordSlots.at(0).kdf == fastKdfParametersForTests());
    CHECK(parsed->keyringSlots.isEmpty());
    CHECK(static_cast<std::size_t>(parsed->nonce.size()) == crypto::kNonceSize);
    CHECK(file::serializeContainer(*parsed) == bytes);

    Result<SecretBytes> key = file::unwrapSlot(parsed->passwordSlots.at(0), test::password());
    REQUIRE(key.ok());
    CHECK(*key == masterKey());
    Result<QList<VaultEntry>> opened = file::openEntries(*parsed, *key);
    REQUIRE(opened.ok());
    CHECK(*opened == sealed);
}

TEST_CASE("a wrong password or master key opens nothing", "[vault][file]")
{
    Result<file::Container> parsed = file::parseContainer(vaultBytes(entries(1)));
    REQUIRE(parsed.ok());
    Result<SecretBytes> wrong = file::unwrapSlot(parsed->passwordSlots.at(0), test::password("Tr0ub4dor&3"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassword);

    std::array<std::uint8_t, crypto::kKeySize> otherKey{};
    CHECK_FALSE(file::openEntries(*parsed, SecretBytes(otherKey)).ok());
}

TEST_CASE("a keyring slot opens with its 32-byte key only", "[vault][file]")
{
    std::array<std::uint8_t, crypto::kKeySize> wrapping{};
    wrapping.fill(0x33);
    Result<file::KeyringSlot> slot = file::makeKeyringSlot(masterKey(), SecretBytes(wrapping));
    REQUIRE(slot.ok());
    CHECK_FALSE(QUuid::fromString(slot->id).isNull());
    Result<SecretBytes> opened = file::unwrapSlot(*slot, SecretBytes(wrapping));
    REQUIRE(opened.ok());
    CHECK(*opened == masterKey());

    wrapping[0] ^= 1;
    Result<SecretBytes> wrong = file::unwrapSlot(*slot, SecretBytes(wrapping));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassword);
}

TEST_CASE("parseContainer names what is wrong with the header", "[vault][file]")
{
    const QByteArray bytes = vaultBytes(entries(1));

    const Error empty = parseError({});
    CHECK(empty.code == ErrorCode::CorruptFile);
    CHECK(empty.detail.contains(QStringLiteral("empty")));

    const Error truncated = parseError(bytes.left(bytes.size() / 2));
    CHECK(truncated.code == ErrorCode::CorruptFile);
    CHECK(truncated.detail.contains(QStringLiteral("not valid JSON")));

    const Error format = parseError(withField(bytes, QStringLiteral("format"), QStringLiteral("aegis")));
    CHECK(format.code == ErrorCode::CorruptFile);
    CHECK(format.detail.contains(QStringLiteral("not a Twostep vault")));

    const Error version = parseError(withField(bytes, QStringLiteral("version"), 2));
    CHECK(version.code == ErrorCode::UnsupportedVersion);
    CHECK(version.detail == QStringLiteral("unsupported vault version 2"));

    const Error fraction = parseError(withField(bytes, QStringLiteral("version"), 1.5));
    CHECK(fraction.code == ErrorCode::CorruptFile);

    const Error cipher = parseError(withField(bytes, QStringLiteral("cipher"), QStringLiteral("aes-128-cbc")));
    CHECK(cipher.code == ErrorCode::CorruptFile);
    CHECK(cipher.detail.contains(QStringLiteral("aes-256-gcm")));

    const Error noSlots = parseError(withField(bytes, QStringLiteral("slots"), QJsonArray()));
    CHECK(noSlots.code == ErrorCode::CorruptFile);
    CHECK(noSlots.detail.contains(QStringLiteral("no password slot")));
}

TEST_CASE("parseContainer refuses a short nonce, a short payload and non-canonical base64", "[vault][file]")
{
    // A payload whose base64 is padded (its length is no multiple of 3): one of a few sizes is.
    QByteArray bytes;
    QString payload;
    for (int count = 1; count <= 3 && !payload.endsWith(QLatin1Char('=')); ++count) {
        bytes = vaultBytes(entries(count));
        payload = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("payload")).toString();
    }

    CHECK(parseError(withField(bytes, QStringLiteral("nonce"), QString::fromLatin1(QByteArray(11, 'n').toBase64())))
              .code == ErrorCode::CorruptFile);
    CHECK(parseError(withField(bytes, QStringLiteral("payload"), QString::fromLatin1(QByteArray(15, 'p').toBase64())))
              .code == ErrorCode::CorruptFile);
    // The same bytes without padding: base64 that decodes, but not as Twostep writes it.
    REQUIRE(payload.endsWith(QLatin1Char('=')));
    QString unpadded = payload;
    while (unpadded.endsWith(QLatin1Char('='))) {
        unpadded.chop(1);
    }
    CHECK(parseError(withField(bytes, QStringLiteral("payload"), unpadded)).code == ErrorCode::CorruptFile);
}

TEST_CASE("parseContainer refuses too many JSON containers or slots before any key is derived", "[vault][file][bounds]")
{
    // Counted before Qt parses: thousands of nested arrays cost Qt far more than their bytes.
    const Error nested = parseError(QByteArray(5000, '[') + QByteArray(5000, ']'));
    CHECK(nested.code == ErrorCode::LimitExceeded);

    const QByteArray bytes = vaultBytes(entries(1));
    QJsonArray slots = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("slots")).toArray();
    const QJsonValue slot = slots.at(0);
    while (slots.size() <= limits::kMaxPasswordSlots) {
        slots.append(slot);
    }
    const Error tooMany = parseError(withField(bytes, QStringLiteral("slots"), slots));
    CHECK(tooMany.code == ErrorCode::LimitExceeded);
    CHECK(tooMany.detail.contains(QStringLiteral("over Twostep's limits")));
}

TEST_CASE("sealEntries refuses a name over the length bound and seals one at the bound", "[vault][file][bounds]")
{
    QList<VaultEntry> sealed = entries(1);
    sealed[0].account.name = QString(limits::kMaxLabelLength, QLatin1Char('n'));
    CHECK(payload::checkEntryBounds(sealed).ok());
    file::Container container;
    REQUIRE(file::sealEntries(container, masterKey(), sealed).ok());
    Result<QList<VaultEntry>> opened = file::openEntries(container, masterKey());
    REQUIRE(opened.ok());
    CHECK(opened->at(0).account.name.size() == limits::kMaxLabelLength);

    sealed[0].account.name.append(QLatin1Char('n'));
    const Status tooLong = file::sealEntries(container, masterKey(), sealed);
    REQUIRE_FALSE(tooLong.ok());
    CHECK(tooLong.error().code == ErrorCode::LimitExceeded);
    CHECK(tooLong.error().detail.contains(QStringLiteral("1024")));
}

TEST_CASE("a vault sealed to bytes opens from those bytes with its password", "[vault][file]")
{
    const QList<VaultEntry> sealedEntries = entries(2);
    Result<file::OpenedVault> sealed = file::sealNewVault(sealedEntries, test::password(), fastKdfParametersForTests());
    REQUIRE(sealed);
    CHECK(sealed->container.generation == 1);
    CHECK(sealed->container.passwordSlots.size() == 1);
    CHECK(sealed->container.keyringSlots.isEmpty());
    CHECK(sealed->container.passwordSlots.first().kdf == fastKdfParametersForTests());
    CHECK(sealed->bytes.startsWith("{"));

    Result<file::OpenedVault> opened = file::openVault(sealed->bytes, test::password());
    REQUIRE(opened);
    CHECK(opened->entries == sealedEntries);
    CHECK(opened->masterKey == sealed->masterKey);
    CHECK(opened->slotSalt == sealed->slotSalt);
    CHECK(opened->passwordKey == sealed->passwordKey);
    CHECK(opened->container.generation == 1);
    CHECK(opened->bytes == sealed->bytes);

    // Each new vault has its own master key and salt.
    Result<file::OpenedVault> other = file::sealNewVault(sealedEntries, test::password(), fastKdfParametersForTests());
    REQUIRE(other);
    CHECK_FALSE(other->masterKey == sealed->masterKey);
    CHECK(other->slotSalt != sealed->slotSalt);
}

TEST_CASE("bytes opened with another password or not a vault are refused by cause", "[vault][file]")
{
    Result<file::OpenedVault> sealed = file::sealNewVault(entries(2), test::password(), fastKdfParametersForTests());
    REQUIRE(sealed);
    Result<file::OpenedVault> wrong = file::openVault(sealed->bytes, test::password("Correct horse battery staple"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassword);

    Result<file::OpenedVault> empty = file::openVault(QByteArray(), test::password());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::CorruptFile);
    CHECK(empty.error().detail == QStringLiteral("vault file is damaged: the file is empty"));

    QByteArray truncated = sealed->bytes;
    truncated.chop(10);
    Result<file::OpenedVault> cut = file::openVault(truncated, test::password());
    REQUIRE_FALSE(cut);
    CHECK(cut.error().code == ErrorCode::CorruptFile);

    // Bytes from an import are bounded as a file on disk is, before they are parsed.
    Result<file::OpenedVault> huge = file::openVault(QByteArray(file::kMaxFileSize + 1, ' '), test::password());
    REQUIRE_FALSE(huge);
    CHECK(huge.error().code == ErrorCode::LimitExceeded);
    CHECK(huge.error().detail == QStringLiteral("vault file is over Twostep's limits: it is larger than 64 MiB"));
}

TEST_CASE("a new vault is refused for an empty password or an Argon2 cost out of bounds", "[vault][file]")
{
    Result<file::OpenedVault> noPassword = file::sealNewVault({}, SecretBytes(), fastKdfParametersForTests());
    REQUIRE_FALSE(noPassword);
    CHECK(noPassword.error().code == ErrorCode::InvalidInput);
    CHECK(noPassword.error().detail == QStringLiteral("the password is empty"));

    Result<file::OpenedVault> cheap = file::sealNewVault({}, test::password(), KdfParameters{1024, 1, 1});
    REQUIRE_FALSE(cheap);
    CHECK(cheap.error().code == ErrorCode::InvalidInput);
    CHECK(cheap.error().detail.startsWith(QStringLiteral("Argon2 parameters out of range: ")));
}

TEST_CASE("a backup file written by writeVaultCopy opens from its bytes, entries stamped", "[vault][file]")
{
    QList<VaultEntry> copied = entries(2);
    copied[1].id.clear();
    copied[1].created = QDateTime();
    copied[1].updated = QDateTime();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.twostep"));
    REQUIRE(writeVaultCopy(path, copied, test::password(), fastKdfParametersForTests()));
    CHECK_FALSE(QFile::permissions(path).testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ReadOther | QFileDevice::WriteOther));
    Status again = writeVaultCopy(path, copied, test::password(), fastKdfParametersForTests());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::IoError);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<file::OpenedVault> opened = file::openVault(file.readAll(), test::password());
    REQUIRE(opened);
    REQUIRE(opened->entries.size() == 2);
    CHECK(opened->entries.at(0) == copied.at(0));
    CHECK(opened->entries.at(1).account == copied.at(1).account);
    CHECK_FALSE(opened->entries.at(1).id.isEmpty());
    CHECK(opened->entries.at(1).created.isValid());
    CHECK(opened->entries.at(1).updated == opened->entries.at(1).created);
}
