// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>

namespace twostep::test {

// Account `i` of a test set: a random 20-byte secret, issuer "Issuer i", name "user-i@example.com".
otp::Account makeAccount(int i);
QList<otp::Account> makeAccounts(int count);
SecretBytes password(const char* utf8 = "correct horse battery staple");
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);

} // namespace twostep::test
