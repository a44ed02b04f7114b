// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

namespace twostep::ui {

// The one place where an ErrorCode becomes a sentence for the user (translated); the core's
// English detail follows it so the user still learns what exactly was wrong.
QString errorTitle(ErrorCode code);
QString errorText(const Error& error);

} // namespace twostep::ui
