// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace twostep;
using namespace twostep::vault;
using test::password;

namespace {

// Every file under `folder`, name → bytes.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        files.insert(QDir(folder).relativeFilePath(file), test::readAll(file));
    }
    return files;
}

// A vault at generation 4 (create, then three adds), and the bytes of generation 3.
struct FourGenerations
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QByteArray third;
    QByteArray fourth;

    FourGenerations()
    {
        Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
        REQUIRE(vault);
        for (int i = 0; i < 3; ++i) {
            REQUIRE(vault->addAccount(test::makeAccount(i)));
            if (i == 1) {
                third = test::readAll(path);
            }
        }
        REQUIRE(vault->generation() == 4);
        fourth = test::readAll(path);
    }
    QString backups() const { return dir.filePath(QStringLiteral("backups")); }
};

void setEnvironment(const char* name, const QString& value)
{
    qputenv(name, value.toUtf8());
}

} // namespace

TEST_CASE("an older copy over a newer vault is reported, keeps the newer copy and overwrites no backup",
          "[vault][disk][rollback]")
{
    FourGenerations v;
    test::writeAll(v.path, v.third); // a synced folder or a restore by hand: 4 -> 3
    const QMap<QString, QByteArray> before = snapshot(v.backups());

    Result<Vault> opened = Vault::open(v.path, password());
    REQUIRE(opened);
    CHECK(opened->generation() == 3);
    const std::optional<Rollback> rollback = opened->takeRollback();
    REQUIRE(rollback);
    CHECK(rollback->newerGeneration == 4);
    CHECK(rollback->fileGeneration == 3);
    REQUIRE_FALSE(rollback->newerCopy.isEmpty());
    CHECK(test::readAll(rollback->newerCopy) == v.fourth);
    CHECK_FALSE(opened->takeRollback()); // said once

    // The next save goes above every generation seen and changes no existing backup.
    REQUIRE(opened->addAccount(test::makeAccount(9)));
    CHECK(opened->generation() == 5);
    const QMap<QString, QByteArray> after = snapshot(v.backups());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        INFO(it.key().toStdString());
        CHECK(after.value(it.key()) == it.value());
    }
    Result<Vault> newer = Vault::open(rollback->newerCopy, password());
    REQUIRE(newer);
    CHECK(newer->entries().size() == 3);
}

TEST_CASE("a backup whose content differs is never overwritten: the other copy gets a new name",
          "[vault][disk][rollback]")
{
    FourGenerations v;
    // Another generation 3 with other content (made from generation 2 on another computer).
    const QString elsewhere = v.dir.filePath(QStringLiteral("elsewhere/vault.twostep"));
    QDir().mkpath(QFileInfo(elsewhere).absolutePath());
    const QStringList names = QDir(v.backups()).entryList(QDir::Files, QDir::Name);
    REQUIRE(names.first().endsWith(QStringLiteral(".00000000000000000001")));
    test::writeAll(elsewhere, test::readAll(v.backups() + QLatin1Char('/') + names.at(1))); // generation 2
    {
        Result<Vault> other = Vault::open(elsewhere, password());
        REQUIRE(other);
        REQUIRE(other->addAccount(test::makeAccount(7)));
        REQUIRE(other->generation() == 3);
    }
    const QByteArray otherThird = test::readAll(elsewhere);
    REQUIRE(otherThird != v.third);
    const QString thirdBackup = v.backups() + QStringLiteral("/vault.twostep.00000000000000000003");
    REQUIRE(test::readAll(thirdBackup) == v.third);

    test::writeAll(v.path, otherThird);
    Result<Vault> opened = Vault::open(v.path, password());
    REQUIRE(opened);
    REQUIRE(opened->takeRollback());
    REQUIRE(opened->addAccount(test::makeAccount(8)));
    CHECK(test::readAll(thirdBackup) == v.third);
    CHECK(test::readAll(thirdBackup + QStringLiteral(".1")) == otherThird);
}

TEST_CASE("an open session keeps the newer bytes it saw before adopting an older file", "[vault][disk][rollback]")
{
    FourGenerations v;
    Result<Vault> session = Vault::open(v.path, password());
    REQUIRE(session);
    REQUIRE_FALSE(session->takeRollback());
    // No copy of generation 4 anywhere but in the session (say an older Twostep wrote it).
    for (const QString& name : QDir(v.backups()).entryList({QStringLiteral("*.00000000000000000004*")}, QDir::Files)) {
        REQUIRE(QFile::remove(v.backups() + QLatin1Char('/') + name));
    }
    test::writeAll(v.path, v.third);

    REQUIRE(session->reload()); // what the GUI's file watcher calls
    CHECK(session->entries().size() == 2);
    const std::optional<Rollback> rollback = session->takeRollback();
    REQUIRE(rollback);
    CHECK(rollback->newerGeneration == 4);
    CHECK(test::readAll(rollback->newerCopy) == v.fourth);
}

