// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/Importer.h"
#include "otp/Account.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::formats {

// One incoming account and what the import will do with it.
struct PlannedAccount
{
    enum class Status {
        New,             // not in the vault yet: selected by default
        Duplicate,       // same secret and type as `duplicateOf` in the vault: not selected
        DuplicateInFile, // same secret and type as an earlier account of this file: not selected
    };
    otp::Account account;
    Status status = Status::New;
    QString duplicateOf; // label of the account it duplicates
    bool selected = true;
    // New only: index in `existing` of an account with the same issuer and name but another secret
    // (a redone enrollment hands out a new secret under the old label); -1 when there is none.
    qsizetype sameLabelAs = -1;
};

// The preview of an import: nothing is written until the caller applies selectedAccounts()
// (the CLI without --dry-run, the GUI's Import button) in one vault save.
struct ImportPlan
{
    QList<PlannedAccount> items;
    QStringList skipped;          // entries the file held that will not be imported, with position and why
    QStringList notes;            // remarks on accounts that are imported
    qsizetype omittedSkipped = 0; // more skipped entries, only counted (ImportResult::omittedSkipped)
    QList<migration::MissingBatches> missingBatches; // from ImportResult: batches not in the file

    QList<otp::Account> selectedAccounts() const;
    int count(PlannedAccount::Status status) const;
};

// Compares `incoming` against `existing` with otp::isSameToken (same secret and type), through a
// hash of both: linear in the number of accounts; a new account's issuer and name are looked up
// the same way (sameLabelAs). Pass `incoming` as an rvalue when it is not
// needed afterwards: its accounts are moved into the plan instead of copied. An account whose
// issuer or name is over vault::limits::kMaxLabelLength becomes a skipped line.
ImportPlan planImport(ImportResult incoming, const QList<otp::Account>& existing);

} // namespace twostep::formats
