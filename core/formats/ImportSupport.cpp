// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/ImportSupport.h"

#include "common/JsonBounds.h"
#include "otp/Base32.h"
#include "otp/OtpauthUri.h"
#include "vault/VaultEntry.h"

#include <QJsonParseError>
#include <QStringDecoder>

#include <algorithm>

namespace twostep::formats::support {

namespace {

Error corrupt(const QString& detail)
{
    return makeError(ErrorCode::CorruptFile, detail);
}

// The one naming rule of every importer: normalised, and skipped when nothing names it.
Result<otp::Account> named(otp::Account account, const QString& entry)
{
    otp::normalizeLabel(account);
    if (Status hasName = otp::requireName(account); !hasName) {
        return corrupt(QStringLiteral("%1: %2").arg(entry, hasName.error().detail));
    }
    return account;
}

} // namespace

Error tooManyContainers(const QString& what)
{
    return makeError(ErrorCode::LimitExceeded,
                     QStringLiteral("%1 holds more than %2 JSON objects and arrays; an export of 100,000 accounts "
                                    "holds fewer")
                         .arg(what)
                         .arg(kMaxJsonContainers));
}

Result<QJsonDocument> parseJson(const QByteArray& data, const QString& what)
{
    if (!jsonContainersWithin(data, kMaxJsonContainers)) {
        return tooManyContainers(what);
    }
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        return corrupt(
            QStringLiteral("%1 is not valid JSON: %2 at byte %3").arg(what, error.errorString()).arg(error.offset));
    }
    return document;
}

std::optional<QJsonObject> jsonObjectWithKeys(const QByteArray& data, std::initializer_list<const char*> keys)
{
    const QByteArray trimmed = data.trimmed();
    if (!trimmed.startsWith('{') || !jsonContainersWithin(trimmed, kMaxJsonContainers)) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(trimmed);
    if (!document.isObject()) {
        return std::nullopt;
    }
    QJsonObject object = document.object();
    for (const char* key : keys) {
        if (!object.contains(QLatin1String(key))) {
            return std::nullopt;
        }
    }
    return object;
}

QString describeEntry(int index, const QString& issuer, const QString& name)
{
    QString label = issuer.isEmpty() ? name : name.isEmpty() ? issuer : issuer + QStringLiteral(": ") + name;
    // A message names the entry; a name of megabytes would make every message as large.
    constexpr qsizetype kShown = 80;
    if (label.size() > kShown) {
        label = label.left(kShown) + QStringLiteral("…");
    }
    return label.isEmpty() ? QStringLiteral("entry %1").arg(index + 1)
                           : QStringLiteral("entry %1 (%2)").arg(index + 1).arg(label);
}

Result<SecretBytes> decodeSecret(QStringView base32, const QString& entry)
{
    if (base32.trimmed().isEmpty()) {
        return corrupt(QStringLiteral("%1 has no secret").arg(entry));
    }
    auto secret = otp::decodeBase32(base32);
    if (!secret) {
        return corrupt(QStringLiteral("%1: the secret is not valid base32: %2").arg(entry, secret.error().detail));
    }
    return std::move(secret).value();
}

Result<otp::Account> makeAccount(const EntryFields& fields, SecretBytes secret, const QString& entry)
{
    const std::optional<otp::OtpType> type = otp::typeFromName(fields.typeName.trimmed());
    if (!type) {
        return makeError(ErrorCode::Unsupported,
                         QStringLiteral("%1: its type '%2' is not supported (only TOTP, HOTP and Steam)")
                             .arg(entry, fields.typeName));
    }
    if (fields.issuer.size() > vault::limits::kMaxLabelLength || fields.name.size() > vault::limits::kMaxLabelLength) {
        return makeError(ErrorCode::Unsupported, QStringLiteral("%1: its issuer or name is longer than %2 characters")
                                                     .arg(entry)
                                                     .arg(vault::limits::kMaxLabelLength));
    }
    if (secret.empty()) {
        return corrupt(QStringLiteral("%1 has an empty secret").arg(entry));
    }
    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    if (!fields.algorithmName.isEmpty()) {
        const std::optional<otp::Algorithm> parsed = otp::algorithmFromName(fields.algorithmName);
        if (!parsed) {
            return corrupt(QStringLiteral("%1 has an unknown algorithm '%2'").arg(entry, fields.algorithmName));
        }
        algorithm = *parsed;
    }
    int digits = otp::kDefaultDigits;
    if (*type == otp::OtpType::Steam) {
        // Steam codes are defined as 5 characters over HMAC-SHA1, whatever the file stored.
        digits = otp::kSteamDigits;
        algorithm = otp::Algorithm::Sha1;
    } else if (fields.digits) {
        if (*fields.digits < otp::kMinDigits || *fields.digits > otp::kMaxDigits) {
            return corrupt(QStringLiteral("%1: digits must be between %2 and %3, not %4")
                               .arg(entry)
                               .arg(otp::kMinDigits)
                               .arg(otp::kMaxDigits)
                               .arg(*fields.digits));
        }
        digits = static_cast<int>(*fields.digits);
    }
    std::int64_t period = otp::kDefaultPeriod;
    if (fields.period && *type != otp::OtpType::Hotp) {
        if (*fields.period <= 0) {
            return corrupt(QStringLiteral("%1: the period must be a positive number of seconds, not %2")
                               .arg(entry)
                               .arg(*fields.period));
        }
        period = *fields.period;
    }
    auto parameters = otp::OtpParameters::create(*type, algorithm, digits, period, fields.counter);
    if (!parameters) {
        return corrupt(QStringLiteral("%1: %2").arg(entry, parameters.error().detail));
    }
    otp::Account account;
    account.issuer = fields.issuer;
    account.name = fields.name;
    account.secret = std::move(secret);
    account.parameters = *parameters;
    return named(std::move(account), entry);
}

