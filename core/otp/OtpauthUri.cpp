// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "otp/OtpauthUri.h"

#include "otp/Base32.h"

#include <QUrl>

#include <optional>

namespace twostep::otp {

namespace {

const QString kScheme = QStringLiteral("otpauth://");
const QString kMigrationScheme = QStringLiteral("otpauth-migration://");

Error parameterError(const QString& name, const QString& why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("parameter '%1' %2").arg(name, why));
}

// Query values are often form-encoded, where '+' stands for a space.
QString formDecode(QStringView text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QString percentEncode(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

struct Query
{
    QList<std::pair<QString, QString>> items; // lower-cased name, decoded value; each name once

    std::optional<QString> value(const QString& name) const
    {
        for (const auto& [key, value] : items) {
            if (key == name) {
                return value;
            }
        }
        return std::nullopt;
    }
};

// A parameter given twice with different values (secret=X&secret=Y) is an error: taking either
// silently could make the wrong codes.
Result<Query> parseQuery(QStringView query)
{
    Query result;
    for (QStringView pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        const QString key = formDecode(equals < 0 ? pair : pair.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : formDecode(pair.mid(equals + 1)).trimmed();
        const std::optional<QString> earlier = result.value(key);
        if (!earlier) {
            result.items.append({key, value});
        } else if (*earlier != value) {
            return parameterError(key, QStringLiteral("is given more than once with different values"));
        }
    }
    return result;
}

// In a label '+' is a space as some encoders write it, except in an e-mail address, where it is
// sub-addressing (me+aws@example.com).
QString decodeLabelPart(QStringView raw)
{
    QByteArray bytes = raw.toUtf8();
    if (!bytes.contains('@') && !bytes.contains("%40")) {
        bytes.replace('+', ' ');
    }
    return QUrl::fromPercentEncoding(bytes).trimmed();
}

struct LabelSplit
{
    QString issuer; // the label's prefix, decoded
    QString name;
};

// The separators of a raw label: each literal ':' and each '%3A' (any case), in order.
QList<std::pair<qsizetype, qsizetype>> labelSeparators(QStringView rawLabel)
{
    QList<std::pair<qsizetype, qsizetype>> separators;
    for (qsizetype i = 0; i < rawLabel.size(); ++i) {
        if (rawLabel.at(i) == QLatin1Char(':')) {
            separators.append({i, 1});
        } else if (rawLabel.mid(i, 3).compare(QLatin1String("%3A"), Qt::CaseInsensitive) == 0) {
            separators.append({i, 3});
        }
    }
    return separators;
}

// An issuer may hold ':' itself ("Test: Foo", "localhost:8000"): when the label starts with the
// issuer parameter and a separator, that is the prefix. Otherwise the prefix ends at the first
// literal ':', failing that at the first '%3A'. Splitting the raw label keeps an encoded '+'
// (%2B) a plus while a bare '+' can still mean a space.
LabelSplit splitLabel(QStringView rawLabel, const QString& issuer)
{
    const QList<std::pair<qsizetype, qsizetype>> separators = labelSeparators(rawLabel);
    auto splitAt = [rawLabel](std::pair<qsizetype, qsizetype> separator) {
        return LabelSplit{decodeLabelPart(rawLabel.left(separator.first)),
                          decodeLabelPart(rawLabel.mid(separator.first + separator.second))};
    };
    if (!issuer.isEmpty()) {
        for (const auto& separator : separators) {
            if (decodeLabelPart(rawLabel.left(separator.first)) == issuer) {
                return splitAt(separator);
            }
        }
    }
    for (const auto& separator : separators) {
        if (separator.second == 1) {
            return splitAt(separator);
        }
    }
    if (!separators.isEmpty()) {
        return splitAt(separators.first());
    }
    return LabelSplit{QString(), decodeLabelPart(rawLabel)};
}

Result<int> parseInteger(const QString& name, const QString& value, int min, int max, const QString& expectation)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max) {
        return parameterError(name, QStringLiteral("must be %1, not '%2'").arg(expectation, value));
    }
    return number;
}

} // namespace

bool isOtpauthUri(QStringView text)
{
    return text.trimmed().startsWith(kScheme, Qt::CaseInsensitive);
}

bool isMigrationUri(QStringView text)
{
    return text.trimmed().startsWith(kMigrationScheme, Qt::CaseInsensitive);
}

Result<ParsedUri> parseOtpauthUri(QStringView input)
{
    const QStringView uri = input.trimmed();
    if (!uri.startsWith(kScheme, Qt::CaseInsensitive)) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not an otpauth URI: it must start with otpauth://"));
    }
    QStringView rest = uri.mid(kScheme.size());
    const qsizetype fragment = rest.indexOf(QLatin1Char('#'));
    if (fragment >= 0) {
        rest = rest.left(fragment);
    }
    const qsizetype questionMark = rest.indexOf(QLatin1Char('?'));
    const QStringView path = questionMark < 0 ? rest : rest.left(questionMark);
    const QStringView queryText = questionMark < 0 ? QStringView() : rest.mid(questionMark + 1);
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    const QStringView typeText = slash < 0 ? path : path.left(slash);
    const QStringView rawLabel = slash < 0 ? QStringView() : path.mid(slash + 1);

