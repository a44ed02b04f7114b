// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Stratum's plain JSON backup (Authenticators with numeric Type and Algorithm codes). An encrypted
// backup is recognised by its header and refused (Unsupported) with a message naming it.
class StratumImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("stratum"); }
    QString displayName() const override { return QStringLiteral("Stratum"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;
};

} // namespace twostep::formats