Result<otp::Account> makeAccountFromBase32(const EntryFields& fields, QStringView base32, const QString& entry)
{
    if (!otp::typeFromName(fields.typeName.trimmed())) {
        return makeAccount(fields, SecretBytes(), entry); // Unsupported: the caller warns
    }
    Result<SecretBytes> secret = decodeSecret(base32, entry);
    if (!secret) {
        return secret.error();
    }
    return makeAccount(fields, std::move(secret).value(), entry);
}

void leaveOutOverlongLabels(ImportResult& result)
{
    for (qsizetype i = 0; i < result.accounts.size();) {
        const otp::Account& account = result.accounts.at(i);
        if (account.issuer.size() <= vault::limits::kMaxLabelLength &&
            account.name.size() <= vault::limits::kMaxLabelLength) {
            ++i;
            continue;
        }
        addSkipped(result, QStringLiteral("%1: its issuer or name is longer than %2 characters")
                               .arg(describeEntry(static_cast<int>(i), account.issuer, account.name))
                               .arg(vault::limits::kMaxLabelLength));
        result.accounts.removeAt(i);
    }
}

void addSkipped(ImportResult& result, const QString& line)
{
    if (result.skipped.size() < kMaxKeptSkipped) {
        result.skipped.append(line);
    } else {
        ++result.omittedSkipped;
    }
}

Status checkAccountCount(const ImportResult& result)
{
    if (result.accounts.size() > vault::limits::kMaxAccounts) {
        return makeError(ErrorCode::LimitExceeded, QStringLiteral("the file holds more than %1 accounts, more than a "
                                                                  "vault may hold")
                                                       .arg(vault::limits::kMaxAccounts));
    }
    return {};
}

void collect(ImportResult& result, Result<otp::Account> account)
{
    if (account && result.accounts.size() >= vault::limits::kMaxAccounts) {
        account =
            makeError(ErrorCode::LimitExceeded,
                      QStringLiteral("%1: a vault holds at most %2 accounts")
                          .arg(describeEntry(static_cast<int>(result.accounts.size()), account->issuer, account->name))
                          .arg(vault::limits::kMaxAccounts));
    }
    if (account) {
        result.accounts.append(std::move(account).value());
    } else {
        addSkipped(result, account.error().detail);
    }
}

Error needsPasswordError(const QString& format)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("this %1 export is encrypted: a password is needed").arg(format));
}

Error unreadableEncryptionError(const QString& variant, const QString& howToExportPlainly)
{
    return makeError(ErrorCode::Unsupported,
                     QStringLiteral("this is %1, which Twostep cannot read yet; %2").arg(variant, howToExportPlainly));
}

Result<otp::Account> accountFromTotpField(QStringView input, const QString& issuer, const QString& name,
                                          const QString& entry, QStringList* notes)
{
    const QStringView text = input.trimmed();
    if (otp::isOtpauthUri(text)) {
        auto parsed = otp::parseOtpauthUri(text);
        if (!parsed) {
            return corrupt(QStringLiteral("%1: %2").arg(entry, parsed.error().detail));
        }
        otp::Account account = std::move(parsed->account);
        // A URI with no label (otpauth://totp?secret=…) is named by the item that holds it.
        const QString itemName = otp::normalizedLabelText(issuer);
        if (account.issuer.isEmpty() && itemName != account.name) {
            account.issuer = itemName;
        }
        if (account.name.isEmpty()) {
            account.name = name;
        }
        if (notes) {
            for (const QString& note : std::as_const(parsed->warnings)) {
                notes->append(QStringLiteral("%1: %2").arg(entry, note));
            }
        }
        return named(std::move(account), entry);
    }
    const QString steamScheme = QStringLiteral("steam://");
    const bool steam = text.startsWith(steamScheme, Qt::CaseInsensitive);
    auto secret = decodeSecret(steam ? text.mid(steamScheme.size()) : text, entry);
    if (!secret) {
        return secret.error();
    }
    EntryFields fields;
    fields.issuer = issuer;
    fields.name = name;
    fields.typeName = steam ? QStringLiteral("steam") : QStringLiteral("totp");
    return makeAccount(fields, std::move(secret).value(), entry);
}

