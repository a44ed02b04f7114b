// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"
#include "vault/CopyMerge.h"
#include "vault/VaultFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QTemporaryDir>
#include <QThread>

#include <optional>
#include <unistd.h>

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

std::uint64_t generationOf(const QString& path)
{
    Result<file::Container> container = file::parseContainer(test::readAll(path));
    REQUIRE(container);
    return container->generation;
}

// The other computer renames an account three times (its generation climbs past this vault's).
void renameThriceOn(Vault& other, const QString& id)
{
    for (int i = 0; i < 3; ++i) {
        REQUIRE(other.renameAccount(id, QStringLiteral("Laptop %1").arg(i), QStringLiteral("alice")));
    }
}

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

TEST_CASE("a merge that changes nothing writes no generation and no backup, and the conflict copy is done with",
          "[vault][merge]")
{
    TwoCopies copies(QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep"));
    REQUIRE(copies.vault->addAccount(test::makeAccount(3)));
    const QByteArray before = test::readAll(copies.path);
    const QStringList backups = QDir(copies.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);
    Result<OtherCopy> copy = readOtherCopy(copies.copyPath, *copies.vault);
    REQUIRE(copy);

    Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
    REQUIRE(merged);
    CHECK(merged->changesNothing());
    CHECK(test::readAll(copies.path) == before);
    CHECK(QDir(copies.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == backups);
    CHECK_FALSE(QFile::exists(copies.copyPath));
}

TEST_CASE("merging the vault file into itself is refused, also through a symlink or a hard link", "[vault][merge]")
{
    TwoCopies copies(QStringLiteral("vault (copy).twostep"));
    const QString symlink = copies.dir.filePath(QStringLiteral("vault (conflicted copy 2026-11-30 061500).twostep"));
    const QString hardLink = copies.dir.filePath(QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep"));
    REQUIRE(QFile::link(copies.path, symlink));
    REQUIRE(::link(QFile::encodeName(copies.path).constData(), QFile::encodeName(hardLink).constData()) == 0);
    const QByteArray before = test::readAll(copies.path);

    for (const QString& self : {copies.path, symlink, hardLink}) {
        INFO(self.toStdString());
        const Status checked = checkOtherCopyPath(self, copies.path);
        REQUIRE_FALSE(checked);
        CHECK(checked.error().code == ErrorCode::InvalidInput);
        CHECK(checked.error().detail.contains(QStringLiteral("is the vault file itself")));
        Result<OtherCopy> copy = readOtherCopy(self, *copies.vault);
        REQUIRE(copy);
        Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
        REQUIRE_FALSE(merged);
        CHECK(merged.error().code == ErrorCode::InvalidInput);
        CHECK(QFileInfo::exists(self));
    }
    CHECK(checkOtherCopyPath(copies.copyPath, copies.path));
    CHECK(test::readAll(copies.path) == before);
}

TEST_CASE("an error about a damaged, foreign or missing copy names the copy, not the vault", "[vault][merge]")
{
    TwoCopies copies(QStringLiteral("vault (conflicted copy 2026-11-30 061500).twostep"));
    const QString name = QDir::toNativeSeparators(copies.copyPath);

    test::writeAll(copies.copyPath, "{\"format\":\"twostep-vault\",\"version\":2");
    Result<OtherCopy> damaged = readOtherCopy(copies.copyPath, test::password());
    REQUIRE_FALSE(damaged);
    CHECK(damaged.error().code == ErrorCode::CorruptFile);
    CHECK(damaged.error().detail.startsWith(name + QStringLiteral(" cannot be merged: the file is damaged: ")));

    test::writeAll(copies.copyPath, "{\"format\":\"keepass\"}");
    Result<OtherCopy> foreign = readOtherCopy(copies.copyPath, *copies.vault);
    REQUIRE_FALSE(foreign);
    CHECK(foreign.error().detail.contains(name));
    CHECK(foreign.error().detail.contains(QStringLiteral("not a Twostep vault")));

    QFile::remove(copies.copyPath);
    Result<OtherCopy> missing = readOtherCopy(copies.copyPath, test::password());
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::IoError);
    CHECK(missing.error().cause == ErrorCause::NotFound);
    CHECK(missing.error().detail == QStringLiteral("no file at ") + name);
    CHECK_FALSE(checkOtherCopyPath(copies.copyPath, copies.path));
}

TEST_CASE("the newer version a rollback replaced stays offered through saves and pruning until merged back",
          "[vault][merge][rollback]")
{
    TwoCopies copies(QStringLiteral("vault (copy).twostep"));
    const QByteArray older = test::readAll(copies.path);
    REQUIRE(copies.vault->addAccount(test::makeAccount(3)));
    const QString newerLabel = copies.vault->entries().last().account.label();
    copies.vault = makeError(ErrorCode::NotFound, QString()); // this session ends
    test::writeAll(copies.path, older);                       // a synced folder puts the older file back

    Result<Vault> reopened = Vault::open(copies.path, test::password());
    REQUIRE(reopened);
    const std::optional<Rollback> rollback = reopened->takeRollback();
    REQUIRE(rollback);
    REQUIRE_FALSE(rollback->newerCopy.isEmpty());
    CHECK(newerCopies(copies.path) == QStringList{rollback->newerCopy});
    for (int i = 10; i < 25; ++i) { // more saves than backups/ keeps
        REQUIRE(reopened->addAccount(test::makeAccount(i)));
    }
    CHECK(newerCopies(copies.path) == QStringList{rollback->newerCopy});
    CHECK(QFile::exists(rollback->newerCopy));
    CHECK(Vault::open(copies.path, test::password())->takeRollback() == std::nullopt);

    Result<OtherCopy> newer = readOtherCopy(rollback->newerCopy, *reopened);
    REQUIRE(newer);
    Result<merge::Report> merged = mergeCopy(*reopened, *newer);
    REQUIRE(merged);
    REQUIRE(merged->added.size() == 1);
    CHECK(merged->added.first().label == newerLabel);
    CHECK(newerCopies(copies.path).isEmpty());
    CHECK(QFile::exists(rollback->newerCopy)); // a backup, pruned like any other from now on
}

TEST_CASE("a merge writes a generation above the copy's, so a computer that saw the copy finds no rollback",
          "[vault][merge][rollback]")
{
    TwoCopies copies(QStringLiteral("vault (laptop).twostep"));
    Result<Vault> laptop = Vault::open(copies.copyPath, test::password()); // its own generation record
    REQUIRE(laptop);
    const QString id = laptop->entries().first().id; // a copy: each save replaces the entries
    renameThriceOn(*laptop, id);
    Result<OtherCopy> copy = readOtherCopy(copies.copyPath, *copies.vault);
    REQUIRE(copy);
    REQUIRE(copy->generation > generationOf(copies.path));

    Result<merge::Report> merged = mergeCopy(*copies.vault, *copy);
    REQUIRE(merged);
    REQUIRE(merged->updated.size() == 1);
    CHECK(generationOf(copies.path) > copy->generation);

    laptop = makeError(ErrorCode::NotFound, QString());          // that session ends
    test::writeAll(copies.copyPath, test::readAll(copies.path)); // the merged file synced over it
    Result<Vault> reopened = Vault::open(copies.copyPath, test::password());
    REQUIRE(reopened);
    CHECK(reopened->takeRollback() == std::nullopt);
    CHECK(newerCopies(copies.copyPath).isEmpty());
}

TEST_CASE("a rollback's newer copy the vault already has is settled by its merge or by dismissing the listed path",
          "[vault][merge][rollback]")
{
    TwoCopies copies(QStringLiteral("vault (laptop).twostep"));
    Result<Vault> laptop = Vault::open(copies.copyPath, test::password());
    REQUIRE(laptop);
    const QString id = laptop->entries().first().id;
    renameThriceOn(*laptop, id);
    laptop = makeError(ErrorCode::NotFound, QString());
    QThread::msleep(20); // this computer's rename is later than all of the laptop's
    REQUIRE(copies.vault->renameAccount(id, QStringLiteral("Desktop"), QStringLiteral("alice")));
    test::writeAll(copies.copyPath, test::readAll(copies.path)); // a lower generation holding every change
    const QStringList listed = newerCopies(copies.copyPath);     // as status lists it, before any open
    REQUIRE(listed.size() == 1);

    SECTION("merged: nothing to merge")
    {
        Result<Vault> reopened = Vault::open(copies.copyPath, test::password());
        REQUIRE(reopened);
        CHECK(reopened->takeRollback().has_value());
        Result<OtherCopy> newer = readOtherCopy(listed.first(), *reopened);
        REQUIRE(newer);
        Result<merge::Report> merged = mergeCopy(*reopened, *newer);
        REQUIRE(merged);
        CHECK(merged->changesNothing());
    }
    SECTION("dismissed by the path listed")
    {
        CHECK(dismissNewerCopy(copies.copyPath, listed.first()));
    }
    CHECK(newerCopies(copies.copyPath).isEmpty());
    CHECK(Vault::open(copies.copyPath, test::password())->takeRollback() == std::nullopt);
    CHECK(QFile::exists(listed.first())); // kept under backups/, pruned like any other
}
