// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace twostep::cli {

// The unlocked Twostep window as the first source of `code ACCOUNT` (ui::CodeServer's socket,
// $XDG_RUNTIME_DIR/twostep/code.socket): the code, or nullopt with `whyNot` set when the window
// is absent, locked, set to never, serving another vault or the account is hotp (the caller falls
// through to the password). An error is final: the user denied it, or no account matches.
Result<std::optional<QString>> codeFromWindow(const QString& account, const QString& vaultPath, bool fresh,
                                              QString& whyNot);

} // namespace twostep::cli
