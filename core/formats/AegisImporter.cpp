// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/AegisImporter.h"

#include "crypto/Crypto.h"
#include "formats/AegisDetails.h"
#include "formats/ImportSupport.h"

#include <QJsonArray>

namespace twostep::formats {

namespace {

using namespace support;

constexpr int kPasswordSlot = 1;
constexpr int kMasterKeyBytes = 32;

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

struct GcmParams
{
    QByteArray nonce;
    QByteArray tag;
};

Result<GcmParams> readGcmParams(const QJsonValue& value, const QString& what)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 has no nonce and tag").arg(what));
    }
    const QJsonObject object = value.toObject();
    auto nonce = decodeHex(object.value(QLatin1String("nonce")).toString(), what + QStringLiteral(" nonce"), 12);
    auto tag = decodeHex(object.value(QLatin1String("tag")).toString(), what + QStringLiteral(" tag"), 16);
    if (!nonce) {
        return nonce.error();
    }
    if (!tag) {
        return tag.error();
    }
    return GcmParams{*nonce, *tag};
}

// Aegis writes one password slot (N=2^15, r=8, p=1); a file may try at most kMaxPasswordSlots, and
// their summed N·r·p at most one slot at the crypto module's scrypt ceiling (128·N·r ≤ 1 GiB, p ≤ 16), so a
// crafted file cannot make an import derive for hours.
constexpr int kMaxPasswordSlots = 8;
constexpr std::uint64_t kMaxScryptWork = std::uint64_t{1} << 27;

struct ScryptSlot
{
    QByteArray salt;
    QByteArray wrapped;
    GcmParams params;
    std::uint64_t n = 0;
    std::uint32_t r = 0;
    std::uint32_t p = 0;
};

// Every password slot, parsed and bounded before any key is derived.
Result<QList<ScryptSlot>> readPasswordSlots(const QJsonArray& slots)
{
    QList<ScryptSlot> found;
    std::uint64_t work = 0;
    for (int i = 0; i < slots.size(); ++i) {
        const QJsonObject slot = slots.at(i).toObject();
        if (slot.value(QLatin1String("type")).toInt(-1) != kPasswordSlot) {
            continue;
        }
        if (found.size() == kMaxPasswordSlots) {
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("the Aegis file has more than %1 password slots; Twostep tries at most %1")
                                 .arg(kMaxPasswordSlots));
        }
        const QString what = QStringLiteral("slot %1").arg(i + 1);
        auto salt = decodeHex(slot.value(QLatin1String("salt")).toString(), what + QStringLiteral(" salt"));
        auto wrapped =
            decodeHex(slot.value(QLatin1String("key")).toString(), what + QStringLiteral(" key"), kMasterKeyBytes);
        auto params = readGcmParams(slot.value(QLatin1String("key_params")), what);
        auto n = integerField(slot, "n", what, -1);
        auto r = integerField(slot, "r", what, -1);
        auto p = integerField(slot, "p", what, -1);
        if (const Error* error = firstError(salt, wrapped, params, n, r, p)) {
            return *error;
        }
        if (*n <= 0 || *r <= 0 || *p <= 0 || *r > 0xffff || *p > 0xffff || *n > (std::int64_t{1} << 40)) {
            return corrupt(QStringLiteral("%1 has invalid scrypt parameters").arg(what));
        }
        work += static_cast<std::uint64_t>(*n) * static_cast<std::uint64_t>(*r) * static_cast<std::uint64_t>(*p);
        if (work > kMaxScryptWork) {
            return makeError(ErrorCode::LimitExceeded,
                             QStringLiteral("the Aegis file's password slots ask for more scrypt work (N·r·p summed "
                                            "over %1 slots) than Twostep spends on one import (2^27)")
                                 .arg(found.size() + 1));
        }
        found.append(ScryptSlot{*salt, *wrapped, *params, static_cast<std::uint64_t>(*n),
                                static_cast<std::uint32_t>(*r), static_cast<std::uint32_t>(*p)});
    }
    return found;
}

// Tries each password slot; returns the master key of the first that the password opens.
Result<SecretBytes> unlockMasterKey(const QJsonArray& slots, const SecretBytes& password)
{
    Result<QList<ScryptSlot>> passwordSlots = readPasswordSlots(slots);
    if (!passwordSlots) {
        return passwordSlots.error();
    }
    for (const ScryptSlot& slot : std::as_const(*passwordSlots)) {
        auto derived = crypto::scrypt(password, slot.salt, slot.n, slot.r, slot.p, kMasterKeyBytes);
        if (!derived) {
            return derived.error();
        }
        auto masterKey = support::decryptExport(*derived, slot.params.nonce, slot.wrapped, slot.params.tag);
        if (masterKey) {
            return std::move(masterKey).value();
        }
    }
    if (passwordSlots->isEmpty()) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("this Aegis vault has no password slot (only biometric unlock)"));
    }
    return makeError(ErrorCode::WrongPassword, QStringLiteral("the password does not unlock this Aegis vault"));
}

