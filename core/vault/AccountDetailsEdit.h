// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/AccountDetails.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QHash>

namespace twostep::vault {

// Replaces the note, groups, favourite mark and icon of account `id` (an edit: `updated` moves).
// Groups are normalised (otp::normalizedGroups); LimitExceeded or InvalidInput from
// otp::checkDetails; NotFound for an unknown id. Kept in memory when it cannot be saved.
SaveOutcome<> setAccountDetails(Vault& vault, const QString& id, const otp::AccountDetails& details);

// Sets the icon of each account named in `icons` (id -> icon), as an edit; ids no longer in the
// vault are ignored. Kept in memory when it cannot be saved.
SaveOutcome<> setAccountIcons(Vault& vault, const QHash<QString, otp::AccountIcon>& icons);

// Adds `uses` (account id -> codes copied) to the use counts and sets the last use to `when`.
// Not an edit (`updated` stays). Ids no longer in the vault are ignored. A save that fails drops
// the counts (Discard): they only order the list.
SaveOutcome<> recordUses(Vault& vault, const QHash<QString, qint64>& uses, const QDateTime& when);

} // namespace twostep::vault
