// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;
using test::makeAccounts;
using test::password;

namespace {

QList<otp::Account> accountsOf(const Vault& vault)
{
    QList<otp::Account> accounts;
    for (const VaultEntry& e : vault.entries()) {
        accounts.append(e.account);
    }
    return accounts;
}

// RFC 4226 appendix D's account: secret "12345678901234567890", HOTP SHA1, 6 digits.
otp::Account rfc4226Account(std::uint64_t counter)
{
    otp::Account hotp;
    hotp.issuer = QStringLiteral("RFC");
    hotp.name = QStringLiteral("4226");
    hotp.secret = *otp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    hotp.parameters = *otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, counter);
    return hotp;
}

} // namespace

TEST_CASE("a vault round-trips 1, 100 and 10,000 accounts", "[vault]")
{
    const int count = GENERATE(1, 100, 10000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    const QList<otp::Account> accounts = makeAccounts(count);
    QList<VaultEntry> saved;
    {
        Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->generation() == 1);
        Result<QList<VaultEntry>> added = vault->addAccounts(accounts);
        REQUIRE(added);
        REQUIRE(vault->generation() == 2);
        saved = vault->entries();
    }
    Result<Vault> reopened = Vault::open(path, password());
    REQUIRE(reopened);
    CHECK(reopened->generation() == 2);
    REQUIRE(reopened->entries().size() == count);
    CHECK(accountsOf(*reopened) == accounts);
    CHECK(reopened->entries() == saved);
}

TEST_CASE("a wrong password has its own error and changes nothing", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    REQUIRE(Vault::create(path, password(), fastKdfParametersForTests()));
    const QByteArray before = test::readAll(path);
    Result<Vault> wrong = Vault::open(path, password("correct horse battery stapl"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassword);
    CHECK(wrong.error().detail == QStringLiteral("wrong password"));
    CHECK(test::readAll(path) == before);
}

TEST_CASE("the password is used as its exact UTF-8 bytes, without normalisation", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    // "é" precomposed (U+00E9) and decomposed (e + U+0301) look the same but are different bytes.
    const QString composed = QStringLiteral("caf\u00e9 \u0431\u0443\u043a\u0432\u044b \ube44\ubc00 \U0001F511");
    const QString decomposed = QStringLiteral("cafe\u0301 \u0431\u0443\u043a\u0432\u044b \ube44\ubc00 \U0001F511");
    REQUIRE(Vault::create(path, SecretBytes::fromUtf8(composed), fastKdfParametersForTests()));
    CHECK(Vault::open(path, SecretBytes::fromUtf8(composed)));
    CHECK(Vault::open(path, password("caf\xc3\xa9 \xd0\xb1\xd1\x83\xd0\xba\xd0\xb2\xd1\x8b \xeb\xb9\x84\xeb\xb0\x80 "
                                     "\xf0\x9f\x94\x91")));
    Result<Vault> other = Vault::open(path, SecretBytes::fromUtf8(decomposed));
    REQUIRE_FALSE(other);
    CHECK(other.error().code == ErrorCode::WrongPassword);
    // Latin-1 or UTF-16 would lose or change bytes; those encodings must not open it either.
    CHECK_FALSE(Vault::open(path, password("caf\xe9 ")));
}

TEST_CASE("the vault file and its backups are 0600 in a 0700 folder the vault created", "[vault]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/folder"));
    const QString path = folder + QStringLiteral("/vault.twostep");
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccount(test::makeAccount(1)));
    const auto owner600 = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto mask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                      QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                      QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    CHECK((QFileInfo(path).permissions() & mask) == owner600);
    CHECK((QFileInfo(folder).permissions() & mask) == (owner600 | QFileDevice::ExeOwner));
    const QStringList backups = QDir(folder + QStringLiteral("/backups")).entryList(QDir::Files);
    REQUIRE(backups.size() == 2); // the version the save replaced and the one it wrote
    for (const QString& backup : backups) {
        CHECK((QFileInfo(folder + QStringLiteral("/backups/") + backup).permissions() & mask) == owner600);
    }
    CHECK((QFileInfo(folder + QStringLiteral("/backups")).permissions() & mask) == (owner600 | QFileDevice::ExeOwner));
}

