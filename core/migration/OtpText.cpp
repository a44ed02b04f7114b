// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/OtpText.h"

#include "migration/Migration.h"
#include "otp/OtpauthUri.h"

namespace twostep::migration {

Result<QList<otp::Account>> accountsFromOtpText(QStringView input, QStringList* skipped, QStringList* notes,
                                                TransferBatches* batches)
{
    const QStringView text = input.trimmed();
    if (otp::isOtpauthUri(text)) {
        auto parsed = otp::parseOtpauthUri(text);
        if (!parsed) {
            return parsed.error();
        }
        if (Status hasName = otp::requireName(parsed->account); !hasName) {
            return hasName.error();
        }
        if (QStringList* remarks = notes ? notes : skipped) {
            remarks->append(parsed->warnings);
        }
        // Not an initializer list: that would copy the secret.
        QList<otp::Account> one;
        one.append(std::move(parsed->account));
        return one;
    }
    if (otp::isMigrationUri(text)) {
        auto batch = parseMigrationUri(text);
        if (!batch) {
            return batch.error();
        }
        if (skipped) {
            skipped->append(batch->warnings);
        }
        if (batches) {
            batches->add(*batch);
        }
        return std::move(batch->accounts);
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("not an OTP code (it starts neither with otpauth:// nor otpauth-migration://)"));
}

} // namespace twostep::migration