Result<QByteArray> decodeBase64(QStringView text, const QString& what)
{
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return corrupt(QStringLiteral("%1 is not valid base64").arg(what));
    }
    return *decoded;
}

Result<QByteArray> decodeHex(QStringView text, const QString& what, qsizetype expectedBytes)
{
    const QStringView trimmed = text.trimmed();
    for (QChar c : trimmed) {
        if (!c.isDigit() && !(c.toLower() >= QLatin1Char('a') && c.toLower() <= QLatin1Char('f'))) {
            return corrupt(QStringLiteral("%1 is not hexadecimal").arg(what));
        }
    }
    if (trimmed.size() % 2 != 0) {
        return corrupt(QStringLiteral("%1 has an odd number of hex digits").arg(what));
    }
    QByteArray bytes = QByteArray::fromHex(trimmed.toLatin1());
    if (expectedBytes >= 0 && bytes.size() != expectedBytes) {
        return corrupt(QStringLiteral("%1 has %2 bytes (expected %3)").arg(what).arg(bytes.size()).arg(expectedBytes));
    }
    return bytes;
}

Result<QString> stringField(const QJsonObject& object, const char* key, const QString& entry, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isString()) {
        return value.toString();
    }
    if (value.isUndefined() || value.isNull()) {
        if (required) {
            return corrupt(QStringLiteral("%1 has no '%2'").arg(entry, QLatin1String(key)));
        }
        return QString();
    }
    return corrupt(QStringLiteral("%1: '%2' is not a string").arg(entry, QLatin1String(key)));
}

Result<std::int64_t> integerField(const QJsonObject& object, const char* key, const QString& entry,
                                  std::int64_t fallback)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return fallback;
    }
    // JSON numbers are doubles: accept exact integers only, within the 53-bit exact range (checked
    // first: casting a larger double to an integer is undefined).
    constexpr double kLimit = 9007199254740992.0;
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number >= -kLimit && number <= kLimit && number == static_cast<double>(static_cast<std::int64_t>(number))) {
            return static_cast<std::int64_t>(number);
        }
    }
    if (value.isString()) {
        bool ok = false;
        const qlonglong number = value.toString().trimmed().toLongLong(&ok);
        if (ok) {
            return number;
        }
    }
    return corrupt(QStringLiteral("%1: '%2' is not an integer").arg(entry, QLatin1String(key)));
}

Result<std::optional<std::int64_t>> optionalIntegerField(const QJsonObject& object, const char* key,
                                                         const QString& entry)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return std::optional<std::int64_t>();
    }
    Result<std::int64_t> number = integerField(object, key, entry, 0);
    if (!number) {
        return number.error();
    }
    return std::optional<std::int64_t>(*number);
}

Result<std::uint64_t> counterField(const QJsonObject& object, const char* key, const QString& entry)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        return std::uint64_t{0};
    }
    auto outOfRange = [&](const QString& text, const char* why) {
        return corrupt(QStringLiteral("%1: '%2' is %3, %4").arg(entry, QLatin1String(key), text, QLatin1String(why)));
    };
    QString text = value.isString() ? value.toString().trimmed() : QString();
    if (value.isDouble()) {
        constexpr double kExact = 9007199254740992.0; // 2^53
        const double number = value.toDouble();
        text = QString::number(number, 'g', 17);
        if (number > kExact) {
            return outOfRange(text, "beyond 2^53, the largest whole number a JSON number holds exactly");
        }
        if (number >= -kExact && number == static_cast<double>(static_cast<std::int64_t>(number))) {
            text = QString::number(static_cast<std::int64_t>(number));
        }
    }
    if (text.startsWith(QLatin1Char('-'))) {
        return outOfRange(text, "and a HOTP counter cannot be negative");
    }
    bool ok = false;
    const qulonglong counter = text.toULongLong(&ok);
    if (ok) {
        return std::uint64_t{counter};
    }
    const bool digitsOnly =
        !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    if (digitsOnly) {
        return outOfRange(text, "larger than the largest HOTP counter, 18446744073709551615");
    }
    return corrupt(QStringLiteral("%1: '%2' is not a whole number").arg(entry, QLatin1String(key)));
}

bool isText(const QByteArray& data)
{
    if (data.contains('\0')) {
        return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString text = decoder.decode(data);
    return !decoder.hasError();
}

} // namespace twostep::formats::support
