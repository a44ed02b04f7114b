// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/QrImageImporter.h"

#include "formats/Intake.h"
#include "qr/QrScanner.h"

#include <QImage>

#include <algorithm>
#include <cstring>

namespace twostep::formats {

namespace {

bool startsWith(const QByteArray& data, const char* magic, qsizetype offset = 0)
{
    return data.mid(offset, static_cast<qsizetype>(std::strlen(magic))) == QByteArray(magic);
}

} // namespace

bool QrImageImporter::detect(const QByteArray& data) const
{
    // By magic bytes only: decoding a large image just to detect it would be wasteful.
    return startsWith(data, "\x89PNG\r\n\x1a\n") || startsWith(data, "\xff\xd8\xff") || startsWith(data, "BM") ||
           startsWith(data, "GIF8") || (startsWith(data, "RIFF") && startsWith(data, "WEBP", 8));
}

Result<ImportResult> QrImageImporter::read(const QByteArray& data, const SecretBytes*) const
{
    const QImage image = QImage::fromData(data);
    if (image.isNull()) {
        return makeError(ErrorCode::CorruptFile, QStringLiteral("the image could not be decoded"));
    }
    QStringList texts;
    for (qr::ScannedCode& code : qr::scanImage(image)) {
        texts.append(std::move(code.text));
    }
    migration::TransferBatches batches;
    ScannedAccounts scanned = readOtpTexts(texts, batches);
    const auto notOtp = std::count_if(scanned.rejected.cbegin(), scanned.rejected.cend(),
                                      [](const RejectedText& r) { return r.kind == RejectedText::Kind::NotOtp; });
    if (notOtp == texts.size()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no OTP QR code was found in the image"));
    }
    ImportResult result = std::move(scanned.result);
    for (const RejectedText& rejected : std::as_const(scanned.rejected)) {
        result.skipped.append(QStringLiteral("QR code %1: %2").arg(rejected.text + 1).arg(reasonText(rejected)));
    }
    result.missingBatches = batches.missing();
    return result;
}

} // namespace twostep::formats
