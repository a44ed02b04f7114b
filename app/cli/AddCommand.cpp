// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "VaultAccess.h"
#include "migration/OtpText.h"
#include "otp/OtpauthUri.h"
#include "qr/QrScanner.h"
#include "vault/Vault.h"

#include <algorithm>

namespace twostep::cli {

namespace {

using vault::Vault;
using vault::VaultEntry;

// The accounts `add` was given: --uri, or --secret with its parameters; --issuer and --name
// name it (and override a URI's). An `--image FILE` source (QR scan) belongs here too.
// Every OTP account in a screenshot: otpauth QRs and all accounts of transfer QRs.
Result<QList<otp::Account>> accountsFromImage(const QString& path)
{
    Result<QList<qr::ScannedCode>> codes = qr::scanImageFile(path);
    if (!codes) {
        return codes.error();
    }
    QList<otp::Account> accounts;
    migration::TransferBatches batches;
    for (const qr::ScannedCode& code : std::as_const(*codes)) {
        if (!code.isOtp) {
            printNote(QStringLiteral("skipped: %1: a QR code that is not an OTP code").arg(path));
            continue;
        }
        QStringList skipped;
        QStringList notes;
        Result<QList<otp::Account>> found = migration::accountsFromOtpText(code.text, &skipped, &notes, &batches);
        printNotes(QStringLiteral("skipped: ") + path + QStringLiteral(": "), skipped);
        printNotes(QStringLiteral("note: ") + path + QStringLiteral(": "), notes);
        if (!found) {
            return makeError(found.error().code, QStringLiteral("%1: %2").arg(path, found.error().detail));
        }
        accounts.append(*found);
    }
    printMissingBatches(batches.missing());
    if (accounts.isEmpty()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no OTP QR code found").arg(path));
    }
    return accounts;
}

Result<QList<otp::Account>> accountsToAdd(const QCommandLineParser& parser)
{
    const int sources = int(parser.isSet(QStringLiteral("uri"))) + int(parser.isSet(QStringLiteral("secret"))) +
                        int(parser.isSet(QStringLiteral("image")));
    if (sources != 1) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("add needs exactly one of --uri, --secret or --image"));
    }
    if (parser.isSet(QStringLiteral("image"))) {
        if (parser.isSet(QStringLiteral("issuer")) || parser.isSet(QStringLiteral("name"))) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--image takes issuer and name from the QR codes; rename afterwards"));
        }
        return accountsFromImage(parser.value(QStringLiteral("image")));
    }
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
    return QList<otp::Account>{std::move(account).value()};
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
    int exitCode = kSuccess;
    if (!parseCommand(parser, QStringLiteral("add"), arguments, 0, exitCode)) {
        return exitCode;
    }
    Result<QList<otp::Account>> accounts = accountsToAdd(parser);
    if (!accounts) {
        return fail(accounts.error());
    }
    Result<Vault> opened = openVault(parser);
    if (!opened) {
        return fail(opened.error());
    }
    // A screenshot may show accounts the vault already has: those are skipped with a note; a
    // single --uri or --secret that is already there is an error.
    QList<otp::Account> fresh;
    for (const otp::Account& account : std::as_const(*accounts)) {
        const auto existing = std::find_if(opened->entries().cbegin(), opened->entries().cend(),
                                           [&](const VaultEntry& e) { return otp::isSameToken(e.account, account); });
        const bool repeated = std::any_of(fresh.cbegin(), fresh.cend(),
                                          [&](const otp::Account& a) { return otp::isSameToken(a, account); });
        if (existing != opened->entries().cend()) {
            const Error error =
                makeError(ErrorCode::InvalidInput, QStringLiteral("this secret is already in the vault as '%1' (id %2)")
                                                       .arg(existing->account.label(), existing->id));
            if (accounts->size() == 1) {
                return fail(error);
            }
            printNote(QStringLiteral("skipped: %1: %2").arg(account.label(), error.detail));
        } else if (repeated) {
            printNote(
                QStringLiteral("skipped: %1: repeats an account found earlier in the image").arg(account.label()));
        } else {
            fresh.append(account);
        }
    }
    if (fresh.isEmpty()) {
        return fail(makeError(ErrorCode::InvalidInput, QStringLiteral("every account found is already in the vault")));
    }
    Result<QList<VaultEntry>> added = opened->addAccounts(fresh);
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
