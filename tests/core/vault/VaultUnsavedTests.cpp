// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QTemporaryDir>

#include <csignal>
#include <sys/resource.h>

using namespace twostep;
using namespace twostep::vault;
using test::makeAccount;
using test::makeAccounts;
using test::password;

namespace {

// While alive, every write past 1 KiB fails with EFBIG in this process (root included), as on a
// full disk: the vault's backup copy and the new file no longer fit, the lock file still does.
class FailingWrites final
{
public:
    FailingWrites()
    {
        ::getrlimit(RLIMIT_FSIZE, &m_saved);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{1024, m_saved.rlim_max};
        REQUIRE(::setrlimit(RLIMIT_FSIZE, &limit) == 0);
    }
    ~FailingWrites()
    {
        ::setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FailingWrites(const FailingWrites&) = delete;
    FailingWrites& operator=(const FailingWrites&) = delete;

private:
    rlimit m_saved{};
    void (*m_oldHandler)(int) = nullptr;
};

Vault makeVault(const QString& path, int accounts)
{
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(makeAccounts(accounts)));
    return std::move(vault).value();
}

QList<VaultEntry> entriesInFile(const QString& path)
{
    Result<Vault> reopened = Vault::open(path, password());
    REQUIRE(reopened);
    return reopened->entries();
}

QStringList labels(const QList<VaultEntry>& entries)
{
    QStringList result;
    for (const VaultEntry& e : entries) {
        result.append(e.account.label());
    }
    return result;
}

} // namespace

TEST_CASE("a change whose save fails is kept in memory and saved by the retry", "[vault][unsaved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault = makeVault(path, 4);
    const QByteArray before = test::readAll(path);
    const QList<VaultEntry> saved = vault.entries();
    const std::uint64_t generation = vault.generation();
    {
        FailingWrites failing;
        Result<VaultEntry> added = vault.addAccount(makeAccount(10));
        REQUIRE_FALSE(added);
        CHECK(added.error().code == ErrorCode::IoError);
        CHECK(added.error().detail.startsWith(QStringLiteral("cannot write ")));
        CHECK(vault.hasUnsavedChanges());
        REQUIRE(vault.entries().size() == 5);
        CHECK(vault.entries().last().account.label() == makeAccount(10).label());
        CHECK(vault.generation() == generation);

        REQUIRE_FALSE(vault.renameAccount(saved.at(0).id, QStringLiteral("Renamed"), QStringLiteral("me")));
        REQUIRE_FALSE(vault.removeAccount(saved.at(1).id));
        REQUIRE_FALSE(vault.moveAccount(saved.at(3).id, 0));
        CHECK(labels(vault.entries()) == QStringList{QStringLiteral("Issuer 3:user-3@example.com"),
                                                     QStringLiteral("Renamed:me"),
                                                     QStringLiteral("Issuer 2:user-2@example.com"),
                                                     QStringLiteral("Issuer 10:user-10@example.com")});
        CHECK(vault.find(QStringLiteral("Renamed")));
        CHECK(vault.unsavedChangeCount() == 4);
        CHECK(vault.entry(saved.at(1).id) == nullptr);
        CHECK_FALSE(vault.saveUnsavedChanges());
        CHECK(test::readAll(path) == before);
        CHECK(entriesInFile(path) == saved);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("vault.twostep")});
    }
    const QList<VaultEntry> inMemory = vault.entries();
    REQUIRE(vault.saveUnsavedChanges());
    CHECK_FALSE(vault.hasUnsavedChanges());
    CHECK(vault.generation() == generation + 1);
    CHECK(vault.entries() == inMemory);
    CHECK(entriesInFile(path) == inMemory);
    CHECK(vault.saveUnsavedChanges()); // nothing left: no save, no error
    CHECK(vault.generation() == generation + 1);
}

TEST_CASE("a later change that saves also writes the changes kept before it", "[vault][unsaved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault = makeVault(path, 2);
    {
        FailingWrites failing;
        REQUIRE_FALSE(vault.addAccount(makeAccount(5)));
    }
    REQUIRE(vault.addAccount(makeAccount(6)));
    CHECK_FALSE(vault.hasUnsavedChanges());
    CHECK(labels(entriesInFile(path)) ==
          QStringList{QStringLiteral("Issuer 0:user-0@example.com"), QStringLiteral("Issuer 1:user-1@example.com"),
                      QStringLiteral("Issuer 5:user-5@example.com"), QStringLiteral("Issuer 6:user-6@example.com")});
}

