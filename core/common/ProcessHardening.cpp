// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/ProcessHardening.h"

#include <csignal>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace twostep {

bool hardenProcess()
{
    const rlimit noCore{0, 0};
    const bool coreOff = setrlimit(RLIMIT_CORE, &noCore) == 0;
    const bool dumpOff = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    // Under `ulimit -f` a write past the limit must fail with EFBIG, which we name, not kill us.
    std::signal(SIGXFSZ, SIG_IGN);
    return coreOff && dumpOff;
}

bool isProcessHardened()
{
    rlimit limit{};
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0;
}

} // namespace twostep
