// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "VaultTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace twostep;
using test::ProcessResult;

namespace {

const QString kRfcSecret = QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"); // "12345678901234567890"

// A vault made by `twostep-cli init` with the cheapest accepted KDF, and a runner for commands on it.
struct CliVault
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("sub/vault.twostep"));
    QByteArray password = "p\xc3\xa4ss w\xc3\xb6rd";

    CliVault()
    {
        const ProcessResult init = run({QStringLiteral("init"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                                        QStringLiteral("--kdf-iterations"), QStringLiteral("1"),
                                        QStringLiteral("--kdf-parallelism"), QStringLiteral("1")});
        REQUIRE(init.exitCode == 0);
    }

    ProcessResult run(QStringList arguments, const QByteArray& input = {}) const
    {
        arguments << QStringLiteral("--password-stdin");
        return test::runCli(arguments, input.isEmpty() ? password + '\n' : input,
                            {QStringLiteral("TWOSTEP_VAULT=") + path});
    }

    QString add(const QStringList& arguments) const
    {
        const ProcessResult added = run(QStringList{QStringLiteral("add")} + arguments);
        INFO(added.err.toStdString());
        REQUIRE(added.exitCode == 0);
        REQUIRE(added.outLines().size() == 1);
        return added.outLines().first();
    }
};

} // namespace

TEST_CASE("twostep-cli init, add, list, code and show work on one vault", "[vault][cli]")
{
    CliVault v;
    CHECK((QFileInfo(v.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    const QString aws = v.add(
        {QStringLiteral("--uri"), QStringLiteral("otpauth://totp/Amazon%20Web%20Services:alice@123456789012?secret=") +
                                      kRfcSecret + QStringLiteral("&issuer=Amazon%20Web%20Services")});
    const QString hotp = v.add({QStringLiteral("--secret"), kRfcSecret.toLower(), QStringLiteral("--issuer"),
                                QStringLiteral("RFC 4226"), QStringLiteral("--name"), QStringLiteral("appendix D"),
                                QStringLiteral("--counter"), QStringLiteral("0")});
    v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
           QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});

    const ProcessResult list = v.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    REQUIRE(list.outLines().size() == 3);
    CHECK(list.outLines().at(0).simplified() == QStringLiteral("Amazon Web Services alice@123456789012 totp"));
    CHECK(list.outLines().at(1).simplified() == QStringLiteral("RFC 4226 appendix D hotp"));

    const ProcessResult json = v.run({QStringLiteral("list"), QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    REQUIRE(array.size() == 3);
    CHECK(array.at(0)[QStringLiteral("id")].toString() == aws);
    CHECK(array.at(1)[QStringLiteral("counter")].toString() == QStringLiteral("0"));
    CHECK_FALSE(json.out.contains(kRfcSecret.toLatin1()));

    // RFC 6238 appendix B (SHA1, T = 59 s) in 6 digits, and the next step: AWS's "MFA code 1" and "2".
    const ProcessResult codes = v.run({QStringLiteral("code"), QStringLiteral("amazon"), QStringLiteral("--time"),
                                       QStringLiteral("59"), QStringLiteral("--window"), QStringLiteral("2")});
    REQUIRE(codes.exitCode == 0);
    CHECK(codes.outLines() == QStringList{QStringLiteral("287082"), QStringLiteral("359152")});

    // hotp: RFC 4226 appendix D; each code is used once, the counter is saved.
    CHECK(v.run({QStringLiteral("code"), hotp}).outLines() == QStringList{QStringLiteral("755224")});
    CHECK(v.run({QStringLiteral("code"), QStringLiteral("4226"), QStringLiteral("--window"), QStringLiteral("2")})
              .outLines() == (QStringList{QStringLiteral("287082"), QStringLiteral("359152")}));
    CHECK(v.run({QStringLiteral("code"), QStringLiteral("appendix")}).outLines() ==
          QStringList{QStringLiteral("969429")});

    const ProcessResult show = v.run({QStringLiteral("show"), QStringLiteral("appendix")});
    REQUIRE(show.exitCode == 0);
    CHECK(show.outLines().contains(QStringLiteral("counter: 4")));
    CHECK_FALSE(show.out.contains(kRfcSecret.toLatin1()));
    const ProcessResult reveal = v.run({QStringLiteral("show"), QStringLiteral("AMAZON"), QStringLiteral("--reveal")});
    REQUIRE(reveal.exitCode == 0);
    CHECK(reveal.outLines().contains(QStringLiteral("secret: ") + kRfcSecret));
    CHECK(reveal.out.contains("uri: otpauth://totp/Amazon%20Web%20Services:alice"));
    CHECK(reveal.out.contains(QByteArray("secret=").append(kRfcSecret.toLatin1())));
}

TEST_CASE("twostep-cli vault errors have their sentences and exit codes", "[vault][cli]")
{
    CliVault v;
    v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
           QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});
    v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--issuer"), QStringLiteral("GitLab"),
           QStringLiteral("--name"), QStringLiteral("alice")});

    const ProcessResult wrong = v.run({QStringLiteral("list")}, "wrong\n");
    CHECK(wrong.exitCode == 3);
    CHECK(wrong.err == "twostep-cli: wrong password\n");
    CHECK(wrong.out.isEmpty());

    const ProcessResult ambiguous = v.run({QStringLiteral("code"), QStringLiteral("alice")});
    CHECK(ambiguous.exitCode == 2);
    CHECK(ambiguous.err.contains("GitHub:alice"));
    CHECK(ambiguous.err.contains("GitLab:alice"));
    CHECK(ambiguous.out.isEmpty());

    CHECK(v.run({QStringLiteral("show"), QStringLiteral("nobody")}).exitCode == 1);
    const ProcessResult duplicate =
        v.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("jbsw y3dp ehpk 3pxp"),
               QStringLiteral("--name"), QStringLiteral("x")});
    CHECK(duplicate.exitCode == 2);
    CHECK(duplicate.err.contains("already in the vault as 'GitHub:alice'"));
    CHECK(v.run({QStringLiteral("add"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DP!"),
                 QStringLiteral("--name"), QStringLiteral("x")})
              .exitCode == 2);
    CHECK(test::runCli({QStringLiteral("list")}, "x\n", {QStringLiteral("TWOSTEP_VAULT=") + v.path}).exitCode == 2);

    SECTION("locked by another process")
    {
        QLockFile holder(v.path + QStringLiteral(".lock"));
        REQUIRE(holder.tryLock(0));
        const ProcessResult locked = v.run({QStringLiteral("rm"), QStringLiteral("github")});
        CHECK(locked.exitCode == 5);
        CHECK(locked.err == "twostep-cli: vault is in use by another Twostep process\n");
    }
    SECTION("damaged and unsupported files")
    {
        QByteArray bytes = test::readAll(v.path);
        const QByteArray original = bytes;
        const qsizetype inPayload = bytes.indexOf("\"payload\":\"") + 20;
        bytes[inPayload] = bytes[inPayload] == 'A' ? 'B' : 'A'; // still base64, other ciphertext
        test::writeAll(v.path, bytes);
        const ProcessResult damaged = v.run({QStringLiteral("list")});
        CHECK(damaged.exitCode == 4);
        CHECK(damaged.err == "twostep-cli: vault file is damaged: authentication failed\n");
        CHECK(v.run({QStringLiteral("rm"), QStringLiteral("github")}).exitCode == 4);
        CHECK(test::readAll(v.path) == bytes);

        QByteArray future = original;
        future.replace("\"version\":1", "\"version\":7");
        test::writeAll(v.path, future);
        const ProcessResult unsupported = v.run({QStringLiteral("list")});
        CHECK(unsupported.exitCode == 4);
        CHECK(unsupported.err == "twostep-cli: unsupported vault version 7\n");
    }
}

