// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"

#include <QByteArray>
#include <QString>

namespace twostep::test {

// 2026-01-01T00:00:00Z; expected codes from `oathtool --totp -b SECRET --now "2026-01-01 00:00:00 UTC"`.
constexpr long long kNewYear = 1767225600;

QByteArray readInput(const QString& name); // tests/data/inputs: files modelled on other apps' bug reports
QString codeAt(const otp::Account& account, long long unixTime);
QString secretOf(const otp::Account& account); // base32, unpadded

// Issuer and name of one imported account, as the file's app shows them.
void checkLabel(const otp::Account& account, const char* issuer, const char* name);
// The same, and its code at kNewYear.
void checkAccount(const otp::Account& account, const char* issuer, const char* name, const char* code);

} // namespace twostep::test
