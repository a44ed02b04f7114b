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
// Accounts of a batch that were left out are appended to `skipped`, remarks on accounts that were
// read (an issuer parameter that differs from the label) to `notes`, or to `skipped` when `notes`
// is null. Anything else is an InvalidInput error "not an OTP code"; a malformed URI gives its
// parser's error. The batch fields of a transfer URI are added to `batches` when given, so the
// caller can say which batches were not read.
Result<QList<otp::Account>> accountsFromOtpText(QStringView text, QStringList* skipped = nullptr,
                                                QStringList* notes = nullptr, TransferBatches* batches = nullptr);

} // namespace twostep::migration
