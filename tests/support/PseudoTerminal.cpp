// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PseudoTerminal.h"

#include "TestSupport.h"

#include <QDeadlineTimer>

#include <cstdlib>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace twostep::test {

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

} // namespace twostep::test
