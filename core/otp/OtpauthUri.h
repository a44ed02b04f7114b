// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"

#include <QString>
#include <QStringList>

namespace twostep::otp {

struct ParsedUri
{
    Account account;
    QStringList warnings; // e.g. a label prefix that disagrees with the issuer parameter
};

// Google's Key Uri Format: otpauth://TYPE/LABEL?secret=…&issuer=…&algorithm=…&digits=…&period=…&counter=…
// TYPE is totp, hotp or steam (also totp with encoder=steam, or issuer Steam). The label may be
// missing (otpauth://totp?secret=…). It is percent-decoded; its issuer prefix is the issuer
// parameter when the label starts with it and ':' (the issuer may hold ':' itself), otherwise
// everything before the first ':'; spaces after the prefix are trimmed. Query values are
// form-decoded ('+' is a space). The issuer parameter wins over the label prefix. Parameter names
// and algorithm values are case-insensitive; unknown parameters are ignored; a parameter given
// twice with different values is an error; `image` is never fetched. Issuer and name come out
// normalised (normalizedLabelText); a URI with neither is parsed (an item may name it).
// Errors (InvalidInput) name the parameter and why.
Result<ParsedUri> parseOtpauthUri(QStringView uri);

// Canonical form: label and values percent-encoded with %20 for spaces, every parameter written
// (issuer only when non-empty). parseOtpauthUri(formatOtpauthUri(a)).account == a.
QString formatOtpauthUri(const Account& account);

bool isOtpauthUri(QStringView text);   // otpauth://
bool isMigrationUri(QStringView text); // otpauth-migration://

} // namespace twostep::otp