TEST_CASE("copies a user makes beside the vault survive saves", "[vault][disk]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    Result<Vault> vault = Vault::create(path, password(), fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccount(test::makeAccount(1)));
    const QByteArray copy = test::readAll(path);
    const QStringList names{QStringLiteral("vault.twostep.backup"), QStringLiteral("vault.twostep.before"),
                            QStringLiteral("vault.twostep.copy01"), QStringLiteral("vault.twostep.AbC123"),
                            QStringLiteral(".vault.twostep.old")};
    for (const QString& name : names) {
        test::writeAll(dir.filePath(name), copy);
        test::writeAll(dir.filePath(QStringLiteral("backups/") + name), copy.left(copy.size() / 2));
    }
    // What a killed save of this build leaves: its marked temporary files, which go.
    test::writeAll(dir.filePath(QStringLiteral(".vault.twostep.twostep-tmp-AbC123")), copy.left(10));
    test::writeAll(dir.filePath(QStringLiteral("backups/.vault.twostep.00000000000000000002.twostep-tmp-Q1w2E3")), {});

    for (int i = 2; i < 5; ++i) {
        REQUIRE(vault->addAccount(test::makeAccount(i)));
    }
    for (const QString& name : names) {
        INFO(name.toStdString());
        CHECK(test::readAll(dir.filePath(name)) == copy);
        CHECK(test::readAll(dir.filePath(QStringLiteral("backups/") + name)) == copy.left(copy.size() / 2));
    }
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral(".vault.twostep.twostep-tmp-AbC123"))));
    CHECK_FALSE(QFileInfo::exists(
        dir.filePath(QStringLiteral("backups/.vault.twostep.00000000000000000002.twostep-tmp-Q1w2E3"))));
}

TEST_CASE("a FIFO, a device, a folder or a symlink to a FIFO as the vault fails at once with a clear error",
          "[vault][disk]")
{
    QTemporaryDir dir;
    const QString fifo = dir.filePath(QStringLiteral("fifo.twostep"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    REQUIRE(QFile::link(fifo, dir.filePath(QStringLiteral("link.twostep"))));
    const QStringList paths{fifo, dir.filePath(QStringLiteral("link.twostep")), QStringLiteral("/dev/zero"),
                            dir.path()};
    const QString path = paths.at(GENERATE(0, 1, 2, 3));
    QElapsedTimer timer;
    timer.start();
    Result<Vault> opened = Vault::open(path, password());
    CHECK(timer.elapsed() < 2000);
    REQUIRE_FALSE(opened);
    CHECK(opened.error().code == ErrorCode::IoError);
    CHECK(opened.error().detail.endsWith(QStringLiteral(", not a regular file")));
    CHECK_FALSE(Vault::keyringSlotIds(path));
}

TEST_CASE("a vault reached through a symlink has one lock and one backups folder", "[vault][disk]")
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("real/vault.twostep"));
    REQUIRE(Vault::create(real, password(), fastKdfParametersForTests()));
    REQUIRE(QFile::link(real, dir.filePath(QStringLiteral("link.twostep"))));
    Result<Vault> viaLink = Vault::open(dir.filePath(QStringLiteral("link.twostep")), password());
    REQUIRE(viaLink);
    CHECK(viaLink->path() == QFileInfo(real).canonicalFilePath());
    REQUIRE(viaLink->addAccount(test::makeAccount(1)));
    CHECK(QFileInfo(dir.filePath(QStringLiteral("link.twostep"))).isSymLink()); // the save did not replace the link
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("backups"))));
    CHECK(QDir(dir.filePath(QStringLiteral("real/backups"))).entryList(QDir::Files).size() == 2);
}

TEST_CASE("the default vault is $XDG_DATA_HOME/twostep/vault.twostep", "[vault][disk][location]")
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    setEnvironment("XDG_DATA_HOME", dir.path());
    CHECK(defaultVaultPath() == dir.filePath(QStringLiteral("twostep/vault.twostep")));
    CHECK(legacyVaultPath() == dir.filePath(QStringLiteral("twostep/twostep/vault.twostep")));
    qunsetenv("TWOSTEP_VAULT");
    CHECK(resolveVaultPath() == dir.filePath(QStringLiteral("twostep/vault.twostep")));
    qputenv("XDG_DATA_HOME", saved);
}

