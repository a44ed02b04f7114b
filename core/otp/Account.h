// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/AccountDetails.h"
#include "otp/OtpParameters.h"

#include <QString>

namespace twostep::otp {

// One OTP account as a value: who it is for and how its codes are made.
struct Account
{
    QString issuer;
    QString name;
    SecretBytes secret;
    OtpParameters parameters = OtpParameters::totpDefaults();
    // An AWS account's MFA device ARN as the user set or confirmed it (otp/AwsMfaArn.h); empty: none.
    QString awsMfaArn;
    // Note, groups, favourite and icon (kept by the vault and by Aegis import and export).
    AccountDetails details = {};

    // "Issuer:name", or the name alone when there is no issuer.
    QString label() const;
    bool operator==(const Account&) const = default;
};

// Issuer and name as Twostep keeps them, whatever they came from (a URI, a file, add, rename): the
// ends trimmed of white space, and each run of control characters (C0, DEL, C1, U+2028/U+2029, and
// the bidirectional formatting characters that could reorder what a label shows) replaced by one space, so that every
// account prints on one line and formatting then parsing any format gives it back unchanged.
QString normalizedLabelText(QStringView text);

// "AWS" for "Amazon Web Services": the first letter of each word, for issuers of two or more
// words; empty otherwise. ACCOUNT on the command line and the searches match it.
QString issuerInitials(const QString& issuer);
void normalizeLabel(Account& account);
// The one rule for import, add and rename: an account needs an issuer or a name (InvalidInput
// "it has no name" otherwise).
Status requireName(const Account& account);

// Same secret and same type: what import and add treat as a duplicate.
bool isSameToken(const Account& a, const Account& b);
// Hash and equality of isSameToken over pointers, so that finding duplicates is linear. Seeded by
// Qt per process, so a file cannot choose secrets that collide.
struct TokenHash
{
    std::size_t operator()(const Account* account) const;
};
struct SameToken
{
    bool operator()(const Account* a, const Account* b) const { return isSameToken(*a, *b); }
};

// hotp: the parameters once `codes` codes from counter() on were handed out (counter() + codes).
// The stored counter never passes kMaxCounter, so the code of kMaxCounter itself is never handed
// out. CounterExhausted naming the account and its counter when `codes` would pass it.
Result<OtpParameters> advancedCounter(const Account& account, std::uint64_t codes = 1);

} // namespace twostep::otp
