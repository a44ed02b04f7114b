// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Base32.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    Result<SecretBytes> decoded = otp::decodeBase32(text);
    if (decoded) {
        // Whatever decodes must survive a round trip through our own encoder.
        Result<SecretBytes> again = otp::decodeBase32(otp::encodeBase32(decoded->bytes()));
        if (!again || !(*again == *decoded)) {
            __builtin_trap();
        }
    } else if (decoded.error().detail.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
