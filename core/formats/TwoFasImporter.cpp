// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/TwoFasImporter.h"

#include "crypto/Crypto.h"
#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

constexpr std::uint32_t kIterations = 10'000;
constexpr int kKeyBytes = 32;
constexpr int kTagBytes = 16;
constexpr int kMaxSchemaVersion = 4;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

struct Sealed
{
    QByteArray ciphertext;
    QByteArray tag;
    QByteArray salt;
    QByteArray iv;
};

// "<base64 ciphertext+tag>:<base64 salt>:<base64 iv>"
Result<Sealed> splitSealed(const QString& text, const QString& what)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3) {
        return corrupt(QStringLiteral("%1 does not have the form data:salt:iv").arg(what));
    }
    auto data = decodeBase64(parts.at(0), what);
    auto salt = decodeBase64(parts.at(1), what + QStringLiteral(" salt"));
    auto iv = decodeBase64(parts.at(2), what + QStringLiteral(" IV"));
    if (!data || !salt || !iv) {
        return !data ? data.error() : !salt ? salt.error() : iv.error();
    }
    if (data->size() < kTagBytes || iv->size() != 12 || salt->isEmpty()) {
        return corrupt(QStringLiteral("%1 is too short").arg(what));
    }
    return Sealed{data->left(data->size() - kTagBytes), data->right(kTagBytes), *salt, *iv};
}

Result<otp::Account> readService(const QJsonValue& value, int index)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 is not an object").arg(describeEntry(index, {}, {})));
    }
    const QJsonObject service = value.toObject();
    const QJsonObject otp = service.value(QLatin1String("otp")).toObject();
    EntryFields fields;
    fields.issuer = otp.value(QLatin1String("issuer")).toString();
    if (fields.issuer.isEmpty()) {
        fields.issuer = service.value(QLatin1String("name")).toString();
    }
    fields.name = otp.value(QLatin1String("account")).toString();
    if (fields.name.isEmpty()) {
        // The label is an otpauth label, "issuer:account", where the issuer may hold ':' itself.
        fields.name = otp.value(QLatin1String("label")).toString();
        const QString prefix = fields.issuer + QLatin1Char(':');
        if (!fields.issuer.isEmpty() && fields.name.startsWith(prefix)) {
            fields.name = fields.name.mid(prefix.size()).trimmed();
        }
    }
    const QString entry = describeEntry(index, fields.issuer, fields.name);
    auto type = stringField(otp, "tokenType", entry, false);
    auto algorithm = stringField(otp, "algorithm", entry, false);
    auto digits = optionalIntegerField(otp, "digits", entry);
    auto period = optionalIntegerField(otp, "period", entry);
    auto counter = counterField(otp, "counter", entry);
    auto secretText = stringField(service, "secret", entry, true);
    if (const Error* error = firstError(type, algorithm, digits, period, counter, secretText)) {
        return *error;
    }
    fields.typeName = type->isEmpty() ? QStringLiteral("totp") : *type;
    fields.algorithmName = *algorithm;
    fields.digits = *digits;
    fields.period = *period;
    fields.counter = *counter;
    return makeAccountFromBase32(fields, *secretText, entry);
}

Result<ImportResult> readServices(const QJsonArray& services)
{
    ImportResult result;
    for (int i = 0; i < services.size(); ++i) {
        collect(result, readService(services.at(i), i));
    }
    return result;
}

Result<QJsonArray> decryptServices(const QJsonObject& root, const SecretBytes& password)
{
    auto services = splitSealed(root.value(QLatin1String("servicesEncrypted")).toString(),
                                QStringLiteral("the encrypted services"));
    if (!services) {
        return services.error();
    }
    auto key = crypto::pbkdf2(password, services->salt, kIterations, crypto::Digest::Sha256, kKeyBytes);
    if (!key) {
        return key.error();
    }
    const QString referenceText = root.value(QLatin1String("reference")).toString();
    bool passwordChecked = false;
    if (!referenceText.isEmpty()) {
        auto reference = splitSealed(referenceText, QStringLiteral("the password check"));
        if (!reference) {
            return reference.error();
        }
        SecretBytes referenceKey = *key;
        if (reference->salt != services->salt) {
            auto derived = crypto::pbkdf2(password, reference->salt, kIterations, crypto::Digest::Sha256, kKeyBytes);
            if (!derived) {
                return derived.error();
            }
            referenceKey = std::move(derived).value();
        }
        if (!support::decryptExport(referenceKey, reference->iv, reference->ciphertext, reference->tag)) {
            return makeError(ErrorCode::WrongPassword, QStringLiteral("the password does not open this 2FAS backup"));
        }
        passwordChecked = true;
    }
    auto plaintext = support::decryptExport(*key, services->iv, services->ciphertext, services->tag);
    if (!plaintext) {
        if (passwordChecked) {
            return corrupt(QStringLiteral("the password is right but the encrypted 2FAS services are damaged"));
        }
        return plaintext.error();
    }
    QByteArray json(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size()));
    auto document = parseJson(json, QStringLiteral("the decrypted 2FAS services"));
    SecretBytes::takeFrom(json);
    if (!document) {
        return document.error();
    }
    if (!document->isArray()) {
        return corrupt(QStringLiteral("the decrypted 2FAS services are not a list"));
    }
    return document->array();
}

} // namespace

bool TwoFasImporter::detect(const QByteArray& data) const
{
    return jsonObjectWithKeys(data, {"services", "schemaVersion"}).has_value();
}

bool TwoFasImporter::needsPassword(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"servicesEncrypted"});
    return object && !object->value(QLatin1String("servicesEncrypted")).toString().isEmpty();
}

Result<ImportResult> TwoFasImporter::read(const QByteArray& data, const SecretBytes* password) const
{
    auto document = parseJson(data, QStringLiteral("the 2FAS file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    if (!document->isObject() || !root.value(QLatin1String("services")).isArray()) {
        return corrupt(QStringLiteral("the 2FAS file has no service list"));
    }
    const int schema = root.value(QLatin1String("schemaVersion")).toInt(-1);
    if (schema < 1 || schema > kMaxSchemaVersion) {
        return makeError(
            ErrorCode::UnsupportedVersion,
            QStringLiteral("2FAS schema version %1 is not supported (1 to %2 are)").arg(schema).arg(kMaxSchemaVersion));
    }
    if (!needsPassword(data)) {
        return readServices(root.value(QLatin1String("services")).toArray());
    }
    if (!password) {
        return needsPasswordError(displayName());
    }
    auto services = decryptServices(root, *password);
    if (!services) {
        return services.error();
    }
    return readServices(*services);
}

} // namespace twostep::formats
