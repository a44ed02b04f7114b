// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <unistd.h>
#include <utility>

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
    // A session of its own: a password prompt on the developer's terminal (/dev/tty) would block.
    process.setChildProcessModifier([] { (void)::setsid(); });
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty()) {
        process.write(input);
    }
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(timeoutMs));
    return resultOf(process);
}

ProcessResult resultOf(QProcess& process)
{
    ProcessResult result;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    INFO("stderr: " << result.err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    result.exitCode = process.exitCode();
    return result;
}

QString oathtoolTotp(const QString& base32Secret, qint64 unixTime)
{
    const ProcessResult result =
        runProcess(QStringLiteral("oathtool"), {QStringLiteral("--totp"), QStringLiteral("-b"),
                                                QStringLiteral("--now=@%1").arg(unixTime), base32Secret});
    REQUIRE(result.exitCode == 0);
    return QString::fromLatin1(result.out).trimmed();
}

bool isTotpBetween(const QString& code, const QString& base32Secret, qint64 fromTime, qint64 toTime)
{
    constexpr qint64 kPeriod = 30;
    for (qint64 step = fromTime / kPeriod; step <= toTime / kPeriod; ++step) {
        if (code == oathtoolTotp(base32Secret, step * kPeriod)) {
            return true;
        }
    }
    return false;
}

QStringList privateUserFolders(const QString& root)
{
    const QDir dir(root);
    const QList<std::pair<QString, QString>> folders{
        {QStringLiteral("HOME"), QStringLiteral("home")},
        {QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("config")},
        {QStringLiteral("XDG_DATA_HOME"), QStringLiteral("data")},
        {QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("cache")},
        {QStringLiteral("XDG_STATE_HOME"), QStringLiteral("state")},
        {QStringLiteral("XDG_RUNTIME_DIR"), QStringLiteral("runtime")},
        {QStringLiteral("TMPDIR"), QStringLiteral("tmp")},
    };
    QStringList environment;
    for (const auto& [variable, folder] : folders) {
        REQUIRE(dir.mkpath(folder));
        environment.append(variable + QLatin1Char('=') + dir.filePath(folder));
    }
    REQUIRE(QFile::setPermissions(dir.filePath(QStringLiteral("runtime")),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    return environment;
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
