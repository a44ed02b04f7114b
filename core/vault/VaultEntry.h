// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "otp/Account.h"

#include <QDateTime>
#include <QString>
#include <QtGlobal>

#include <cstdint>

// The vault's value types and bounds, for every file of core/vault and for the importers, which
// need the bounds but not the Vault itself.
namespace twostep::vault {

// One account as the vault keeps it.
struct VaultEntry
{
    QString id; // random UUID without braces, stable for the account's life
    otp::Account account;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    // How often and when its code was copied: sorts the list by use. Not an edit (`updated` stays);
    // a merge keeps the higher count and the later time of both copies.
    qint64 useCount = 0;
    QDateTime lastUsed = {}; // UTC; invalid: never
    bool operator==(const VaultEntry&) const = default;
};

// An account deleted from the vault: its id and when, no secret (docs/SYNC.md: a merge of two
// copies removes it only when the deletion is newer than the other copy's last update).
struct Tombstone
{
    QString id;
    QDateTime deleted; // UTC
    bool operator==(const Tombstone&) const = default;
};

// Argon2id cost. Values read from a file are bounded before use (VaultKdf.h holds the bounds).
struct KdfParameters
{
    std::uint32_t memoryKiB = 0;
    std::uint32_t iterations = 0;
    std::uint32_t parallelism = 0;
    bool operator==(const KdfParameters&) const = default;
};
// What one vault file may hold; a file over a bound is refused (LimitExceeded) before any key is
// derived. Reasons and arithmetic: docs/VAULT.md, "Bounds".
namespace limits {
constexpr int kMaxPasswordSlots = 8; // Twostep writes one; room for more, each costs a key derivation
constexpr int kMaxKeyringSlots = 8;  // one per computer that remembers the vault
constexpr int kMaxOtherSlots = 8;    // slot kinds of later versions, kept as they are
// Sum of memoryKiB × iterations over the password slots one unlock may try: one slot at the
// per-slot ceiling (1 GiB × 64), so several slots never cost more than the costliest single one.
constexpr std::uint64_t kMaxKdfWorkKiB = std::uint64_t{1024} * 1024 * 64;
constexpr qsizetype kMaxAccounts = 100000;
constexpr qsizetype kMaxLabelLength = 1024;  // UTF-16 units of an issuer or a name
constexpr qsizetype kMaxTombstones = 100000; // deletions recorded, the newest kept
constexpr int kTombstoneDays = 180;          // a deletion is remembered this long for merges
// 100,000 accounts at up to ~470 bytes of account list each (id, times, parameters, a 64-byte
// secret and ~100 bytes of names) plus base64's third: docs/VAULT.md, "Bounds".
constexpr qsizetype kMaxFileSize = qsizetype{64} * 1024 * 1024;
} // namespace limits

KdfParameters defaultKdfParameters();      // calibrated: about 0.5 s on the 2-core reference machine
KdfParameters fastKdfParametersForTests(); // the lowest accepted cost, so tests run quickly

} // namespace twostep::vault
