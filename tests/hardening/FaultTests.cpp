// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileSystemFaults.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <optional>
#include <unistd.h>

using namespace twostep;
using test::ProcessResult;
using test::SmallFileSystem;
using vault::Vault;

namespace {

constexpr int kPage = static_cast<int>(test::SmallFileSystem::kPage);

// Everything in `folder` except the filler, name → bytes: "intact" means this stays the same.
QMap<QString, QByteArray> snapshot(const QString& folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (QFileInfo(file).fileName() != QStringLiteral("filler")) {
            files.insert(QDir(folder).relativeFilePath(file), test::readAll(file));
        }
    }
    return files;
}

Vault makeVault(const QString& path, int accounts)
{
    Result<Vault> vault = Vault::create(path, test::password(), vault::fastKdfParametersForTests());
    REQUIRE(vault);
    REQUIRE(vault->addAccounts(test::makeAccounts(accounts)));
    return std::move(vault).value();
}

// A vault of `accounts` accounts on a small tmpfs of its own (<dir>/fs); no vault when no tmpfs
// can be mounted here.
struct VaultOnTmpfs
{
    explicit VaultOnTmpfs(int accounts)
    {
        if (fs.mounted()) {
            vault.emplace(makeVault(path, accounts));
        }
    }

    QTemporaryDir dir;
    SmallFileSystem fs{dir.filePath(QStringLiteral("fs"))};
    const QString path = dir.filePath(QStringLiteral("fs/vault.twostep"));
    std::optional<Vault> vault;
};

// The arguments of `twostep-cli add` for one account, the password on stdin.
QStringList addArguments()
{
    return {QStringLiteral("add"),      QStringLiteral("--password-stdin"),
            QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"),
            QStringLiteral("--issuer"), QStringLiteral("X"),
            QStringLiteral("--name"),   QStringLiteral("y")};
}

struct LimitedAdd
{
    QByteArray before; // the vault file before the run
    ProcessResult added;
};

// `twostep-cli add` on a new vault of 6 accounts (over 1 KiB) at `path` with every write past 1 KiB
// failing (`ulimit -f 1`), after `shellSetup` (a trap, or nothing).
LimitedAdd addUnderFileSizeLimit(const QString& path, const QString& shellSetup)
{
    makeVault(path, 6);
    LimitedAdd run{test::readAll(path), {}};
    REQUIRE(run.before.size() > 1024);
    run.added =
        test::runProcess(QStringLiteral("/bin/sh"),
                         QStringList{QStringLiteral("-c"),
                                     shellSetup + QStringLiteral("ulimit -f 1; exec \"$0\" \"$@\""), test::cliPath()} +
                             addArguments(),
                         "correct horse battery staple\n", {QStringLiteral("TWOSTEP_VAULT=") + path});
    return run;
}

void requireOpensWith(const QString& path, qsizetype accounts)
{
    Result<Vault> reopened = Vault::open(path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entries().size() == accounts);
}

} // namespace

