// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/TwostepBackupImporter.h"

#include "formats/ImportSupport.h"
#include "vault/VaultFile.h"

namespace twostep::formats {

bool TwostepBackupImporter::detect(const QByteArray& data) const
{
    const auto object = support::jsonObjectWithKeys(data, {"format", "version"});
    return object && object->value(QLatin1String("format")).toString() == QLatin1String("twostep-vault");
}

bool TwostepBackupImporter::needsPassword(const QByteArray& data) const
{
    return detect(data);
}

Result<ImportResult> TwostepBackupImporter::read(const QByteArray& data, const SecretBytes* password) const
{
    if (!password) {
        return support::needsPasswordError(displayName());
    }
    Result<vault::file::OpenedVault> opened = vault::file::openVault(data, *password);
    if (!opened) {
        return opened.error();
    }
    ImportResult result;
    for (const vault::VaultEntry& entry : opened->entries) {
        result.accounts.append(entry.account);
    }
    return result;
}

} // namespace twostep::formats