TEST_CASE("no secret or account name appears in any file a save leaves behind", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    const QList<otp::Account> accounts = makeAccounts(20);
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    for (const otp::Account& account : accounts) {
        REQUIRE(vault->addAccount(account));
    }
    REQUIRE(vault->renameAccount(vault->entries().first().id, QStringLiteral("Renamed Issuer"), QStringLiteral("x")));

    int files = 0;
    QDirIterator it(dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        ++files;
        const QByteArray bytes = test::readAll(file);
        INFO(file.toStdString());
        CHECK_FALSE(bytes.contains("correct horse"));
        CHECK_FALSE(bytes.contains("Renamed Issuer"));
        for (const otp::Account& account : accounts) {
            const QByteArray raw(reinterpret_cast<const char*>(account.secret.data()),
                                 static_cast<qsizetype>(account.secret.size()));
            CHECK_FALSE(bytes.contains(raw));
            CHECK_FALSE(bytes.contains(otp::encodeBase32(account.secret.bytes()).toLatin1()));
            CHECK_FALSE(bytes.contains(account.name.toUtf8()));
            CHECK_FALSE(bytes.contains(account.issuer.toUtf8()));
        }
    }
    CHECK(files == 1 + 11); // the vault and 11 backups, nothing else (no temporary file left)
}

TEST_CASE("backups keep the current version and the 10 before it, each still opening with the password", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    for (int i = 0; i < 13; ++i) {
        REQUIRE(vault->addAccount(test::makeAccount(i)));
    }
    REQUIRE(vault->generation() == 14);
    const QString folder = dir.filePath(QStringLiteral("backups"));
    const QStringList backups = QDir(folder).entryList(QDir::Files, QDir::Name);
    REQUIRE(backups.size() == 11);
    // Generations 4..14: the 10 versions the last saves replaced, and the current one.
    CHECK(test::readAll(folder + QLatin1Char('/') + backups.last()) == test::readAll(path));
    for (int i = 0; i < 11; ++i) {
        Result<Vault> old = Vault::open(folder + QLatin1Char('/') + backups.at(i), password());
        REQUIRE(old);
        CHECK(old->generation() == std::uint64_t(4 + i));
        CHECK(old->entries().size() == 3 + i);
    }
}

TEST_CASE("a writer with a stale generation reloads and re-applies its change", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    auto [a, b] = test::twoSessions(path);
    REQUIRE(a->addAccount(test::makeAccount(1)));
    REQUIRE(b->generation() == 1); // b has not seen a's save
    REQUIRE(b->addAccount(test::makeAccount(2)));
    CHECK(b->generation() == 3);
    CHECK(b->entries().size() == 2);
    REQUIRE(a->removeAccount(b->entries().last().id)); // a sees b's account after reloading
    CHECK(a->entries().size() == 1);
    REQUIRE(b->reload());
    CHECK(b->entries() == a->entries());
    CHECK(b->generation() == 4);
}