Result<otp::Account> readEntry(const QJsonValue& value, int index, const QHash<QString, QString>& groups,
                               QStringList& notes)
{
    if (!value.isObject()) {
        return corrupt(QStringLiteral("%1 is not an object").arg(describeEntry(index, {}, {})));
    }
    const QJsonObject object = value.toObject();
    EntryFields fields;
    fields.issuer = object.value(QLatin1String("issuer")).toString();
    fields.name = object.value(QLatin1String("name")).toString();
    const QString entry = describeEntry(index, fields.issuer, fields.name);
    auto type = stringField(object, "type", entry, true);
    if (!type) {
        return type.error();
    }
    fields.typeName = *type;
    if (!otp::typeFromName(fields.typeName)) {
        return makeAccount(fields, SecretBytes(), entry); // Unsupported: a warning
    }
    const QJsonValue infoValue = object.value(QLatin1String("info"));
    if (!infoValue.isObject()) {
        return corrupt(QStringLiteral("%1 has no 'info'").arg(entry));
    }
    const QJsonObject info = infoValue.toObject();
    auto secretText = stringField(info, "secret", entry, true);
    auto algorithm = stringField(info, "algo", entry, false);
    auto digits = optionalIntegerField(info, "digits", entry);
    auto period = optionalIntegerField(info, "period", entry);
    auto counter = counterField(info, "counter", entry);
    if (const Error* error = firstError(secretText, algorithm, digits, period, counter)) {
        return *error;
    }
    fields.algorithmName = *algorithm;
    fields.digits = *digits;
    fields.period = *period;
    fields.counter = *counter;
    Result<otp::Account> account = makeAccountFromBase32(fields, *secretText, entry);
    if (account) {
        account->details = aegis::readDetails(object, groups, entry, notes);
    }
    return account;
}

} // namespace

bool AegisImporter::detect(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"version", "header", "db"});
    return object && object->value(QLatin1String("header")).isObject();
}

bool AegisImporter::needsPassword(const QByteArray& data) const
{
    const auto object = jsonObjectWithKeys(data, {"db"});
    return object && object->value(QLatin1String("db")).isString();
}

Result<ImportResult> AegisImporter::readDatabase(const QJsonObject& db)
{
    const int version = db.value(QLatin1String("version")).toInt(-1);
    if (version < 1 || version > 3) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("Aegis database version %1 is not supported (1 to 3 are)").arg(version));
    }
    const QJsonValue entries = db.value(QLatin1String("entries"));
    if (!entries.isArray()) {
        return corrupt(QStringLiteral("the Aegis database has no entry list"));
    }
    ImportResult result;
    const QHash<QString, QString> groups = aegis::readGroups(db, result.notes);
    const QJsonArray array = entries.toArray();
    for (int i = 0; i < array.size(); ++i) {
        collect(result, readEntry(array.at(i), i, groups, result.notes));
    }
    return result;
}

Result<ImportResult> AegisImporter::read(const QByteArray& data, const SecretBytes* password) const
{
    auto document = parseJson(data, QStringLiteral("the Aegis file"));
    if (!document) {
        return document.error();
    }
    const QJsonObject root = document->object();
    if (!document->isObject() || !root.value(QLatin1String("header")).isObject()) {
        return corrupt(QStringLiteral("the Aegis file has no header"));
    }
    const int version = root.value(QLatin1String("version")).toInt(-1);
    if (version != 1) {
        return makeError(ErrorCode::UnsupportedVersion,
                         QStringLiteral("Aegis file version %1 is not supported (1 is)").arg(version));
    }
    const QJsonObject header = root.value(QLatin1String("header")).toObject();
    const QJsonValue db = root.value(QLatin1String("db"));
    if (db.isObject()) {
        return readDatabase(db.toObject());
    }
    if (!db.isString()) {
        return corrupt(QStringLiteral("the Aegis file's 'db' is neither an object nor encrypted text"));
    }
    if (!password) {
        return needsPasswordError(displayName());
    }
    const QJsonValue slots = header.value(QLatin1String("slots"));
    if (!slots.isArray()) {
        return corrupt(QStringLiteral("the encrypted Aegis file has no key slots"));
    }
    auto params = readGcmParams(header.value(QLatin1String("params")), QStringLiteral("the header"));
    if (!params) {
        return params.error();
    }
    auto ciphertext = decodeBase64(db.toString(), QStringLiteral("the encrypted Aegis database"));
    if (!ciphertext) {
        return ciphertext.error();
    }
    auto masterKey = unlockMasterKey(slots.toArray(), *password);
    if (!masterKey) {
        return masterKey.error();
    }
    auto plaintext = support::decryptExport(*masterKey, params->nonce, *ciphertext, params->tag);
    if (!plaintext) {
        return corrupt(QStringLiteral("the password is right but the encrypted Aegis database is damaged"));
    }
    QByteArray json(reinterpret_cast<const char*>(plaintext->data()), static_cast<qsizetype>(plaintext->size()));
    auto decrypted = parseJson(json, QStringLiteral("the decrypted Aegis database"));
    SecretBytes::takeFrom(json); // wipes the plaintext copy
    if (!decrypted) {
        return decrypted.error();
    }
    return readDatabase(decrypted->object());
}

} // namespace twostep::formats
