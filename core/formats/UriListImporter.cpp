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
    bool any = false;
    const QString text = QString::fromUtf8(data);
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (isSkipped(line)) {
            continue;
        }
        if (!otp::isOtpauthUri(line) && !otp::isMigrationUri(line)) {
            return false;
        }
        any = true;
    }
    return any;
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
    const QString text = QString::fromUtf8(data);
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        line = line.trimmed();
        if (isSkipped(line)) {
            continue;
        }
        QStringList skipped;
        QStringList notes;
        auto accounts = migration::accountsFromOtpText(line, &skipped, &notes);
        if (!accounts) {
            skipped.append(accounts.error().detail);
        }
        for (const QString& reason : std::as_const(skipped)) {
            result.skipped.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(reason));
        }
        for (const QString& note : std::as_const(notes)) {
            result.notes.append(QStringLiteral("line %1: %2").arg(lineNumber).arg(note));
        }
        if (accounts) {
            result.accounts.append(std::move(accounts).value());
        }
    }
    if (result.accounts.isEmpty() && result.skipped.isEmpty()) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the file holds no otpauth URI"));
    }
    return result;
}

} // namespace twostep::formats
