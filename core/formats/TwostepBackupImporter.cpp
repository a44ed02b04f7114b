// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/TwostepBackupImporter.h"

#include "formats/ImportSupport.h"
#include "vault/Vault.h"

#include <QFile>
#include <QTemporaryDir>

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
    // Vault::open works on a path (it locks and may keep backups beside it): give it a private
    // copy. The copy is as encrypted as the backup itself.
    QTemporaryDir dir;
    if (!dir.isValid()) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot create a temporary folder: %1").arg(dir.errorString()));
    }
    const QString path = dir.filePath(QStringLiteral("backup.twostep"));
    QFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(data) != data.size() || !copy.flush()) {
        return makeError(ErrorCode::IoError, QStringLiteral("cannot write a temporary copy of the backup"));
    }
    copy.close();
    auto opened = vault::Vault::open(path, *password);
    if (!opened) {
        return opened.error();
    }
    ImportResult result;
    for (const vault::VaultEntry& entry : opened->entries()) {
        result.accounts.append(entry.account);
    }
    return result;
}

} // namespace twostep::formats
