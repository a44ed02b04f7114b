// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// FreeOTP+ JSON backup: secrets as signed byte arrays; the stored HOTP counter is one less than
// the next counter to use, so it is incremented on import.
class FreeOtpPlusImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("freeotp-plus"); }
    QString displayName() const override { return QStringLiteral("FreeOTP+"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