TEST_CASE("rename, move, remove and hotp counters are saved", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    otp::Account hotp = rfc4226Account(0);
    REQUIRE(vault->addAccounts({test::makeAccount(0), hotp, test::makeAccount(2)}));
    const QString hotpId = vault->entries().at(1).id;

    // RFC 4226 appendix D: counters 0, 1, 2.
    CHECK(*vault->nextHotpCode(hotpId) == QStringLiteral("755224"));
    CHECK(*vault->nextHotpCode(hotpId) == QStringLiteral("287082"));
    REQUIRE(vault->renameAccount(hotpId, QStringLiteral("Renamed"), QStringLiteral("n\u00e4me")));
    REQUIRE(vault->moveAccount(hotpId, 0));
    REQUIRE(vault->removeAccount(vault->entries().last().id));
    CHECK(vault->removeAccount(QStringLiteral("no-such-id")).error().code == ErrorCode::NotFound);
    CHECK(vault->nextHotpCode(vault->entries().last().id).error().code == ErrorCode::InvalidInput);

    Result<Vault> reopened = Vault::open(path, password());
    REQUIRE(reopened);
    REQUIRE(reopened->entries().size() == 2);
    const VaultEntry& first = reopened->entries().first();
    CHECK(first.id == hotpId);
    CHECK(first.account.label() == QStringLiteral("Renamed:n\u00e4me"));
    CHECK(first.account.parameters.counter() == 2);
    CHECK(first.updated >= first.created);
    CHECK(*reopened->nextHotpCode(hotpId) == QStringLiteral("359152"));
}

TEST_CASE("a change that changes nothing writes no generation and no backup", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts({test::makeAccount(0), test::makeAccount(1)}));
    const VaultEntry first = vault->entries().first();
    const QByteArray before = test::readAll(path);
    const QStringList backups = QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);

    REQUIRE(vault->renameAccount(first.id, first.account.issuer, first.account.name)); // the same label
    REQUIRE(vault->moveAccount(first.id, 0));                                          // where it is
    REQUIRE(vault->addAccounts({}));

    CHECK(test::readAll(path) == before);
    CHECK(QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == backups);
    CHECK(vault->entries().first().updated == first.updated); // no later time to win a merge with
    REQUIRE(vault->renameAccount(first.id, QStringLiteral("Other"), first.account.name));
    CHECK(test::readAll(path) != before);
}

TEST_CASE("find matches an id, else a unique case-insensitive part of issuer:name", "[vault]")
{
    QTemporaryDir dir;
    Result<Vault> vault = Vault::create(dir.filePath(QStringLiteral("v")), password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(12)));
    CHECK(vault->find(QStringLiteral("ISSUER 11:"))->account.name == QStringLiteral("user-11@example.com"));
    CHECK(vault->find(vault->entries().at(3).id)->id == vault->entries().at(3).id);
    Result<VaultEntry> ambiguous = vault->find(QStringLiteral("issuer 1"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().code == ErrorCode::Ambiguous);
    CHECK(ambiguous.error().detail.count(QLatin1Char('\n')) == 3); // Issuer 1, 10, 11
    CHECK(vault->find(QStringLiteral("nobody")).error().code == ErrorCode::NotFound);
}

TEST_CASE("find also matches the issuer's initials: 'aws' is the account of an AWS QR code", "[vault]")
{
    QTemporaryDir dir;
    Result<Vault> vault = Vault::create(dir.filePath(QStringLiteral("v")), password(), fastKdfParametersForTests());
    REQUIRE(vault);
    // The labels as the services' QR codes write them.
    QList<otp::Account> accounts;
    for (const char* uri :
         {"otpauth://totp/"
          "Amazon%20Web%20Services:alice@123456789012?secret=JBSWY3DPEHPK3PXP&issuer=Amazon%20Web%20Services",
          "otpauth://totp/GitHub:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=GitHub",
          "otpauth://totp/Google%20Cloud:bob@example.com?secret=MFRGGZDFMZTWQ2LK&issuer=Google%20Cloud"}) {
        Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(QString::fromLatin1(uri));
        REQUIRE(parsed);
        accounts.append(parsed->account);
    }
    REQUIRE(vault->addAccounts(accounts));

    for (const char* query : {"aws", "AWS", "Aws"}) {
        Result<VaultEntry> aws = vault->find(QString::fromLatin1(query));
        REQUIRE(aws);
        CHECK(aws->account.name == QStringLiteral("alice@123456789012"));
    }
    CHECK(vault->find(QStringLiteral("gc"))->account.issuer == QStringLiteral("Google Cloud"));
    // Initials are a whole match, not a part: "aw" is no one's initials nor part of any label.
    CHECK(vault->find(QStringLiteral("aw")).error().code == ErrorCode::NotFound);
    // A one-word issuer has no initials: "g" stays a substring query (Google Cloud and GitHub).
    CHECK(vault->find(QStringLiteral("g")).error().code == ErrorCode::Ambiguous);
    // The id and substring forms still work, and a query matched both ways by two accounts is ambiguous.
    CHECK(vault->find(QStringLiteral("github:"))->account.name == QStringLiteral("alice"));
    REQUIRE(vault->addAccount(
        otp::parseOtpauthUri(
            QStringLiteral("otpauth://totp/Laws%20Inc:carol?secret=KRUGKIDROVUWG2ZAMJZG653OEBTG66BA&issuer=Laws%20Inc"))
            ->account));
    Result<VaultEntry> ambiguous = vault->find(QStringLiteral("aws"));
    REQUIRE_FALSE(ambiguous);
    CHECK(ambiguous.error().code == ErrorCode::Ambiguous);
    CHECK(ambiguous.error().detail.contains(QStringLiteral("Amazon Web Services:alice@123456789012")));
    CHECK(ambiguous.error().detail.contains(QStringLiteral("Laws Inc:carol")));
}

