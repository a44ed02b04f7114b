// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/desktop/SingleInstance.h"

#include <QLatin1StringView>
#include <QString>

// `twostep --copy ACCOUNT`, the asking side: the message over the single-instance socket, the
// window's answer words and the exit status. Apart from the window's libraries, so the `twostep`
// launcher answers a desktop shortcut without loading Qt Widgets (ui/desktop/RemoteCopy.h answers).
namespace twostep::ui {

// The message: {kCopyMessage, ACCOUNT}. The answer: one line, a word and a detail.
inline constexpr QLatin1StringView kCopyMessage{"copy"};
inline constexpr QLatin1StringView kCopyAnswerCopied{"copied"};
inline constexpr QLatin1StringView kCopyAnswerLocked{"locked"};
inline constexpr QLatin1StringView kCopyAnswerFailed{"failed"};
inline constexpr QLatin1StringView kCopyAnswerNotFound{"not-found"};
inline constexpr QLatin1StringView kCopyAnswerAmbiguous{"ambiguous"};
// How long the window waits for the password before it answers "locked".
inline constexpr int kCopyUnlockWaitMs = 120'000;

// The exit status of `twostep --copy`, section EXIT STATUS of twostep(1).
enum CopyExit : int {
    kCopyDone = 0,
    kCopyNoWindow = 3,     // no Twostep window runs for this vault
    kCopyNoAccount = 4,    // no account matches ACCOUNT, or several do
    kCopyStayedLocked = 5, // the password was not given (window closed, or two minutes passed)
    kCopyNotCopied = 6,    // the window could not make the code (an hotp counter it could not save)
};

// Hands ACCOUNT to the running window, prints why it failed on stderr, and returns the exit status.
int askRunningToCopy(const SingleInstance& instance, const QString& account);

} // namespace twostep::ui
