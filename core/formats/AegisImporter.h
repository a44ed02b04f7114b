// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"

#include <QJsonObject>

namespace twostep::formats {

// Aegis vault export, plain or encrypted (docs/FORMATS.md): password slots derive a key with
// scrypt and unwrap the master key with AES-256-GCM; the master key decrypts `db`. No slot
// opening is WrongPassword; a slot that opens but a `db` that fails authentication is
// CorruptFile. mOTP and Yandex entries are left out with a warning.
class AegisImporter final : public Importer
{
public:
    QString name() const override { return QStringLiteral("aegis"); }
    QString displayName() const override { return QStringLiteral("Aegis"); }
    bool detect(const QByteArray& data) const override;
    bool needsPassword(const QByteArray& data) const override;
    Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const override;

    // The decrypted `db` object (shared with tests that check the exporter against it).
    static Result<ImportResult> readDatabase(const QJsonObject& db);
};

} // namespace twostep::formats
