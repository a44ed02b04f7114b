// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AwsMfaArnEdit.h"

#include "otp/AwsMfaArn.h"

#include <QDateTime>
#include <QHash>

namespace twostep::vault {

SaveOutcome<> setAwsMfaArn(Vault& vault, const QString& id, const QString& arn)
{
    if (!arn.isEmpty()) {
        if (Result<QString> checked = otp::checkedAwsMfaArn(arn); !checked) {
            return checked.error();
        }
    }
    // The time of the user's edit, also when a kept change is written later.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return vault.modify(
        [id, arn, now](QList<VaultEntry>& entries) -> Status {
            if (Status free = checkAwsMfaArnFree(entries, arn, id); !free) {
                return free;
            }
            for (VaultEntry& e : entries) {
                if (e.id == id) {
                    e.account.awsMfaArn = arn;
                    e.updated = now;
                    return {};
                }
            }
            return makeError(ErrorCode::NotFound, QStringLiteral("no account has the id %1").arg(id));
        },
        Vault::SaveFailure::KeepInMemory);
}

Status checkAwsMfaArnFree(const QList<VaultEntry>& entries, const QString& arn, const QString& exceptId)
{
    if (arn.isEmpty()) {
        return {};
    }
    for (const VaultEntry& e : entries) {
        if (e.id != exceptId && otp::awsMfaArn(e.account) == arn) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is already the MFA device ARN of %2 (id %3): an ARN names one account")
                                 .arg(arn, e.account.label(), e.id));
        }
    }
    return {};
}

QList<TakenAwsMfaArn> dropTakenAwsMfaArns(QList<otp::Account>& accounts, const QList<VaultEntry>& entries)
{
    QList<TakenAwsMfaArn> dropped;
    QHash<QString, QString> taken; // ARN -> the label of the account that has it
    for (const VaultEntry& e : entries) {
        if (const QString arn = otp::awsMfaArn(e.account); !arn.isEmpty()) {
            taken.insert(arn, e.account.label());
        }
    }
    for (otp::Account& account : accounts) {
        const QString arn = account.awsMfaArn;
        if (arn.isEmpty()) {
            continue;
        }
        if (const auto owner = taken.constFind(arn); owner != taken.cend()) {
            dropped.append({account.label(), arn, *owner});
            account.awsMfaArn.clear();
            continue;
        }
        taken.insert(arn, account.label());
    }
    return dropped;
}

} // namespace twostep::vault
