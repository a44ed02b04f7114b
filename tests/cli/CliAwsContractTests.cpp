// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliContractSupport.h"
#include "PseudoTerminal.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace twostep;
using namespace twostep::contract;

namespace {

const QRegularExpression kOneCode(QStringLiteral("^[0-9]{6}\n$"));

// The fenced blocks of README.md's "AWS at the terminal" section, in order, as users paste them.
QStringList awsBlocks()
{
    const QString readme = readText(sourceFile(QStringLiteral("README.md")));
    const qsizetype start = readme.indexOf(QStringLiteral("## AWS at the terminal"));
    REQUIRE(start >= 0);
    const QString section = readme.mid(start, readme.indexOf(QStringLiteral("\n## "), start + 1) - start);
    QStringList blocks;
    static const QRegularExpression fence(QStringLiteral("```[a-z]*\n(.*?)```"),
                                          QRegularExpression::DotMatchesEverythingOption);
    for (auto it = fence.globalMatch(section); it.hasNext();) {
        blocks.append(it.next().captured(1));
    }
    REQUIRE(blocks.size() == 3);
    return blocks;
}

// A sandbox whose vault holds the AWS sample (alice@123456789012), and a folder of stand-ins for
// the AWS tools, which are not installed here: each records its arguments in ARGS.
struct AwsSandbox
{
    Sandbox box;
    QString bin = QDir(box.root.path()).filePath(QStringLiteral("bin"));
    QString args = QDir(box.root.path()).filePath(QStringLiteral("args"));
    QString out = QDir(box.root.path()).filePath(QStringLiteral("out"));
    QStringList environment;

    AwsSandbox()
    {
        REQUIRE(runCli(QStringList{QStringLiteral("init"), QStringLiteral("--password-stdin")} + kdfFloor(), kPassword,
                       box.environment)
                    .exitCode == 0);
        REQUIRE(runCli({QStringLiteral("add"), QStringLiteral("--password-stdin"), QStringLiteral("--uri"), kAwsUri},
                       kPassword, box.environment)
                    .exitCode == 0);
        REQUIRE(QDir().mkpath(bin));
        // `aws sts get-session-token --output text` prints the three values tab-separated.
        standIn(QStringLiteral("aws"), "printf 'ASIAEXAMPLE\\tsecretEXAMPLE\\ttokenEXAMPLE\\n'");
        standIn(QStringLiteral("assume"), "true");
        const qsizetype path = box.environment.indexOf(QRegularExpression(QStringLiteral("PATH=.*")));
        REQUIRE(path >= 0);
        environment = box.environment;
        environment[path] = QStringLiteral("PATH=") + bin + QLatin1Char(':') + environment[path].mid(5);
        environment << QStringLiteral("HOME=") + box.home;
    }
    void standIn(const QString& name, const QByteArray& answer) const
    {
        QFile script(QDir(bin).filePath(name));
        REQUIRE(script.open(QIODevice::WriteOnly));
        script.write("#!/bin/sh\nprintf '%s\\n' \"$@\" >'" + args.toLocal8Bit() + "'\n" + answer + '\n');
        script.close();
        REQUIRE(script.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }
    // Runs `script` as the user's shell would, stdin from /dev/null, typing the vault password
    // on the terminal when asked.
    test::TerminalRun run(const QString& script) const
    {
        return test::runOnTerminal(QStringLiteral("cd '%1' && { %2\n} </dev/null").arg(box.work, script),
                                   "Vault password", kPassword, environment);
    }
    QStringList recordedArguments() const { return readText(args).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

} // namespace

TEST_CASE("README's aws-vault mfa_process line prints one code, asking on the terminal with stdin from /dev/null",
          "[cli][contract][aws]")
{
    AwsSandbox aws;
    const QRegularExpressionMatch line =
        QRegularExpression(QStringLiteral("^mfa_process = (.+)$"), QRegularExpression::MultilineOption)
            .match(awsBlocks().at(0));
    REQUIRE(line.hasMatch());
    // aws-vault 7.2 runs it with sh -c and stdin from /dev/null, and trims its stdout.
    const test::TerminalRun run = aws.run(QStringLiteral("sh -c '%1' >'%2'").arg(line.captured(1), aws.out));
    INFO(run.screen.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(kOneCode.match(readText(aws.out)).hasMatch());
}

TEST_CASE("README's get-session-token function exports the three variables from a fresh code", "[cli][contract][aws]")
{
    AwsSandbox aws;
    const test::TerminalRun run =
        aws.run(awsBlocks().at(1) + QStringLiteral("printf '%s\\n' \"$AWS_ACCESS_KEY_ID\" \"$AWS_SECRET_ACCESS_KEY\" "
                                                   "\"$AWS_SESSION_TOKEN\" >'%1'")
                                        .arg(aws.out));
    INFO(run.screen.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(readText(aws.out) == QStringLiteral("ASIAEXAMPLE\nsecretEXAMPLE\ntokenEXAMPLE\n"));
    const QStringList arguments = aws.recordedArguments();
    REQUIRE(arguments.size() == 10);
    CHECK(arguments.mid(0, 4) == QStringList{QStringLiteral("sts"), QStringLiteral("get-session-token"),
                                             QStringLiteral("--serial-number"),
                                             QStringLiteral("arn:aws:iam::123456789012:mfa/alice")});
    CHECK(arguments.at(4) == QStringLiteral("--token-code"));
    CHECK(kOneCode.match(arguments.at(5) + QLatin1Char('\n')).hasMatch());
}

TEST_CASE("README's --mfa-token line passes one fresh code", "[cli][contract][aws]")
{
    AwsSandbox aws;
    const test::TerminalRun run = aws.run(awsBlocks().at(2));
    INFO(run.screen.toStdString());
    CHECK(run.exitCode == 0);
    const QStringList arguments = aws.recordedArguments();
    REQUIRE(arguments.size() == 3);
    CHECK(arguments.at(1) == QStringLiteral("--mfa-token"));
    CHECK(kOneCode.match(arguments.at(2) + QLatin1Char('\n')).hasMatch());
}
