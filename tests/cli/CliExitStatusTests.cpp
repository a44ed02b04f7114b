// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// One test per row of twostep-cli(1)'s EXIT STATUS table, each produced by every command that can
// produce it.
#include "CliContractSupport.h"
#include "FileSystemFaults.h"

#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QRegularExpression>

using namespace twostep;
using namespace twostep::contract;

namespace {

const QString kGithubSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");

// A vault with the AWS sample, "GitHub:alice" and a hotp account; TWOSTEP_VAULT points at it.
struct TableVault
{
    Sandbox box;
    QString path = QDir(box.work).filePath(QStringLiteral("vault.twostep"));
    QStringList environment = box.environment + QStringList{QStringLiteral("TWOSTEP_VAULT=") + path};
    Mismatches found;

    TableVault()
    {
        REQUIRE(runCli(QStringList{QStringLiteral("init"), QStringLiteral("--password-stdin")} + kdfFloor(), kPassword,
                       environment)
                    .exitCode == 0);
        for (const QStringList& add :
             {QStringList{QStringLiteral("--uri"), kAwsUri},
              QStringList{QStringLiteral("--secret"), kGithubSecret, QStringLiteral("--issuer"),
                          QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")},
              QStringList{QStringLiteral("--secret"), QStringLiteral("MFRGGZDFMZTWQ2LK"), QStringLiteral("--issuer"),
                          QStringLiteral("RFC 4226"), QStringLiteral("--name"), QStringLiteral("hotp"),
                          QStringLiteral("--counter"), QStringLiteral("0")}}) {
            REQUIRE(runCli(QStringList{QStringLiteral("add"), QStringLiteral("--password-stdin")} + add, kPassword,
                           environment)
                        .exitCode == 0);
        }
    }

    QString file(const QString& name, const QByteArray& bytes = {}) const
    {
        const QString target = QDir(box.work).filePath(name);
        QFile out(target);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return target;
    }

    // Runs twostep-cli (with --password-stdin, which every command but scan takes) and notes it
    // when the exit status is not `expected`.
    void expect(int expected, const QStringList& arguments, const QByteArray& input = kPassword,
                const QStringList& extraEnvironment = {})
    {
        const QStringList stdinPasswords = arguments.value(0) == QLatin1String("scan")
                                               ? QStringList{}
                                               : QStringList{QStringLiteral("--password-stdin")};
        const test::ProcessResult result = runCli(arguments + stdinPasswords, input, environment + extraEnvironment);
        if (result.exitCode != expected) {
            found.add(QStringLiteral("'%1' exits %2, not %3: %4")
                          .arg(arguments.join(QLatin1Char(' ')))
                          .arg(result.exitCode)
                          .arg(expected)
                          .arg(QString::fromUtf8(result.err).trimmed()));
        }
    }
};

// Every command that opens the vault, with arguments that would otherwise succeed.
QList<QStringList> vaultCommands(const TableVault& v)
{
    const QString importFile =
        v.file(QStringLiteral("import.txt"), "otpauth://totp/X:y?secret=KRUGKIDROVUWG2ZA&issuer=X\n");
    return {
        {QStringLiteral("list")},
        {QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("ONSWG4TFOQYTEMZQ"),
         QStringLiteral("--name"), QStringLiteral("n")},
        {QStringLiteral("show"), QStringLiteral("aws")},
        {QStringLiteral("code"), QStringLiteral("aws")},
        {QStringLiteral("qr"), QStringLiteral("aws")},
        {QStringLiteral("rename"), QStringLiteral("aws"), QStringLiteral("--name"), QStringLiteral("bob")},
        {QStringLiteral("rm"), QStringLiteral("github")},
        {QStringLiteral("import"), importFile},
        {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep"), QStringLiteral("-o"),
         QDir(v.box.work).filePath(QStringLiteral("backup.twostep"))},
        {QStringLiteral("passwd")}, // last: it changes the password
    };
}

} // namespace

TEST_CASE("the EXIT STATUS table of twostep-cli(1) has exactly the rows tested here", "[cli][contract][exit]")
{
    const QStringList section =
        manSection(readText(sourceFile(QStringLiteral("docs/man/twostep-cli.1"))), QStringLiteral("EXIT STATUS"));
    QList<int> rows;
    for (qsizetype i = 1; i < section.size(); ++i) {
        const QRegularExpressionMatch row = QRegularExpression(QStringLiteral("^\\.B (\\d+)$")).match(section.at(i));
        if (section.at(i - 1) == QLatin1String(".TP") && row.hasMatch()) {
            rows.append(row.captured(1).toInt());
        }
    }
    // 7, Deny in the window, needs a window: CodeServerTests "ask each time and Deny refuses the code".
    CHECK(rows == QList<int>{0, 1, 2, 3, 4, 5, 6, 7});
}

TEST_CASE("exit 0: every command succeeds", "[cli][contract][exit]")
{
    TableVault v;
    v.expect(0, {QStringLiteral("code"), QStringLiteral("--secret"), kGithubSecret});
    v.expect(0, {QStringLiteral("scan"), QDir(v.box.home).filePath(QStringLiteral("Pictures/aws-mfa.png"))});
    v.expect(0, {QStringLiteral("qr"), QStringLiteral("--uri"), kAwsUri});
    v.expect(0, QStringList{QStringLiteral("init"), QStringLiteral("--vault"),
                            QDir(v.box.work).filePath(QStringLiteral("second.twostep"))} +
                    kdfFloor());
    v.expect(0, {QStringLiteral("code"), QStringLiteral("hotp")});
    // --password-stdin: the vault's password, then the encrypted export's (the samples' is "test").
    v.expect(0, {QStringLiteral("import"), test::samplesDir() + QStringLiteral("/aegis_encrypted.json")},
             kPassword + "test\n");
    for (const QStringList& command : vaultCommands(v)) {
        v.expect(0, command, kPassword + "new password\n");
    }
    v.found.report("exit 0");
}

TEST_CASE("exit 1: nothing found, no OTP QR code or no matching account", "[cli][contract][exit]")
{
    TableVault v;
    const QString noOtp = QDir(v.box.work).filePath(QStringLiteral("wifi.png"));
    writeScreenshot(noOtp, {QStringLiteral("WIFI:S:home;T:WPA;P:not-a-secret;;")});
    v.expect(1, {QStringLiteral("scan"), noOtp});
    v.expect(1, {QStringLiteral("add"), QStringLiteral("--image"), noOtp});
    for (const QString& command :
         {QStringLiteral("code"), QStringLiteral("show"), QStringLiteral("qr"), QStringLiteral("rm")}) {
        v.expect(1, {command, QStringLiteral("nobody")});
    }
    v.expect(1, {QStringLiteral("rename"), QStringLiteral("nobody"), QStringLiteral("--name"), QStringLiteral("x")});
    v.found.report("exit 1");
}

TEST_CASE("exit 2: usage and input errors", "[cli][contract][exit]")
{
    TableVault v;
    for (const QString& command : commands()) {
        v.expect(2, {command, QStringLiteral("--no-such-option")});
    }
    v.expect(2, {QStringLiteral("no-such-command")});
    v.expect(2, {QStringLiteral("code"), QStringLiteral("--secret"), QStringLiteral("not base32!")});
    v.expect(2, {QStringLiteral("code"), QStringLiteral("alice")}); // GitHub:alice and AWS's alice@…
    v.expect(2, {QStringLiteral("show"), QStringLiteral("alice")});
    v.expect(2, {QStringLiteral("add"), QStringLiteral("--secret"), kGithubSecret, QStringLiteral("--name"),
                 QStringLiteral("again")});                        // already in the vault
    v.expect(2, QStringList{QStringLiteral("init")} + kdfFloor()); // the vault exists
    const QString existing = v.file(QStringLiteral("existing.png"), "mine");
    v.expect(2, {QStringLiteral("qr"), QStringLiteral("aws"), QStringLiteral("-o"), existing,
                 QStringLiteral("--i-know-this-is-plaintext")});
    v.expect(2, {QStringLiteral("qr"), QStringLiteral("aws"), QStringLiteral("-o"),
                 QDir(v.box.work).filePath(QStringLiteral("new.png"))}); // no consent
    v.expect(2, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep"), QStringLiteral("-o"),
                 existing});
    v.expect(2, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"),
                 QDir(v.box.work).filePath(QStringLiteral("plain.txt"))}); // no consent
    v.expect(2, {QStringLiteral("import"), existing, QStringLiteral("--format"), QStringLiteral("no-such-format")});
    v.expect(2, {QStringLiteral("scan"), v.file(QStringLiteral("notes.png"), "not an image")});
    v.expect(2, {QStringLiteral("code"), QStringLiteral("--secret"), kGithubSecret, QStringLiteral("--counter"),
                 QStringLiteral("18446744073709551615"), QStringLiteral("--window"), QStringLiteral("2")});
    v.found.report("exit 2");
    CHECK(QFile(existing).size() == 4);
    // The path is checked before any password is read: with nothing on stdin, the refusal names the file.
    for (const QStringList& output :
         {QStringList{QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep")},
          QStringList{QStringLiteral("qr"), QStringLiteral("aws"), QStringLiteral("--i-know-this-is-plaintext")}}) {
        const test::ProcessResult refused =
            runCli(output + QStringList{QStringLiteral("-o"), existing, QStringLiteral("--password-stdin")}, {},
                   v.environment);
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains("already exists"));
    }
}

