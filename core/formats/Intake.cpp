// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Intake.h"

#include "migration/OtpText.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"

namespace twostep::formats {

ScannedAccounts readOtpTexts(const QStringList& texts, migration::TransferBatches& batches)
{
    ScannedAccounts scanned;
    for (qsizetype index = 0; index < texts.size(); ++index) {
        const QStringView text = QStringView(texts.at(index)).trimmed();
        if (!otp::isOtpauthUri(text) && !otp::isMigrationUri(text)) {
            scanned.rejected.append({index, RejectedText::Kind::NotOtp, {}});
            continue;
        }
        Result<QList<otp::Account>> accounts =
            migration::accountsFromOtpText(text, &scanned.result.skipped, &scanned.result.notes, &batches);
        if (!accounts) {
            scanned.rejected.append({index, RejectedText::Kind::Damaged, accounts.error().detail});
            continue;
        }
        for (otp::Account& account : *accounts) {
            scanned.result.accounts.append(std::move(account));
        }
    }
    return scanned;
}

IntakePlan planIntake(const QStringList& texts, const QList<otp::Account>& vault, const QList<otp::Account>& earlier,
                      migration::TransferBatches& batches)
{
    ScannedAccounts scanned = readOtpTexts(texts, batches);
    // The earlier accounts go first, so that planImport finds repeats of them; they are dropped after.
    ImportResult incoming = std::move(scanned.result);
    QList<otp::Account> all = earlier;
    all.reserve(earlier.size() + incoming.accounts.size());
    for (otp::Account& account : incoming.accounts) {
        all.append(std::move(account));
    }
    incoming.accounts = std::move(all);
    IntakePlan plan{planImport(std::move(incoming), vault), std::move(scanned.rejected)};
    plan.accounts.items.remove(0, std::min(earlier.size(), plan.accounts.items.size()));
    plan.accounts.missingBatches = batches.missing();
    return plan;
}

IntakePlan planIntake(const QStringList& texts, const QList<otp::Account>& vault)
{
    migration::TransferBatches batches;
    return planIntake(texts, vault, {}, batches);
}

bool isSecretKeyText(QStringView text)
{
    constexpr qsizetype kMinKeyCharacters = 16;
    constexpr qsizetype kMaxKeyCharacters = 1024;
    qsizetype characters = 0;
    bool upper = false;
    bool lower = false;
    bool digit = false;
    for (const QChar c : text.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('=')) {
            continue;
        }
        upper = upper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
        lower = lower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        digit = digit || (c >= QLatin1Char('2') && c <= QLatin1Char('7'));
        ++characters;
    }
    if (characters < kMinKeyCharacters || characters > kMaxKeyCharacters || (upper && lower) || (lower && !digit)) {
        return false;
    }
    return otp::decodeBase32(text.trimmed()).ok();
}

bool isOtpUriText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    const qsizetype end = trimmed.indexOf(QLatin1Char('\n'));
    const QStringView first = (end < 0 ? trimmed : trimmed.left(end)).trimmed();
    return otp::isOtpauthUri(first) || otp::isMigrationUri(first);
}

QString reasonText(const PlannedAccount& item)
{
    // The label is named only when it differs: "GitHub:alice: already in the vault as GitHub:alice" says it twice.
    const bool sameLabel = item.duplicateOf.compare(item.account.label(), Qt::CaseInsensitive) == 0;
    switch (item.status) {
    case PlannedAccount::Status::New:
        return item.sameLabelAs < 0 ? QString()
                                    : QStringLiteral("same issuer and name as an account in the vault, another secret");
    case PlannedAccount::Status::Duplicate:
        return sameLabel ? QStringLiteral("already in the vault")
                         : QStringLiteral("already in the vault as %1").arg(item.duplicateOf);
    case PlannedAccount::Status::DuplicateInFile:
        return sameLabel ? QStringLiteral("repeats an account found earlier")
                         : QStringLiteral("repeats %1, found earlier").arg(item.duplicateOf);
    }
    return {};
}

QString reasonText(const RejectedText& rejected)
{
    switch (rejected.kind) {
    case RejectedText::Kind::NotOtp:
        return QStringLiteral("not an OTP code");
    case RejectedText::Kind::Damaged:
        return QStringLiteral("damaged: %1").arg(rejected.detail);
    }
    return {};
}

} // namespace twostep::formats
