// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/AwsMfaArnEdit.h"

#include "otp/AwsMfaArn.h"

#include <QDateTime>

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
            for (VaultEntry& e : entries) {
                if (e.id == id) {
                    if (e.account.awsMfaArn != arn) { // the same ARN again: nothing to save
                        e.account.awsMfaArn = arn;
                        e.updated = now;
                    }
                    return {};
                }
            }
            return makeError(ErrorCode::NotFound, QStringLiteral("no account has the id %1").arg(id));
        },
        Vault::SaveFailure::KeepInMemory);
}

} // namespace twostep::vault
