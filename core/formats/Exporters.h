// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/Account.h"

#include <QList>
#include <QString>

namespace twostep::formats {

// Plain exports. Their bytes hold every secret in clear text, so they come back as SecretBytes
// (wiped when dropped) and go to disk only through writeExportFile.

// An unencrypted Aegis vault export that Aegis imports: {"version":1, "header":{"slots":null,
// "params":null}, "db":{"version":3, "entries":[…], "groups":[]}}; each entry has type, a random
// uuid, name, issuer, note, favorite, icon null, groups [] and info {secret (base32), algo,
// digits, period | counter}.
SecretBytes exportAegisJson(const QList<otp::Account>& accounts);

// One canonical otpauth URI per line (otp::formatOtpauthUri), each line ending in '\n'.
SecretBytes exportUriList(const QList<otp::Account>& accounts);

// IoError naming `path` when a file is there: exports never replace one, so callers check
// before they ask for a password.
Status checkNewExportFile(const QString& path);
// Writes `bytes` to `path` atomically (QSaveFile) with mode 0600 set before the first byte.
// Refuses to replace an existing file (checkNewExportFile), so an export never clobbers a backup.
Status writeExportFile(const QString& path, const SecretBytes& bytes);

} // namespace twostep::formats
