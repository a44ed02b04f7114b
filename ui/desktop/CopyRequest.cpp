// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/desktop/CopyRequest.h"

#include <cstdio>

namespace twostep::ui {

int askRunningToCopy(const SingleInstance& instance, const QString& account)
{
    const std::optional<QString> answer = instance.ask({QString(kCopyMessage), account}, kCopyUnlockWaitMs + 10'000);
    if (!answer) {
        std::fprintf(stderr, "twostep: --copy: Twostep is not running for this vault; start it first\n");
        return kCopyNoWindow;
    }
    const QString word = answer->section(QLatin1Char(' '), 0, 0);
    const QString detail = answer->section(QLatin1Char(' '), 1);
    if (word == kCopyAnswerCopied) {
        return kCopyDone;
    }
    if (word == kCopyAnswerNotFound || word == kCopyAnswerAmbiguous) {
        std::fprintf(stderr, "twostep: --copy: %s\n", qUtf8Printable(detail));
        return kCopyNoAccount;
    }
    if (word == kCopyAnswerLocked || word.isEmpty()) {
        std::fprintf(stderr, "twostep: --copy: the vault stayed locked; nothing was copied\n");
        return kCopyStayedLocked;
    }
    std::fprintf(stderr, "twostep: --copy: %s\n", qUtf8Printable(detail.isEmpty() ? word : detail));
    return kCopyNotCopied;
}

} // namespace twostep::ui
