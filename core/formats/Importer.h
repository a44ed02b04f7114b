// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecretBytes.h"
#include "migration/TransferBatches.h"
#include "otp/Account.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace twostep::formats {

// What one file yields: its accounts in file order; `skipped`, one line per entry that was not
// imported, naming its position and why (an mOTP entry, a damaged secret); `notes`, remarks on
// accounts that were imported (an issuer parameter that differs from the label prefix).
struct ImportResult
{
    QList<otp::Account> accounts;
    QStringList skipped;
    QStringList notes;
    QList<migration::MissingBatches> missingBatches; // transfer exports read only in part
    qsizetype omittedSkipped = 0;                    // skipped entries past the first kMaxKeptSkipped, only counted
};

// `skipped` keeps this many lines (support::addSkipped), so a file of millions stays small.
constexpr qsizetype kMaxKeptSkipped = 100;

// One foreign (or Twostep's own) export format. Importers are stateless. One entry that cannot be
// imported never sinks the file: it is listed in `skipped` and the other entries are imported.
// Only a file that is damaged as a whole (not parseable, no entry list) or cannot be decrypted is
// an error. Errors: WrongPassword (the password does not unlock the file), CorruptFile (damaged,
// truncated), UnsupportedVersion (a layout this build does not read), InvalidInput (missing
// password), Unsupported (an encrypted variant this build cannot read, named in the detail).
class Importer
{
public:
    virtual ~Importer() = default;

    virtual QString name() const = 0;        // stable id for --format: "aegis", "2fas", …
    virtual QString displayName() const = 0; // the app's name as people know it
    // True when `data` looks like this format (structure, not the file name).
    virtual bool detect(const QByteArray& data) const = 0;
    virtual bool needsPassword(const QByteArray& data) const = 0;
    // `password` is ignored by formats that are never encrypted, required by encrypted ones.
    virtual Result<ImportResult> read(const QByteArray& data, const SecretBytes* password) const = 0;
};

} // namespace twostep::formats
