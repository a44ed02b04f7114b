// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/HandedOutCode.h"

#include "otp/HandedOutStep.h"

#include <QLoggingCategory>

namespace twostep::ui {

namespace {
Q_LOGGING_CATEGORY(lcHandedOut, "twostep.handedout", QtWarningMsg)
} // namespace

void recordHandedOut(const QString& accountId, std::uint64_t step)
{
    if (Result<std::uint64_t> claimed = otp::HandedOutStep::handOut(accountId, step, false); !claimed) {
        qCWarning(lcHandedOut) << claimed.error().detail;
    }
}

} // namespace twostep::ui
