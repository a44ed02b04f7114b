// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "otp/TimeStep.h"

using namespace twostep;
using std::chrono::milliseconds;

namespace {

otp::ClockTime at(long long unixMilliseconds)
{
    return otp::ClockTime(milliseconds(unixMilliseconds));
}

} // namespace

TEST_CASE("Time steps of the RFC 6238 appendix B test times", "[otp][timestep]")
{
    // RFC 6238 appendix B, X = 30, T0 = 0: the "Value of T (hex)" column.
    const auto [unixSeconds, step] = GENERATE(table<long long, std::uint64_t>({
        {59, 0x1},
        {1111111109, 0x23523EC},
        {1111111111, 0x23523ED},
        {1234567890, 0x273EF07},
        {2000000000, 0x3F940AA},
        {20000000000, 0x27BC86AA},
    }));
    CHECK(otp::timeStep(test::unixTime(unixSeconds), 30) == step);
}

TEST_CASE("The next time step starts when the milliseconds to it have passed", "[otp][timestep]")
{
    // Whole seconds of the appendix B times, then fractions: 59 s is one second before T = 2.
    CHECK(otp::millisecondsToNextStep(30, at(59'000)) == milliseconds(1000));
    CHECK(otp::millisecondsToNextStep(30, at(1111111109'000)) == milliseconds(1000));
    CHECK(otp::millisecondsToNextStep(30, at(1111111111'000)) == milliseconds(29000));
    CHECK(otp::millisecondsToNextStep(30, at(1234567890'000)) == milliseconds(30000)); // a step begins: a whole one
    CHECK(otp::millisecondsToNextStep(30, at(2000000000'000)) == milliseconds(10000));
    CHECK(otp::millisecondsToNextStep(30, at(20000000000'000)) == milliseconds(10000));
    CHECK(otp::millisecondsToNextStep(30, at(1111111109'250)) == milliseconds(750));
    CHECK(otp::millisecondsToNextStep(30, at(59'999)) == milliseconds(1));
    CHECK(otp::millisecondsToNextStep(60, at(1111111109'250)) == milliseconds(30750));
    // Before the epoch the boundaries still fall on multiples of the period.
    CHECK(otp::millisecondsToNextStep(30, at(-1)) == milliseconds(1));
    // Waiting that long lands in the next step, never in the same one.
    for (const long long now : {59'000LL, 1111111109'250LL, 1234567890'000LL, 20000000000'999LL}) {
        const otp::ClockTime then = at(now) + otp::millisecondsToNextStep(30, at(now));
        CHECK(otp::timeStep(std::chrono::floor<std::chrono::seconds>(then), 30) ==
              otp::timeStep(std::chrono::floor<std::chrono::seconds>(at(now)), 30) + 1);
    }
}

TEST_CASE("The system time is the wall clock to the millisecond", "[otp][timestep]")
{
    const auto before = std::chrono::system_clock::now();
    const otp::ClockTime now = otp::systemTime();
    const auto after = std::chrono::system_clock::now();
    CHECK(now >= std::chrono::floor<milliseconds>(before));
    CHECK(now <= after);
}
