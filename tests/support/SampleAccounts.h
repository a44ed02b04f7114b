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
QString describe(const otp::Account& account); // every field, secret in base32, for messages

} // namespace twostep::test
