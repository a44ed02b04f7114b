// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PasswordReader.h"
#include "common/Result.h"
#include "vault/Vault.h"

#include <QCommandLineParser>

namespace twostep::cli {

// --vault PATH and --password-stdin: every command that opens the vault takes both.
void addVaultOptions(QCommandLineParser& parser);
// --vault, else TWOSTEP_VAULT, else the default path (moving a vault from the old place first).
QString vaultPath(const QCommandLineParser& parser);
// The vault of --vault/TWOSTEP_VAULT/the standard path, unlocked with a password from `reader`.
// IoError (with a hint to run init) when there is no vault file. The terminal prompt names the
// vault and, when given, the ACCOUNT the command is for.
Result<vault::Vault> openVault(const QCommandLineParser& parser, PasswordReader& reader, const QString& account = {});
Result<vault::Vault> openVault(const QCommandLineParser& parser);
// A rollback the vault noticed (Vault::takeRollback), as a warning on stderr.
void warnAboutRollback(vault::Vault& vault);

// The unlocked vault and the entry that the first positional ACCOUNT argument names.
struct VaultAccount
{
    vault::Vault vault;
    vault::VaultEntry entry;
};
Result<VaultAccount> openVaultAccount(const QCommandLineParser& parser);
// The same from a vault opened otherwise (the keyring).
Result<VaultAccount> vaultAccount(vault::Vault opened, const QCommandLineParser& parser);

} // namespace twostep::cli
