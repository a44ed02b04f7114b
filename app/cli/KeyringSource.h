// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/Vault.h"

#include <QString>

#include <optional>

namespace twostep::cli {

// The keyring slot ("Remember on this computer") as the second source of `code ACCOUNT`: the vault
// at `path` unlocked with the key the desktop keyring holds (the keyring module, loaded only when
// the vault has a keyring slot), or nullopt with `whyNot` set when it has none, the keyring holds
// no key that fits or cannot be asked. An error is final: a damaged vault file.
Result<std::optional<vault::Vault>> vaultFromKeyring(const QString& path, QString& whyNot);

} // namespace twostep::cli
