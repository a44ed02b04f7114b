// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/AndOtpImporter.h"

#include "common/JsonBounds.h"
#include "crypto/Crypto.h"
#include "formats/ImportSupport.h"

#include <QJsonArray>
#include <QtEndian>

namespace twostep::formats {

namespace {

using namespace support;

constexpr qsizetype kIterationBytes = 4;
constexpr qsizetype kSaltBytes = 12;
constexpr qsizetype kIvBytes = 12;
constexpr qsizetype kTagBytes = 16;
constexpr qsizetype kHeaderBytes = kIterationBytes + kSaltBytes + kIvBytes;
constexpr std::uint32_t kMaxIterations = 10'000'000;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

bool isPlain(const QByteArray& data)
{
    return isText(data) && data.trimmed().startsWith('[');
}

std::uint32_t iterationsOf(const QByteArray& data)
{
    return qFromBigEndian<std::uint32_t>(data.constData());
}

Result<otp::Account> readEntry(const QJsonValue& value, int index)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 is not an object").arg(describeEntry(index, {}, {})));
    }
    const QJsonObject object = value.toObject();
    EntryFields fields;
    fields.issuer = object.value(QLatin1String("issuer")).toString();
    fields.name = object.value(QLatin1String("label")).toString();
    const QString entry = describeEntry(index, fields.issuer, fields.name);
    auto type = stringField(object, "type", entry, true);
    auto algorithm = stringField(object, "algorithm", entry, false);
    auto digits = optionalIntegerField(object, "digits", entry);
    auto period = optionalIntegerField(object, "period", entry);
    auto counter = counterField(object, "counter", entry);
    auto secretText = stringField(object, "secret", entry, true);
    if (const Error* error = firstError(type, algorithm, digits, period, counter, secretText)) {
        return *error;
    }
    fields.typeName = *type;
    fields.algorithmName = *algorithm;
    fields.digits = *digits;
    fields.period = *period;
    fields.counter = *counter;
    return makeAccountFromBase32(fields, *secretText, entry);
}

Result<ImportResult> readJson(const QByteArray& json, const QString& what)
{
    auto document = parseJson(json, what);
    if (!document) {
        return document.error();
    }
    if (!document->isArray()) {
        return corrupt(QStringLiteral("%1 is not a list of entries").arg(what));
    }
    ImportResult result;
    const QJsonArray entries = document->array();
    for (int i = 0; i < entries.size(); ++i) {
        collect(result, readEntry(entries.at(i), i));
    }
    return result;
}

// The current encrypted layout starts with a plausible PBKDF2 iteration count.
bool hasIterationHeader(const QByteArray& data)
{
    if (data.size() < kHeaderBytes + kTagBytes) {
        return false;
    }
    const std::uint32_t iterations = iterationsOf(data);
    return iterations >= 1 && iterations <= kMaxIterations;
}

// Earlier andOTP versions wrote IV(12) || ciphertext || tag(16) with no header: binary data that is
// neither an image (detected earlier) nor the current layout.
bool isEncrypted(const QByteArray& data)
{
    return data.size() >= kIvBytes + kTagBytes && !isText(data);
}

Result<SecretBytes> decryptCurrent(const QByteArray& data, const SecretBytes& password)
{
    const std::uint32_t iterations = iterationsOf(data);
    const QByteArray salt = data.mid(kIterationBytes, kSaltBytes);
    const QByteArray iv = data.mid(kIterationBytes + kSaltBytes, kIvBytes);
    const QByteArray ciphertext = data.mid(kHeaderBytes, data.size() - kHeaderBytes - kTagBytes);
    auto key = crypto::pbkdf2(password, salt, iterations, crypto::Digest::Sha1, 32);
    if (!key) {
        return key.error();
    }
    return support::decryptExport(*key, iv, ciphertext, data.right(kTagBytes));
}

// The old layout: IV(12) || ciphertext || tag(16), key SHA-256(password) (docs/FORMATS.md).
Result<SecretBytes> decryptOld(const QByteArray& data, const SecretBytes& password)
{
    auto key = crypto::sha256(password);
    if (!key) {
        return key.error();
    }
    return support::decryptExport(*key, data.left(kIvBytes), data.mid(kIvBytes, data.size() - kIvBytes - kTagBytes),
                                  data.right(kTagBytes));
}

} // namespace

bool AndOtpImporter::detect(const QByteArray& data) const
{
    if (isPlain(data)) {
        if (!jsonContainersWithin(data, support::kMaxJsonContainers)) {
            return false;
        }
        const QJsonDocument document = QJsonDocument::fromJson(data);
        if (!document.isArray() || document.array().isEmpty()) {
            return false;
        }
        const QJsonObject first = document.array().first().toObject();
        return first.contains(QLatin1String("secret")) && first.contains(QLatin1String("type"));
    }
    return needsPassword(data);
}

// Binary data that is no image (detected earlier) is taken for an encrypted backup: the old
// layout has no header to recognise it by.
bool AndOtpImporter::needsPassword(const QByteArray& data) const
{
    return isEncrypted(data);
}

Result<ImportResult> AndOtpImporter::read(const QByteArray& data, const SecretBytes* password) const
{
    if (isPlain(data)) {
        return readJson(data, QStringLiteral("the andOTP file"));
    }
    if (!isEncrypted(data)) {
        return corrupt(QStringLiteral("the file is neither an andOTP JSON list nor an encrypted andOTP backup"));
    }
    if (!password) {
        return needsPasswordError(displayName());
    }
    // The current layout when its header is plausible, else (or when that fails) the old one.
    Result<SecretBytes> plaintext = makeError(ErrorCode::WrongPassword, QString());
    if (hasIterationHeader(data)) {
        plaintext = decryptCurrent(data, *password);
    }
    if (!plaintext && plaintext.error().code == ErrorCode::WrongPassword) {
        plaintext = decryptOld(data, *password);
    }
    if (!plaintext) {
        if (plaintext.error().code != ErrorCode::WrongPassword) {
            return plaintext.error();
        }
        return makeError(ErrorCode::WrongPassword,
                         QStringLiteral("the password does not open this andOTP backup, in its current or its old "
                                        "encrypted format (or the file is damaged, or not an andOTP backup)"));
    }
    QByteArray json(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size()));
    auto result = readJson(json, QStringLiteral("the decrypted andOTP backup"));
    SecretBytes::takeFrom(json);
    return result;
}

} // namespace twostep::formats
