// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/TimeStep.h"

namespace twostep::otp {

namespace {

// `value` mod `divisor` in [0, divisor), also for times before the epoch.
std::int64_t floorModulo(std::int64_t value, std::int64_t divisor)
{
    const std::int64_t rest = value % divisor;
    return rest < 0 ? rest + divisor : rest;
}

} // namespace

ClockTime systemTime()
{
    return std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now());
}

std::uint64_t timeStep(std::chrono::sys_seconds now, std::int64_t period)
{
    const std::int64_t seconds = now.time_since_epoch().count();
    if (seconds <= 0 || period <= 0) {
        return 0;
    }
    return static_cast<std::uint64_t>(seconds / period);
}

std::int64_t secondsRemaining(std::chrono::sys_seconds now, std::int64_t period)
{
    if (period <= 0) {
        return 0;
    }
    return period - floorModulo(now.time_since_epoch().count(), period);
}

std::chrono::milliseconds millisecondsToNextStep(std::int64_t period, ClockTime now)
{
    if (period <= 0) {
        return std::chrono::milliseconds(0);
    }
    const std::int64_t periodMs = period * 1000;
    return std::chrono::milliseconds(periodMs - floorModulo(now.time_since_epoch().count(), periodMs));
}

} // namespace twostep::otp
