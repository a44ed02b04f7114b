// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/FreeOtpPlusImporter.h"

#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

Result<SecretBytes> readSecret(const QJsonValue& value, const QString& entry)
{
    if (!value.isArray() || value.toArray().isEmpty()) {
        return corrupt(QStringLiteral("%1 has no secret byte list").arg(entry));
    }
    const QJsonArray array = value.toArray();
    SecretBytes secret(static_cast<std::size_t>(array.size()));
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue byte = array.at(i);
        const double number = byte.toDouble(1000);
        if (!byte.isDouble() || number < -128 || number > 255 || number != static_cast<int>(number)) {
            return corrupt(QStringLiteral("%1: secret byte %2 is not a byte").arg(entry).arg(i + 1));
        }
        secret.data()[i] = static_cast<std::uint8_t>(static_cast<int>(number) & 0xff);
    }
    return secret;
}

Result<otp::Account> readToken(const QJsonValue& value, int index)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 is not an object").arg(describeEntry(index, {}, {})));
    }
    const QJsonObject token = value.toObject();
    EntryFields fields;
    fields.issuer = token.value(QLatin1String("issuerExt")).toString();
    if (fields.issuer.isEmpty()) {
        fields.issuer = token.value(QLatin1String("issuerInt")).toString();
    }
    fields.name = token.value(QLatin1String("label")).toString();
    const QString entry = describeEntry(index, fields.issuer, fields.name);
    auto type = stringField(token, "type", entry, true);
    auto algorithm = stringField(token, "algo", entry, false);
    auto digits = optionalIntegerField(token, "digits", entry);
    auto period = optionalIntegerField(token, "period", entry);
    auto counter = counterField(token, "counter", entry);
    if (const Error* error = firstError(type, algorithm, digits, period, counter)) {
        return *error;
    }
    fields.typeName = *type;
    // FreeOTP(+) has no Steam type: a TOTP token whose issuerExt is "Steam" is one, as in Aegis.
    if (fields.typeName.compare(QStringLiteral("TOTP"), Qt::CaseInsensitive) == 0 &&
        token.value(QLatin1String("issuerExt"))
                .toString()
                .trimmed()
                .compare(QStringLiteral("Steam"), Qt::CaseInsensitive) == 0) {
        fields.typeName = QStringLiteral("steam");
    }
    fields.algorithmName = *algorithm;
    fields.digits = *digits;
    fields.period = *period;
    // FreeOTP+ stores the last counter used; the next code is for one more.
    if (*counter == otp::kMaxCounter) {
        return makeError(ErrorCode::CorruptFile,
                         QStringLiteral("%1: its last used counter is %2, the largest HOTP counter; no code is left")
                             .arg(entry)
                             .arg(*counter));
    }
    fields.counter = *counter + 1;
    if (!otp::typeFromName(fields.typeName)) {
        return makeAccount(fields, SecretBytes(), entry);
    }
    auto secret = readSecret(token.value(QLatin1String("secret")), entry);
    if (!secret) {
        return secret.error();
    }
    return makeAccount(fields, std::move(secret).value(), entry);
}

} // namespace

bool FreeOtpPlusImporter::detect(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"tokens"});
    return object && object->value(QLatin1String("tokens")).isArray();
}

bool FreeOtpPlusImporter::needsPassword(const QByteArray&) const
{
    return false;
}

Result<ImportResult> FreeOtpPlusImporter::read(const QByteArray& data, const SecretBytes*) const
{
    auto document = parseJson(data, QStringLiteral("the FreeOTP+ file"));
    if (!document) {
        return document.error();
    }
    const QJsonValue tokens = document->object().value(QLatin1String("tokens"));
    if (!tokens.isArray()) {
        return corrupt(QStringLiteral("the FreeOTP+ file has no token list"));
    }
    ImportResult result;
    const QJsonArray array = tokens.toArray();
    for (int i = 0; i < array.size(); ++i) {
        collect(result, readToken(array.at(i), i));
    }
    return result;
}

} // namespace twostep::formats
