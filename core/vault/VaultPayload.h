// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/VaultEntry.h"

#include <QJsonObject>
#include <QList>
#include <QSet>

#include <cstdint>
#include <span>

// Internal to core/vault: the payload's plaintext, the one place where accounts become JSON and
// back. {"accounts":[{"id","issuer","name","secretBytes","type","algorithm","digits","period",
// "counter","created","updated", and when set "awsMfaArn","note","groups","favorite","iconMime",
// "iconBytes","useCount","lastUsed"},…],"tombstones":[{"deleted","id"},…],"version":3}, a NUL
// byte, then each account's secret bytes ("secretBytes" long) followed by its icon's bytes
// ("iconBytes" long, none when absent), account by account, so secrets never pass through Qt's
// JSON classes and icons are not base64 twice. A field added to an
// account goes into accountToJson() and entryFromJson() of VaultPayload.cpp, and into docs/VAULT.md.
// A payload without "version" is version 1 (no tombstones) and reads as before; version 2 has no
// details or usage, which read as none.
namespace twostep::vault::payload {

constexpr int kPayloadVersion = 3;

// LimitExceeded over limits::kMaxAccounts or for an issuer or name over limits::kMaxLabelLength.
Status checkEntryBounds(const QList<VaultEntry>& entries);
// The plaintext of `entries` and `tombstones` (call checkEntryBounds first).
SecretBytes serialize(const QList<VaultEntry>& entries, const QList<Tombstone>& tombstones = {});
// Strict: CorruptFile for anything but the layout above, LimitExceeded over the bounds. The
// tombstones go to `tombstones` when given.
Result<QList<VaultEntry>> parse(std::span<const std::uint8_t> plain, QList<Tombstone>* tombstones = nullptr);
// The root's "version" and "tombstones": CorruptFile naming the bad tombstone, UnsupportedVersion
// above kPayloadVersion, LimitExceeded over limits::kMaxTombstones. `liveIds`: the accounts read.
Result<QList<Tombstone>> readTombstones(const QJsonObject& root, const QSet<QString>& liveIds);

} // namespace twostep::vault::payload
