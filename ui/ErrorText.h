// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "migration/TransferBatches.h"

#include <QString>

namespace twostep::ui {

// The one place where an ErrorCode becomes a sentence for the user (translated); the core's
// English detail follows it so the user still learns what exactly was wrong.
QString errorTitle(ErrorCode code);
// The error's typed cause (a full disk, a read-only file system...) as a translated phrase; empty
// for ErrorCause::None and the keyring's causes (KeyringStore::errorText words those).
QString errorCause(const Error& error);
// The detail, led by the translated cause when the user's language is not English.
QString errorDetail(const Error& error);
// The title, then the detail on its own line.
QString errorText(const Error& error);

// "Batches 2 and 3 of 3 of a Google Authenticator transfer export are missing…", one line per
// export read only in part; empty when nothing is missing.
QString missingBatchesText(const QList<migration::MissingBatches>& missing);

} // namespace twostep::ui
