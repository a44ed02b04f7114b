// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PseudoTerminal.h"
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <unistd.h>

using namespace twostep;
using test::ProcessResult;

namespace {

// Two copies of one vault made by twostep-cli, then changed apart as two computers would.
struct TwoComputers
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QString copy = dir.filePath(QStringLiteral("vault (conflicted copy 2026-11-30 061500).twostep"));
    QStringList environment = test::privateUserFolders(dir.filePath(QStringLiteral("home")));

    TwoComputers()
    {
        REQUIRE(run(path,
                    {QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                     QStringLiteral("1")},
                    "pw\npw\n")
                    .exitCode == 0);
        add(path, QStringLiteral("Both"), QStringLiteral("JBSWY3DPEHPK3PXP"));
        REQUIRE(QFile::copy(path, copy));
    }

    ProcessResult run(const QString& vault, QStringList arguments, const QByteArray& input = "pw\n") const
    {
        arguments << QStringLiteral("--vault") << vault << QStringLiteral("--password-stdin");
        return test::runCli(arguments, input, environment);
    }

    void add(const QString& vault, const QString& issuer, const QString& secret) const
    {
        REQUIRE(run(vault, {QStringLiteral("add"), QStringLiteral("--secret"), secret, QStringLiteral("--issuer"),
                            issuer, QStringLiteral("--name"), QStringLiteral("alice")})
                    .exitCode == 0);
    }

    // The copy's password changed on the other computer (from "pw").
    void changeCopyPassword(const QByteArray& password) const
    {
        REQUIRE(run(copy,
                    {QStringLiteral("passwd"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                     QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                     QStringLiteral("1")},
                    "pw\n" + password + "\n")
                    .exitCode == 0);
    }
};

} // namespace

