// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ActivationLauncher.h"

#include "WaylandTestSupport.h"

#include <QTest>

#include <catch2/catch.hpp>

#include <csignal>

namespace twostep::test {

ActivationLauncher::ActivationLauncher()
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QStringLiteral(TWOSTEP_ACTIVATION_CLIENT), QStringList());
    REQUIRE(m_process.waitForStarted(5000));
}

ActivationLauncher::~ActivationLauncher()
{
    quitHelper(m_process);
}

bool ActivationLauncher::waitUntilFocused(int timeoutMs)
{
    return !waitForLine("focused", timeoutMs).isNull();
}

bool ActivationLauncher::waitUntilUnfocused(int timeoutMs)
{
    return !waitForLine("unfocused", timeoutMs).isNull();
}

QString ActivationLauncher::tokenForKeyPress(int timeoutMs)
{
    const qint64 keyboard = qEnvironmentVariableIntValue("TWOSTEP_VIRTUAL_KEYBOARD_PID");
    REQUIRE(keyboard > 0);
    REQUIRE(::kill(static_cast<pid_t>(keyboard), SIGUSR1) == 0);
    const QByteArray line = waitForLine("token ", timeoutMs);
    return QString::fromUtf8(line.mid(6));
}

bool ActivationLauncher::stillFocused()
{
    m_output += m_process.readAllStandardOutput();
    return m_output.isEmpty() && m_process.state() == QProcess::Running;
}

QByteArray ActivationLauncher::waitForLine(const QByteArray& prefix, int timeoutMs)
{
    QByteArray found;
    // `found` stays null on a time-out.
    (void)QTest::qWaitFor(
        [this, &prefix, &found] {
            m_output += m_process.readAllStandardOutput();
            qsizetype end = -1;
            while ((end = m_output.indexOf('\n')) >= 0) {
                const QByteArray line = m_output.left(end);
                m_output.remove(0, end + 1);
                if (line.startsWith(prefix)) {
                    found = line;
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}

} // namespace twostep::test