    std::optional<OtpType> type = typeFromName(typeText);
    if (!type) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("unsupported OTP type '%1' (expected totp, hotp or steam)").arg(typeText));
    }

    ParsedUri parsed;
    Account& account = parsed.account;

    const Result<Query> parsedQuery = parseQuery(queryText);
    if (!parsedQuery) {
        return parsedQuery.error();
    }
    const Query& query = *parsedQuery;
    const std::optional<QString> issuer = query.value(QStringLiteral("issuer"));
    const LabelSplit label = splitLabel(rawLabel, issuer.value_or(QString()));
    account.name = label.name;
    if (issuer && !issuer->isEmpty()) {
        account.issuer = *issuer;
        if (!label.issuer.isEmpty() && label.issuer != *issuer) {
            parsed.warnings.append(QStringLiteral("the label names issuer '%1' but the issuer parameter says '%2'; "
                                                  "using '%2'")
                                       .arg(normalizedLabelText(label.issuer), normalizedLabelText(*issuer)));
        }
    } else {
        account.issuer = label.issuer;
    }

    const std::optional<QString> secret = query.value(QStringLiteral("secret"));
    if (!secret || secret->isEmpty()) {
        return parameterError(QStringLiteral("secret"), QStringLiteral("is missing"));
    }
    Result<SecretBytes> secretBytes = decodeBase32(*secret);
    if (!secretBytes) {
        return parameterError(QStringLiteral("secret"),
                              QStringLiteral("is not valid base32: %1").arg(secretBytes.error().detail));
    }
    account.secret = std::move(secretBytes).value();

    Algorithm algorithm = Algorithm::Sha1;
    if (const auto value = query.value(QStringLiteral("algorithm")); value && !value->isEmpty()) {
        const std::optional<Algorithm> named = algorithmFromName(*value);
        if (!named) {
            return parameterError(
                QStringLiteral("algorithm"),
                QStringLiteral("has unsupported value '%1' (expected SHA1, SHA256 or SHA512)").arg(*value));
        }
        algorithm = *named;
    }

    if (const auto encoder = query.value(QStringLiteral("encoder"));
        encoder && encoder->compare(QStringLiteral("steam"), Qt::CaseInsensitive) == 0) {
        type = OtpType::Steam;
    }
    if (*type == OtpType::Totp && account.issuer.compare(QStringLiteral("Steam"), Qt::CaseInsensitive) == 0) {
        type = OtpType::Steam;
    }

    int digits = *type == OtpType::Steam ? kSteamDigits : kDefaultDigits;
    if (const auto value = query.value(QStringLiteral("digits"));
        value && !value->isEmpty() && *type != OtpType::Steam) {
        Result<int> number = parseInteger(QStringLiteral("digits"), *value, kMinDigits, kMaxDigits,
                                          QStringLiteral("a whole number from 6 to 10"));
        if (!number) {
            return number.error();
        }
        digits = *number;
    }

    std::int64_t period = kDefaultPeriod;
    if (const auto value = query.value(QStringLiteral("period")); value && !value->isEmpty()) {
        bool ok = false;
        period = value->toLongLong(&ok);
        if (!ok || period <= 0) {
            if (*type != OtpType::Hotp) {
                return parameterError(
                    QStringLiteral("period"),
                    QStringLiteral("must be a positive whole number of seconds, not '%1'").arg(*value));
            }
            period = kDefaultPeriod;
        }
    }

    std::uint64_t counter = 0;
    if (*type == OtpType::Hotp) {
        const auto value = query.value(QStringLiteral("counter"));
        if (!value || value->isEmpty()) {
            return parameterError(QStringLiteral("counter"), QStringLiteral("is missing; hotp accounts require it"));
        }
        bool ok = false;
        counter = value->toULongLong(&ok);
        if (!ok) {
            return parameterError(
                QStringLiteral("counter"),
                QStringLiteral("must be a non-negative whole number up to %1, not '%2'").arg(kMaxCounter).arg(*value));
        }
    }

    Result<OtpParameters> parameters = OtpParameters::create(*type, algorithm, digits, period, counter);
    if (!parameters) {
        return parameters.error();
    }
    account.parameters = *parameters;
    normalizeLabel(account);
    return parsed;
}

QString formatOtpauthUri(const Account& account)
{
    const OtpParameters& p = account.parameters;
    QString uri = kScheme + typeName(p.type()) + QLatin1Char('/');
    // A literal ':' always ends the issuer; with no issuer, a name that contains a colon gets an
    // empty prefix so that its encoded colon is not taken for the separator.
    if (!account.issuer.isEmpty() || account.name.contains(QLatin1Char(':'))) {
        uri += percentEncode(account.issuer) + QLatin1Char(':');
    }
    uri += percentEncode(account.name);
    uri += QStringLiteral("?secret=") + encodeBase32(account.secret.bytes());
    if (!account.issuer.isEmpty()) {
        uri += QStringLiteral("&issuer=") + percentEncode(account.issuer);
    }
    uri += QStringLiteral("&algorithm=") + algorithmName(p.algorithm());
    uri += QStringLiteral("&digits=") + QString::number(p.digits());
    if (p.type() == OtpType::Hotp) {
        uri += QStringLiteral("&counter=") + QString::number(p.counter());
    } else {
        uri += QStringLiteral("&period=") + QString::number(p.period());
    }
    return uri;
}

} // namespace twostep::otp
