// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliVault.h"
#include "SampleAccounts.h"
#include "TestSupport.h"
#include "formats/FormatRegistry.h"
#include "migration/Migration.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>

using namespace twostep;
using test::CliVault;
using test::runCli;

namespace {

QString sample(const char* name)
{
    return test::samplesDir() + QLatin1Char('/') + QString::fromLatin1(name);
}

} // namespace

TEST_CASE("cli import previews with --dry-run, imports, then skips duplicates", "[formats][cli]")
{
    CliVault vault;
    const QString password = vault.file(QStringLiteral("source-pw"), "test\n");
    const QStringList importArgs = {QStringLiteral("import"), sample("aegis_encrypted.json"),
                                    QStringLiteral("--source-password-file"), password};

    const auto dryRun = vault.run(importArgs + QStringList{QStringLiteral("--dry-run")});
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.outLines().size() == 7);
    CHECK(dryRun.outLines().first() == QStringLiteral("add\tDeno:Mason"));
    CHECK(vault.listed().isEmpty());

    REQUIRE(vault.run(importArgs).exitCode == 0);
    CHECK(vault.listed().size() == 7);

    const auto again = vault.run({QStringLiteral("import"), sample("plain.txt")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.outLines().size() == 7);
    CHECK(again.outLines().first().startsWith(QStringLiteral("skip\tDeno:Mason")));
    CHECK(vault.listed().size() == 7);
}

TEST_CASE("cli import exit codes: wrong source password 3, damaged 4, missing 6, unknown format 4", "[formats][cli]")
{
    CliVault vault;
    const QString wrong = vault.file(QStringLiteral("wrong-pw"), "nope\n");
    CHECK(vault
              .run({QStringLiteral("import"), sample("2fas_authenticator_encrypted_v4.2fas"),
                    QStringLiteral("--source-password-file"), wrong})
              .exitCode == 3);
    const QByteArray aegis = test::readSample(QStringLiteral("aegis_plain.json"));
    const QString truncated = vault.file(QStringLiteral("cut.json"), aegis.left(aegis.size() / 2));
    CHECK(vault.run({QStringLiteral("import"), truncated, QStringLiteral("--format"), QStringLiteral("aegis")})
              .exitCode == 4);
    CHECK(vault.run({QStringLiteral("import"), vault.dir.filePath(QStringLiteral("missing.json"))}).exitCode == 6);
    const QString unknown = vault.file(QStringLiteral("notes.txt"), "just some notes\n");
    CHECK(vault.run({QStringLiteral("import"), unknown}).exitCode == 4);
    CHECK(vault.listed().isEmpty());
}

