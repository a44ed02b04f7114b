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