TEST_CASE("a save onto a full disk fails with a clear error and the vault stays as it was", "[hardening][faults]")
{
    VaultOnTmpfs tmpfs(2);
    if (!tmpfs.vault) {
        TWOSTEP_SKIP("cannot mount a tmpfs here (not root?): the RLIMIT_FSIZE test below covers a failing write");
    }
    const QByteArray before = test::readAll(tmpfs.path);
    const QList<vault::VaultEntry> entriesBefore = tmpfs.vault->entries();

    // Full to the last page: not even the lock file fits. Then one page free: the lock fits, the save does not.
    const qint64 keepFree = GENERATE(0, kPage);
    REQUIRE(tmpfs.fs.fill(keepFree));
    const QMap<QString, QByteArray> files = snapshot(tmpfs.dir.filePath(QStringLiteral("fs")));

    Result<vault::VaultEntry> added = tmpfs.vault->addAccount(test::makeAccount(7));
    REQUIRE_FALSE(added);
    CHECK(added.error().code == ErrorCode::IoError);
    INFO(added.error().detail.toStdString());
    CHECK(added.error().detail.startsWith(QStringLiteral("cannot ")));
    CHECK(added.error().detail.contains(tmpfs.dir.filePath(QStringLiteral("fs/"))));
    CHECK(added.error().detail.contains(QStringLiteral("the disk is full")));
    CHECK(test::readAll(tmpfs.path) == before);
    CHECK(snapshot(tmpfs.dir.filePath(QStringLiteral("fs"))) == files); // no half-written or temporary file
    // The change is kept in memory, unsaved.
    CHECK(tmpfs.vault->hasUnsavedChanges());
    REQUIRE(tmpfs.vault->entries().size() == 3);
    CHECK(tmpfs.vault->entries().mid(0, 2) == entriesBefore);
    CHECK(tmpfs.vault->entries().last().account.label() == test::makeAccount(7).label());
    requireOpensWith(tmpfs.path, 2);
    // A retry on the still-full disk fails the same way and keeps it.
    CHECK_FALSE(tmpfs.vault->saveUnsavedChanges());
    CHECK(tmpfs.vault->hasUnsavedChanges());
    CHECK(test::readAll(tmpfs.path) == before);

    // Room again: the same session saves what it kept.
    tmpfs.fs.unfill();
    REQUIRE(tmpfs.vault->saveUnsavedChanges());
    CHECK_FALSE(tmpfs.vault->hasUnsavedChanges());
    Result<Vault> reopened = Vault::open(tmpfs.path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entries() == tmpfs.vault->entries());
}

TEST_CASE("a save onto a read-only file system fails with a clear error and the vault opens", "[hardening][faults]")
{
    VaultOnTmpfs tmpfs(2);
    if (!tmpfs.vault) {
        TWOSTEP_SKIP("cannot mount a tmpfs here (not root?): the read-only folder test covers this");
    }
    const QByteArray before = test::readAll(tmpfs.path);
    REQUIRE(tmpfs.fs.remountReadOnly(true));

    const Status renamed = tmpfs.vault->renameAccount(tmpfs.vault->entries().first().id, QStringLiteral("New issuer"),
                                                      QStringLiteral("new name"));
    REQUIRE_FALSE(renamed);
    CHECK(renamed.error().code == ErrorCode::IoError);
    CHECK(renamed.error().detail ==
          QStringLiteral("cannot lock %1: cannot create vault.twostep.lock (the file system is read-only)")
              .arg(tmpfs.path));
    CHECK(test::readAll(tmpfs.path) == before);
    requireOpensWith(tmpfs.path, 2);
    CHECK(tmpfs.vault->hasUnsavedChanges());
    CHECK(tmpfs.vault->entries().first().account.issuer == QStringLiteral("New issuer"));
    REQUIRE(tmpfs.fs.remountReadOnly(false));
    REQUIRE(tmpfs.vault->saveUnsavedChanges());
    Result<Vault> reopened = Vault::open(tmpfs.path, test::password());
    REQUIRE(reopened);
    CHECK(reopened->entries().first().account.name == QStringLiteral("new name"));
}

