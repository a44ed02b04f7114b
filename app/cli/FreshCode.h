// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QCommandLineParser>

#include <chrono>

namespace twostep::cli {

// --fresh of `code ACCOUNT`.
void addFreshOption(QCommandLineParser& parser);
// The time to compute the codes of `entry` for: now, or, with --fresh when a code of this account
// was already handed out in the current step (by any process, otp::HandedOutStep), the start of
// the next step after waiting for it (said on stderr with how long). With or without --fresh the
// steps of the `window` codes are recorded as handed out (not for --time). hotp accounts never wait.
Result<std::chrono::sys_seconds> freshCodeTime(const QCommandLineParser& parser, const vault::VaultEntry& entry,
                                               std::chrono::sys_seconds now, long long window);

} // namespace twostep::cli