TEST_CASE("cli exports: plaintext needs consent, files are 0600, and each export imports back", "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);

    const QString refused = vault.dir.filePath(QStringLiteral("refused.txt"));
    CHECK(vault
              .run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"),
                    refused})
              .exitCode == 2);
    CHECK_FALSE(QFileInfo::exists(refused));

    const SecretBytes backupPassword = SecretBytes::fromUtf8(QStringLiteral("backup-pw"));
    for (const QString& format : {QStringLiteral("uri"), QStringLiteral("aegis-json"), QStringLiteral("twostep")}) {
        INFO(format.toStdString());
        const QString out = vault.dir.filePath(QStringLiteral("export-") + format);
        const auto exported = vault.run({QStringLiteral("export"), QStringLiteral("--format"), format,
                                         QStringLiteral("-o"), out, QStringLiteral("--i-know-this-is-plaintext")},
                                        "vault-pw\nbackup-pw\n");
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK((QFileInfo(out).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
        QFile file(out);
        REQUIRE(file.open(QIODevice::ReadOnly));
        auto imported = formats::importData(file.readAll(), &backupPassword);
        REQUIRE(imported);
        REQUIRE(imported->accounts.size() == 7);
        for (const otp::Account& account : imported->accounts) {
            CHECK(account == test::sampleAccount(account.label()));
        }
    }
}

TEST_CASE("cli import of a URI list with 2 of 3 transfer batches imports them and names the missing one",
          "[formats][cli][migration]")
{
    CliVault vault;
    const QList<otp::Account> accounts = test::numberedAccounts(25, QStringLiteral("Issuer "), 20);
    const migration::MigrationExport exported = migration::buildMigrationUris(accounts);
    REQUIRE(exported.uris.size() == 3);
    const QString file = vault.file(QStringLiteral("transfer.txt"),
                                    (exported.uris.at(1) + u'\n' + exported.uris.at(2) + u'\n').toUtf8());

    const auto imported = vault.run({QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.outLines().size() == 15);
    CHECK(imported.outLines().first() == QStringLiteral("add\tIssuer 10:user10"));
    CHECK(imported.err.contains("batch 1 of 3 of a Google Authenticator transfer export is missing"));
    CHECK(vault.listed().size() == 15);

    const QString first = vault.file(QStringLiteral("first.txt"), exported.uris.at(0).toUtf8());
    const auto rest = vault.run({QStringLiteral("import"), first, QStringLiteral("--dry-run")});
    REQUIRE(rest.exitCode == 0);
    CHECK(rest.err.contains("batches 2 and 3 of 3 of a Google Authenticator transfer export are missing: scan "
                            "those QR codes too to get the accounts they hold"));
}

TEST_CASE("cli import of a FIFO, a device or a folder fails at once and changes nothing", "[formats][cli]")
{
    CliVault v;
    const QString fifo = v.dir.filePath(QStringLiteral("export.fifo"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString link = v.dir.filePath(QStringLiteral("link.json"));
    REQUIRE(QFile::link(fifo, link));
    const auto contents = [&v] {
        QFile file(v.path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const QByteArray before = contents();
    for (const auto& [path, kind] :
         {std::pair{fifo, "a FIFO (named pipe)"}, std::pair{link, "a FIFO (named pipe)"},
          std::pair{QStringLiteral("/dev/zero"), "a device"}, std::pair{QStringLiteral("/dev/urandom"), "a device"},
          std::pair{v.dir.path(), "a folder"}}) {
        QStringList arguments{QStringLiteral("import"), path, QStringLiteral("--vault"), v.path,
                              QStringLiteral("--password-stdin")};
        const test::ProcessResult imported = test::runProcess(test::cliPath(), arguments, "vault-pw\n", {}, 20000);
        INFO(path.toStdString() << ": " << imported.err.toStdString());
        CHECK(imported.exitCode == 6);
        CHECK(imported.err.contains(QStringLiteral("cannot read %1: it is %2, not a regular file")
                                        .arg(path, QString::fromLatin1(kind))
                                        .toUtf8()));
    }
    CHECK(contents() == before);
}

TEST_CASE("cli import takes an encrypted export's password from the line after the vault's on --password-stdin",
          "[formats][cli]")
{
    CliVault vault;
    const test::ProcessResult imported =
        vault.run({QStringLiteral("import"), sample("2fas_authenticator_encrypted_v4.2fas")}, "vault-pw\ntest\n");
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK_FALSE(imported.err.contains("not a terminal"));
    const QStringList added = imported.outLines().filter(QRegularExpression(QStringLiteral("^add\t")));
    CHECK_FALSE(added.isEmpty());
    CHECK(vault.listed().size() == added.size());

    CliVault other;
    const test::ProcessResult missing =
        other.run({QStringLiteral("import"), sample("2fas_authenticator_encrypted_v4.2fas")}, "vault-pw\n");
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains("no password on standard input"));
    CHECK(other.listed().isEmpty());
}

TEST_CASE("cli import prints skipped: and note: apart, and its count is what the vault gained", "[formats][cli]")
{
    CliVault vault;
    const QString file =
        vault.file(QStringLiteral("mixed.txt"), "otpauth://totp/OldName:alice?secret=JBSWY3DPEHPK3PXP&issuer=NewName\n"
                                                "otpauth://hotp/Bank:bob?secret=DWVLFGJOK2PQA2JS&counter=x\n"
                                                "otpauth://totp/Shop:carol?secret=GEZDGNBVGY3TQOJQ\n"
                                                "otpauth://totp/Shop:carol-again?secret=GEZDGNBVGY3TQOJQ\n");
    const auto dryRun = vault.run({QStringLiteral("import"), file, QStringLiteral("--dry-run")});
    INFO(dryRun.err.toStdString());
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.err.contains("dry run: 2 would be added, 2 skipped"));

    const auto imported = vault.run({QStringLiteral("import"), file});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.outLines() ==
          QStringList{QStringLiteral("add\tNewName:alice"), QStringLiteral("add\tShop:carol"),
                      QStringLiteral("skip\tShop:carol-again\t(repeats Shop:carol, found earlier)")});
    CHECK(imported.err.contains("skipped: line 2: parameter 'counter'"));
    CHECK(imported.err.contains("note: line 1: the label names issuer 'OldName'"));
    CHECK_FALSE(imported.err.contains("left out"));
    CHECK(imported.err.contains("imported 2 accounts, skipped 2"));
    CHECK(vault.listed().size() == 2);
}

TEST_CASE("cli export says how many accounts each format wrote, as read back from the file", "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);
    // A fourth kind of account the transfer format cannot carry: a 60 s period.
    REQUIRE(vault
                .run({QStringLiteral("add"), QStringLiteral("--uri"),
                      QStringLiteral("otpauth://totp/Slow:sam?secret=MFRGGZDFMZTWQ2LK&issuer=Slow&period=60")})
                .exitCode == 0);
    REQUIRE(vault.listed().size() == 8);
    const SecretBytes backupPassword = SecretBytes::fromUtf8(QStringLiteral("backup-pw"));

    for (const QString& format : {QStringLiteral("uri"), QStringLiteral("aegis-json"), QStringLiteral("twostep"),
                                  QStringLiteral("qr"), QStringLiteral("migration-qr")}) {
        INFO(format.toStdString());
        const QString out = vault.dir.filePath(QStringLiteral("count-") + format);
        const auto exported = vault.run({QStringLiteral("export"), QStringLiteral("--format"), format,
                                         QStringLiteral("-o"), out, QStringLiteral("--i-know-this-is-plaintext")},
                                        "vault-pw\nbackup-pw\n");
        INFO(exported.err.toStdString());
        REQUIRE(exported.exitCode == 0);
        qsizetype readBack = 0;
        if (QFileInfo(out).isDir()) {
            for (const QFileInfo& png : QDir(out).entryInfoList({QStringLiteral("*.png")}, QDir::Files)) {
                QFile image(png.filePath());
                REQUIRE(image.open(QIODevice::ReadOnly));
                auto accounts = formats::importData(image.readAll(), nullptr);
                REQUIRE(accounts);
                readBack += accounts->accounts.size();
            }
        } else {
            QFile file(out);
            REQUIRE(file.open(QIODevice::ReadOnly));
            auto imported = formats::importData(file.readAll(), &backupPassword);
            REQUIRE(imported);
            readBack = imported->accounts.size();
        }
        // The summary counts what the file holds: migration-qr leaves out Slow:sam (60 s) and the
        // others the transfer format cannot carry, one "left out" line each.
        CHECK(exported.err.contains(QStringLiteral("exported %1 accounts").arg(readBack).toUtf8()));
        if (format == QLatin1String("migration-qr")) {
            CHECK(exported.err.contains("Slow:sam: left out, its period is 60 s"));
            CHECK(readBack + exported.err.count("left out") == 8);
            CHECK(readBack > 0);
        } else {
            CHECK(readBack == 8);
        }
    }
}

TEST_CASE("cli import prints at most 20 skipped lines and counts the rest in one line", "[formats][cli][bounds]")
{
    CliVault vault;
    QByteArray aegis = R"({"version":1,"header":{"slots":null,"params":null},"db":{"version":2,"entries":[)";
    for (int i = 0; i < 150; ++i) {
        aegis += R"({"type":"motp","name":"n)" + QByteArray::number(i) + R"(","issuer":"Bank","info":{}},)";
    }
    aegis += R"({"type":"totp","name":"New","issuer":"Shop","info":{"secret":"JBSWY3DPEHPK3PXP"}}]}})";
    const auto result = vault.run(
        {QStringLiteral("import"), QStringLiteral("--dry-run"), vault.file(QStringLiteral("many.json"), aegis)});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList leftOut =
        QString::fromUtf8(result.err).split(QLatin1Char('\n')).filter(QStringLiteral("skipped: "));
    REQUIRE(leftOut.size() == 21);
    CHECK(leftOut.first().contains(QStringLiteral("n0")));
    CHECK(leftOut.at(19).contains(QStringLiteral("n19")));
    // 100 kept by the reader, 50 only counted: all 130 not shown are in the count.
    CHECK(leftOut.last() == QStringLiteral("skipped: ... and 130 more"));
}

TEST_CASE("cli export leaves out an account too long for a QR code by name and writes the rest", "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);
    // Issuer and name at the vault's length bound (1,024 each): the URI is too long for one QR.
    const QString longIssuer(1024, QLatin1Char('L'));
    const QString longName(1024, QLatin1Char('l'));
    const auto added = vault.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXH"),
                                  QStringLiteral("--issuer"), longIssuer, QStringLiteral("--name"), longName});
    INFO(added.err.toStdString());
    REQUIRE(added.exitCode == 0);
    // Fits a QR code, but not a file name of 255 bytes.
    REQUIRE(vault
                .run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("MFRGGZDFMZTWQ2LK"),
                      QStringLiteral("--issuer"), QString(600, QLatin1Char('M')), QStringLiteral("--name"),
                      QStringLiteral("m")})
                .exitCode == 0);
    const qsizetype total = vault.listed().size();

    for (const QString& format : {QStringLiteral("qr"), QStringLiteral("migration-qr")}) {
        INFO(format.toStdString());
        const QString out = vault.dir.filePath(QStringLiteral("long-") + format);
        const auto exported = vault.run({QStringLiteral("export"), QStringLiteral("--format"), format,
                                         QStringLiteral("-o"), out, QStringLiteral("--i-know-this-is-plaintext")});
        INFO(exported.err.left(400).toStdString());
        REQUIRE(exported.exitCode == 0);
        CHECK(exported.err.contains((longIssuer + u':' + longName + QStringLiteral(": left out, ")).toUtf8()));
        qsizetype readBack = 0;
        for (const QFileInfo& png : QDir(out).entryInfoList({QStringLiteral("*.png")}, QDir::Files)) {
            QFile image(png.filePath());
            REQUIRE(image.open(QIODevice::ReadOnly));
            auto accounts = formats::importData(image.readAll(), nullptr);
            REQUIRE(accounts);
            readBack += accounts->accounts.size();
        }
        CHECK(readBack > 0);
        CHECK(readBack + exported.err.count("left out") == total);
        CHECK(exported.err.contains(QStringLiteral("exported %1 accounts").arg(readBack).toUtf8()));
    }
}

