// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Intake.h"

#include <QString>

namespace twostep::ui {

// formats::reasonText through tr(): the same English words as twostep-cli prints, so the add
// dialog, the import dialog and the CLI say one thing for one case. Empty for a plain new account.
QString intakeReason(const formats::PlannedAccount& item);
QString intakeReason(const formats::RejectedText& rejected);
// "issuer:name", or "issuer:name (reason)" when there is one.
QString plannedAccountText(const formats::PlannedAccount& item);
// "QR code 2: not an OTP code" (`lines`: "line 2: …" for pasted text).
QString rejectedTextLine(const formats::RejectedText& rejected, bool lines = false);

} // namespace twostep::ui
