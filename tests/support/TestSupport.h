// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

#include <chrono>

class QProcess;

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& value) { return '"' + value.toStdString() + '"'; }
};
template <> struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray& value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace twostep::test {

struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QStringList outLines() const; // stdout split into lines, without the final empty one
};

// Runs `program` with `arguments`, feeding `input` to its stdin; fails the test on a crash or a
// time-out. `environment` entries "NAME=value" are added to the current environment.
ProcessResult runProcess(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                         const QStringList& environment = {}, int timeoutMs = 120000);
// The output and exit code of a process that has finished (it must not have crashed).
ProcessResult resultOf(QProcess& process);
// twostep-cli of this build.
ProcessResult runCli(const QStringList& arguments, const QByteArray& input = {}, const QStringList& environment = {});
QString cliPath();
// Creates home, config, data, cache, state, runtime (0700) and tmp under `root` and returns the
// HOME, XDG_*_HOME, XDG_RUNTIME_DIR and TMPDIR entries that point a process at them.
QStringList privateUserFolders(const QString& root);
// oathtool's TOTP code (SHA-1, 6 digits, 30 s) of a base32 secret at `unixTime`.
QString oathtoolTotp(const QString& base32Secret, qint64 unixTime);
// Whether `code` is oathtool's TOTP code (as above) for one of the steps from `fromTime` to
// `toTime`: a copy made in between may be of a step that began meanwhile, or of the next step
// when made in a step's last seconds (ui::StepEndChoice), so callers widen `toTime` by those.
bool isTotpBetween(const QString& code, const QString& base32Secret, qint64 fromTime, qint64 toTime);

// A case that cannot run on this machine (no tmpfs, no tool, not root) reports itself skipped:
// every Catch2 test is registered with SKIP_REGULAR_EXPRESSION on this marker, so ctest counts it
// as "Skipped" with the reason in its output, never as a pass.
#define TWOSTEP_SKIP(reason)                                                                                           \
    do {                                                                                                               \
        WARN("TWOSTEP-SKIPPED: " << reason);                                                                           \
        return;                                                                                                        \
    } while (false)

QString samplesDir();  // tests/data/samples: other apps' real exports (README.md there)
QString testDataDir(); // tests/data

std::chrono::sys_seconds unixTime(long long seconds);

} // namespace twostep::test