TEST_CASE("twostep-cli rename, rm and passwd keep the rest of the vault", "[vault][cli]")
{
    CliVault v;
    const QString first =
        v.add({QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"), QStringLiteral("--issuer"),
               QStringLiteral("GitHub"), QStringLiteral("--name"), QStringLiteral("alice")});
    v.add({QStringLiteral("--secret"), kRfcSecret, QStringLiteral("--issuer"), QStringLiteral("GitLab"),
           QStringLiteral("--name"), QStringLiteral("bob")});
    REQUIRE(
        v.run({QStringLiteral("rename"), first, QStringLiteral("--name"), QStringLiteral("\ucca0\uc218")}).exitCode ==
        0);
    REQUIRE(v.run({QStringLiteral("passwd"), QStringLiteral("--kdf-memory"), QStringLiteral("8192"),
                   QStringLiteral("--kdf-iterations"), QStringLiteral("1"), QStringLiteral("--kdf-parallelism"),
                   QStringLiteral("1")},
                  v.password + "\nnew password\n")
                .exitCode == 0);
    CHECK(v.run({QStringLiteral("list")}).exitCode == 3);
    v.password = "new password";
    REQUIRE(v.run({QStringLiteral("rm"), QStringLiteral("gitlab")}).exitCode == 0);
    const ProcessResult list = v.run({QStringLiteral("list")});
    REQUIRE(list.exitCode == 0);
    CHECK(list.outLines().size() == 1);
    CHECK(list.outLines().first().simplified() == QStringLiteral("GitHub \ucca0\uc218 totp"));
}

