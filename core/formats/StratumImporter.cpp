// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/StratumImporter.h"

#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

// Stratum's AuthenticatorType enum: 1 HOTP, 2 TOTP, 3 mOTP, 4 Steam, 5 Yandex.
QString typeName(std::int64_t code)
{
    switch (code) {
    case 1:
        return QStringLiteral("hotp");
    case 2:
        return QStringLiteral("totp");
    case 3:
        return QStringLiteral("motp");
    case 4:
        return QStringLiteral("steam");
    case 5:
        return QStringLiteral("yandex");
    default:
        return QStringLiteral("type %1").arg(code);
    }
}

Result<otp::Account> readAuthenticator(const QJsonValue& value, int index)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 is not an object").arg(describeEntry(index, {}, {})));
    }
    const QJsonObject object = value.toObject();
    EntryFields fields;
    fields.issuer = object.value(QLatin1String("Issuer")).toString();
    fields.name = object.value(QLatin1String("Username")).toString();
    const QString entry = describeEntry(index, fields.issuer, fields.name);
    auto type = integerField(object, "Type", entry, -1);
    auto algorithm = integerField(object, "Algorithm", entry, 0);
    auto digits = optionalIntegerField(object, "Digits", entry);
    auto period = optionalIntegerField(object, "Period", entry);
    auto counter = counterField(object, "Counter", entry);
    auto secretText = stringField(object, "Secret", entry, true);
    if (const Error* error = firstError(type, algorithm, digits, period, counter, secretText)) {
        return *error;
    }
    fields.typeName = typeName(*type);
    switch (*algorithm) {
    case 0:
        fields.algorithmName = QStringLiteral("SHA1");
        break;
    case 1:
        fields.algorithmName = QStringLiteral("SHA256");
        break;
    case 2:
        fields.algorithmName = QStringLiteral("SHA512");
        break;
    default:
        return corrupt(QStringLiteral("%1 has an unknown algorithm code %2").arg(entry).arg(*algorithm));
    }
    fields.digits = *digits;
    fields.period = *period;
    fields.counter = *counter;
    return makeAccountFromBase32(fields, *secretText, entry);
}

// Stratum's encrypted backups start with a 16-byte header: "AUTHENTICATORPRO" (Argon2id, AES-GCM)
// or, in older versions, "AuthenticatorPro" (PBKDF2, AES-CBC).
bool isEncryptedBackup(const QByteArray& data)
{
    return data.startsWith("AUTHENTICATORPRO") || data.startsWith("AuthenticatorPro");
}

} // namespace

bool StratumImporter::detect(const QByteArray& data) const
{
    if (isEncryptedBackup(data)) {
        return true;
    }
    const auto object = jsonObjectWithKeys(data, {"Authenticators"});
    return object && object->value(QLatin1String("Authenticators")).isArray();
}

bool StratumImporter::needsPassword(const QByteArray&) const
{
    return false;
}

Result<ImportResult> StratumImporter::read(const QByteArray& data, const SecretBytes*) const
{
    if (isEncryptedBackup(data)) {
        return unreadableEncryptionError(
            QStringLiteral("an encrypted Stratum (Authenticator Pro) backup"),
            QStringLiteral("in Stratum, make a backup without a password (an unencrypted .json backup), "
                           "import that file, then delete it"));
    }
    auto document = parseJson(data, QStringLiteral("the Stratum file"));
    if (!document) {
        return document.error();
    }
    const QJsonValue authenticators = document->object().value(QLatin1String("Authenticators"));
    if (!authenticators.isArray()) {
        return corrupt(QStringLiteral("the Stratum file has no authenticator list"));
    }
    ImportResult result;
    const QJsonArray array = authenticators.toArray();
    for (int i = 0; i < array.size(); ++i) {
        collect(result, readAuthenticator(array.at(i), i));
    }
    return result;
}

} // namespace twostep::formats
