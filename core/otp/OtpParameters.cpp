// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpParameters.h"

namespace twostep::otp {

QString typeName(OtpType type)
{
    switch (type) {
    case OtpType::Totp:
        return QStringLiteral("totp");
    case OtpType::Hotp:
        return QStringLiteral("hotp");
    case OtpType::Steam:
        return QStringLiteral("steam");
    }
    return {};
}

std::optional<OtpType> typeFromName(QStringView name)
{
    for (OtpType type : {OtpType::Totp, OtpType::Hotp, OtpType::Steam}) {
        if (name.compare(typeName(type), Qt::CaseInsensitive) == 0) {
            return type;
        }
    }
    return std::nullopt;
}

QString algorithmName(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha1:
        return QStringLiteral("SHA1");
    case Algorithm::Sha256:
        return QStringLiteral("SHA256");
    case Algorithm::Sha512:
        return QStringLiteral("SHA512");
    }
    return {};
}

std::optional<Algorithm> algorithmFromName(QStringView name)
{
    QString normalized = name.trimmed().toString().toUpper();
    normalized.remove(QLatin1Char('-'));
    for (Algorithm algorithm : {Algorithm::Sha1, Algorithm::Sha256, Algorithm::Sha512}) {
        if (normalized == algorithmName(algorithm)) {
            return algorithm;
        }
    }
    return std::nullopt;
}

Result<OtpParameters> OtpParameters::create(OtpType type, Algorithm algorithm, int digits, std::int64_t period,
                                            std::uint64_t counter)
{
    if (type == OtpType::Steam) {
        if (digits != kSteamDigits) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Steam codes have 5 characters, not %1").arg(digits));
        }
        if (algorithm != Algorithm::Sha1) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("Steam codes use SHA1, not %1").arg(algorithmName(algorithm)));
        }
    } else if (digits < kMinDigits || digits > kMaxDigits) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("digits must be between %1 and %2, not %3").arg(kMinDigits).arg(kMaxDigits).arg(digits));
    }
    if (type != OtpType::Hotp && period <= 0) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period must be a positive number of seconds, not %1").arg(period));
    }
    OtpParameters parameters;
    parameters.m_type = type;
    parameters.m_algorithm = algorithm;
    parameters.m_digits = digits;
    parameters.m_period = type == OtpType::Hotp ? kDefaultPeriod : period;
    parameters.m_counter = type == OtpType::Hotp ? counter : 0;
    return parameters;
}

OtpParameters OtpParameters::totpDefaults()
{
    return OtpParameters();
}

OtpParameters OtpParameters::steamDefaults()
{
    OtpParameters parameters;
    parameters.m_type = OtpType::Steam;
    parameters.m_digits = kSteamDigits;
    return parameters;
}

OtpParameters OtpParameters::withCounter(std::uint64_t counter) const
{
    OtpParameters copy = *this;
    if (m_type == OtpType::Hotp) {
        copy.m_counter = counter;
    }
    return copy;
}

} // namespace twostep::otp
