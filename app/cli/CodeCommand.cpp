// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "FreshCode.h"
#include "StdinOption.h"
#include "otp/Base32.h"
#include "otp/OtpGenerator.h"
#include "otp/OtpauthUri.h"

#include <QDateTime>

#include <chrono>
#include <string>

namespace twostep::cli {

namespace {
constexpr long long kMaxWindow = 100'000'000;
} // namespace

Result<long long> parseWindow(const QString& text)
{
    bool ok = false;
    const long long window = text.toLongLong(&ok);
    if (!ok || window < 1 || window > kMaxWindow) {
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("--window must be a whole number from 1 to %1, not '%2'").arg(kMaxWindow).arg(text));
    }
    return window;
}

Result<std::chrono::sys_seconds> parseTime(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("time"))) {
        return std::chrono::sys_seconds(std::chrono::seconds(QDateTime::currentSecsSinceEpoch()));
    }
    const QString text = parser.value(QStringLiteral("time"));
    bool ok = false;
    const long long seconds = text.toLongLong(&ok);
    if (!ok || seconds < 0) {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("--time must be a Unix time in whole seconds (0 or more), not '%1'").arg(text));
    }
    return std::chrono::sys_seconds(std::chrono::seconds(seconds));
}

Result<otp::Account> accountFromOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("uri"))) {
        for (const char* option : {"secret", "algorithm", "digits", "period", "counter", "type"}) {
            if (parser.isSet(QString::fromLatin1(option))) {
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("--uri cannot be combined with --%1").arg(QString::fromLatin1(option)));
            }
        }
        Result<QString> text = optionValue(parser, QStringLiteral("uri"));
        if (!text) {
            return text.error();
        }
        Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(*text);
        if (!parsed) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid --uri: %1").arg(parsed.error().detail));
        }
        for (const QString& note : std::as_const(parsed->warnings)) {
            printNote(QStringLiteral("note: %1").arg(note));
        }
        return std::move(parsed->account);
    }

    otp::Account account;
    Result<QString> base32 = optionValue(parser, QStringLiteral("secret"));
    if (!base32) {
        return base32.error();
    }
    Result<SecretBytes> secret = otp::decodeBase32(*base32);
    if (!secret) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid --secret: %1").arg(secret.error().detail));
    }
    account.secret = std::move(secret).value();

    otp::OtpType type = parser.isSet(QStringLiteral("counter")) ? otp::OtpType::Hotp : otp::OtpType::Totp;
    if (parser.isSet(QStringLiteral("type"))) {
        const QString name = parser.value(QStringLiteral("type"));
        const std::optional<otp::OtpType> named = otp::typeFromName(name);
        if (!named) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--type must be totp, hotp or steam, not '%1'").arg(name));
        }
        type = *named;
    }

    otp::Algorithm algorithm = otp::Algorithm::Sha1;
    if (parser.isSet(QStringLiteral("algorithm"))) {
        const QString name = parser.value(QStringLiteral("algorithm"));
        const std::optional<otp::Algorithm> named = otp::algorithmFromName(name);
        if (!named) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--algorithm must be SHA1, SHA256 or SHA512, not '%1'").arg(name));
        }
        algorithm = *named;
    }

    int digits = type == otp::OtpType::Steam ? otp::kSteamDigits : otp::kDefaultDigits;
    if (parser.isSet(QStringLiteral("digits"))) {
        const QString text = parser.value(QStringLiteral("digits"));
        bool ok = false;
        digits = text.toInt(&ok);
        if (!ok || (type != otp::OtpType::Steam && (digits < otp::kMinDigits || digits > otp::kMaxDigits))) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--digits must be a whole number from 6 to 10, not '%1'").arg(text));
        }
    }

    std::int64_t period = otp::kDefaultPeriod;
    if (parser.isSet(QStringLiteral("period"))) {
        const QString text = parser.value(QStringLiteral("period"));
        bool ok = false;
        period = text.toLongLong(&ok);
        if (!ok || period <= 0) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--period must be a positive whole number of seconds, not '%1'").arg(text));
        }
    }

    std::uint64_t counter = 0;
    if (parser.isSet(QStringLiteral("counter"))) {
        const QString text = parser.value(QStringLiteral("counter"));
        bool ok = false;
        counter = text.toULongLong(&ok);
        if (!ok || text.startsWith(QLatin1Char('-'))) {
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("--counter must be a whole number from 0 to %1, not '%2'")
                                 .arg(otp::kMaxCounter)
                                 .arg(text));
        }
    } else if (type == otp::OtpType::Hotp) {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("--counter is required for hotp"));
    }

    Result<otp::OtpParameters> parameters = otp::OtpParameters::create(type, algorithm, digits, period, counter);
    if (!parameters) {
        return parameters.error();
    }
    account.parameters = *parameters;
    return account;
}

