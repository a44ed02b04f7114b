// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "vault/Vault.h"

#include <QString>

namespace twostep::keyring {

// "Remember on this computer": a vault keyring slot's key kept by the desktop keyring (Secret
// Service or KWallet, through QtKeychain) under `service`, key "vault-key:<slot id>". No widget:
// the window (ui::KeyringStore) and twostep-cli (its keyring module) share it.
// Each call waits for the keyring in a local event loop (it may show the keyring's own unlock
// prompt); callers keep their widgets busy meanwhile. Keys are never logged; copies are wiped.
// Errors: NotFound (no such keyring entry; cause KeyringHasNoKey), IoError (no keyring, access
// denied, time-out; cause KeyringUnavailable, the detail in the keyring's own words).
class KeyringStore
{
public:
    static QString defaultService(); // "io.github.twostep.Twostep"
    explicit KeyringStore(QString service = defaultService());

    Status write(const QString& slotId, const SecretBytes& key) const;
    Result<SecretBytes> read(const QString& slotId) const;
    Status remove(const QString& slotId) const; // a missing entry is not an error

    // Adds a keyring slot to `vault` and stores its key; when the keyring refuses, the slot is
    // removed again so the file never holds a slot whose key went nowhere.
    Status remember(vault::Vault& vault) const;
    // Removes every keyring slot from `vault` and deletes their keyring entries. The first error
    // is returned after trying all of them.
    Status forget(vault::Vault& vault) const;
    // vault::openWithKeyring with this keyring's keys: NotFound when the file has no slot or no
    // slot's key is in the keyring (or fits), IoError when the keyring could not be asked: the
    // caller asks for the password then. A damaged file's error comes back.
    Result<vault::Vault> open(const QString& path) const;

private:
    QString m_service;
};

} // namespace twostep::keyring
