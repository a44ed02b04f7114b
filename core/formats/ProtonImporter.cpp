// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ProtonImporter.h"

#include "crypto/Crypto.h"
#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kNonceBytes = 12;
constexpr qsizetype kTagBytes = 16;
// Fixed by Proton's format, so the file cannot choose the key derivation's cost.
constexpr crypto::Argon2idCost kProtonKdf{19 * 1024, 2, 1};

bool isEncrypted(const QJsonObject& root)
{
    return root.value(QLatin1String("salt")).isString() && root.value(QLatin1String("content")).isString() &&
           !root.contains(QLatin1String("entries"));
}

Result<ImportResult> readEntries(const QJsonObject& root)
{
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != 1) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("Proton Authenticator export version %1 is not supported (1 is)").arg(version));
    }
    const QJsonValue entries = root.value(QLatin1String("entries"));
    if (!entries.isArray()) {
        return corrupt(QStringLiteral("the Proton Authenticator file has no entry list"));
    }
    ImportResult result;
    const QJsonArray array = entries.toArray();
    for (int i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject()) {
            result.skipped.append(QStringLiteral("%1 is not an object").arg(describeEntry(i, {}, {})));
            continue;
        }
        const QJsonObject content = array.at(i).toObject().value(QLatin1String("content")).toObject();
        const QString name = content.value(QLatin1String("name")).toString();
        const QString entry = describeEntry(i, {}, name);
        auto uri = stringField(content, "uri", entry, true);
        if (!uri) {
            result.skipped.append(uri.error().detail);
            continue;
        }
        collect(result, accountFromTotpField(*uri, {}, name, entry, &result.notes));
    }
    return result;
}

Result<QJsonObject> decrypt(const QJsonObject& root, const SecretBytes& password)
{
    auto salt = decodeBase64(root.value(QLatin1String("salt")).toString(), QStringLiteral("the export's salt"));
    auto content =
        decodeBase64(root.value(QLatin1String("content")).toString(), QStringLiteral("the encrypted content"));
    if (const Error* error = firstError(salt, content)) {
        return *error;
    }
    if (salt->size() != kSaltBytes) {
        return corrupt(
            QStringLiteral("the export's salt has %1 bytes (expected %2)").arg(salt->size()).arg(kSaltBytes));
    }
    if (content->size() < kNonceBytes + kTagBytes) {
        return corrupt(QStringLiteral("the encrypted content is too short (%1 bytes)").arg(content->size()));
    }
    auto key = crypto::argon2id(password, *salt, kProtonKdf);
    if (!key) {
        return key.error();
    }
    auto plaintext = crypto::open(*key, content->left(kNonceBytes), QByteArrayLiteral("proton.authenticator.export.v1"),
                                  content->mid(kNonceBytes));
    if (!plaintext) {
        return makeError(
            ErrorCode::WrongPassword,
            QStringLiteral("the password does not open this Proton Authenticator export (or it is damaged)"));
    }
    QByteArray json(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size()));
    auto document = parseJson(json, QStringLiteral("the decrypted Proton Authenticator export"));
    SecretBytes::takeFrom(json); // wipes the plaintext copy
    if (!document) {
        return document.error();
    }
    if (!document->isObject()) {
        return corrupt(QStringLiteral("the decrypted Proton Authenticator export is not an object"));
    }
    return document->object();
}

} // namespace

bool ProtonImporter::detect(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"version"});
    if (!object) {
        return false;
    }
    if (isEncrypted(*object)) {
        return true;
    }
    if (!object->value(QLatin1String("entries")).isArray()) {
        return false;
    }
    const QJsonArray entries = object->value(QLatin1String("entries")).toArray();
    return entries.isEmpty() || entries.first().toObject().value(QLatin1String("content")).isObject();
}

bool ProtonImporter::needsPassword(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"version", "salt", "content"});
    return object && isEncrypted(*object);
}

Result<ImportResult> ProtonImporter::read(const QByteArray& data, const SecretBytes* password) const
{
    auto document = parseJson(data, QStringLiteral("the Proton Authenticator file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    if (!isEncrypted(root)) {
        return readEntries(root);
    }
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != 1) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("password-protected Proton Authenticator export version %1 is not supported "
                                        "(1 is); in Proton Authenticator, export again without a password")
                             .arg(version));
    }
    if (!password) {
        return needsPasswordError(QStringLiteral("password-protected Proton Authenticator"));
    }
    auto decrypted = decrypt(root, *password);
    if (!decrypted) {
        return decrypted.error();
    }
    return readEntries(*decrypted);
}

} // namespace twostep::formats