TEST_CASE("a vault at the old place moves once with its backups", "[vault][disk][location]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("twostep/twostep/vault.twostep"));
    const QString to = dir.filePath(QStringLiteral("twostep/vault.twostep"));
    {
        Result<Vault> vault = Vault::create(from, password(), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->addAccounts(test::makeAccounts(2)));
        REQUIRE(vault->addAccount(test::makeAccount(3)));
    }
    const QByteArray bytes = test::readAll(from);
    const QMap<QString, QByteArray> backups = snapshot(dir.filePath(QStringLiteral("twostep/twostep/backups")));
    REQUIRE(backups.size() == 3);

    Result<std::optional<VaultMove>> moved = moveLegacyVault(from, to);
    REQUIRE(moved);
    REQUIRE(moved->has_value());
    CHECK((*moved)->to == to);
    CHECK((*moved)->backupsMoved == 3);
    CHECK(test::readAll(to) == bytes);
    CHECK(snapshot(dir.filePath(QStringLiteral("twostep/backups"))) == backups);
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("twostep/twostep"))));
    REQUIRE(Vault::open(to, password()));
    // Once: nothing left to move.
    Result<std::optional<VaultMove>> again = moveLegacyVault(from, to);
    REQUIRE(again);
    CHECK_FALSE(again->has_value());
}

TEST_CASE("a move interrupted at any step is finished by the next start and never loses the vault",
          "[vault][disk][location]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("twostep/twostep/vault.twostep"));
    const QString to = dir.filePath(QStringLiteral("twostep/vault.twostep"));
    {
        Result<Vault> vault = Vault::create(from, password(), fastKdfParametersForTests());
        REQUIRE(vault);
        REQUIRE(vault->addAccount(test::makeAccount(1)));
        REQUIRE(vault->addAccount(test::makeAccount(2)));
    }
    const QByteArray bytes = test::readAll(from);
    const QString oldBackups = dir.filePath(QStringLiteral("twostep/twostep/backups"));
    const QStringList names = QDir(oldBackups).entryList(QDir::Files, QDir::Name);
    REQUIRE(names.size() == 3);
    QDir().mkpath(dir.filePath(QStringLiteral("twostep/backups")));
    // Where a crash can stop it: one backup renamed; one copied (across file systems) but not yet
    // removed; the vault copied and fsynced at the new place, the old one not yet removed.
    const int step = GENERATE(0, 1, 2);
    REQUIRE(QFile::rename(oldBackups + QLatin1Char('/') + names.at(0),
                          dir.filePath(QStringLiteral("twostep/backups/")) + names.at(0)));
    if (step >= 1) {
        REQUIRE(QFile::copy(oldBackups + QLatin1Char('/') + names.at(1),
                            dir.filePath(QStringLiteral("twostep/backups/")) + names.at(1)));
    }
    if (step >= 2) {
        REQUIRE(QFile::rename(oldBackups + QLatin1Char('/') + names.at(2),
                              dir.filePath(QStringLiteral("twostep/backups/")) + names.at(2)));
        REQUIRE(QFile::copy(from, to));
    }
    // In every state one place holds the whole vault.
    CHECK((test::readAll(from) == bytes || test::readAll(to) == bytes));

    Result<std::optional<VaultMove>> moved = moveLegacyVault(from, to);
    REQUIRE(moved);
    CHECK(test::readAll(to) == bytes);
    CHECK_FALSE(QFileInfo::exists(from));
    CHECK(QDir(dir.filePath(QStringLiteral("twostep/backups"))).entryList(QDir::Files, QDir::Name) == names);
    REQUIRE(Vault::open(to, password()));
}

TEST_CASE("two different vaults at the old and the new place are both left as they are", "[vault][disk][location]")
{
    QTemporaryDir dir;
    const QString from = dir.filePath(QStringLiteral("twostep/twostep/vault.twostep"));
    const QString to = dir.filePath(QStringLiteral("twostep/vault.twostep"));
    REQUIRE(Vault::create(from, password(), fastKdfParametersForTests()));
    REQUIRE(Vault::create(to, password(), fastKdfParametersForTests()));
    const QByteArray oldBytes = test::readAll(from);
    const QByteArray newBytes = test::readAll(to);
    Result<std::optional<VaultMove>> moved = moveLegacyVault(from, to);
    REQUIRE_FALSE(moved);
    CHECK(moved.error().detail.contains(from));
    CHECK(test::readAll(from) == oldBytes);
    CHECK(test::readAll(to) == newBytes);
}

TEST_CASE("the highest generation seen is kept under XDG_STATE_HOME with mode 0700 folders", "[vault][disk][rollback]")
{
    QTemporaryDir dir;
    const QByteArray saved = qgetenv("XDG_STATE_HOME");
    setEnvironment("XDG_STATE_HOME", dir.filePath(QStringLiteral("state")));
    FourGenerations v;
    qputenv("XDG_STATE_HOME", saved);
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(dir.filePath(QStringLiteral("state/twostep"))).constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0700);
    const QStringList records = QDir(dir.filePath(QStringLiteral("state/twostep/vaults"))).entryList(QDir::Files);
    REQUIRE(records.size() == 1);
    const QByteArray record = test::readAll(dir.filePath(QStringLiteral("state/twostep/vaults/")) + records.first());
    CHECK(record.contains(QFileInfo(v.path).canonicalFilePath().toUtf8()));
    CHECK(record.contains("\"highestGeneration\":4"));
}
