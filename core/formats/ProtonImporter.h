// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Proton Authenticator JSON export, version 1: each entry holds an otpauth (or steam://) URI.
class ProtonImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("proton"); }
    QString displayName() const override { return QStringLiteral("Proton Authenticator"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
