// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

namespace twostep::vault {

// Sets (or, with an empty `arn`, clears) the AWS MFA device ARN of account `id`, as the CLI's
// `edit --arn` and the GUI's edit dialog do. `arn` must be empty or pass otp::checkedAwsMfaArn
// (InvalidInput otherwise) and no other account's (checkAwsMfaArnFree); NotFound for an unknown id.
// A change that cannot be saved is kept in memory, as Vault::renameAccount's is.
SaveOutcome<> setAwsMfaArn(Vault& vault, const QString& id, const QString& arn);

// An ARN finds one account (`twostep-cli code ARN`): InvalidInput naming the account other than
// `exceptId` whose MFA device ARN (stored, or derived from its label) is already `arn`.
Status checkAwsMfaArnFree(const QList<VaultEntry>& entries, const QString& arn, const QString& exceptId = {});
// Accounts about to be added (an import, a scan) whose stored ARN an account of `entries`, or one
// before them in `accounts`, already has are added without it; each such account is returned.
struct TakenAwsMfaArn
{
    QString label; // of the account added without the ARN
    QString arn;
    QString owner; // the label of the account that has it
};
QList<TakenAwsMfaArn> dropTakenAwsMfaArns(QList<otp::Account>& accounts, const QList<VaultEntry>& entries);

} // namespace twostep::vault