TEST_CASE("the --vault option wins over TWOSTEP_VAULT", "[vault][cli]")
{
    CliVault v;
    QTemporaryDir other;
    const QString elsewhere = other.filePath(QStringLiteral("x.twostep"));
    const ProcessResult init =
        test::runCli({QStringLiteral("init"), QStringLiteral("--vault"), elsewhere, QStringLiteral("--password-stdin"),
                      QStringLiteral("--kdf-memory"), QStringLiteral("8192"), QStringLiteral("--kdf-iterations"),
                      QStringLiteral("1"), QStringLiteral("--kdf-parallelism"), QStringLiteral("1")},
                     "pw\n", {QStringLiteral("TWOSTEP_VAULT=") + v.path});
    REQUIRE(init.exitCode == 0);
    CHECK(QFileInfo::exists(elsewhere));
    CHECK(test::runCli({QStringLiteral("init"), QStringLiteral("--password-stdin")}, "pw\n",
                       {QStringLiteral("TWOSTEP_VAULT=") + v.path})
              .exitCode == 2); // already exists there: never overwritten
}

TEST_CASE("on a terminal the password is asked without echo, twice for init", "[vault][cli][tty]")
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty()) {
        TWOSTEP_SKIP("util-linux script is not installed: test not run");
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.twostep"));
    // `script` runs the command on a pseudo-terminal; the input arrives after the prompt is up.
    const QString command =
        QStringLiteral("(sleep 0.7; printf 'secret-typed-1\\n'; sleep 0.3; printf 'secret-typed-2\\n') | "
                       "script -qec \"'%1' init --kdf-memory 8192 --kdf-iterations 1 "
                       "--kdf-parallelism 1\" /dev/null")
            .arg(test::cliPath());
    const ProcessResult mismatch = test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {},
                                                    {QStringLiteral("TWOSTEP_VAULT=") + path});
    const QByteArray screen = mismatch.out + mismatch.err;
    INFO(screen.toStdString());
    CHECK(screen.contains("New vault password"));
    CHECK(screen.contains("Repeat it"));
    CHECK(screen.contains("the two passwords do not match"));
    CHECK_FALSE(screen.contains("secret-typed"));
    CHECK_FALSE(QFileInfo::exists(path));
}

TEST_CASE("Ctrl+C at the password prompt leaves the terminal echoing", "[vault][cli][tty]")
{
    if (QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty()) {
        TWOSTEP_SKIP("util-linux script is not installed: test not run");
    }
    QTemporaryDir dir;
    // Inside the pseudo-terminal: the prompt, then ^C (SIGINT), then the terminal's echo flag.
    const QString inner =
        QStringLiteral("trap true INT; '%1' init; echo exit=\\$?; stty -a | tr ' ' '\\n' | grep -x -- '-\\?echo'")
            .arg(test::cliPath());
    QString quoted = inner;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    const QString command =
        QStringLiteral("(sleep 0.7; printf '\\003'; sleep 0.8) | script -qec \"bash -c '%1'\" /dev/null").arg(quoted);
    const ProcessResult result =
        test::runProcess(QStringLiteral("bash"), {QStringLiteral("-c"), command}, {},
                         {QStringLiteral("TWOSTEP_VAULT=") + dir.filePath(QStringLiteral("v"))});
    const QString screen = QString::fromUtf8(result.out).remove(QLatin1Char('\r'));
    INFO(screen.toStdString());
    CHECK(screen.contains(QStringLiteral("exit=130")));
    CHECK(screen.split(QLatin1Char('\n')).contains(QStringLiteral("echo")));
}

TEST_CASE("twostep-cli code on a hotp account at 2^64-2 gives one code, then refuses and keeps the counter",
          "[vault][cli]")
{
    CliVault v;
    const QString id = v.add({QStringLiteral("--uri"), QStringLiteral("otpauth://hotp/RFC:4226?secret=") + kRfcSecret +
                                                           QStringLiteral("&counter=18446744073709551614")});
    // --window 2 would need the counter after 2^64-1: refused before any code is shown.
    const ProcessResult window = v.run({QStringLiteral("code"), id, QStringLiteral("--window"), QStringLiteral("2")});
    CHECK(window.exitCode == 2);
    CHECK(window.out.isEmpty());
    CHECK(window.err.contains("'RFC:4226' is at HOTP counter 18446744073709551614"));

    // oathtool --hotp -c 18446744073709551614 3132333435363738393031323334353637383930
    CHECK(v.run({QStringLiteral("code"), id}).outLines() == QStringList{QStringLiteral("488204")});
    CHECK(v.run({QStringLiteral("show"), id}).outLines().contains(QStringLiteral("counter: 18446744073709551615")));

    const ProcessResult refused = v.run({QStringLiteral("code"), id});
    CHECK(refused.exitCode == 2);
    CHECK(refused.out.isEmpty());
    CHECK(refused.err.contains("'RFC:4226' is at HOTP counter 18446744073709551615"));
    CHECK(refused.err.contains("repeat old codes"));
    CHECK(v.run({QStringLiteral("show"), id}).outLines().contains(QStringLiteral("counter: 18446744073709551615")));
}
