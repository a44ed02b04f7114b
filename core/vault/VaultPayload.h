// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/VaultEntry.h"

#include <QList>

#include <cstdint>
#include <span>

// Internal to core/vault: the payload's plaintext, the one place where accounts become JSON and
// back. {"accounts":[{"id","issuer","name","secretBytes","type","algorithm","digits","period",
// "counter","created","updated"},…]}, a NUL byte, then each account's secret bytes in order
// ("secretBytes" long each), so secrets never pass through Qt's JSON classes. A field added to an
// account goes into accountToJson() and entryFromJson() of VaultPayload.cpp, and into docs/VAULT.md.
namespace twostep::vault::payload {

// LimitExceeded over limits::kMaxAccounts or for an issuer or name over limits::kMaxLabelLength.
Status checkEntryBounds(const QList<VaultEntry>& entries);
// The plaintext of `entries` (call checkEntryBounds first).
SecretBytes serialize(const QList<VaultEntry>& entries);
// Strict: CorruptFile for anything but the layout above, LimitExceeded over the bounds.
Result<QList<VaultEntry>> parse(std::span<const std::uint8_t> plain);

} // namespace twostep::vault::payload