// Prints `window` consecutive codes, starting at the step of `time` (or at the hotp counter).
// One buffer for all lines: --window 1000000 is a benchmark case.
int printCodes(const otp::Account& account, std::chrono::sys_seconds time, long long window)
{
    Result<otp::OtpGenerator> generator = otp::OtpGenerator::create(account);
    if (!generator) {
        return fail(generator.error());
    }
    const otp::OtpParameters& p = account.parameters;
    const std::uint64_t first = p.type() == otp::OtpType::Hotp ? p.counter() : otp::timeStep(time, p.period());
    // The last code is for first + window - 1; past kMaxCounter it would wrap to counter 0.
    if (static_cast<std::uint64_t>(window - 1) > otp::kMaxCounter - first) {
        return fail(makeError(ErrorCode::CounterExhausted,
                              QStringLiteral("counter %1 with --window %2 passes the largest HOTP counter, %3")
                                  .arg(first)
                                  .arg(window)
                                  .arg(otp::kMaxCounter)));
    }
    const auto digits = static_cast<std::size_t>(p.digits());
    std::string buffer;
    buffer.resize(static_cast<std::size_t>(window) * (digits + 1));
    char* out = buffer.data();
    for (long long i = 0; i < window; ++i) {
        generator->writeCode(first + static_cast<std::uint64_t>(i), std::span(out, digits));
        out[digits] = '\n';
        out += digits + 1;
    }
    writeOut(buffer);
    return kSuccess;
}

void addOtpOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("secret"), QStringLiteral("The secret key in base32") + stdinOptionHint() + QLatin1Char('.'),
         QStringLiteral("BASE32")},
        {QStringLiteral("uri"), QStringLiteral("An otpauth:// URI") + stdinOptionHint() + QLatin1Char('.'),
         QStringLiteral("OTPAUTH_URI")},
        {QStringLiteral("type"), QStringLiteral("totp (default), hotp or steam."), QStringLiteral("TYPE")},
        {QStringLiteral("algorithm"), QStringLiteral("SHA1 (default), SHA256 or SHA512."), QStringLiteral("ALG")},
        {QStringLiteral("digits"), QStringLiteral("Code length, 6 (default) to 10."), QStringLiteral("N")},
        {QStringLiteral("period"), QStringLiteral("Time step in seconds, default 30."), QStringLiteral("S")},
        {QStringLiteral("counter"), QStringLiteral("HOTP counter (implies --type hotp)."), QStringLiteral("C")},
    });
}

int runCode(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print one-time codes: from a secret or an otpauth URI, or for an account of the vault.\n"
                       "--window 2 prints AWS's \"MFA code 1\" and \"MFA code 2\".\n"
                       "For an ACCOUNT the unlocked Twostep window is asked first (its setting \"Codes for the "
                       "command line\"), then the keyring slot (\"Remember on this computer\"), then the password "
                       "on the terminal; a hotp account's counter advances and is saved."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"),
                                 QStringLiteral("An account of the vault (id or part of "
                                                "\"issuer:name\")."),
                                 QStringLiteral("[ACCOUNT]"));
    addOtpOptions(parser);
    parser.addOptions({
        {QStringLiteral("time"), QStringLiteral("Unix time to compute for; default now."), QStringLiteral("UNIX")},
        {QStringLiteral("window"), QStringLiteral("Print N consecutive codes, one per line."), QStringLiteral("N"),
         QStringLiteral("1")},
        {QStringLiteral("vault"), QStringLiteral("Vault file (default: TWOSTEP_VAULT or the standard path)."),
         QStringLiteral("PATH")},
        {QStringLiteral("password-stdin"), QStringLiteral("Read the vault password from standard input.")},
    });
    addFreshOption(parser);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("code"), arguments, exitCode)) {
        return exitCode;
    }
    const QStringList positional = parser.positionalArguments();
    const bool fromSecret = parser.isSet(QStringLiteral("secret")) || parser.isSet(QStringLiteral("uri"));
    if (!positional.isEmpty() && fromSecret) {
        return usageError(QStringLiteral("give either an ACCOUNT or --secret/--uri, not both"));
    }
    if (positional.isEmpty() && !fromSecret) {
        return usageError(QStringLiteral("code needs --secret, --uri or an ACCOUNT of the vault"));
    }
    if (positional.size() > 1) {
        return usageError(QStringLiteral("code needs exactly one ACCOUNT"));
    }
    if (parser.isSet(QStringLiteral("fresh")) && fromSecret) {
        return usageError(QStringLiteral("--fresh needs an ACCOUNT of the vault: its record is kept by account"));
    }
    if (parser.isSet(QStringLiteral("fresh")) && parser.isSet(QStringLiteral("time"))) {
        return usageError(QStringLiteral("--fresh is about now: it cannot be combined with --time"));
    }
    if (parser.isSet(QStringLiteral("secret")) && parser.isSet(QStringLiteral("uri"))) {
        return usageError(QStringLiteral("give either --secret or --uri, not both"));
    }
    for (const char* option : {"type", "algorithm", "digits", "period", "counter"}) {
        if (!fromSecret && parser.isSet(QString::fromLatin1(option))) {
            return usageError(QStringLiteral("--%1 describes a secret: an ACCOUNT of the vault has its own")
                                  .arg(QString::fromLatin1(option)));
        }
    }

    Result<long long> window = parseWindow(parser.value(QStringLiteral("window")));
    if (!window) {
        return fail(window.error());
    }
    Result<std::chrono::sys_seconds> time = parseTime(parser);
    if (!time) {
        return fail(time.error());
    }
    if (!fromSecret) {
        return runVaultCode(parser, *window, *time);
    }
    Result<otp::Account> account = accountFromOptions(parser);
    if (!account) {
        return fail(account.error());
    }
    return printCodes(*account, *time, *window);
}

} // namespace twostep::cli
