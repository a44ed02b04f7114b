// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "otp/TimeStep.h"

#include <QList>

// The made-up accounts and the fixed time of docs/screenshots, so that each run shows the same codes.
namespace twostep::screenshots {

// The start of a 30 s step in November 2026.
constexpr long long kStepStart = 1795000020;

otp::ClockTime at(long long unixSeconds);
// A dozen accounts, most with a bundled issuer icon, AWS and GitHub marked as favourites.
QList<otp::Account> demoAccounts();
// The AWS account again with a new secret: "Assign MFA device" started a second time.
otp::Account redoneAwsEnrollment();
// An account the vault's read-only folder keeps in memory only (the unsaved-change bar).
otp::Account unsavedAccount();

} // namespace twostep::screenshots
