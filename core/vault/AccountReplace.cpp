// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AccountReplace.h"

#include <QDateTime>
#include <QUuid>

namespace twostep::vault {

SaveOutcome<QList<VaultEntry>> addAccountsReplacing(Vault& vault, const QList<otp::Account>& accounts,
                                                    const QStringList& replacedIds)
{
    QList<VaultEntry> added;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const otp::Account& account : accounts) {
        if (account.secret.empty()) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("account '%1' has an empty secret").arg(account.label()));
        }
        added.append(VaultEntry{QUuid::createUuid().toString(QUuid::WithoutBraces), account, now, now});
        otp::normalizeLabel(added.last().account);
    }
    const SaveOutcome<> saved = vault.modify(
        [added, replacedIds](QList<VaultEntry>& entries) {
            for (qsizetype i = 0; i < added.size(); ++i) {
                const QString replaced = replacedIds.value(i);
                const auto old = std::find_if(entries.begin(), entries.end(), [&replaced](const VaultEntry& entry) {
                    return !replaced.isEmpty() && entry.id == replaced;
                });
                if (old != entries.end()) {
                    *old = added.at(i);
                } else {
                    entries.append(added.at(i));
                }
            }
            return Status{};
        },
        Vault::SaveFailure::KeepInMemory);
    return SaveOutcome<QList<VaultEntry>>(saved, std::move(added));
}

} // namespace twostep::vault
