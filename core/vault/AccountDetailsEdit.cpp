// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountDetailsEdit.h"

namespace twostep::vault {

SaveOutcome<> setAccountDetails(Vault& vault, const QString& id, const otp::AccountDetails& details)
{
    otp::AccountDetails normalized = details;
    normalized.groups = otp::normalizedGroups(details.groups);
    if (Status checked = otp::checkDetails(normalized); !checked) {
        return checked.error();
    }
    // The time of the user's edit, also when a kept change is written later.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return vault.modify(
        [id, normalized, now](QList<VaultEntry>& entries) -> Status {
            for (VaultEntry& e : entries) {
                if (e.id == id) {
                    e.account.details = normalized;
                    e.updated = now;
                    return {};
                }
            }
            return makeError(ErrorCode::NotFound, QStringLiteral("no account has the id %1").arg(id));
        },
        Vault::SaveFailure::KeepInMemory);
}

SaveOutcome<> setAccountIcons(Vault& vault, const QHash<QString, otp::AccountIcon>& icons)
{
    for (const otp::AccountIcon& icon : icons) {
        if (Result<otp::AccountIcon> checked = otp::makeIcon(icon.data, icon.mimeType); !checked) {
            return checked.error();
        }
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return vault.modify(
        [icons, now](QList<VaultEntry>& entries) -> Status {
            for (VaultEntry& e : entries) {
                const auto found = icons.constFind(e.id);
                if (found != icons.cend()) {
                    e.account.details.icon = *found;
                    e.updated = now;
                }
            }
            return {};
        },
        Vault::SaveFailure::KeepInMemory);
}

SaveOutcome<> recordUses(Vault& vault, const QHash<QString, qint64>& uses, const QDateTime& when)
{
    const QDateTime utc = when.toUTC();
    return vault.modify(
        [uses, utc](QList<VaultEntry>& entries) -> Status {
            for (VaultEntry& e : entries) {
                const qint64 count = uses.value(e.id);
                if (count > 0) {
                    e.useCount += count;
                    e.lastUsed = utc;
                }
            }
            return {};
        },
        Vault::SaveFailure::Discard);
}

} // namespace twostep::vault
