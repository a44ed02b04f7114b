// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace twostep;
using test::runCli;

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

struct TerminalRun
{
    int exitCode = -1;
    QByteArray screen; // what the pseudo-terminal showed
};

// Runs `command` with /bin/sh -c on a new pseudo-terminal that is its controlling terminal (what
// /dev/tty opens), types `typed` once `prompt` is on the screen, and waits for the shell to end.
TerminalRun runOnTerminal(const QString& command, const QByteArray& prompt, const QByteArray& typed,
                          const QStringList& environment)
{
    const QByteArray shell = command.toLocal8Bit();
    QList<QByteArray> variables;
    for (const QString& entry : environment) {
        variables.append(entry.toLocal8Bit());
    }
    int master = -1;
    const pid_t child = forkpty(&master, nullptr, nullptr, nullptr);
    REQUIRE(child >= 0);
    if (child == 0) {
        for (const QByteArray& variable : variables) {
            ::putenv(const_cast<char*>(variable.constData()));
        }
        ::execl("/bin/sh", "sh", "-c", shell.constData(), static_cast<char*>(nullptr));
        ::_exit(127);
    }
    TerminalRun run;
    bool typedYet = false;
    const QDeadlineTimer deadline(60000);
    for (;;) {
        pollfd fd{master, POLLIN, 0};
        if (::poll(&fd, 1, 100) > 0) {
            char chunk[512];
            const ssize_t got = ::read(master, chunk, sizeof chunk);
            if (got <= 0) {
                break; // EIO: the last process on the terminal has ended
            }
            run.screen.append(chunk, got);
        }
        if (!typedYet && run.screen.contains(prompt)) {
            REQUIRE(::write(master, typed.constData(), static_cast<std::size_t>(typed.size())) == typed.size());
            typedYet = true;
        }
        REQUIRE_FALSE(deadline.hasExpired());
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    ::close(master);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return run;
}

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

TEST_CASE("--password-stdin still reads the password from stdin when there is a terminal", "[cli][tty]")
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
