// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyringSource.h"

#include "CliModule.h"
#include "VaultAccess.h"
#include "vault/KeyringUnlock.h"

namespace twostep::cli {

Result<std::optional<vault::Vault>> vaultFromKeyring(const QString& path, QString& whyNot)
{
    Result<QStringList> slotIds = vault::Vault::keyringSlotIds(path);
    if (!slotIds) {
        return slotIds.error();
    }
    if (slotIds->isEmpty()) {
        whyNot = QStringLiteral("the vault has no keyring slot");
        return std::optional<vault::Vault>();
    }
    Result<const KeyringModule*> module = keyringModule();
    if (!module) {
        whyNot = module.error().detail;
        return std::optional<vault::Vault>();
    }
    Result<vault::Vault> opened = vault::openWithKeyring(path, (*module)->read);
    if (!opened) {
        const ErrorCause cause = opened.error().cause;
        if (cause != ErrorCause::KeyringHasNoKey && cause != ErrorCause::KeyringUnavailable) {
            return opened.error();
        }
        whyNot = opened.error().detail;
        return std::optional<vault::Vault>();
    }
    warnAboutRollback(*opened);
    return std::optional<vault::Vault>(std::move(opened).value());
}

} // namespace twostep::cli
