// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

namespace twostep::formats {

// Proton Authenticator JSON export, version 1: each entry holds an otpauth (or steam://) URI and
// a name. A password-protected export ({"version":1,"salt":…,"content":…}) is read as Proton's
// source writes it (proton-pass-common, proton-authenticator/src/entry/password_exporter.rs):
// Argon2id v1.3 (19 MiB, 2 passes, 1 lane) of the password and the 16-byte salt gives the key of
// AES-256-GCM over nonce(12) || ciphertext || tag(16), associated data
// "proton.authenticator.export.v1"; the plaintext is the plain export.
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