TEST_CASE("twostep-cli merge prints what it would change, then merges a copy with another password", "[cli][merge]")
{
    TwoComputers computers;
    computers.add(computers.path, QStringLiteral("Desktop"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    computers.add(computers.copy, QStringLiteral("Laptop"), QStringLiteral("MFRGGZDFMZTWQ2LK"));
    computers.changeCopyPassword("laptop pw");

    const ProcessResult status =
        test::runCli({QStringLiteral("status"), QStringLiteral("--vault"), computers.path}, {}, computers.environment);
    CHECK(status.outLines().contains(QStringLiteral("conflict copy: ") + computers.copy));

    const ProcessResult wrong = computers.run(computers.path, {QStringLiteral("merge"), computers.copy}, "pw\nnope\n");
    CHECK(wrong.exitCode == 3);

    const QByteArray before = test::readAll(computers.path);
    const ProcessResult dryRun = computers.run(
        computers.path, {QStringLiteral("merge"), computers.copy, QStringLiteral("--dry-run")}, "pw\nlaptop pw\n");
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.outLines() == QStringList{QStringLiteral("would add Laptop:alice")});
    CHECK(dryRun.err.contains("dry run: nothing was written"));
    CHECK(test::readAll(computers.path) == before);
    CHECK(QFile::exists(computers.copy));

    const ProcessResult merged =
        computers.run(computers.path, {QStringLiteral("merge"), computers.copy}, "pw\nlaptop pw\n");
    REQUIRE(merged.exitCode == 0);
    CHECK(merged.outLines().first() == QStringLiteral("add Laptop:alice"));
    CHECK_FALSE(QFile::exists(computers.copy));
    const ProcessResult list = computers.run(computers.path, {QStringLiteral("list")});
    CHECK(list.outLines().size() == 3);
    CHECK(list.out.contains("Desktop "));
    CHECK(list.out.contains("Laptop "));
}

TEST_CASE("twostep-cli merge exits as its man page says for each failure and names the file at fault", "[cli][merge]")
{
    TwoComputers computers;
    const QByteArray before = test::readAll(computers.path);
    const QString copyName = QDir::toNativeSeparators(computers.copy);
    const auto merge = [&](const QString& file, const QByteArray& input = "pw\n") {
        return computers.run(computers.path, {QStringLiteral("merge"), file}, input);
    };

    CHECK(computers.run(computers.path, {QStringLiteral("merge")}).exitCode == 2); // usage

    const QString missing = computers.dir.filePath(QStringLiteral("none.twostep"));
    const ProcessResult absent = merge(missing);
    CHECK(absent.exitCode == 6); // a missing file
    CHECK(absent.err.contains(QString(QStringLiteral("no file at ") + missing).toUtf8()));

    test::writeAll(computers.copy, "{\"format\":\"twostep-vault\"}");
    const ProcessResult damaged = merge(computers.copy);
    CHECK(damaged.exitCode == 4);
    CHECK(damaged.err.contains(QString(copyName + QStringLiteral(" cannot be merged: the file is damaged")).toUtf8()));
    CHECK_FALSE(damaged.err.contains("vault file is damaged"));
    CHECK(QFile::exists(computers.copy));

    test::writeAll(computers.copy, "\x89PNG\r\n\x1a\n not a vault at all");
    const ProcessResult foreign = merge(computers.copy);
    CHECK(foreign.exitCode == 4);
    CHECK(foreign.err.contains(copyName.toUtf8()));

    QByteArray tooNew = before;
    tooNew.replace("\"version\":1", "\"version\":99");
    REQUIRE(tooNew != before);
    test::writeAll(computers.copy, tooNew);
    const ProcessResult unsupported = merge(computers.copy);
    CHECK(unsupported.exitCode == 4);
    CHECK(unsupported.err.contains(
        QString(copyName + QStringLiteral(" cannot be merged: unsupported vault version 99")).toUtf8()));

    QFile::remove(computers.copy);
    REQUIRE(QFile::copy(computers.path, computers.copy));
    CHECK(merge(computers.copy, "not pw\n").exitCode == 3); // the vault's password

    REQUIRE(QDir().mkdir(computers.dir.filePath(QStringLiteral("folder.twostep"))));
    CHECK(merge(computers.dir.filePath(QStringLiteral("folder.twostep"))).exitCode == 6);

    QLockFile held(computers.path + QStringLiteral(".lock"));
    REQUIRE(held.tryLock(0));
    computers.add(computers.copy, QStringLiteral("Laptop"), QStringLiteral("MFRGGZDFMZTWQ2LK"));
    CHECK(merge(computers.copy).exitCode == 5); // the vault is in use (after 5 s)
    held.unlock();

    CHECK(
        computers
            .run(computers.dir.filePath(QStringLiteral("no vault.twostep")), {QStringLiteral("merge"), computers.copy})
            .exitCode == 6);
    CHECK(test::readAll(computers.path) == before);
}

TEST_CASE("twostep-cli merge refuses the vault file itself, also through a symlink or a hard link", "[cli][merge]")
{
    TwoComputers computers;
    const QByteArray before = test::readAll(computers.path);
    const QString symlink =
        computers.dir.filePath(QStringLiteral("vault.sync-conflict-20261130-061500-ABCDEF7.twostep"));
    const QString hardLink = computers.dir.filePath(QStringLiteral("hard link.twostep"));
    REQUIRE(QFile::link(computers.path, symlink));
    REQUIRE(::link(QFile::encodeName(computers.path).constData(), QFile::encodeName(hardLink).constData()) == 0);

    for (const QString& self : {computers.path, symlink, hardLink}) {
        INFO(self.toStdString());
        const ProcessResult refused = computers.run(computers.path, {QStringLiteral("merge"), self}, {});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains("is the vault file itself"));
        CHECK(refused.out.isEmpty());
    }
    CHECK(test::readAll(computers.path) == before);
    CHECK(QFileInfo::exists(symlink));
    CHECK(QFileInfo::exists(hardLink));
}