TEST_CASE("cli export aegis-json leaves out a counter Aegis cannot hold and counts what the file holds",
          "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);
    REQUIRE(vault
                .run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXH"),
                      QStringLiteral("--issuer"), QStringLiteral("H"), QStringLiteral("--name"), QStringLiteral("h"),
                      QStringLiteral("--counter"), QStringLiteral("18446744073709551614")})
                .exitCode == 0);
    const qsizetype total = vault.listed().size();
    const QString out = vault.dir.filePath(QStringLiteral("aegis.json"));
    const auto exported = vault.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("aegis-json"),
                                     QStringLiteral("-o"), out, QStringLiteral("--i-know-this-is-plaintext")});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    CHECK(exported.err.contains("H:h: left out, its counter 18446744073709551614 is beyond 2^53"));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray json = file.readAll();
    CHECK_FALSE(json.contains("\"counter\": -"));
    auto imported = formats::importData(json, nullptr);
    REQUIRE(imported);
    CHECK(imported->skipped.isEmpty());
    CHECK(imported->accounts.size() == total - 1);
    CHECK(exported.err.contains(QStringLiteral("exported %1 accounts").arg(total - 1).toUtf8()));
}

TEST_CASE("cli export names a file-size limit for every format instead of Unknown error", "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);
    // Big enough that every format's file passes 1 KiB.
    const QStringList secrets = {QStringLiteral("MFRGGZDFMZTWQ2LK"), QStringLiteral("GEZDGNBVGY3TQOJQ"),
                                 QStringLiteral("ONSWG4TFOQYTEMZU"), QStringLiteral("NBSWY3DPEB3W64TM")};
    for (int i = 0; i < 4; ++i) {
        REQUIRE(vault
                    .run({QStringLiteral("add"), QStringLiteral("--secret"), secrets.at(i), QStringLiteral("--issuer"),
                          QString(300, QChar(u'a' + i)), QStringLiteral("--name"), QStringLiteral("n")})
                    .exitCode == 0);
    }
    for (const QString& format : {QStringLiteral("uri"), QStringLiteral("aegis-json"), QStringLiteral("qr"),
                                  QStringLiteral("migration-qr"), QStringLiteral("twostep")}) {
        INFO(format.toStdString());
        const QString out = vault.dir.filePath(QStringLiteral("limited-") + format);
        // SIGXFSZ ignored, so the process sees EFBIG as a write error, as in a shell with ulimit -f.
        const test::ProcessResult limited =
            test::runProcess(QStringLiteral("/bin/sh"),
                             {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                              test::cliPath(), QStringLiteral("export"), QStringLiteral("--format"), format,
                              QStringLiteral("-o"), out, QStringLiteral("--i-know-this-is-plaintext"),
                              QStringLiteral("--vault"), vault.path, QStringLiteral("--password-stdin")},
                             "vault-pw\nbackup-pw\n");
        INFO(limited.err.toStdString());
        CHECK(limited.exitCode == 6);
        CHECK(limited.err.contains("file too large for this process's file size limit"));
        CHECK_FALSE(limited.err.contains("Unknown error"));
        // Nothing half-written stays: no file, or an empty folder.
        CHECK((!QFileInfo::exists(out) ||
               (QFileInfo(out).isDir() && QDir(out).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))));
    }
}

