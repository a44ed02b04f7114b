// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Twostep's own encrypted backup (vault::writeVaultCopy), opened from its bytes with
// vault::file::openVault (no file is written), so its errors are the vault's: WrongPassword,
// CorruptFile, UnsupportedVersion, LimitExceeded.
class TwostepBackupImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("twostep"); }
    QString displayName() const override { return QStringLiteral("Twostep backup"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
