// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsMfaArnOption.h"
#include "CliCommon.h"
#include "Commands.h"
#include "VaultAccess.h"
#include "formats/Intake.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"
#include "vault/Vault.h"

namespace twostep::cli {

namespace {

using vault::Vault;
using vault::VaultEntry;

// The texts of every QR code in a screenshot; NotFound before any password is asked when none is an OTP code.
Result<QStringList> textsFromImage(const QString& path)
{
    Result<QList<qr::ScannedCode>> codes = qr::scanImageFile(path);
    if (!codes) {
        return codes.error();
    }
    QStringList texts;
    bool sawOtp = false;
    for (qr::ScannedCode& code : *codes) {
        sawOtp = sawOtp || code.isOtp;
        texts.append(std::move(code.text));
    }
    if (!sawOtp) {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no OTP QR code found").arg(path));
    }
    return texts;
}

// --uri, or --secret with its parameters; --issuer and --name name it (and override a URI's).
Result<otp::Account> accountToAdd(const QCommandLineParser& parser)
{
    Result<otp::Account> account = accountFromOptions(parser);
    if (!account) {
        return account.error();
    }
    if (parser.isSet(QStringLiteral("issuer"))) {
        account->issuer = parser.value(QStringLiteral("issuer"));
    }
    if (parser.isSet(QStringLiteral("name"))) {
        account->name = parser.value(QStringLiteral("name"));
    }
    otp::normalizeLabel(*account);
    if (Status hasName = otp::requireName(*account); !hasName) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1: give the account a --name (and usually an --issuer)").arg(hasName.error().detail));
    }
    return account;
}

QList<otp::Account> accountsOf(const QList<VaultEntry>& entries)
{
    QList<otp::Account> accounts;
    accounts.reserve(entries.size());
    for (const VaultEntry& entry : entries) {
        accounts.append(entry.account);
    }
    return accounts;
}

// The plan's words on stderr, as the add and import dialogs show them; the new accounts to add.
Result<QList<otp::Account>> reportPlan(const formats::IntakePlan& plan, const QString& path,
                                       const QList<VaultEntry>& entries)
{
    const QString source = path.isEmpty() ? QString() : path + QStringLiteral(": ");
    for (const formats::RejectedText& rejected : plan.rejected) {
        printNote(QStringLiteral("skipped: %1QR code %2: %3")
                      .arg(source)
                      .arg(rejected.text + 1)
                      .arg(formats::reasonText(rejected)));
    }
    printNotes(QStringLiteral("skipped: ") + source, plan.accounts.skipped);
    printNotes(QStringLiteral("note: ") + source, plan.accounts.notes);
    printMissingBatches(plan.accounts.missingBatches);
    const QList<formats::PlannedAccount>& items = plan.accounts.items;
    if (items.size() == 1 && items.first().status == formats::PlannedAccount::Status::Duplicate) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(items.first().account.label(),
                                                                               formats::reasonText(items.first())));
    }
    for (const formats::PlannedAccount& item : items) {
        if (item.status != formats::PlannedAccount::Status::New) {
            printNote(QStringLiteral("skipped: %1: %2").arg(item.account.label(), formats::reasonText(item)));
        } else if (item.sameLabelAs >= 0) {
            printNote(QStringLiteral("note: %1: %2 (id %3)")
                          .arg(item.account.label(), formats::reasonText(item), entries.at(item.sameLabelAs).id));
        }
    }
    if (items.isEmpty() && !plan.rejected.isEmpty()) {
        const formats::RejectedText& first = plan.rejected.constFirst();
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1QR code %2: %3").arg(source).arg(first.text + 1).arg(reasonText(first)));
    }
    QList<otp::Account> fresh = plan.newAccounts();
    if (fresh.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("every account found is already in the vault"));
    }
    return fresh;
}

} // namespace

int runAdd(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Add an account: from --uri, from --secret with --issuer and --name, or every OTP QR code of a "
                       "screenshot with --image. Prints each new account's id."));
    addVaultOptions(parser);
    addOtpOptions(parser);
    parser.addOptions({
        {QStringLiteral("issuer"), QStringLiteral("Who issued it, e.g. \"Amazon Web Services\"."),
         QStringLiteral("TEXT")},
        {QStringLiteral("name"), QStringLiteral("The account name, e.g. \"alice@123456789012\"."),
         QStringLiteral("TEXT")},
        {QStringLiteral("image"), QStringLiteral("A screenshot or photo: add every OTP QR code in it."),
         QStringLiteral("FILE")},
    });
    addArnOption(parser);
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("add"), arguments, 0, exitCode)) {
        return exitCode;
    }
    const int sources = int(parser.isSet(QStringLiteral("uri"))) + int(parser.isSet(QStringLiteral("secret"))) +
                        int(parser.isSet(QStringLiteral("image")));
    if (sources != 1) {
        return fail(
            makeError(ErrorCode::InvalidInput, QStringLiteral("add needs exactly one of --uri, --secret or --image")));
    }
    const bool fromImage = parser.isSet(QStringLiteral("image"));
    const QString image = parser.value(QStringLiteral("image"));
    if (fromImage && (parser.isSet(QStringLiteral("issuer")) || parser.isSet(QStringLiteral("name")))) {
        return fail(makeError(ErrorCode::InvalidInput,
                              QStringLiteral("--image takes issuer and name from the QR codes; rename afterwards")));
    }
    Result<QStringList> texts = fromImage ? textsFromImage(image) : Result<QStringList>(QStringList());
    if (!texts) {
        return fail(texts.error());
    }
    Result<otp::Account> typed = fromImage ? Result<otp::Account>(otp::Account()) : accountToAdd(parser);
    if (!typed) {
        return fail(typed.error());
    }
    Result<Vault> opened = openVault(parser);
    if (!opened) {
        return fail(opened.error());
    }
    // A screenshot goes through the intake; a typed account meets the same duplicate rules.
    const QList<otp::Account> known = accountsOf(opened->entries());
    formats::IntakePlan plan;
    if (!fromImage) {
        formats::ImportResult one;
        one.accounts.append(std::move(typed).value());
        plan.accounts = formats::planImport(std::move(one), known);
    } else {
        plan = formats::planIntake(*texts, known);
    }
    Result<QList<otp::Account>> fresh = reportPlan(plan, image, opened->entries());
    if (!fresh) {
        return fail(fresh.error());
    }
    if (Status arn = applyArnOption(parser, *fresh, opened->entries()); !arn) {
        return fail(arn.error());
    }
    vault::SaveOutcome<QList<VaultEntry>> added = opened->addAccounts(*fresh);
    if (!added) {
        return fail(added.error());
    }
    for (const VaultEntry& entry : *added) {
        printLine(entry.id);
        printNote(QStringLiteral("added %1").arg(entry.account.label()));
    }
    return kSuccess;
}

} // namespace twostep::cli
