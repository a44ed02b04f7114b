// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/QrImageImporter.h"

#include "migration/OtpText.h"
#include "qr/QrScanner.h"

#include <QImage>

namespace twostep::formats {

bool QrImageImporter::detect(const QByteArray& data) const
{
    return qr::isImage(data);
}

Result<ImportResult> QrImageImporter::read(const QByteArray& data, const SecretBytes*) const
{
    const QImage image = QImage::fromData(data);
    if (image.isNull()) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the image could not be decoded"));
    }
    ImportResult result;
    migration::TransferBatches batches;
    bool sawOtp = false;
    int position = 0;
    for (const qr::ScannedCode& code : qr::scanImage(image)) {
        ++position;
        if (!code.isOtp) {
            result.skipped.append(QStringLiteral("QR code %1 in the image is not an OTP code").arg(position));
            continue;
        }
        sawOtp = true;
        Result<QList<otp::Account>> accounts =
            migration::accountsFromOtpText(code.text, &result.skipped, &result.notes, &batches);
        if (!accounts) {
            result.skipped.append(
                QStringLiteral("QR code %1 in the image is damaged: %2").arg(position).arg(accounts.error().detail));
            continue;
        }
        result.accounts.append(*accounts);
    }
    if (!sawOtp) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no OTP QR code was found in the image"));
    }
    result.missingBatches = batches.missing();
    return result;
}

} // namespace twostep::formats
