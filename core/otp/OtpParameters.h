// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <optional>

namespace twostep::otp {

enum class OtpType { Totp, Hotp, Steam };
enum class Algorithm { Sha1, Sha256, Sha512 };

constexpr int kMinDigits = 6;
constexpr int kMaxDigits = 10;
constexpr int kSteamDigits = 5;
constexpr int kDefaultDigits = 6;
constexpr std::int64_t kDefaultPeriod = 30;
// RFC 4226 §5.2: the counter is 8 bytes. Wrapping past it to 0 would hand out old codes again.
constexpr std::uint64_t kMaxCounter = std::numeric_limits<std::uint64_t>::max();

// "totp", "hotp", "steam" and "SHA1", "SHA256", "SHA512"; parsing is case-insensitive.
QString typeName(OtpType type);
std::optional<OtpType> typeFromName(QStringView name);
QString algorithmName(Algorithm algorithm);
std::optional<Algorithm> algorithmFromName(QStringView name);

// How codes are computed for one account. Only create() makes one, so an instance is always valid:
// totp: 6–10 digits and a period > 0; hotp: 6–10 digits and a counter; steam: 5 characters, SHA1
// (the period may differ from 30 in files, and is kept).
class OtpParameters final
{
public:
    static Result<OtpParameters> create(OtpType type, Algorithm algorithm, int digits, std::int64_t period,
                                        std::uint64_t counter = 0);
    static OtpParameters totpDefaults(); // SHA1, 6 digits, 30 s
    static OtpParameters steamDefaults();

    OtpType type() const { return m_type; }
    Algorithm algorithm() const { return m_algorithm; }
    int digits() const { return m_digits; }
    std::int64_t period() const { return m_period; }
    std::uint64_t counter() const { return m_counter; } // hotp: the next counter value to use
    bool isTimeBased() const { return m_type != OtpType::Hotp; }

    OtpParameters withCounter(std::uint64_t counter) const;

    bool operator==(const OtpParameters&) const = default;

private:
    OtpParameters() = default;

    OtpType m_type = OtpType::Totp;
    Algorithm m_algorithm = Algorithm::Sha1;
    int m_digits = kDefaultDigits;
    std::int64_t m_period = kDefaultPeriod;
    std::uint64_t m_counter = 0;
};

} // namespace twostep::otp
