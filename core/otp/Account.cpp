// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/Account.h"

namespace twostep::otp {

QString Account::label() const
{
    return issuer.isEmpty() ? name : issuer + QLatin1Char(':') + name;
}

bool isSameToken(const Account& a, const Account& b)
{
    return a.parameters.type() == b.parameters.type() && a.secret == b.secret;
}

Result<OtpParameters> advancedCounter(const Account& account, std::uint64_t codes)
{
    const std::uint64_t counter = account.parameters.counter();
    if (codes > kMaxCounter - counter) {
        return makeError(ErrorCode::CounterExhausted,
                         QStringLiteral("'%1' is at HOTP counter %2: %3 more code(s) would pass the largest counter, "
                                        "%4, and repeat old codes; enroll a new secret with the service")
                             .arg(account.label())
                             .arg(counter)
                             .arg(codes)
                             .arg(kMaxCounter));
    }
    return account.parameters.withCounter(counter + codes);
}

} // namespace twostep::otp