TEST_CASE("kept changes are re-applied on top of another process's save", "[vault][unsaved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault gui = makeVault(path, 3);
    const QList<VaultEntry> saved = gui.entries();
    {
        FailingWrites failing;
        REQUIRE_FALSE(gui.addAccount(makeAccount(7)));
        REQUIRE_FALSE(gui.renameAccount(saved.at(2).id, QStringLiteral("Gone"), QStringLiteral("soon")));
    }
    // Meanwhile another writer (the CLI) adds one account and removes the one renamed above.
    {
        Result<Vault> cli = Vault::open(path, password());
        REQUIRE(cli);
        REQUIRE(cli->addAccount(makeAccount(8)));
        REQUIRE(cli->removeAccount(saved.at(2).id));
    }
    // The file watcher's reload shows the other writer's content with the kept add on top; the
    // kept rename of an account that no longer exists is dropped.
    REQUIRE(gui.reload());
    CHECK(gui.unsavedChangeCount() == 1);
    const QStringList expected{
        QStringLiteral("Issuer 0:user-0@example.com"), QStringLiteral("Issuer 1:user-1@example.com"),
        QStringLiteral("Issuer 8:user-8@example.com"), QStringLiteral("Issuer 7:user-7@example.com")};
    CHECK(labels(gui.entries()) == expected);
    REQUIRE(gui.saveUnsavedChanges());
    CHECK(labels(entriesInFile(path)) == expected);
}

TEST_CASE("a rejected change is not kept, and hotp counters are all or nothing", "[vault][unsaved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault = makeVault(path, 1);
    otp::Account counter = makeAccount(2);
    counter.parameters = *otp::OtpParameters::create(otp::OtpType::Hotp, otp::Algorithm::Sha1, 6, 30, 5);
    Result<VaultEntry> hotp = vault.addAccount(counter);
    REQUIRE(hotp);
    {
        FailingWrites failing;
        const Status renamed =
            vault.renameAccount(QStringLiteral("no-such-id"), QStringLiteral("x"), QStringLiteral("y"));
        REQUIRE_FALSE(renamed);
        CHECK(renamed.error().code == ErrorCode::NotFound); // checked against the file before any write
        CHECK_FALSE(vault.hasUnsavedChanges());

        // A code must never be shown unless its counter is on disk.
        Result<QString> code = vault.nextHotpCode(hotp->id);
        REQUIRE_FALSE(code);
        CHECK_FALSE(vault.hasUnsavedChanges());
        CHECK(vault.entry(hotp->id)->account.parameters.counter() == 5);
    }
    const Status renamed = vault.renameAccount(QStringLiteral("no-such-id"), QStringLiteral("x"), QStringLiteral("y"));
    CHECK(renamed.error().code == ErrorCode::NotFound);
    CHECK_FALSE(vault.hasUnsavedChanges());
    REQUIRE(vault.nextHotpCode(hotp->id));
    CHECK(vault.entry(hotp->id)->account.parameters.counter() == 6);
}

TEST_CASE("a change kept while the file on disk is damaged is never written over it", "[vault][unsaved]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Vault vault = makeVault(path, 2);
    const QByteArray good = test::readAll(path);
    QByteArray damaged = good;
    damaged.chop(10);
    test::writeAll(path, damaged);
    const Status renamed =
        vault.renameAccount(vault.entries().first().id, QStringLiteral("Kept"), QStringLiteral("in memory"));
    REQUIRE_FALSE(renamed);
    CHECK(renamed.error().code == ErrorCode::CorruptFile);
    CHECK(vault.hasUnsavedChanges());
    CHECK(vault.entries().first().account.issuer == QStringLiteral("Kept"));
    CHECK(test::readAll(path) == damaged);
    // Once the file is restored (from backups/), the kept change saves.
    test::writeAll(path, good);
    REQUIRE(vault.saveUnsavedChanges());
    CHECK(entriesInFile(path).first().account.issuer == QStringLiteral("Kept"));
}
