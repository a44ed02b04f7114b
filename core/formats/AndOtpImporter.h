// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// andOTP: a plain JSON array, or the encrypted .bin ([4-byte big-endian PBKDF2-HMAC-SHA1
// iterations][12-byte salt][12-byte IV][AES-256-GCM ciphertext + tag]), or the old encrypted
// layout of earlier andOTP versions ([12-byte IV][ciphertext + tag], key SHA-256(password)),
// tried when the current one does not open. GCM cannot tell a wrong password from a damaged file:
// both are WrongPassword with a message that says so.
class AndOtpImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("andotp"); }
    QString displayName() const override { return QStringLiteral("andOTP"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
