// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiHardeningSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <csignal>
#include <functional>
#include <sys/resource.h>

namespace {

// Starts `program` in `dir` with core dumps allowed as far as the hard limit goes, sends it SIGABRT
// (what qFatal and failed assertions end in) once it runs, and returns the core* files left in `dir`.
QStringList coresAfterCrash(const QString& program, const QStringList& arguments, const QString& dir,
                            const std::function<bool(qint64 pid)>& ready)
{
    QProcess process;
    process.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), dir);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setChildProcessModifier([] {
        rlimit limit{};
        getrlimit(RLIMIT_CORE, &limit);
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_CORE, &limit);
    });
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    CHECK(QTest::qWaitFor([&] { return ready(process.processId()); }, 10000));
    ::kill(static_cast<pid_t>(process.processId()), SIGABRT);
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
    return QDir(dir).entryList({QStringLiteral("core*")}, QDir::Files);
}

QString limitsOf(qint64 pid)
{
    QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
    return limits.open(QIODevice::ReadOnly) ? QString::fromLatin1(limits.readAll()) : QString();
}

} // namespace

// Crash output: the GUI turns core dumps off first thing (twostep::hardenProcess), so a crash with
// an unlocked vault cannot leave the secrets in a core file. An unhardened process in the same
// place does leave one, which proves the check would see it.
TEST_CASE("the twostep GUI leaves no core file when it crashes", "[hardening][secrets][gui]")
{
    QFile pattern(QStringLiteral("/proc/sys/kernel/core_pattern"));
    REQUIRE(pattern.open(QIODevice::ReadOnly));
    const QByteArray corePattern = pattern.readAll().trimmed();
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_CORE, &limit) == 0);
    if (corePattern.startsWith('|') || corePattern.contains('/') || limit.rlim_max == 0) {
        WARN("core files go elsewhere here (core_pattern " << corePattern.toStdString() << ", hard limit "
                                                           << limit.rlim_max << "): only the limit is checked");
    }
    const bool filesHere = !corePattern.startsWith('|') && !corePattern.contains('/') && limit.rlim_max != 0;

    QTemporaryDir gui;
    REQUIRE(gui.isValid());
    const QStringList guiCores = coresAfterCrash(
        QStringLiteral(TWOSTEP_GUI_PATH), {QStringLiteral("--vault"), gui.filePath(QStringLiteral("vault.twostep"))},
        gui.path(), [](qint64 pid) {
            const QString limits = limitsOf(pid);
            // hardenProcess() has run once the limit reads 0 (the parent allowed more).
            return limits.contains(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0\\s")));
        });
    CHECK(guiCores.isEmpty());

    if (filesHere) {
        QTemporaryDir plain;
        REQUIRE(plain.isValid());
        const QStringList plainCores = coresAfterCrash(QStringLiteral("sleep"), {QStringLiteral("30")}, plain.path(),
                                                       [](qint64 pid) { return !limitsOf(pid).isEmpty(); });
        CHECK_FALSE(plainCores.isEmpty());
    }
}
