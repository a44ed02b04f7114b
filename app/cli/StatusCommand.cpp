// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "VaultAccess.h"
#include "vault/ConflictCopies.h"
#include "vault/CopyMerge.h"
#include "vault/Vault.h"

#include <QDir>

namespace twostep::cli {

// `status`: where the vault is and what its file says, without a password.
int runStatus(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Say where the vault is and what its file shows without unlocking it: path, whether it "
                       "exists, size, generation (save counter), keyring slots, backups, and the conflict copies "
                       "a sync tool left beside it (merge them with 'twostep-cli merge FILE')."));
    parser.addOption({QStringLiteral("vault"),
                      QStringLiteral("Vault file (default: TWOSTEP_VAULT or the standard path)."),
                      QStringLiteral("PATH")});
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("status"), arguments, exitCode)) {
        return exitCode;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("status takes no arguments"));
    }
    const QString path = vaultPath(parser);
    Result<vault::VaultFileFacts> facts = vault::inspectVaultFile(path);
    printLine(QStringLiteral("vault: %1").arg(QDir::toNativeSeparators(facts ? facts->path : path)));
    if (!facts) {
        printLine(QStringLiteral("exists: yes"));
        return fail(facts.error());
    }
    printLine(QStringLiteral("exists: %1").arg(facts->exists ? QStringLiteral("yes") : QStringLiteral("no")));
    if (!facts->exists) {
        return kSuccess;
    }
    printLine(QStringLiteral("size: %1 bytes").arg(facts->size));
    printLine(QStringLiteral("generation: %1").arg(facts->generation));
    // Each newer version a rollback replaced, until merged back: later saves do not hide it.
    if (facts->highestGenerationSeen > facts->generation) {
        printLine(QStringLiteral("highest generation seen: %1 (the file went back)").arg(facts->highestGenerationSeen));
    }
    for (const QString& copy : vault::newerCopies(facts->path)) {
        printLine(QStringLiteral("newer copy: %1").arg(QDir::toNativeSeparators(copy)));
    }
    printLine(QStringLiteral("keyring slots: %1").arg(facts->keyringSlots));
    printLine(QStringLiteral("backups: %1 in %2")
                  .arg(facts->backups)
                  .arg(QDir::toNativeSeparators(QFileInfo(facts->path).absolutePath() + QStringLiteral("/backups"))));
    // Each copy a sync tool left: 'twostep-cli merge FILE' merges it (docs/SYNC.md).
    for (const vault::ConflictCopy& copy : vault::findConflictCopies(facts->path)) {
        printLine(QStringLiteral("conflict copy: %1").arg(QDir::toNativeSeparators(copy.path)));
    }
    return kSuccess;
}

} // namespace twostep::cli
