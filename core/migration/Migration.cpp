// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration/Migration.h"

#include "GoogleAuthMigration.pb.h"
#include "common/SecretBytes.h"
#include "otp/OtpauthUri.h"

#include <QByteArray>
#include <QRandomGenerator>
#include <QUrl>

#include <openssl/crypto.h>

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>

namespace twostep::migration {

namespace {

using Payload = pb::MigrationPayload;

const QString kScheme = QStringLiteral("otpauth-migration://");

Error inputError(const QString& why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("transfer QR: %1").arg(why));
}

// The bytes of protobuf strings cannot be owned by SecretBytes; wipe them before they are freed.
void wipe(std::string& bytes)
{
    if (!bytes.empty()) {
        OPENSSL_cleanse(bytes.data(), bytes.size());
    }
}

void wipe(Payload& payload)
{
    for (auto& parameters : *payload.mutable_otp_parameters()) {
        wipe(*parameters.mutable_secret());
    }
}

// Holds a payload and wipes its secrets however the function returns.
struct WipedPayload
{
    Payload payload;
    ~WipedPayload() { wipe(payload); }
};

struct WipedBytes
{
    QByteArray bytes;
    ~WipedBytes() { wipeBytes(bytes); }
};

Result<QByteArray> dataParameter(QStringView uri)
{
    const qsizetype questionMark = uri.indexOf(QLatin1Char('?'));
    if (questionMark < 0) {
        return inputError(QStringLiteral("the URI has no 'data' parameter"));
    }
    QStringView query = uri.mid(questionMark + 1);
    const qsizetype fragment = query.indexOf(QLatin1Char('#'));
    if (fragment >= 0) {
        query = query.left(fragment);
    }
    for (QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals < 0 || pair.left(equals).trimmed().compare(QLatin1String("data"), Qt::CaseInsensitive) != 0) {
            continue;
        }
        // Percent-decoding only: '+' is base64 here, never a space.
        QByteArray value = QByteArray::fromPercentEncoding(pair.mid(equals + 1).trimmed().toLatin1());
        // A form decoder upstream may already have turned '+' into ' '.
        value.replace(' ', '+');
        if (value.isEmpty()) {
            return inputError(QStringLiteral("the 'data' parameter is empty"));
        }
        return value;
    }
    return inputError(QStringLiteral("the URI has no 'data' parameter"));
}

Result<QByteArray> decodeBase64(const QByteArray& text)
{
    for (const char c : text) {
        const bool valid = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
                           c == '/' || c == '-' || c == '_' || c == '=';
        if (!valid) {
            return inputError(
                QStringLiteral("the 'data' parameter is not base64 (character '%1')").arg(QString::fromLatin1(&c, 1)));
        }
    }
    const auto options =
        text.contains('-') || text.contains('_') ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding;
    auto decoded = QByteArray::fromBase64Encoding(text, options | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return inputError(QStringLiteral("the 'data' parameter is not valid base64"));
    }
    return std::move(decoded.decoded);
}

QString displayName(const QString& issuer, const QString& name)
{
    if (issuer.isEmpty()) {
        return name.isEmpty() ? QStringLiteral("(unnamed)") : name;
    }
    return issuer + QLatin1Char(':') + name;
}

