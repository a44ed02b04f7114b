// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/CopyMerge.h"

#include <QDir>
#include <QLockFile>
#include <QTemporaryDir>

using namespace twostep;
using namespace twostep::vault;

namespace {

// A vault with two accounts and a copy of it that a sync tool left beside it, both then changed apart.
struct TwoCopies
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString copyPath;
    Result<Vault> vault = Vault::create(path, test::password(), fastKdfParametersForTests());

    explicit TwoCopies(const QString& copyName)
    {
        copyPath = dir.filePath(copyName);
        REQUIRE(vault);
        REQUIRE(vault->addAccounts({test::makeAccount(1), test::makeAccount(2)}));
        REQUIRE(QFile::copy(path, copyPath));
    }

    QStringList labels() const
    {
        QStringList list;
        for (const VaultEntry& e : vault->entries()) {
            list.append(e.account.label());
        }
        list.sort();
        return list;
    }

    qsizetype backupsHolding(const QByteArray& bytes) const
    {
        qsizetype found = 0;
        const QDir backups(dir.filePath(QStringLiteral("backups")));
        for (const QString& name : backups.entryList({QStringLiteral("vault.twostep.*")}, QDir::Files)) {
            found += test::readAll(backups.filePath(name)) == bytes ? 1 : 0;
        }
        return found;
    }
};

} // namespace

TEST_CASE("a conflict copy changed apart with another password is merged, both versions kept", "[vault][merge]")
{
    TwoCopies copies(QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep"));
    {
        Result<Vault> other = Vault::open(copies.copyPath, test::password());
        REQUIRE(other);
        REQUIRE(other->addAccount(test::makeAccount(3)));
        REQUIRE(other->removeAccount(other->entries().at(0).id));
        REQUIRE(other->changePassword(test::password("changed on the laptop"), fastKdfParametersForTests()));
    }
    REQUIRE(copies.vault->addAccount(test::makeAccount(4)));
    const QByteArray before = test::readAll(copies.path);
    const QByteArray copyBytes = test::readAll(copies.copyPath);

    Result<OtherCopy> wrong = readOtherCopy(copies.copyPath, test::password());
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().code == ErrorCode::WrongPassword);
    Result<OtherCopy> copy = readOtherCopy(copies.copyPath, test::password("changed on the laptop"));
    REQUIRE(copy);

    const merge::Report preview = previewMerge(*copies.vault, *copy);
    CHECK(test::readAll(copies.path) == before);
    Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
    REQUIRE(merged);
    CHECK(merged->added == preview.added);
    CHECK(merged->removed == preview.removed);
    CHECK(merged->added.size() == 1);
    CHECK(merged->removed.size() == 1);
    CHECK(copies.labels() == QStringList{QStringLiteral("Issuer 2:user-2@example.com"),
                                         QStringLiteral("Issuer 3:user-3@example.com"),
                                         QStringLiteral("Issuer 4:user-4@example.com")});
    CHECK_FALSE(QFile::exists(copies.copyPath));
    CHECK(copies.backupsHolding(copyBytes) == 1);
    CHECK(copies.backupsHolding(before) == 1);

    Result<Vault> reopened = Vault::open(copies.path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entries() == copies.vault->entries());
    CHECK(reopened->tombstones().size() == 1);
}

TEST_CASE("merging a look-alike file of the user's never removes it", "[vault][merge][conflict]")
{
    TwoCopies copies(QStringLiteral("vault (copy).twostep"));
    Result<OtherCopy> copy = readOtherCopy(copies.copyPath, test::password());
    REQUIRE(copy);
    Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
    REQUIRE(merged);
    CHECK(merged->changesNothing());
    CHECK(QFile::exists(copies.copyPath));
}

TEST_CASE("a merge that cannot be written leaves the vault, its backups and the conflict copy as they were",
          "[vault][merge]")
{
    TwoCopies copies(QStringLiteral("vault (alice's conflicted copy 2026-11-30).twostep"));
    {
        Result<Vault> other = Vault::open(copies.copyPath, test::password());
        REQUIRE(other);
        REQUIRE(other->addAccount(test::makeAccount(3)));
    }
    Result<OtherCopy> copy = readOtherCopy(copies.copyPath, test::password());
    REQUIRE(copy);
    const QByteArray before = test::readAll(copies.path);
    const QStringList backups = QDir(copies.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
    QLockFile lock(copies.path + QStringLiteral(".lock"));
    REQUIRE(lock.tryLock());
    Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
    REQUIRE_FALSE(merged);
    CHECK(merged.error().code == ErrorCode::Locked);
    CHECK(test::readAll(copies.path) == before);
    CHECK(QDir(copies.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == backups);
    CHECK(QFile::exists(copies.copyPath));
}
