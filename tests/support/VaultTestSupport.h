// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace twostep::test {

// Account `i` of a test set: a random 20-byte secret, issuer "Issuer i", name "user-i@example.com".
otp::Account makeAccount(int i);
QList<otp::Account> makeAccounts(int count);
SecretBytes password(const char* utf8 = "correct horse battery staple");
QByteArray readAll(const QString& path);
void writeAll(const QString& path, const QByteArray& bytes);
QJsonObject rootOf(const QString& path); // the vault file's top-level JSON object

// A new vault at `path` (the cheapest KDF) and two sessions unlocked on it, as two processes would hold it.
struct TwoSessions
{
    Result<vault::Vault> a;
    Result<vault::Vault> b;
};
TwoSessions twoSessions(const QString& path);

// The attack of issue 18: the vault at `path` with the slot list of an older copy spliced in.
void spliceSlots(const QString& path, const QJsonObject& olderRoot);
// Opening failed as damage, naming what: CorruptFile with that detail.
void checkDamaged(const Result<vault::Vault>& opened, const QString& detail);

} // namespace twostep::test
