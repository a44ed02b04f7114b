// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QString>

#include <cstdint>
#include <span>

namespace twostep::otp {

// RFC 4648 §6 base32. Decoding is lenient as authenticator apps need: case-insensitive; spaces,
// tabs, hyphens and '=' padding ignored (padding optional). Any other character outside the
// alphabet is an InvalidInput error naming the character and its 1-based position in the input.
// An empty result, or a length that leaves a stray character at the end, is an error too.
Result<SecretBytes> decodeBase32(QStringView text);

// Upper case, without padding (as otpauth URIs carry it) unless `pad` is true.
QString encodeBase32(std::span<const std::uint8_t> bytes, bool pad = false);

} // namespace twostep::otp
