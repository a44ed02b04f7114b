// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/UriListImporter.h"

#include "formats/ImportSupport.h"
#include "migration/OtpText.h"
#include "otp/OtpauthUri.h"

namespace twostep::formats {

namespace {

bool isSkipped(QStringView line)
{
    return line.isEmpty() || line.startsWith(QLatin1Char('#'));
}

} // namespace

bool UriListImporter::detect(const QByteArray& data) const
{
    if (!support::isText(data)) {
        return false;
    }
    // A text file with one OTP line is a list: its other lines are skipped one by one on reading,
    // never the whole file. JSON is some other app's format, read (or refused) by name.
    const QString text = QString::fromUtf8(data);
    const QStringView start = QStringView(text).trimmed();
    if (start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['))) {
        return false;
    }
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        line = line.trimmed();
        if (otp::isOtpauthUri(line) || otp::isMigrationUri(line)) {
            return true;
        }
    }
    return false;
}

bool UriListImporter::needsPassword(const QByteArray&) const
{
    return false;
}

Result<ImportResult> UriListImporter::read(const QByteArray& data, const SecretBytes*) const
{
    if (!support::isText(data)) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the file is not UTF-8 text"));
    }
    ImportResult result;
    migration::TransferBatches batches;
    const QString text = QString::fromUtf8(data);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).tokenize(u'\n')) {
        ++lineNumber;
        line = line.trimmed();
        if (isSkipped(line)) {
            continue;
        }
        QStringList skipped;
        QStringList notes;
        auto accounts = migration::accountsFromOtpText(line, &skipped, &notes, &batches);
        if (!accounts) {
            skipped.append(accounts.error().detail);
        }
        for (const QString& reason : std::as_const(skipped)) {
            support::addSkipped(result, QStringLiteral("line %1: %2").arg(lineNumber).arg(reason));
        }
        for (const QString& note : std::as_const(notes)) {
            result.notes.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(note));
        }
        if (accounts) {
            result.accounts.append(std::move(accounts).value());
        }
        // A line may hold a whole transfer batch: bound the total before the next line adds more.
        if (Status counted = support::checkAccountCount(result); !counted) {
            return counted.error();
        }
    }
    if (result.accounts.isEmpty() && result.skipped.isEmpty() && result.omittedSkipped == 0) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the file holds no otpauth URI"));
    }
    result.missingBatches = batches.missing();
    return result;
}

} // namespace twostep::formats
