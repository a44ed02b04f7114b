// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// 2FAS backup, schema 1 to 4, plain or encrypted (PBKDF2-HMAC-SHA256, 10,000 iterations,
// AES-256-GCM). The encrypted `reference` is opened first, so a wrong password (WrongPassword)
// and damaged services (CorruptFile) are told apart.
class TwoFasImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("2fas"); }
    QString displayName() const override { return QStringLiteral("2FAS"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
