// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultAccess.h"

#include "CliCommon.h"

#include <QDir>

#include <utility>

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

namespace {

// The default vault's first use after an upgrade moves it from the old place, once per process.
void moveLegacyVaultOnce()
{
    static bool done = false;
    if (std::exchange(done, true)) {
        return;
    }
    Result<std::optional<vault::VaultMove>> moved = vault::moveLegacyVault();
    if (!moved) {
        printError(QStringLiteral("note: ") + moved.error().detail);
    } else if (moved->has_value()) {
        const vault::VaultMove& move = **moved;
        printError(QStringLiteral("note: the vault moved from %1 to %2 (with %3 backups); its place from now on")
                       .arg(QDir::toNativeSeparators(move.from), QDir::toNativeSeparators(move.to))
                       .arg(move.backupsMoved));
    }
}

} // namespace

QString vaultPath(const QCommandLineParser& parser)
{
    const QString explicitPath = parser.value(QStringLiteral("vault"));
    if (explicitPath.isEmpty() && qEnvironmentVariable("TWOSTEP_VAULT").isEmpty()) {
        moveLegacyVaultOnce();
    }
    return vault::resolveVaultPath(explicitPath);
}

void warnAboutRollback(vault::Vault& vault)
{
    const std::optional<vault::Rollback> rollback = vault.takeRollback();
    if (!rollback) {
        return;
    }
    QString text = QStringLiteral("warning: %1 went back from generation %2 to %3 (an older copy replaced it); ")
                       .arg(QDir::toNativeSeparators(vault.path()))
                       .arg(rollback->newerGeneration)
                       .arg(rollback->fileGeneration);
    text += rollback->newerCopy.isEmpty()
                ? QStringLiteral("no copy of the newer version is left on this computer")
                : QStringLiteral("the newer version is kept as %1; to bring it back, copy it over the vault file")
                      .arg(QDir::toNativeSeparators(rollback->newerCopy));
    printError(text);
}

Result<vault::Vault> openVault(const QCommandLineParser& parser, PasswordReader& reader, const QString& account)
{
    const QString path = vaultPath(parser);
    if (!vault::Vault::exists(path)) {
        return makeError(
            ErrorCode::IoError,
            QStringLiteral("no vault at %1; create one with 'twostep-cli init'").arg(QDir::toNativeSeparators(path)));
    }
    QString prompt = QStringLiteral("Vault password of %1").arg(QDir::toNativeSeparators(path));
    if (!account.isEmpty()) {
        prompt += QStringLiteral(" (for %1)").arg(account);
    }
    Result<SecretBytes> password = reader.read(prompt);
    if (!password) {
        return password.error();
    }
    Result<vault::Vault> opened = vault::Vault::open(path, *password);
    if (opened) {
        warnAboutRollback(*opened);
    }
    return opened;
}

Result<vault::Vault> openVault(const QCommandLineParser& parser)
{
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    return openVault(parser, reader);
}

Result<VaultAccount> openVaultAccount(const QCommandLineParser& parser)
{
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    Result<vault::Vault> opened = openVault(parser, reader, parser.positionalArguments().value(0));
    if (!opened) {
        return opened.error();
    }
    return vaultAccount(std::move(opened).value(), parser);
}

Result<VaultAccount> vaultAccount(vault::Vault opened, const QCommandLineParser& parser)
{
    Result<vault::VaultEntry> found = opened.find(parser.positionalArguments().value(0));
    if (!found) {
        return found.error();
    }
    return VaultAccount{std::move(opened), std::move(found).value()};
}

} // namespace twostep::cli
