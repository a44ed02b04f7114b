// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "VaultAccess.h"
#include "vault/CopyMerge.h"

#include <QDir>

namespace twostep::cli {

namespace {

void printReport(const vault::merge::Report& report, bool dryRun)
{
    const QString verb = dryRun ? QStringLiteral("would ") : QString();
    for (const vault::merge::ReportItem& item : report.added) {
        printLine(QStringLiteral("%1add %2").arg(verb, item.label));
    }
    for (const vault::merge::ReportItem& item : report.updated) {
        printLine(QStringLiteral("%1update %2").arg(verb, item.label));
    }
    for (const vault::merge::ReportItem& item : report.removed) {
        printLine(QStringLiteral("%1remove %2").arg(verb, item.label));
    }
    for (const vault::merge::LikelyDuplicate& pair : report.flagged) {
        printLine(QStringLiteral("flag %1 (likely the same account as %2: both kept)")
                      .arg(pair.theirs.label, pair.ours.label));
    }
}

// Truthful also when the copy holds accounts deleted here since: the vault has every change of it.
QString nothingToMerge(const QString& copyPath, const vault::merge::Report& report)
{
    const QString deleted =
        report.deletedHere.isEmpty()
            ? QString()
            : QStringLiteral(" (%1 of its accounts were deleted here later)").arg(report.deletedHere.size());
    return QStringLiteral("nothing to merge: the vault already has every change of %1%2; nothing was written")
        .arg(QDir::toNativeSeparators(copyPath), deleted);
}

// --forget: the user's explicit "do not merge it"; nothing but the offer changes, so no password.
int forgetNewerCopy(const QString& vaultPath, const QString& copyPath, bool dryRun)
{
    if (dryRun) {
        return usageError(QStringLiteral("--forget and --dry-run do not go together"));
    }
    if (!vault::dismissNewerCopy(vaultPath, copyPath)) {
        return fail(makeError(ErrorCode::InvalidInput,
                              QStringLiteral("%1 is not a newer version a rollback replaced ('twostep-cli status' "
                                             "lists them as 'newer copy: PATH')")
                                  .arg(QDir::toNativeSeparators(copyPath))));
    }
    printNote(QStringLiteral("%1 is no longer offered for merging; it stays in backups/ until pruned")
                  .arg(QDir::toNativeSeparators(copyPath)));
    return kSuccess;
}

// The copy opens with the vault's password unless its password was changed apart: then the
// copy's own is asked for (the next line with --password-stdin).
Result<vault::OtherCopy> readCopy(const QString& path, const SecretBytes& vaultPassword, PasswordReader& reader)
{
    Result<vault::OtherCopy> copy = vault::readOtherCopy(path, vaultPassword);
    if (copy || copy.error().code != ErrorCode::WrongPassword) {
        return copy;
    }
    Result<SecretBytes> password =
        reader.read(QStringLiteral("Password of the copy %1 (changed apart)").arg(QDir::toNativeSeparators(path)));
    if (!password) {
        return password.error();
    }
    return vault::readOtherCopy(path, *password);
}

} // namespace

int runMerge(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Merge another copy of the vault (a sync tool's conflict copy, a backup) into it: accounts only in FILE are "
        "added, ones both hold keep the later change, ones deleted in FILE after their last change here are "
        "removed, and the same secret under two ids is flagged, both kept. Prints what it adds, updates, removes "
        "and flags, then does it in one save; both versions stay under backups/. When FILE has another password "
        "it is asked for (the second line with --password-stdin)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The other copy of the vault."));
    addVaultOptions(parser);
    parser.addOption({QStringLiteral("dry-run"), QStringLiteral("Show what the merge would change; change nothing.")});
    parser.addOption(
        {QStringLiteral("forget"),
         QStringLiteral("Stop offering FILE, a newer version a rollback replaced, without merging it "
                        "(its accounts stay out of the vault; the file stays in backups/ until pruned).")});
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("merge"), arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("merge needs exactly one FILE"));
    }
    const QString copyPath = parser.positionalArguments().constFirst();
    const QString path = vaultPath(parser);
    if (!vault::Vault::exists(path)) {
        return fail(makeError(
            ErrorCode::IoError,
            QStringLiteral("no vault at %1; create one with 'twostep-cli init'").arg(QDir::toNativeSeparators(path))));
    }
    if (parser.isSet(QStringLiteral("forget"))) {
        return forgetNewerCopy(path, copyPath, parser.isSet(QStringLiteral("dry-run")));
    }
    // Before any password: the vault itself (also through a link) and a missing FILE are refused.
    if (Status checked = vault::checkOtherCopyPath(copyPath, path); !checked) {
        return fail(checked.error());
    }
    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    Result<SecretBytes> password =
        reader.read(QStringLiteral("Vault password of %1").arg(QDir::toNativeSeparators(path)));
    if (!password) {
        return fail(password.error());
    }
    Result<vault::Vault> opened = vault::Vault::open(path, *password);
    if (!opened) {
        return fail(namingVaultFile(opened.error(), path));
    }
    warnAboutRollback(*opened);
    Result<vault::OtherCopy> copy = readCopy(copyPath, *password, reader);
    if (!copy) {
        return fail(copy.error());
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (dryRun) {
        const vault::merge::Report preview = vault::previewMerge(*opened, *copy);
        printReport(preview, true);
        printNote(preview.changesNothing() ? nothingToMerge(copyPath, preview)
                                           : QStringLiteral("dry run: nothing was written"));
        return kSuccess;
    }
    Result<vault::merge::Report> merged = vault::mergeCopy(*opened, *copy);
    if (!merged) {
        return fail(merged.error());
    }
    if (merged->changesNothing()) {
        printNote(nothingToMerge(copyPath, *merged));
        return kSuccess;
    }
    printReport(*merged, false);
    printNote(QStringLiteral("merged %1: %2 added, %3 updated, %4 removed, %5 flagged")
                  .arg(QDir::toNativeSeparators(copyPath))
                  .arg(merged->added.size())
                  .arg(merged->updated.size())
                  .arg(merged->removed.size())
                  .arg(merged->flagged.size()));
    return kSuccess;
}

} // namespace twostep::cli
