// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Bitwarden's unencrypted vault export, JSON or CSV: each item's login TOTP field (otpauth URI,
// steam://SECRET or bare base32). Items without one are passwords only and are skipped silently.
// An account-encrypted JSON export is Unsupported.
class BitwardenImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("bitwarden"); }
    QString displayName() const override { return QStringLiteral("Bitwarden"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
