// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "otp/Account.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::formats {

// Plain exports. Their bytes hold every secret in clear text, so they come back as SecretBytes
// (wiped when dropped) and go to disk only through writeExportFile.

// An unencrypted Aegis vault export that Aegis imports: {"version":1, "header":{"slots":null,
// "params":null}, "db":{"version":3, "entries":[…], "groups":[{uuid, name}]}}; each entry has
// type, a random uuid, name, issuer, note, favorite, icon (base64 with icon_mime and icon_hash, or
// null), groups (uuids) and info {secret (base32), algo, digits, period | counter}. Counters are JSON integers, exact
// only up to 2^53 for most readers (Aegis's Java long goes further, Twostep's import does not): an account whose
// counter is above 2^53 is left out, with one line "NAME: left out, WHY" in `leftOut`.
SecretBytes exportAegisJson(const QList<otp::Account>& accounts, QStringList* leftOut = nullptr);
// Why Aegis cannot carry `account`, or empty when it can.
QString aegisExportProblem(const otp::Account& account);

// One canonical otpauth URI per line (otp::formatOtpauthUri), each line ending in '\n'.
SecretBytes exportUriList(const QList<otp::Account>& accounts);

// InvalidInput naming `path` when any entry is there, a dangling symlink included: exports never
// replace one, so callers check before they ask for a password.
Status checkNewExportFile(const QString& path);
// Writes `bytes` to `path` with files::writeFileAtomically (0600 from the first byte, atomic),
// refusing any existing entry (Existing::Refuse), so an export never clobbers a backup nor
// writes through a symlink.
Status writeExportFile(const QString& path, const SecretBytes& bytes);

} // namespace twostep::formats
