// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/ImportPlan.h"
#include "migration/TransferBatches.h"
#include "otp/Account.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::formats {

// A scanned text that gave no account.
struct RejectedText
{
    enum class Kind {
        NotOtp,  // neither otpauth:// nor otpauth-migration://
        Damaged, // an OTP URI that does not parse; `detail` says why
    };
    qsizetype text = 0; // index into the texts given
    Kind kind = Kind::NotOtp;
    QString detail;
};

// What a set of scanned texts (QR codes of one image, lines pasted, a command's arguments) yields.
struct IntakePlan
{
    // New (sameLabelAs set when the vault has the issuer and name with another secret), duplicate
    // of the vault, or repeated in the input; notes and missing transfer batches.
    ImportPlan accounts;
    QList<RejectedText> rejected;

    QList<otp::Account> newAccounts() const { return accounts.selectedAccounts(); }
};

// The texts' accounts and rejections, before any comparison with the vault: the half an
// importer needs. Batch fields of transfer URIs go to `batches`; result.missingBatches is left empty.
struct ScannedAccounts
{
    ImportResult result;
    QList<RejectedText> rejected;
};
ScannedAccounts readOtpTexts(const QStringList& texts, migration::TransferBatches& batches);

// The one intake for new accounts: the add dialog, the CLI's add and the QR image importer all
// come through here. Each text is an otpauth:// or otpauth-migration:// URI (surrounding
// whitespace ignored). `earlier` are accounts this intake took before (earlier scans of one
// dialog): repeating one is DuplicateInFile. `batches` collects the transfer batches seen across
// calls; plan.accounts.missingBatches names the ones still missing. Duplicates as planImport.
IntakePlan planIntake(const QStringList& texts, const QList<otp::Account>& vault, const QList<otp::Account>& earlier,
                      migration::TransferBatches& batches);
IntakePlan planIntake(const QStringList& texts, const QList<otp::Account>& vault);

// A pasted or dropped text that is a secret key as services show it (AWS's "Show secret key": 64
// base32 characters): at least 16 base32 characters (80 bits) in one case, spaces, hyphens and '='
// padding allowed, that decode; lower case needs a digit, so that a long word is not taken for one.
bool isSecretKeyText(QStringView text);
// A text whose first line is an otpauth:// or otpauth-migration:// URI.
bool isOtpUriText(QStringView text);

// Why an account is not new, or what to know about a new one: "already in the vault [as X]",
// "repeats X, found earlier" or "repeats an account found earlier" (X only when it differs), "same issuer and name as
// an account in the vault, another secret"; empty for a plain new account. English, for the CLI; ui/dialogs/IntakeText
// says it through tr().
QString reasonText(const PlannedAccount& item);
// "not an OTP code", "damaged: <the parser's reason>".
QString reasonText(const RejectedText& rejected);

} // namespace twostep::formats
