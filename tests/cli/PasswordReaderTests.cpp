// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PseudoTerminal.h"
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace twostep;
using test::runCli;
using test::runOnTerminal;
using test::TerminalRun;

namespace {

const QByteArray kPassword = "pty pass";

// A vault with the AWS sample account at the cheapest KDF.
struct AwsVault
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("vault.twostep"));
    QStringList environment{QStringLiteral("TWOSTEP_VAULT=") + path};

    AwsVault()
    {
        REQUIRE(runCli({QStringLiteral("init"), QStringLiteral("--password-stdin"), QStringLiteral("--kdf-memory"),
                        QStringLiteral("8192"), QStringLiteral("--kdf-iterations"), QStringLiteral("1"),
                        QStringLiteral("--kdf-parallelism"), QStringLiteral("1")},
                       kPassword + '\n', environment)
                    .exitCode == 0);
        REQUIRE(runCli({QStringLiteral("add"), QStringLiteral("--uri"), QStringLiteral("-"),
                        QStringLiteral("--password-stdin")},
                       "otpauth://totp/Amazon%20Web%20Services:root-account-mfa-device@123456789012?secret="
                       "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Amazon%20Web%20Services\n" +
                           kPassword + '\n',
                       environment)
                    .exitCode == 0);
    }
};

const QRegularExpression kOneCode(QStringLiteral("^[0-9]{6}\n$"));

} // namespace

TEST_CASE("code ACCOUNT with stdin from /dev/null asks on the controlling terminal, the code alone on stdout",
          "[cli][tty]")
{
    AwsVault vault;
    QTemporaryDir out;
    const QString stdoutFile = out.filePath(QStringLiteral("stdout"));
    // As aws-vault runs mfa_process: sh -c, stdin from /dev/null; stdout is not the terminal.
    const QString command =
        QStringLiteral("'%1' code root-account-mfa-device </dev/null >'%2'").arg(test::cliPath(), stdoutFile);
    const TerminalRun run =
        runOnTerminal(command, "(for root-account-mfa-device): ", kPassword + '\n', vault.environment);
    INFO(run.screen.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.screen.contains(QByteArray(QByteArray("Vault password of ") + vault.path.toLocal8Bit())));
    CHECK_FALSE(run.screen.contains(kPassword)); // no echo
    QFile file(stdoutFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray code = file.readAll();
    CHECK(kOneCode.match(QString::fromLatin1(code)).hasMatch());
}

TEST_CASE("code ACCOUNT with neither a terminal nor --password-stdin fails at once, stdout empty", "[cli][tty]")
{
    AwsVault vault;
    // setsid: no controlling terminal, as under cron or a GUI launcher; stdin from /dev/null.
    const test::ProcessResult result =
        test::runProcess(QStringLiteral("setsid"),
                         {QStringLiteral("-w"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                          QStringLiteral("exec '%1' code root-account-mfa-device </dev/null").arg(test::cliPath())},
                         {}, vault.environment, 20000);
    CHECK(result.exitCode != 0);
    CHECK(result.out.isEmpty());
    CHECK(result.err.contains("--password-stdin"));
    CHECK(result.err.contains("no terminal"));
}

TEST_CASE("With a terminal, --password-stdin still reads the password from stdin", "[cli][tty]")
{
    AwsVault vault;
    QTemporaryDir out;
    const QString stdoutFile = out.filePath(QStringLiteral("stdout"));
    const QString command =
        QStringLiteral("printf '%s\\n' '%1' | '%2' code root-account-mfa-device --password-stdin >'%3'")
            .arg(QString::fromLatin1(kPassword), test::cliPath(), stdoutFile);
    const TerminalRun run = runOnTerminal(command, "never shown", {}, vault.environment);
    INFO(run.screen.toStdString());
    CHECK(run.exitCode == 0);
    CHECK_FALSE(run.screen.contains("Vault password"));
    QFile file(stdoutFile);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(kOneCode.match(QString::fromLatin1(file.readAll())).hasMatch());
}
