// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/OtpauthUri.h"
#include "vault/Vault.h"
#include "vault/VaultFile.h"

#include <QFile>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;

namespace {

SecretBytes password(const char* text = "correct horse battery staple")
{
    return SecretBytes::fromUtf8(QString::fromUtf8(text));
}

// Two accounts as the vault keeps them (RFC 6238's SHA-1 key and a hotp one).
QList<VaultEntry> sampleEntries()
{
    const QDateTime when = QDateTime::fromString(QStringLiteral("2026-01-02T03:04:05.678Z"), Qt::ISODateWithMs);
    QList<VaultEntry> entries;
    for (const QString& uri :
         {QStringLiteral("otpauth://totp/ACME:alice@example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"),
          QStringLiteral("otpauth://hotp/Example:bob?secret=JBSWY3DPEHPK3PXP&counter=7&digits=8")}) {
        Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(uri);
        REQUIRE(parsed);
        entries.append(VaultEntry{QStringLiteral("id-%1").arg(entries.size()), parsed->account, when, when});
    }
    return entries;
}

} // namespace

TEST_CASE("a vault sealed to bytes opens from those bytes with its password", "[vault][file]")
{
    const QList<VaultEntry> entries = sampleEntries();
    Result<file::OpenedVault> sealed = file::sealNewVault(entries, password(), fastKdfParametersForTests());
    REQUIRE(sealed);
    CHECK(sealed->container.generation == 1);
    CHECK(sealed->container.passwordSlots.size() == 1);
    CHECK(sealed->container.keyringSlots.isEmpty());
    CHECK(sealed->container.passwordSlots.first().kdf == fastKdfParametersForTests());
    CHECK(sealed->bytes.startsWith("{"));

    Result<file::OpenedVault> opened = file::openVault(sealed->bytes, password());
    REQUIRE(opened);
    CHECK(opened->entries == entries);
    CHECK(opened->masterKey == sealed->masterKey);
    CHECK(opened->slotSalt == sealed->slotSalt);
    CHECK(opened->passwordKey == sealed->passwordKey);
    CHECK(opened->container.generation == 1);
    CHECK(opened->bytes == sealed->bytes);

    // Each new vault has its own master key and salt.
    Result<file::OpenedVault> other = file::sealNewVault(entries, password(), fastKdfParametersForTests());
    REQUIRE(other);
    CHECK_FALSE(other->masterKey == sealed->masterKey);
    CHECK(other->slotSalt != sealed->slotSalt);
}

TEST_CASE("bytes opened with another password or not a vault are refused by cause", "[vault][file]")
{
    Result<file::OpenedVault> sealed = file::sealNewVault(sampleEntries(), password(), fastKdfParametersForTests());
    REQUIRE(sealed);
    Result<file::OpenedVault> wrong = file::openVault(sealed->bytes, password("Correct horse battery staple"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassword);

    Result<file::OpenedVault> empty = file::openVault(QByteArray(), password());
    REQUIRE_FALSE(empty);
    CHECK(empty.error().code == ErrorCode::CorruptFile);
    CHECK(empty.error().detail == QStringLiteral("vault file is damaged: the file is empty"));

    QByteArray truncated = sealed->bytes;
    truncated.chop(10);
    Result<file::OpenedVault> cut = file::openVault(truncated, password());
    REQUIRE_FALSE(cut);
    CHECK(cut.error().code == ErrorCode::CorruptFile);
}

TEST_CASE("a new vault is refused for an empty password or an Argon2 cost out of bounds", "[vault][file]")
{
    Result<file::OpenedVault> noPassword = file::sealNewVault({}, SecretBytes(), fastKdfParametersForTests());
    REQUIRE_FALSE(noPassword);
    CHECK(noPassword.error().code == ErrorCode::InvalidInput);
    CHECK(noPassword.error().detail == QStringLiteral("the password is empty"));

    Result<file::OpenedVault> cheap = file::sealNewVault({}, password(), KdfParameters{1024, 1, 1});
    REQUIRE_FALSE(cheap);
    CHECK(cheap.error().code == ErrorCode::InvalidInput);
    CHECK(cheap.error().detail.startsWith(QStringLiteral("Argon2 parameters out of range: ")));
}

TEST_CASE("a backup file written by writeVaultCopy opens from its bytes, entries stamped", "[vault][file]")
{
    QList<VaultEntry> entries = sampleEntries();
    entries[1].id.clear();
    entries[1].created = QDateTime();
    entries[1].updated = QDateTime();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("copy.twostep"));
    REQUIRE(writeVaultCopy(path, entries, password(), fastKdfParametersForTests()));
    CHECK_FALSE(QFile::permissions(path).testAnyFlags(QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                      QFileDevice::ReadOther | QFileDevice::WriteOther));
    Status again = writeVaultCopy(path, entries, password(), fastKdfParametersForTests());
    REQUIRE_FALSE(again);
    CHECK(again.error().code == ErrorCode::IoError);

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    Result<file::OpenedVault> opened = file::openVault(file.readAll(), password());
    REQUIRE(opened);
    REQUIRE(opened->entries.size() == 2);
    CHECK(opened->entries.at(0) == entries.at(0));
    CHECK(opened->entries.at(1).account == entries.at(1).account);
    CHECK_FALSE(opened->entries.at(1).id.isEmpty());
    CHECK(opened->entries.at(1).created.isValid());
    CHECK(opened->entries.at(1).updated == opened->entries.at(1).created);
}
