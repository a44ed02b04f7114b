// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace twostep::test {

QStringList ProcessResult::outLines() const
{
    QStringList lines = QString::fromUtf8(out).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}

ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input,
                         const QStringList& environment, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& entry : environment) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        env.insert(entry.left(equals), entry.mid(equals + 1));
    }
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    ProcessResult result;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    result.exitCode = process.exitCode();
    return result;
}

QString cliPath()
{
    return QStringLiteral(TWOSTEP_CLI_PATH);
}

ProcessResult runCli(const QStringList& arguments, const QByteArray& input, const QStringList& environment)
{
    return runProcess(cliPath(), arguments, input, environment);
}

QString samplesDir()
{
    return QStringLiteral(TWOSTEP_SAMPLES_DIR);
}

QString testDataDir()
{
    return QStringLiteral(TWOSTEP_TEST_DATA_DIR);
}

std::chrono::sys_seconds unixTime(long long seconds)
{
    return std::chrono::sys_seconds(std::chrono::seconds(seconds));
}

} // namespace twostep::test
