// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/Migration.h"
#include "migration/OtpText.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// First byte even: the input is text (a QR's content, a pasted line). Odd: the input is the raw
// protobuf MigrationPayload, wrapped into a transfer URI, so mutations reach the protobuf reader.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace twostep;
    if (size == 0) {
        return 0;
    }
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    QString text;
    if (data[0] % 2 == 0) {
        text = QString::fromUtf8(rest);
    } else {
        text = QStringLiteral("otpauth-migration://offline?data=") +
               QString::fromLatin1(rest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    QStringList warnings;
    Result<QList<otp::Account>> accounts = migration::accountsFromOtpText(text, &warnings);
    Result<migration::MigrationBatch> batch = migration::parseMigrationUri(text);
    if (batch && (!accounts || accounts->size() != batch->accounts.size())) {
        __builtin_trap(); // the two entry points disagree about the same transfer URI
    }
    if (!batch) {
        if (batch.error().detail.isEmpty()) {
            __builtin_trap();
        }
        return 0;
    }
    // What we read, we can write again, and every written URI reads back.
    const migration::MigrationExport exported = migration::buildMigrationUris(batch->accounts);
    qsizetype reread = 0;
    for (const QString& uri : exported.uris) {
        Result<migration::MigrationBatch> again = migration::parseMigrationUri(uri);
        if (!again) {
            __builtin_trap();
        }
        reread += again->accounts.size();
    }
    if (reread + exported.warnings.size() != batch->accounts.size()) {
        __builtin_trap();
    }
    return 0;
}