TEST_CASE("exit 3: a wrong password, the vault's or an encrypted export's", "[cli][contract][exit]")
{
    TableVault v;
    for (const QStringList& command : vaultCommands(v)) {
        v.expect(3, command, "wrong password\nnew password\n");
    }
    v.expect(3, {QStringLiteral("code"), QStringLiteral("hotp")}, "wrong password\n");
    const QString encrypted = test::samplesDir() + QStringLiteral("/aegis_encrypted.json");
    v.expect(3, {QStringLiteral("import"), encrypted}, kPassword + "wrong export password\n");
    v.expect(3, {QStringLiteral("import"), encrypted, QStringLiteral("--source-password-file"),
                 v.file(QStringLiteral("wrong.txt"), "wrong export password\n")});
    v.found.report("exit 3");
}

TEST_CASE("exit 4: a damaged or unsupported file", "[cli][contract][exit]")
{
    TableVault v;
    QFile vaultFile(v.path);
    REQUIRE(vaultFile.open(QIODevice::ReadOnly));
    const QByteArray original = vaultFile.readAll();
    vaultFile.close();
    QByteArray damaged = original;
    const qsizetype inPayload = damaged.indexOf("\"payload\":\"") + 20;
    damaged[inPayload] = damaged[inPayload] == 'A' ? 'B' : 'A'; // still base64, other ciphertext
    QByteArray future = original;
    future.replace("\"version\":1", "\"version\":7");
    for (const QByteArray& bytes : {damaged, original.left(original.size() / 2), future}) {
        REQUIRE(vaultFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
        vaultFile.write(bytes);
        vaultFile.close();
        for (const QStringList& command : vaultCommands(v)) {
            v.expect(4, command, kPassword + "new password\n");
        }
    }
    REQUIRE(vaultFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    vaultFile.write(original);
    vaultFile.close();
    v.expect(4, {QStringLiteral("import"), v.file(QStringLiteral("notes.txt"), "just some notes\n")});
    QFile aegis(test::samplesDir() + QStringLiteral("/aegis_plain.json"));
    REQUIRE(aegis.open(QIODevice::ReadOnly));
    v.expect(4, {QStringLiteral("import"), v.file(QStringLiteral("cut.json"), aegis.readAll().left(300)),
                 QStringLiteral("--format"), QStringLiteral("aegis")});
    v.found.report("exit 4");
}

TEST_CASE("exit 5: the vault is locked by another process", "[cli][contract][exit]")
{
    TableVault v;
    QLockFile holder(v.path + QStringLiteral(".lock"));
    REQUIRE(holder.tryLock(0));
    // The commands that change the vault; each waits 5 s for the lock.
    for (QStringList command : vaultCommands(v)) {
        const QString name = command.first();
        if (name == QLatin1String("add") || name == QLatin1String("rename") || name == QLatin1String("rm") ||
            name == QLatin1String("passwd") || name == QLatin1String("import")) {
            v.expect(5, command, kPassword + "new password\n");
        }
    }
    v.expect(5, {QStringLiteral("code"), QStringLiteral("hotp")}); // the counter is saved first
    v.found.report("exit 5");
}

TEST_CASE("exit 6: a file or folder that cannot be read or written", "[cli][contract][exit]")
{
    TableVault v;
    const QString missingFolder = QDir(v.box.work).filePath(QStringLiteral("missing/folder"));
    // No vault at all.
    for (const QStringList& command : vaultCommands(v)) {
        v.expect(6, command, kPassword, {QStringLiteral("TWOSTEP_VAULT=") + missingFolder + QStringLiteral("/v")});
    }
    const QString missing = QDir(v.box.work).filePath(QStringLiteral("missing.png"));
    v.expect(6, {QStringLiteral("scan"), missing});
    v.expect(6, {QStringLiteral("add"), QStringLiteral("--image"), missing});
    v.expect(6, {QStringLiteral("import"), missing});
    v.expect(6, {QStringLiteral("import"), test::samplesDir() + QStringLiteral("/aegis_encrypted.json"),
                 QStringLiteral("--source-password-file"), missing});
    v.expect(6, {QStringLiteral("qr"), QStringLiteral("aws"), QStringLiteral("-o"),
                 missingFolder + QStringLiteral("/aws.png"), QStringLiteral("--i-know-this-is-plaintext")});
    v.expect(6, {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"),
                 missingFolder + QStringLiteral("/plain.txt"), QStringLiteral("--i-know-this-is-plaintext")});
    // A folder cannot be created where a file is.
    v.expect(6,
             {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("twostep"), QStringLiteral("-o"),
              v.file(QStringLiteral("a-file")) + QStringLiteral("/backup.twostep")},
             kPassword + "backup password\n");
    // A file-size limit (EFBIG on every write past 1 KiB) while saving the vault. SIGXFSZ is
    // ignored here so that the exit status, not the signal, is what the test sees.
    const test::ProcessResult limited =
        test::runProcess(QStringLiteral("/bin/sh"),
                         {QStringLiteral("-c"), QStringLiteral("trap '' XFSZ; ulimit -f 1; exec \"$0\" \"$@\""),
                          cliProgram(), QStringLiteral("rename"), QStringLiteral("aws"), QStringLiteral("--name"),
                          QStringLiteral("carol"), QStringLiteral("--password-stdin")},
                         kPassword, v.environment);
    if (limited.exitCode != 6) {
        v.found.add(QStringLiteral("rename under ulimit -f 1 exits %1, not 6").arg(limited.exitCode));
    }
    v.found.report("exit 6");
}

TEST_CASE("exit 6: a full disk and a read-only file system", "[cli][contract][exit]")
{
    TableVault v;
    test::SmallFileSystem small(QDir(v.box.work).filePath(QStringLiteral("small")));
    if (!small.mounted()) {
        TWOSTEP_SKIP("mounting a tmpfs needs root");
    }
    const QString inside = QDir(small.path()).filePath(QStringLiteral("vault.twostep"));
    REQUIRE(QFile::copy(v.path, inside));
    const QStringList there{QStringLiteral("TWOSTEP_VAULT=") + inside};
    REQUIRE(small.fill(0));
    v.expect(6, {QStringLiteral("rename"), QStringLiteral("aws"), QStringLiteral("--name"), QStringLiteral("carol")},
             kPassword, there);
    v.expect(6,
             {QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("uri"), QStringLiteral("-o"),
              QDir(small.path()).filePath(QStringLiteral("plain.txt")), QStringLiteral("--i-know-this-is-plaintext")},
             kPassword, there);
    small.unfill();
    REQUIRE(small.remountReadOnly(true));
    v.expect(6, {QStringLiteral("rm"), QStringLiteral("github")}, kPassword, there);
    v.expect(6,
             {QStringLiteral("qr"), QStringLiteral("aws"), QStringLiteral("-o"),
              QDir(small.path()).filePath(QStringLiteral("aws.png")), QStringLiteral("--i-know-this-is-plaintext")},
             kPassword, there);
    REQUIRE(small.remountReadOnly(false));
    v.found.report("exit 6 (full disk, read-only)");
}
