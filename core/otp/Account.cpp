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

} // namespace twostep::otp