TEST_CASE("twostep-cli merge of a copy the vault already holds writes nothing and says nothing to merge",
          "[cli][merge]")
{
    TwoComputers computers;
    computers.add(computers.path, QStringLiteral("Desktop"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    const QByteArray before = test::readAll(computers.path);
    const QStringList backups = QDir(computers.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files);

    const ProcessResult dryRun =
        computers.run(computers.path, {QStringLiteral("merge"), computers.copy, QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.isEmpty());
    CHECK(dryRun.err.contains("nothing to merge"));
    CHECK_FALSE(dryRun.err.contains("dry run"));

    const ProcessResult merged = computers.run(computers.path, {QStringLiteral("merge"), computers.copy});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(merged.out.isEmpty());
    CHECK(merged.err.contains("nothing to merge"));
    CHECK(merged.err.contains("nothing was written"));
    CHECK(test::readAll(computers.path) == before);
    CHECK(QDir(computers.dir.filePath(QStringLiteral("backups"))).entryList(QDir::Files) == backups);
    CHECK_FALSE(QFile::exists(computers.copy)); // a conflict copy holding nothing more is done with
}

TEST_CASE("twostep-cli merge --dry-run prints the plan, then that nothing was written", "[cli][merge]")
{
    TwoComputers computers;
    computers.add(computers.copy, QStringLiteral("Laptop"), QStringLiteral("MFRGGZDFMZTWQ2LK"));
    const QByteArray before = test::readAll(computers.path);
    const ProcessResult dryRun =
        computers.run(computers.path, {QStringLiteral("merge"), computers.copy, QStringLiteral("--dry-run")});
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.outLines() == QStringList{QStringLiteral("would add Laptop:alice")});
    CHECK(dryRun.err.contains("dry run: nothing was written"));
    CHECK_FALSE(dryRun.err.contains("nothing changed"));
    CHECK(test::readAll(computers.path) == before);
}

TEST_CASE("twostep-cli merge asks on the terminal naming the vault, then naming the copy", "[cli][merge][tty]")
{
    TwoComputers computers;
    computers.changeCopyPassword("laptop pw");
    // Nobody answers the copy's prompt: `timeout` ends the run once it is on the screen.
    const QString command = QStringLiteral("timeout --foreground 10 '%1' merge '%2' --vault '%3'")
                                .arg(test::cliPath(), computers.copy, computers.path);
    const test::TerminalRun run =
        test::runOnTerminal(command, "Vault password of " + computers.path.toUtf8(), "pw\n", computers.environment);
    INFO(run.screen.toStdString());
    CHECK(run.screen.contains(QString(QStringLiteral("Password of the copy ") + computers.copy).toUtf8()));
    CHECK(QFile::exists(computers.copy));
}

TEST_CASE("twostep-cli reports a rollback's newer copy after later saves until merge --forget dismisses it",
          "[cli][merge][rollback]")
{
    TwoComputers computers;
    const QByteArray older = test::readAll(computers.path);
    computers.add(computers.path, QStringLiteral("Newer"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    test::writeAll(computers.path, older); // a synced folder puts the older file back
    const auto status = [&] {
        return test::runCli({QStringLiteral("status"), QStringLiteral("--vault"), computers.path}, {},
                            computers.environment);
    };
    const auto newerCopy = [&] {
        const QStringList lines = status().outLines().filter(QStringLiteral("newer copy: "));
        return lines.isEmpty() ? QString() : lines.first().mid(12);
    };

    const ProcessResult saved = computers.run(computers.path, {QStringLiteral("add"), QStringLiteral("--secret"),
                                                               QStringLiteral("MFRGGZDFMZTWQ2LK"),
                                                               QStringLiteral("--issuer"), QStringLiteral("After")});
    REQUIRE(saved.exitCode == 0);
    const QString newer = newerCopy();
    REQUIRE_FALSE(newer.isEmpty());
    CHECK(
        saved.err.contains(QString(QStringLiteral("run 'twostep-cli merge ") + newer + QStringLiteral("'")).toUtf8()));
    CHECK_FALSE(saved.err.contains("copy it over"));
    computers.add(computers.path, QStringLiteral("Later"), QStringLiteral("IRSXG23UN5YDEIJB"));
    CHECK(newerCopy() == newer); // saves do not hide it

    const QByteArray before = test::readAll(computers.path);
    CHECK(
        computers.run(computers.path, {QStringLiteral("merge"), computers.copy, QStringLiteral("--forget")}).exitCode ==
        2); // not a newer copy
    const ProcessResult forgot =
        computers.run(computers.path, {QStringLiteral("merge"), newer, QStringLiteral("--forget")}, {});
    CHECK(forgot.exitCode == 0);
    CHECK(forgot.err.contains("no longer offered"));
    CHECK(newerCopy().isEmpty());
    CHECK(QFile::exists(newer));
    CHECK(test::readAll(computers.path) == before);
    CHECK_FALSE(computers.run(computers.path, {QStringLiteral("list")}).err.contains("newer version"));
}

namespace {

// The other computer's vault beside this one (not a conflict copy: a merge leaves it), its
// generation climbed past this vault's by three renames.
QString laptopRenamedThrice(const TwoComputers& computers)
{
    const QString laptop = computers.dir.filePath(QStringLiteral("laptop.twostep"));
    REQUIRE(QFile::copy(computers.path, laptop));
    for (int i = 0; i < 3; ++i) {
        REQUIRE(computers
                    .run(laptop, {QStringLiteral("rename"), QStringLiteral("Both"), QStringLiteral("--name"),
                                  QStringLiteral("laptop%1").arg(i)})
                    .exitCode == 0);
    }
    return laptop;
}

QStringList statusLines(const TwoComputers& computers, const QString& vault)
{
    return test::runCli({QStringLiteral("status"), QStringLiteral("--vault"), vault}, {}, computers.environment)
        .outLines();
}

qint64 generationOf(const TwoComputers& computers, const QString& vault)
{
    const QStringList lines = statusLines(computers, vault).filter(QRegularExpression(QStringLiteral("^generation: ")));
    REQUIRE(lines.size() == 1);
    return lines.first().mid(12).toLongLong();
}

} // namespace

TEST_CASE("twostep-cli merge writes a generation above the copy's, so the copy's computer sees no rollback",
          "[cli][merge][rollback]")
{
    TwoComputers computers;
    const QString laptop = laptopRenamedThrice(computers);
    const qint64 copyGeneration = generationOf(computers, laptop);
    REQUIRE(copyGeneration > generationOf(computers, computers.path));
    REQUIRE(computers.run(computers.path, {QStringLiteral("merge"), laptop}).exitCode == 0);
    CHECK(generationOf(computers, computers.path) > copyGeneration);

    test::writeAll(laptop, test::readAll(computers.path)); // the merged file synced over the laptop's
    CHECK(statusLines(computers, laptop).filter(QStringLiteral("went back")).isEmpty());
    CHECK(statusLines(computers, laptop).filter(QStringLiteral("newer copy")).isEmpty());
    CHECK_FALSE(computers.run(laptop, {QStringLiteral("list")}).err.contains("warning"));
}

TEST_CASE("twostep-cli status's newer copy that holds nothing more is settled by merge or by merge --forget",
          "[cli][merge][rollback]")
{
    TwoComputers computers;
    const QString laptop = laptopRenamedThrice(computers);
    // Renamed here later: this vault has every change of the laptop's, under a lower generation.
    REQUIRE(computers
                .run(computers.path, {QStringLiteral("rename"), QStringLiteral("Both"), QStringLiteral("--name"),
                                      QStringLiteral("desktop")})
                .exitCode == 0);
    test::writeAll(laptop, test::readAll(computers.path));
    const QStringList listed = statusLines(computers, laptop).filter(QStringLiteral("newer copy: "));
    REQUIRE(listed.size() == 1);
    const QString newer = listed.first().mid(12);

    SECTION("merged")
    {
        const ProcessResult merged = computers.run(laptop, {QStringLiteral("merge"), newer});
        INFO(merged.err.toStdString());
        CHECK(merged.exitCode == 0);
        CHECK(merged.err.contains("nothing to merge"));
    }
    SECTION("forgotten by the path status lists")
    {
        const ProcessResult forgot =
            computers.run(laptop, {QStringLiteral("merge"), newer, QStringLiteral("--forget")}, {});
        INFO(forgot.err.toStdString());
        CHECK(forgot.exitCode == 0);
    }
    const QStringList after = statusLines(computers, laptop);
    CHECK(after.filter(QStringLiteral("newer copy")).isEmpty());
    CHECK(after.filter(QStringLiteral("went back")).isEmpty());
    CHECK_FALSE(computers.run(laptop, {QStringLiteral("list")}).err.contains("warning"));
    CHECK(QFile::exists(newer));
}

TEST_CASE("twostep-cli merge of an old copy holding an account deleted here says the vault has every change",
          "[cli][merge]")
{
    TwoComputers computers;
    REQUIRE(computers.run(computers.path, {QStringLiteral("rm"), QStringLiteral("Both")}).exitCode == 0);
    const ProcessResult merged = computers.run(computers.path, {QStringLiteral("merge"), computers.copy});
    INFO(merged.err.toStdString());
    CHECK(merged.exitCode == 0);
    CHECK(merged.err.contains("nothing to merge: the vault already has every change of"));
    CHECK(merged.err.contains("(1 of its accounts were deleted here later)"));
    CHECK_FALSE(merged.err.contains("holds every account"));
}
