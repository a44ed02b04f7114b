// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QFile>
#include <QTemporaryDir>

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
};

} // namespace

TEST_CASE("twostep-cli merge prints what it would change, then merges a copy with another password", "[cli][merge]")
{
    TwoComputers computers;
    computers.add(computers.path, QStringLiteral("Desktop"), QStringLiteral("GEZDGNBVGY3TQOJQ"));
    computers.add(computers.copy, QStringLiteral("Laptop"), QStringLiteral("MFRGGZDFMZTWQ2LK"));
    REQUIRE(computers
                .run(computers.copy,
                     {QStringLiteral("passwd"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                      QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                      QStringLiteral("1")},
                     "pw\nlaptop pw\n")
                .exitCode == 0);

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

TEST_CASE("twostep-cli merge of a missing or damaged file changes nothing", "[cli][merge]")
{
    TwoComputers computers;
    const QByteArray before = test::readAll(computers.path);
    CHECK(computers.run(computers.path, {QStringLiteral("merge"), computers.dir.filePath(QStringLiteral("none"))})
              .exitCode == 1);
    test::writeAll(computers.copy, "{\"format\":\"twostep-vault\"}");
    CHECK(computers.run(computers.path, {QStringLiteral("merge"), computers.copy}).exitCode == 4);
    CHECK(QFile::exists(computers.copy));
    CHECK(computers.run(computers.path, {QStringLiteral("merge")}).exitCode == 2);
    CHECK(test::readAll(computers.path) == before);
}