TEST_CASE("twostep-cli in a read-only vault folder fails clearly and leaves the vault as it was", "[hardening][faults]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("vault"));
    const QString path = folder + QStringLiteral("/vault.twostep");
    {
        makeVault(path, 2);
    }
    const QByteArray before = test::readAll(path);
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));

    // root ignores file modes: drop the capabilities that let it, as a normal user has none of them.
    QString program = test::cliPath();
    QStringList arguments;
    if (::geteuid() == 0) {
        program = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        REQUIRE_FALSE(program.isEmpty());
        arguments = {QStringLiteral("--bounding-set"), QStringLiteral("-dac_override,-dac_read_search,-fowner")};
        if (test::runProcess(program, arguments + QStringList{QStringLiteral("true")}).exitCode != 0) {
            QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            TWOSTEP_SKIP(
                "root without CAP_SETPCAP cannot drop its file capabilities here: the read-only file system test "
                "covers this");
        }
        arguments << test::cliPath();
    }
    const QStringList environment{QStringLiteral("TWOSTEP_VAULT=") + path};
    const QByteArray passwordLine = "correct horse battery staple\n";

    const ProcessResult added = test::runProcess(program, arguments + addArguments(), passwordLine, environment);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    CHECK(added.exitCode == 6); // a folder or file that cannot be written
    CHECK(added.out.isEmpty());
    CHECK(added.err == QStringLiteral("twostep-cli: cannot lock %1: cannot create vault.twostep.lock (the folder is "
                                      "not writable)\n")
                           .arg(path)
                           .toUtf8());
    CHECK(test::readAll(path) == before);
    requireOpensWith(path, 2);
}

TEST_CASE("twostep-cli whose writes fail (RLIMIT_FSIZE) leaves the vault as it was", "[hardening][faults]")
{
    // A file size limit makes every write past 1 KiB fail with EFBIG, for any user and without mounts.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    const auto [before, added] = addUnderFileSizeLimit(path, QStringLiteral("trap '' XFSZ; "));
    CHECK(added.exitCode == 6); // a folder or file that cannot be written
    INFO(added.err.toStdString());
    CHECK(added.err.startsWith("twostep-cli: cannot write "));
    CHECK(added.err.contains(dir.path().toUtf8()));
    CHECK(test::readAll(path) == before);
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("vault.twostep")});
    requireOpensWith(path, 6);
}

TEST_CASE("a save onto a full disk leaves eleven backups byte for byte as they were", "[hardening][faults]")
{
    VaultOnTmpfs tmpfs(1);
    if (!tmpfs.vault) {
        TWOSTEP_SKIP("cannot mount a tmpfs here (not root?): the RLIMIT_FSIZE test below covers a failing write");
    }
    for (int i = 0; i < 12; ++i) {
        REQUIRE(tmpfs.vault->addAccount(test::makeAccount(10 + i)));
    }
    const QString backups = tmpfs.dir.filePath(QStringLiteral("fs/backups"));
    REQUIRE(QDir(backups).entryList(QDir::Files).size() == 11); // full: the next save would prune
    const QMap<QString, QByteArray> before = snapshot(backups);

    // From no room at all to room for the new file but not its backup copy: a save that fails
    // leaves backups/ as it was; only one that succeeded may prune.
    const qint64 keepFree = GENERATE(0, kPage, 2 * kPage, 3 * kPage);
    REQUIRE(tmpfs.fs.fill(keepFree));
    const QByteArray vaultBefore = test::readAll(tmpfs.path);
    INFO("free: " << keepFree << " bytes, vault file: " << vaultBefore.size() << " bytes");
    Result<vault::VaultEntry> added = tmpfs.vault->addAccount(test::makeAccount(99));
    if (!added) {
        CHECK(added.error().detail.contains(QStringLiteral("the disk is full")));
        CHECK(test::readAll(tmpfs.path) == vaultBefore);
        CHECK(snapshot(backups) == before);
    } else {
        CHECK(QDir(backups).entryList(QDir::Files).size() <= 11);
        requireOpensWith(tmpfs.path, 14);
    }
    tmpfs.fs.unfill();
}

TEST_CASE("twostep-cli under a file size limit is not killed by SIGXFSZ and names the cause", "[hardening][faults]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("vault.twostep"));
    // No trap this time: the shell's default SIGXFSZ disposition is what a user's `ulimit -f` gives.
    const auto [before, added] = addUnderFileSizeLimit(path, {});
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 6); // a file that cannot be written
    CHECK(added.err.startsWith("twostep-cli: cannot write "));
    CHECK(added.err.endsWith(": file too large for this process's file size limit\n"));
    CHECK(test::readAll(path) == before);
    requireOpensWith(path, 6);
}
