// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultEntry.h"

#include <QDateTime>
#include <QList>

// Internal to core/vault: which deletions a save records, so that a merge of two copies
// (VaultMerge.h) removes what one side deleted instead of bringing it back. Their JSON is in
// VaultPayload.cpp (payload version 2).
namespace twostep::vault::file {

// The tombstones a save keeps: `kept` plus one dated `now` for each id of `before` that `after`
// no longer holds, minus ids `after` holds again, minus those older than
// limits::kTombstoneDays, the newest limits::kMaxTombstones at most.
QList<Tombstone> tombstonesAfter(QList<Tombstone> kept, const QList<VaultEntry>& before, const QList<VaultEntry>& after,
                                 const QDateTime& now);

} // namespace twostep::vault::file
