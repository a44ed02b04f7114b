// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Nanoseconds per TOTP code: our core next to liboath, same secret, same times, same run.
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <liboath/oath.h>

using namespace twostep;
using Clock = std::chrono::steady_clock;

namespace {

constexpr long kCodes = 1'000'000;
constexpr time_t kStart = 1'700'000'000;

double nsPerCode(Clock::duration elapsed)
{
    return static_cast<double>(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count()) / kCodes;
}

struct Case
{
    const char* name;
    otp::Algorithm algorithm;
    int oathFlags;
};

} // namespace

int main()
{
    const Result<SecretBytes> secret = otp::decodeBase32(QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    if (!secret || oath_init() != OATH_OK) {
        return 1;
    }
    const auto* key = reinterpret_cast<const char*>(secret->data());
    std::printf("%-8s %14s %14s %8s\n", "hash", "twostep ns", "liboath ns", "ratio");
    for (const Case& c : std::array<Case, 3>{Case{"SHA1", otp::Algorithm::Sha1, 0},
                                             Case{"SHA256", otp::Algorithm::Sha256, OATH_TOTP_HMAC_SHA256},
                                             Case{"SHA512", otp::Algorithm::Sha512, OATH_TOTP_HMAC_SHA512}}) {
        const auto parameters = otp::OtpParameters::create(otp::OtpType::Totp, c.algorithm, 6, 30);
        auto generator = otp::OtpGenerator::create(*parameters, *secret);
        if (!generator) {
            return 1;
        }
        std::array<char, 16> ours{};
        std::array<char, 16> theirs{};
        unsigned checksum = 0;

        const auto oursStart = Clock::now();
        for (long i = 0; i < kCodes; ++i) {
            generator->writeCode(static_cast<std::uint64_t>((kStart + i * 30) / 30), std::span(ours.data(), 6));
            checksum += static_cast<unsigned>(ours[5]);
        }
        const auto oursElapsed = Clock::now() - oursStart;

        const auto theirsStart = Clock::now();
        for (long i = 0; i < kCodes; ++i) {
            oath_totp_generate2(key, secret->size(), kStart + i * 30, 30, 0, 6, c.oathFlags, theirs.data());
            checksum -= static_cast<unsigned>(theirs[5]);
        }
        const auto theirsElapsed = Clock::now() - theirsStart;

        // Equal codes cancel out: a non-zero checksum means the two disagree somewhere.
        if (checksum != 0) {
            std::fprintf(stderr, "codes differ from liboath for %s\n", c.name);
            return 1;
        }
        std::printf("%-8s %14.1f %14.1f %8.2f\n", c.name, nsPerCode(oursElapsed), nsPerCode(theirsElapsed),
                    nsPerCode(oursElapsed) / nsPerCode(theirsElapsed));
    }
    oath_done();
    return 0;
}
