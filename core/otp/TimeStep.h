// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>

// RFC 6238 §4 time steps, and the one clock every timer that waits for the next code reads.
namespace twostep::otp {

// Unix time to the millisecond: whole seconds choose the time step, the rest aims a timer at its end.
using ClockTime = std::chrono::sys_time<std::chrono::milliseconds>;
// Where a view reads the time; a test passes its own (time is a parameter, never a singleton).
using Clock = std::function<ClockTime()>;
ClockTime systemTime();

// The moving factor of RFC 6238 §4.2: floor((now - T0) / period), T0 = 0. Times before the epoch
// give 0.
std::uint64_t timeStep(std::chrono::sys_seconds now, std::int64_t period);
// Seconds until the step containing `now` ends (1..period).
std::int64_t secondsRemaining(std::chrono::sys_seconds now, std::int64_t period);
// Milliseconds until the step containing `now` ends (1..period * 1000): when the next code starts.
std::chrono::milliseconds millisecondsToNextStep(std::int64_t period, ClockTime now);

} // namespace twostep::otp
