// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "formats/Importer.h"
#include "otp/Account.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <cstdint>
#include <optional>

// Shared parsing steps of the importers; internal to core/formats. Every error is CorruptFile
// and names the entry and field, since the input is someone else's file.
namespace twostep::formats::support {

// Objects and arrays a JSON import may hold, counted before parsing (jsonContainersWithin): 100,000
// accounts of up to 6 each. Qt's JSON classes take a few hundred bytes for each.
constexpr qsizetype kMaxJsonContainers = 600000;
// LimitExceeded for a file of more than kMaxJsonContainers, naming `what`.
Error tooManyContainers(const QString& what);

// A JSON document; CorruptFile with Qt's reason and offset when it does not parse, LimitExceeded
// over kMaxJsonContainers (before parsing).
Result<QJsonDocument> parseJson(const QByteArray& data, const QString& what);
// Cheap structural probe for detect(): the document parses and is an object with every key
// (nullopt over kMaxJsonContainers, unparsed).
std::optional<QJsonObject> jsonObjectWithKeys(const QByteArray& data, std::initializer_list<const char*> keys);

// "entry 3 (Deno: Mason)" for messages; 1-based.
QString describeEntry(int index, const QString& issuer, const QString& name);

struct EntryFields
{
    QString issuer;
    QString name;
    QString typeName;      // totp/hotp/steam in any case; other names are unsupported types
    QString algorithmName; // empty means SHA1
    // Absent means the type's default (6 digits, 30 s); a value the file states is checked, never
    // defaulted: 0 digits or a period of 0 s skips the entry, as the apps themselves refuse them.
    std::optional<std::int64_t> digits;
    std::optional<std::int64_t> period; // ignored for hotp
    std::uint64_t counter = 0;
};

// Builds and validates an account; issuer and name are normalised (otp::normalizeLabel) and an
// entry with neither is skipped as "no name" (otp::requireName). An unknown type yields Unsupported; anything else that
// is wrong yields CorruptFile. Both name `entry` and become a skipped line through collect().
Result<otp::Account> makeAccount(const EntryFields& fields, SecretBytes secret, const QString& entry);
// makeAccount with a base32 secret; the secret of an unsupported type is not decoded at all.
Result<otp::Account> makeAccountFromBase32(const EntryFields& fields, QStringView base32, const QString& entry);
// Turns accounts whose issuer or name the vault would refuse (vault::limits::kMaxLabelLength;
// otpauth URIs and migration batches do not pass through makeAccount) into skipped lines, so one
// such entry never sinks a file. planImport() applies it.
void leaveOutOverlongLabels(ImportResult& result);
// Keeps the first kMaxKeptSkipped skipped lines and counts the rest (ImportResult::omittedSkipped).
void addSkipped(ImportResult& result, const QString& line);
// LimitExceeded once `result` holds more accounts than a vault may (vault::limits::kMaxAccounts).
Status checkAccountCount(const ImportResult& result);
// Appends the account, or the reason it cannot be imported to `skipped` (addSkipped): one bad
// entry never sinks the file. Past vault::limits::kMaxAccounts accounts, the rest are skipped.
void collect(ImportResult& result, Result<otp::Account> account);
Result<SecretBytes> decodeSecret(QStringView base32, const QString& entry);

// A password manager's TOTP field: an otpauth URI, `steam://SECRET`, or a bare base32 secret
// (a default TOTP). The item's `issuer` and `name` fill what the field does not name itself (the
// last two forms, or a URI without a label). The URI parser's remarks go to `notes`, by entry.
Result<otp::Account> accountFromTotpField(QStringView text, const QString& issuer, const QString& name,
                                          const QString& entry, QStringList* notes = nullptr);

// Strict decoders: anything outside the alphabet is CorruptFile naming `what`.
Result<QByteArray> decodeBase64(QStringView text, const QString& what);
Result<QByteArray> decodeHex(QStringView text, const QString& what, qsizetype expectedBytes = -1);

// JSON value accessors that reject a wrong type instead of silently using a default.
Result<QString> stringField(const QJsonObject& object, const char* key, const QString& entry, bool required);
Result<std::int64_t> integerField(const QJsonObject& object, const char* key, const QString& entry,
                                  std::int64_t fallback);
// integerField without a fallback: nullopt when the key is absent or null.
Result<std::optional<std::int64_t>> optionalIntegerField(const QJsonObject& object, const char* key,
                                                         const QString& entry);
// A HOTP counter (0 when absent): a whole number from 0 to otp::kMaxCounter, exact. A JSON number
// is exact up to 2^53 only, a string up to kMaxCounter; anything else is CorruptFile naming why.
Result<std::uint64_t> counterField(const QJsonObject& object, const char* key, const QString& entry);

// AES-256-GCM (crypto::open) of another app's export, without associated data: CorruptFile for a
// nonce or tag of the wrong size, WrongPassword when the tag does not verify (a wrong password is
// the usual cause; callers that can tell a damaged file apart say so).
Result<SecretBytes> decryptExport(const SecretBytes& key, const QByteArray& nonce, const QByteArray& ciphertext,
                                  const QByteArray& tag);

Error needsPasswordError(const QString& format);
// An encrypted variant this build cannot read: Unsupported naming it and how to export it plainly.
Error unreadableEncryptionError(const QString& variant, const QString& howToExportPlainly);

// Valid UTF-8 without NUL bytes: the text formats' precondition.
bool isText(const QByteArray& data);

} // namespace twostep::formats::support
