// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Vault.h"

#include <QStringList>

namespace twostep::vault {

// Adds `accounts` in one save; accounts[i] takes the place (and list position) of the entry whose
// id is replacedIds[i], when that id is non-empty and still in the vault, else it is appended. A
// redone enrollment replaces the old row this way: the replaced entry gets a tombstone, and the
// file version before the save stays under backups/ as after every save. replacedIds may be
// shorter than `accounts`. A change that cannot be saved is kept in memory, as addAccounts's is.
SaveOutcome<QList<VaultEntry>> addAccountsReplacing(Vault& vault, const QList<otp::Account>& accounts,
                                                    const QStringList& replacedIds);

} // namespace twostep::vault
