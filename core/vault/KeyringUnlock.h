// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"

#include <QString>

#include <functional>

namespace twostep::vault {

// The key of a keyring slot as the desktop keyring gives it (keyring::KeyringStore::read): NotFound
// when the keyring holds none, IoError when it could not be asked. Core has no keyring client.
using KeyringKeyReader = std::function<Result<SecretBytes>(const QString& slotId)>;

// Tries each keyring slot of the vault file at `path` with the key `readKey` gives for it. NotFound
// (cause KeyringHasNoKey) when the file has no keyring slot or no key fits, the keyring's IoError
// when it could not be asked; a damaged file's error comes back as it is.
Result<Vault> openWithKeyring(const QString& path, const KeyringKeyReader& readKey);

} // namespace twostep::vault
