// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdint>

namespace twostep::ui {

// Records that the window handed out the code of time step `step` of an account (a copy), so that
// `twostep-cli code --fresh` waits for a later one (otp::HandedOutStep). A copy never fails for it.
void recordHandedOut(const QString& accountId, std::uint64_t step);

} // namespace twostep::ui