TEST_CASE("cli export refuses a symlink at the output or in the QR folder, dangling or not, and writes nothing "
          "through it",
          "[formats][cli]")
{
    CliVault vault;
    REQUIRE(vault.run({QStringLiteral("import"), sample("plain.txt")}).exitCode == 0);
    const QString target = vault.dir.filePath(QStringLiteral("target"));
    for (const QString& format : {QStringLiteral("uri"), QStringLiteral("aegis-json"), QStringLiteral("twostep")}) {
        INFO(format.toStdString());
        const QString link = vault.dir.filePath(QStringLiteral("link-") + format);
        REQUIRE(QFile::link(target, link));
        const auto exported = vault.run({QStringLiteral("export"), QStringLiteral("--format"), format,
                                         QStringLiteral("-o"), link, QStringLiteral("--i-know-this-is-plaintext")},
                                        "vault-pw\nbackup-pw\n");
        INFO(exported.err.toStdString());
        CHECK(exported.exitCode == 2);
        CHECK(exported.err.contains("already exists"));
        CHECK_FALSE(QFileInfo::exists(target));
        CHECK(QFileInfo(link).isSymLink());
        CHECK(QFileInfo(link).symLinkTarget() == target);
    }
    const QString folder = vault.dir.filePath(QStringLiteral("qr"));
    REQUIRE(QDir().mkpath(folder));
    // The name the qr export gives its first file, planted as a dangling link.
    const auto exportedOnce =
        vault.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("qr"), QStringLiteral("-o"),
                   vault.dir.filePath(QStringLiteral("probe")), QStringLiteral("--i-know-this-is-plaintext")});
    REQUIRE(exportedOnce.exitCode == 0);
    const QStringList names = QDir(vault.dir.filePath(QStringLiteral("probe"))).entryList(QDir::Files, QDir::Name);
    REQUIRE_FALSE(names.isEmpty());
    REQUIRE(QFile::link(target, QDir(folder).filePath(names.first())));
    const auto planted = vault.run({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("qr"),
                                    QStringLiteral("-o"), folder, QStringLiteral("--i-know-this-is-plaintext")});
    INFO(planted.err.toStdString());
    CHECK(planted.exitCode == 2);
    CHECK(planted.err.contains("already exists"));
    CHECK_FALSE(QFileInfo::exists(target));
    CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System) ==
          QStringList{names.first()});
}
