// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

// Internal to core/vault: the deletions a payload of version 2 records, so that a merge of two
// copies (VaultMerge.h) removes what one side deleted instead of bringing it back.
//   {"accounts":[…],"tombstones":[{"deleted":ISO 8601 UTC ms,"id":UUID}],"version":2}
// A payload without "version" is version 1 (no tombstones) and reads as before.
namespace twostep::vault::file {

constexpr int kPayloadVersion = 2;

// The tombstones a save keeps: `kept` plus one dated `now` for each id of `before` that `after`
// no longer holds, minus ids `after` holds again, minus those older than
// limits::kTombstoneDays, the newest limits::kMaxTombstones at most.
QList<Tombstone> tombstonesAfter(QList<Tombstone> kept, const QList<VaultEntry>& before, const QList<VaultEntry>& after,
                                 const QDateTime& now);

// The payload root's "version" and "tombstones" members.
void writeTombstones(QJsonObject& root, const QList<Tombstone>& tombstones);
// CorruptFile naming the bad tombstone, UnsupportedVersion for a payload version above
// kPayloadVersion, LimitExceeded over limits::kMaxTombstones. `liveIds`: the accounts read.
Result<QList<Tombstone>> readTombstones(const QJsonObject& root, const QSet<QString>& liveIds);

} // namespace twostep::vault::file