// One entry of the payload to an Account, or a reason to leave it out.
Result<otp::Account> toAccount(Payload::OtpParameters& entry)
{
    QString name = QString::fromUtf8(entry.name().data(), static_cast<qsizetype>(entry.name().size())).trimmed();
    QString issuer = QString::fromUtf8(entry.issuer().data(), static_cast<qsizetype>(entry.issuer().size())).trimmed();
    // The issuer may hold ':' itself ("Test: Foo", "localhost:8000"); otherwise the first ':' ends it.
    const qsizetype colon = !issuer.isEmpty() && name.startsWith(issuer + QLatin1Char(':'))
                                ? issuer.size()
                                : name.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        const QString prefix = name.left(colon).trimmed();
        if (issuer.isEmpty() || prefix == issuer) {
            issuer = prefix;
            name = name.mid(colon + 1).trimmed();
        }
    }
    const QString who = displayName(issuer, name);
    auto skip = [&who](const QString& why) {
        return makeError(ErrorCode::Unsupported, who + QStringLiteral(": ") + why);
    };

    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    switch (entry.algorithm()) {
    case Payload::ALGORITHM_UNSPECIFIED:
    case Payload::SHA1:
        break;
    case Payload::SHA256:
        algorithm = otp::Algorithm::Sha256;
        break;
    case Payload::SHA512:
        algorithm = otp::Algorithm::Sha512;
        break;
    case Payload::MD5:
        return skip(QStringLiteral("left out: the MD5 algorithm is not supported"));
    default:
        return skip(QStringLiteral("left out: unknown algorithm value %1").arg(static_cast<int>(entry.algorithm())));
    }
    int digits = 6;
    switch (entry.digits()) {
    case Payload::DIGIT_COUNT_UNSPECIFIED:
    case Payload::SIX:
        break;
    case Payload::EIGHT:
        digits = 8;
        break;
    default:
        return skip(QStringLiteral("left out: unknown digit count value %1").arg(static_cast<int>(entry.digits())));
    }
    otp::OtpType type = otp::OtpType::Totp;
    switch (entry.type()) {
    case Payload::OTP_TYPE_UNSPECIFIED:
    case Payload::TOTP:
        break;
    case Payload::HOTP:
        type = otp::OtpType::Hotp;
        break;
    default:
        return skip(QStringLiteral("left out: unknown OTP type value %1").arg(static_cast<int>(entry.type())));
    }
    if (entry.counter() < 0) {
        return skip(QStringLiteral("left out: negative counter %1").arg(entry.counter()));
    }
    if (entry.secret().empty()) {
        return skip(QStringLiteral("left out: it has no secret"));
    }
    auto parameters =
        otp::OtpParameters::create(type, algorithm, digits, otp::kDefaultPeriod,
                                   type == otp::OtpType::Hotp ? static_cast<std::uint64_t>(entry.counter()) : 0);
    if (!parameters) {
        return skip(QStringLiteral("left out: ") + parameters.error().detail);
    }
    otp::Account account;
    account.issuer = issuer;
    account.name = name;
    otp::normalizeLabel(account);
    if (Status hasName = otp::requireName(account); !hasName) {
        return skip(QStringLiteral("left out: ") + hasName.error().detail);
    }
    account.parameters = *parameters;
    std::string& secret = *entry.mutable_secret();
    account.secret =
        SecretBytes(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(secret.data()), secret.size()));
    return account;
}

// Why `account` cannot travel in a transfer payload, or an empty string.
QString exportProblem(const otp::Account& account)
{
    const otp::OtpParameters& parameters = account.parameters;
    if (parameters.type() == otp::OtpType::Steam) {
        return QStringLiteral("Steam codes cannot be transferred to Google Authenticator");
    }
    if (parameters.type() == otp::OtpType::Totp && parameters.period() != otp::kDefaultPeriod) {
        return QStringLiteral("its period is %1 s and the transfer format only carries 30 s").arg(parameters.period());
    }
    if (parameters.digits() != 6 && parameters.digits() != 8) {
        return QStringLiteral("it has %1 digits and the transfer format only carries 6 or 8").arg(parameters.digits());
    }
    if (parameters.counter() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
        return QStringLiteral("its counter is too large for the transfer format");
    }
    if (account.secret.empty()) {
        return QStringLiteral("it has no secret");
    }
    return {};
}

void fillEntry(Payload::OtpParameters& entry, const otp::Account& account)
{
    entry.set_secret(reinterpret_cast<const char*>(account.secret.data()), account.secret.size());
    entry.set_name(account.name.toStdString());
    entry.set_issuer(account.issuer.toStdString());
    switch (account.parameters.algorithm()) {
    case otp::Algorithm::Sha1:
        entry.set_algorithm(Payload::SHA1);
        break;
    case otp::Algorithm::Sha256:
        entry.set_algorithm(Payload::SHA256);
        break;
    case otp::Algorithm::Sha512:
        entry.set_algorithm(Payload::SHA512);
        break;
    }
    entry.set_digits(account.parameters.digits() == 8 ? Payload::EIGHT : Payload::SIX);
    if (account.parameters.type() == otp::OtpType::Hotp) {
        entry.set_type(Payload::HOTP);
        entry.set_counter(static_cast<std::int64_t>(account.parameters.counter()));
    } else {
        entry.set_type(Payload::TOTP);
    }
}

} // namespace

