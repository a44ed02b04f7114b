// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultAccess.h"

#include <QDir>

namespace twostep::cli {

void addVaultOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("vault"), QStringLiteral("Vault file (default: TWOSTEP_VAULT or the standard path)."),
         QStringLiteral("PATH")},
        {QStringLiteral("password-stdin"),
         QStringLiteral("Read passwords from standard input, one line each (the vault's first).")},
    });
}

QString vaultPath(const QCommandLineParser& parser)
{
    return vault::resolveVaultPath(parser.value(QStringLiteral("vault")));
}

Result<vault::Vault> openVault(const QCommandLineParser& parser, PasswordReader& reader)
{
    const QString path = vaultPath(parser);
    if (!vault::Vault::exists(path)) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("no vault at %1; create one with 'twostep-cli init'").arg(QDir::toNativeSeparators(path)));
    }
    Result<SecretBytes> password = reader.read(QStringLiteral("Vault password"));
    if (!password) {
        return password.error();
    }
    return vault::Vault::open(path, *password);
}

Result<vault::Vault> openVault(const QCommandLineParser& parser)
{
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    return openVault(parser, reader);
}

Result<VaultAccount> openVaultAccount(const QCommandLineParser& parser)
{
    Result<vault::Vault> opened = openVault(parser);
    if (!opened) {
        return opened.error();
    }
    Result<vault::VaultEntry> found = opened->find(parser.positionalArguments().value(0));
    if (!found) {
        return found.error();
    }
    return VaultAccount{std::move(opened).value(), std::move(found).value()};
}

} // namespace twostep::cli
