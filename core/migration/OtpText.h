// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "migration/TransferBatches.h"
#include "otp/Account.h"

#include <QList>
#include <QStringList>
#include <QStringView>

namespace twostep::migration {

// One text as it comes from a QR code, the clipboard or a line of a file: an otpauth:// URI
// (one account) or an otpauth-migration:// URI (a batch). Surrounding whitespace is ignored.
// Warnings of the parsers are appended to `warnings` when given. Anything else is an InvalidInput
// error "not an OTP code"; a malformed URI gives its parser's error. The batch fields of a transfer
// URI are added to `batches` when given, so the caller can say which batches were not read.
Result<QList<otp::Account>> accountsFromOtpText(QStringView text, QStringList* warnings = nullptr,
                                                TransferBatches* batches = nullptr);

} // namespace twostep::migration