Result<MigrationBatch> parseMigrationUri(QStringView input)
{
    const QStringView uri = input.trimmed();
    if (!uri.startsWith(kScheme, Qt::CaseInsensitive)) {
        return inputError(QStringLiteral("not a transfer URI: it must start with otpauth-migration://"));
    }
    WipedBytes base64;
    {
        auto data = dataParameter(uri);
        if (!data) {
            return data.error();
        }
        base64.bytes = std::move(*data);
    }
    WipedBytes bytes;
    {
        auto decoded = decodeBase64(base64.bytes);
        if (!decoded) {
            return decoded.error();
        }
        bytes.bytes = std::move(*decoded);
    }
    WipedPayload parsed;
    if (!parsed.payload.ParseFromArray(bytes.bytes.constData(), static_cast<int>(bytes.bytes.size()))) {
        return inputError(QStringLiteral("the data is not a Google Authenticator payload (truncated or damaged)"));
    }
    MigrationBatch batch;
    batch.version = parsed.payload.version();
    batch.batchSize = parsed.payload.batch_size();
    batch.batchIndex = parsed.payload.batch_index();
    batch.batchId = parsed.payload.batch_id();
    for (auto& entry : *parsed.payload.mutable_otp_parameters()) {
        auto account = toAccount(entry);
        if (account) {
            batch.accounts.append(std::move(*account));
        } else {
            batch.warnings.append(account.error().detail);
        }
    }
    if (batch.accounts.isEmpty()) {
        QString why = QStringLiteral("the payload holds no account it can read");
        if (!batch.warnings.isEmpty()) {
            why += QStringLiteral(" (") + batch.warnings.join(QStringLiteral("; ")) + QLatin1Char(')');
        }
        return inputError(why);
    }
    return batch;
}

namespace {

// Room for batch_size and batch_index, packed at their largest, to change the URI's length.
constexpr qsizetype kPackingMargin = 64;

QString transferUri(const QList<const otp::Account*>& group, int batchSize, int index, std::int32_t batchId)
{
    WipedPayload batch;
    batch.payload.set_version(1);
    batch.payload.set_batch_size(batchSize);
    batch.payload.set_batch_index(index);
    batch.payload.set_batch_id(batchId);
    for (const otp::Account* account : group) {
        fillEntry(*batch.payload.add_otp_parameters(), *account);
    }
    std::string serialized;
    batch.payload.SerializeToString(&serialized);
    WipedBytes raw;
    raw.bytes = QByteArray(serialized.data(), static_cast<qsizetype>(serialized.size()));
    wipe(serialized);
    WipedBytes base64;
    base64.bytes = raw.bytes.toBase64();
    return QStringLiteral("otpauth-migration://offline?data=") +
           QString::fromLatin1(QUrl::toPercentEncoding(QString::fromLatin1(base64.bytes)));
}

// The length of the URI `group` makes, with batch fields as large as they can get.
qsizetype packedLength(const QList<const otp::Account*>& group, int largest)
{
    QString uri = transferUri(group, largest, largest, std::numeric_limits<std::int32_t>::min());
    const qsizetype length = uri.size();
    wipeText(uri);
    return length;
}

} // namespace

MigrationExport buildMigrationUris(const QList<otp::Account>& accounts)
{
    MigrationExport result;
    QList<const otp::Account*> exportable;
    for (const otp::Account& account : accounts) {
        const QString problem = exportProblem(account);
        if (problem.isEmpty()) {
            exportable.append(&account);
        } else {
            result.warnings.append(displayName(account.issuer, account.name) + QStringLiteral(": left out, ") +
                                   problem);
        }
    }
    // Each URI must fit one QR code: an account too long even alone is left out, the others are
    // packed up to kMaxAccountsPerBatch per URI while they fit.
    const int largest = static_cast<int>(std::min<qsizetype>(exportable.size(), std::numeric_limits<int>::max()));
    const qsizetype limit = kMaxQrUriBytes - kPackingMargin;
    QList<QList<const otp::Account*>> groups;
    for (const otp::Account* account : exportable) {
        if (const qsizetype alone = packedLength({account}, largest); alone > limit) {
            result.warnings.append(
                displayName(account->issuer, account->name) +
                QStringLiteral(": left out, too long for a QR code (%1 bytes, at most %2)").arg(alone).arg(limit));
            continue;
        }
        if (!groups.isEmpty() && groups.last().size() < kMaxAccountsPerBatch) {
            QList<const otp::Account*> trial = groups.last();
            trial.append(account);
            if (packedLength(trial, largest) <= limit) {
                groups.last() = trial;
                continue;
            }
        }
        groups.append({account});
    }
    if (groups.isEmpty()) {
        return result;
    }
    const auto batchId = static_cast<std::int32_t>(QRandomGenerator::system()->generate());
    const int batchSize = static_cast<int>(groups.size());
    for (int index = 0; index < batchSize; ++index) {
        result.accountCount += static_cast<int>(groups.at(index).size());
        result.uris.append(transferUri(groups.at(index), batchSize, index, batchId));
    }
    return result;
}

} // namespace twostep::migration
