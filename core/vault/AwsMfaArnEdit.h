// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

namespace twostep::vault {

// Sets (or, with an empty `arn`, clears) the AWS MFA device ARN of account `id`, as the CLI's
// `edit --arn` and the GUI's edit dialog do. `arn` must be empty or pass otp::checkedAwsMfaArn
// (InvalidInput otherwise); NotFound for an unknown id. A change that cannot be saved is kept in
// memory, as Vault::renameAccount's is.
SaveOutcome<> setAwsMfaArn(Vault& vault, const QString& id, const QString& arn);

} // namespace twostep::vault
