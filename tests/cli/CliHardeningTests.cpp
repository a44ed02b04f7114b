// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "common/ProcessHardening.h"

#include <QProcess>

#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

TEST_CASE("hardening turns off core dumps and ptrace for the process", "[hardening]")
{
    // In a child, so the test runner itself stays debuggable.
    QProcess child;
    child.start(twostep::test::cliPath(),
                {QStringLiteral("code"), QStringLiteral("--secret"), QStringLiteral("JBSWY3DPEHPK3PXP"),
                 QStringLiteral("--window"), QStringLiteral("1")});
    REQUIRE(child.waitForFinished(10000));
    CHECK(child.exitCode() == 0);

    const int pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        twostep::hardenProcess();
        _exit(twostep::isProcessHardened() ? 0 : 1);
    }
    int status = 0;
    REQUIRE(waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
