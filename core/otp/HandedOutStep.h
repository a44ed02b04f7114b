// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <optional>

namespace twostep::otp {

// The last TOTP time step whose code was handed out for one account, shared by every process of
// the user: AWS refuses a code already used in its step, so `code --fresh` waits for the next one.
// One file per account in `folder` (default: $XDG_RUNTIME_DIR/twostep/steps), named by a SHA-256
// of the account id and holding only the step number: no secret, no code. The record is locked
// (flock) from open() until it is destroyed, so processes asking at once take turns.
class HandedOutStep final
{
public:
    static Result<HandedOutStep> open(const QString& accountId, const QString& folder = defaultFolder());
    static QString defaultFolder();
    // Every hand-out of a time-based code goes through here, before the code is shown: claims the
    // `count` steps from `current` (with `fresh`, from the first step after any already handed
    // out) and returns the first. The record never goes back to an earlier step.
    static Result<std::uint64_t> handOut(const QString& accountId, std::uint64_t current, bool fresh,
                                         std::uint64_t count = 1, const QString& folder = defaultFolder());

    HandedOutStep(HandedOutStep&& other) noexcept;
    HandedOutStep& operator=(HandedOutStep&&) = delete;
    HandedOutStep(const HandedOutStep&) = delete;
    HandedOutStep& operator=(const HandedOutStep&) = delete;
    ~HandedOutStep();

    std::optional<std::uint64_t> last() const { return m_last; }
    Status record(std::uint64_t step);

private:
    HandedOutStep(int fd, std::optional<std::uint64_t> last) : m_fd(fd), m_last(last) {}
    int m_fd = -1;
    std::optional<std::uint64_t> m_last;
};

} // namespace twostep::otp
