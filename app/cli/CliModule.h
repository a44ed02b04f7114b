// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"

#include <QString>
#include <QStringList>

// Parts of twostep-cli loaded only by the commands that need them, so that `code` loads neither
// image nor format libraries nor D-Bus: twostep-cli-transfer.so (add, import, export, qr, scan)
// and twostep-cli-keyring.so (the desktop keyring). They are built from the same sources as the
// binary and installed with it (TWOSTEP_CLI_MODULE_DIR, relative to the binary's folder).
namespace twostep::cli {

using KeyringRead = Result<SecretBytes> (*)(const QString& slotId);
struct KeyringModule
{
    KeyringRead read; // keyring::KeyringStore::read of the default service
};

bool isTransferCommand(const QString& command);
// Runs `command` from the transfer module; exit 6 when the module cannot be loaded.
int runTransferCommand(const QString& command, const QStringList& arguments);
// The keyring module, loaded on first use; IoError naming the file when it cannot be loaded.
Result<const KeyringModule*> keyringModule();

} // namespace twostep::cli

// The modules' entry points, looked up by name.
extern "C" {
int twostep_cli_transfer_run(const QString& command, const QStringList& arguments);
const twostep::cli::KeyringModule* twostep_cli_keyring_module();
}