TEST_CASE("create refuses an existing file and a lock held by someone else", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    test::writeAll(path, "not a vault");
    Result<Vault> created = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE_FALSE(created);
    CHECK(created.error().code == ErrorCode::IoError);
    CHECK(test::readAll(path) == "not a vault");
    CHECK(Vault::open(path, password()).error().code == ErrorCode::CorruptFile);
    CHECK(Vault::open(dir.filePath(QStringLiteral("missing")), password()).error().code == ErrorCode::NotFound);

    const QString other = dir.filePath(QStringLiteral("other.twostep"));
    Result<Vault> vault = Vault::create(other, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    QLockFile holder(other + QStringLiteral(".lock"));
    REQUIRE(holder.tryLock(0));
    Result<VaultEntry> added = vault->addAccount(test::makeAccount(2));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::Locked);
    CHECK(added.error().detail == QStringLiteral("vault is in use by another Twostep process"));
    holder.unlock();
    CHECK(vault->addAccount(test::makeAccount(3)));
}

TEST_CASE("KDF parameters for a new slot are bounded like those read from files", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    CHECK(Vault::create(path, password(), KdfParameters{1024, 1, 1}).error().code == ErrorCode::InvalidInput);
    CHECK(Vault::create(path, password(), KdfParameters{8192, 0, 1}).error().code == ErrorCode::InvalidInput);
    CHECK(Vault::create(path, password(), KdfParameters{4u << 20, 1, 1}).error().code == ErrorCode::InvalidInput);
    CHECK(Vault::create(path, SecretBytes(), fastKdfParametersForTests()).error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(QFileInfo::exists(path));
    const KdfParameters defaults = defaultKdfParameters();
    CHECK(defaults.memoryKiB >= 64u * 1024);
}

TEST_CASE("resolveVaultPath: --vault wins, then TWOSTEP_VAULT, then the standard location", "[vault]")
{
    qputenv("TWOSTEP_VAULT", "/tmp/from-env.twostep");
    CHECK(resolveVaultPath(QStringLiteral("/tmp/explicit.twostep")) == QStringLiteral("/tmp/explicit.twostep"));
    CHECK(resolveVaultPath() == QStringLiteral("/tmp/from-env.twostep"));
    qunsetenv("TWOSTEP_VAULT");
    CHECK(resolveVaultPath().endsWith(QStringLiteral("/vault.twostep")));
}

TEST_CASE("a copy of hand-built entries (no id, no times) opens again as a vault", "[vault]")
{
    QTemporaryDir dir;
    QList<VaultEntry> entries;
    for (const otp::Account& account : makeAccounts(3)) {
        entries.append(VaultEntry{QString(), account, QDateTime(), QDateTime()});
    }
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    REQUIRE(writeVaultCopy(path, entries, password(), fastKdfParametersForTests()).ok());
    Result<Vault> opened = Vault::open(path, password());
    REQUIRE(opened.ok());
    REQUIRE(opened->entries().size() == 3);
    for (qsizetype i = 0; i < 3; ++i) {
        CHECK(opened->entries()[i].account == entries[i].account);
        CHECK_FALSE(opened->entries()[i].id.isEmpty());
        CHECK(opened->entries()[i].created.isValid());
    }
}

TEST_CASE("a save removes what a killed save left behind, and nothing else", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(2)));
    const QByteArray container = test::readAll(path);
    const auto write = [&dir](const QString& name, const QByteArray& bytes) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        test::writeAll(dir.filePath(name), bytes);
    };
    // What a SIGKILL inside writeFileAtomically leaves: its marked temporary file, empty or cut anywhere.
    write(QStringLiteral(".vault.twostep.twostep-tmp-AbC123"), {});
    write(QStringLiteral(".vault.twostep.twostep-tmp-xYz789"), container.left(container.size() / 2));
    write(QStringLiteral("backups/.vault.twostep.00000000000000000002.twostep-tmp-Q1w2E3"), container.left(20));
    // Files that only look alike stay, QSaveFile's old "NAME.XXXXXX" names included (a user's copy may be called so).
    write(QStringLiteral("vault.twostep.notes1"), "my own notes");
    write(QStringLiteral("vault.twostep.AbC123"), container);
    write(QStringLiteral(".vault.twostep.twostep-tmp-1234567"), {});
    write(QStringLiteral("other.twostep.AbC123"), {});
    write(QStringLiteral("backups/vault.twostep.2.Q1w2E3"), {});

    REQUIRE(vault->addAccount(test::makeAccount(3)));
    const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    CHECK(left == QStringList{QStringLiteral(".vault.twostep.twostep-tmp-1234567"),
                              QStringLiteral("other.twostep.AbC123"), QStringLiteral("vault.twostep"),
                              QStringLiteral("vault.twostep.AbC123"), QStringLiteral("vault.twostep.notes1")});
    const QStringList backups =
        QDir(dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    CHECK(backups.contains(QStringLiteral("vault.twostep.2.Q1w2E3")));
    CHECK_FALSE(backups.contains(QStringLiteral(".vault.twostep.00000000000000000002.twostep-tmp-Q1w2E3")));
    CHECK(test::readAll(dir.filePath(QStringLiteral("vault.twostep.notes1"))) == "my own notes");
}

TEST_CASE("nextHotpCode hands out 2^64-2, then refuses at 2^64-1 and keeps the counter", "[vault]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    otp::Account hotp = rfc4226Account(otp::kMaxCounter - 1);
    REQUIRE(vault->addAccounts({hotp}));
    const QString id = vault->entries().first().id;

    // oathtool --hotp -c 18446744073709551614 3132333435363738393031323334353637383930
    CHECK(*vault->nextHotpCode(id) == QStringLiteral("488204"));
    CHECK(vault->entries().first().account.parameters.counter() == otp::kMaxCounter);
    const std::uint64_t generation = vault->generation();

    Result<QString> refused = vault->nextHotpCode(id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::CounterExhausted);
    CHECK(refused.error().detail.contains(QStringLiteral("'RFC:4226'")));
    CHECK(refused.error().detail.contains(QStringLiteral("18446744073709551615")));
    CHECK(vault->generation() == generation); // nothing was saved

    Result<Vault> reopened = Vault::open(path, password());
    REQUIRE(reopened);
    CHECK(reopened->entries().first().account.parameters.counter() == otp::kMaxCounter);
    CHECK(reopened->nextHotpCode(id).error().code == ErrorCode::CounterExhausted);
}
