// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace twostep::test {

// The eight accounts of tests/data/samples/README.md, typed in from its table.
const QList<otp::Account>& sampleTable();
// The table's row with that "issuer:name" label; fails the test when there is none.
otp::Account sampleAccount(const QString& label);

QByteArray readSample(const QString& fileName);
// The password of every encrypted sample ("test", as tests/data/samples/README.md says).
const SecretBytes& samplePassword();
QString describe(const otp::Account& account); // every field, secret in base32, for messages

// `count` TOTP accounts "<issuerPrefix>i:useri", each secret `secretSize` bytes of value i + 1:
// enough of them fill several Google Authenticator transfer batches (10 accounts each).
QList<otp::Account> numberedAccounts(int count, const QString& issuerPrefix, std::size_t secretSize);

// A TOTP account as AWS's QR code labels it: issuer "Amazon Web Services", `name` DEVICE@ACCOUNT.
otp::Account awsAccount(const QString& name, const char* base32);

} // namespace twostep::test
