// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "otp/Account.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::migration {

// The accounts of one Google Authenticator "Transfer accounts" QR and its batch fields.
struct MigrationBatch
{
    QList<otp::Account> accounts;
    int version = 0;
    int batchSize = 0;
    int batchIndex = 0;
    int batchId = 0;
    QStringList warnings; // accounts left out (MD5, unknown enum values, empty secret), by name
};

// Parses `otpauth-migration://offline?data=…`: percent-decoding that keeps '+' (a space in the
// value is read back as '+'), standard or URL-safe base64 with optional padding, then the
// protobuf MigrationPayload (docs/FORMATS.md). Unspecified algorithm/digits/type read as
// SHA1/6/TOTP; a name "issuer:account" with no issuer is split like an otpauth label.
// Errors (InvalidInput) for a wrong scheme, a missing data parameter, bad base64, a payload that
// does not parse, or one that yields no account.
Result<MigrationBatch> parseMigrationUri(QStringView uri);

struct MigrationExport
{
    QStringList uris;     // one otpauth-migration URI per QR, in batch order
    QStringList warnings; // one line per account left out, naming it and why
    int accountCount = 0; // accounts the URIs hold
};

// Writes `accounts` as transfer URIs that Google Authenticator imports: version 1, at most 10
// accounts per URI, one random batch_id shared by all. The format has no period and only 6 or 8
// digits, so Steam accounts, periods other than 30 s and other digit counts are left out with a
// warning instead of being exported with wrong parameters; so is an account too long for a QR
// code even alone (kMaxQrUriBytes), and a URI holds fewer accounts when ten would not fit one.
// No exportable account: no URI.
MigrationExport buildMigrationUris(const QList<otp::Account>& accounts);

constexpr int kMaxAccountsPerBatch = 10;
// A QR code (version 40, level M) holds at most 2331 bytes in byte mode; transfer URIs are ASCII.
constexpr qsizetype kMaxQrUriBytes = 2331;

} // namespace twostep::migration
