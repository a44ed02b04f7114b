// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(text);
    if (!parsed) {
        return 0;
    }
    // A parsed account formats and parses back to itself, and can make a code.
    Result<otp::ParsedUri> again = otp::parseOtpauthUri(otp::formatOtpauthUri(parsed->account));
    if (!again || !(again->account == parsed->account)) {
        __builtin_trap();
    }
    Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(parsed->account);
    if (generator) {
        (void)generator->code(12345);
    }
    return 0;
}
