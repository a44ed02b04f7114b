// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/VaultEntry.h"

#include <QByteArray>

#include <cstdint>

// Internal to core/vault: the vault's Argon2id policy, the bounds a slot's cost must keep.
namespace twostep::vault {

namespace limits {
// A floor against nonsense or downgraded costs, a ceiling so a crafted file cannot exhaust memory
// or hang the unlock.
constexpr std::uint32_t kMinMemoryKiB = 8 * 1024;
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMinIterations = 1;
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMinParallelism = 1;
constexpr std::uint32_t kMaxParallelism = 16;
} // namespace limits

// CorruptFile ("vault file is damaged: Argon2 memory N KiB is outside A to B KiB", and so on)
// when a parameter is outside limits.
Status checkKdfBounds(const KdfParameters& kdf);

// Argon2id(password's exact bytes, salt) → 32-byte slot key, after checkKdfBounds.
Result<SecretBytes> deriveSlotKey(const SecretBytes& password, const QByteArray& salt, const KdfParameters& kdf);

} // namespace twostep::vault
