// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// A screenshot or photo of OTP QR codes (PNG, JPEG, BMP, GIF, WebP): every otpauth:// and
// otpauth-migration:// code in it, e.g. Google Authenticator's "Transfer accounts" screen.
// Non-OTP and damaged codes are listed as skipped; an image with no OTP code at all is NotFound.
class QrImageImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("qr-image"); }
    QString displayName() const override { return QStringLiteral("QR code image"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray&) const override { return false; }
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
