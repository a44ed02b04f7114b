// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliModule.h"
#include "keyring/KeyringStore.h"

namespace {

twostep::Result<twostep::SecretBytes> readKey(const QString& slotId)
{
    return twostep::keyring::KeyringStore().read(slotId);
}

} // namespace

// The desktop keyring (QtKeychain, D-Bus), for `code ACCOUNT` when the vault has a keyring slot.
extern "C" __attribute__((visibility("default"))) const twostep::cli::KeyringModule* twostep_cli_keyring_module()
{
    static const twostep::cli::KeyringModule module{readKey};
    return &module;
}
