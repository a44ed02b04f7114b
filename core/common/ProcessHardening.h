// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace twostep {

// Called first thing by both mains: no core dumps (RLIMIT_CORE 0) and no ptrace attach or
// /proc/PID/mem reads by other processes of the same user (PR_SET_DUMPABLE 0), since the process
// will hold decrypted secrets. SIGXFSZ is ignored, so a file size limit fails a write (EFBIG)
// instead of killing the process. Best effort: returns false if the system refused either.
bool hardenProcess();

// Whether hardenProcess() took effect (for tests and the about box).
bool isProcessHardened();

} // namespace twostep
