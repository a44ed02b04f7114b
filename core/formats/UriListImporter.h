// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Text with one otpauth:// or otpauth-migration:// URI per line (Ente Auth, Google Authenticator
// transfer text, WinAuth, hand-made lists); blank lines and lines starting with '#' are skipped.
// A line that is neither is CorruptFile naming its line number.
class UriListImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("uri-list"); }
    QString displayName() const override { return QStringLiteral("otpauth URI list"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
