// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "PasswordReader.h"
#include "StdinOption.h"
#include "VaultAccess.h"
#include "migration/Migration.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "qr/QrScanner.h"
#include "vault/Vault.h"

#include <QDir>
#include <QSet>

namespace twostep::cli {

namespace {

constexpr qsizetype kPreviewLength = 60;

QString preview(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > kPreviewLength) {
        line = line.left(kPreviewLength) + QStringLiteral("…");
    }
    return line;
}

// The lines `scan` prints for one OTP code; the error when a transfer QR cannot be expanded.
Status linesFor(const QString& path, const QString& text, bool expand, QStringList& lines,
                migration::TransferBatches& batches)
{
    if (!expand || !otp::isMigrationUri(text)) {
        lines.append(text);
        return {};
    }
    Result<migration::MigrationBatch> batch = migration::parseMigrationUri(text);
    if (!batch) {
        return makeError(batch.error().code, QStringLiteral("%1: %2").arg(path, batch.error().detail));
    }
    printNotes(path + QStringLiteral(": "), batch->warnings);
    batches.add(*batch);
    for (const otp::Account& account : std::as_const(batch->accounts)) {
        lines.append(otp::formatOtpauthUri(account));
    }
    return {};
}

Result<QString> uriFromVault(const QCommandLineParser& parser, const QString& query)
{
    Result<vault::Vault> opened = openVault(parser);
    if (!opened) {
        return opened.error();
    }
    Result<vault::VaultEntry> found = opened->find(query);
    if (!found) {
        return found.error();
    }
    return otp::formatOtpauthUri(found->account);
}

// --uri must be an OTP URI that parses: a QR of a broken URI would only fail later, on a phone.
Result<QString> checkedUri(const QString& uri)
{
    if (otp::isOtpauthUri(uri)) {
        Result<otp::ParsedUri> parsed = otp::parseOtpauthUri(uri);
        if (!parsed) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid --uri: %1").arg(parsed.error().detail));
        }
        return uri.trimmed();
    }
    if (otp::isMigrationUri(uri)) {
        Result<migration::MigrationBatch> batch = migration::parseMigrationUri(uri);
        if (!batch) {
            return makeError(ErrorCode::InvalidInput, QStringLiteral("invalid --uri: %1").arg(batch.error().detail));
        }
        return uri.trimmed();
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("--uri must be an otpauth:// or otpauth-migration:// URI"));
}

} // namespace

int runScan(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the text of every OTP QR code in the images, one per line.\n"
                                                    "Exit 1 when no image holds one; when an image cannot be "
                                                    "scanned, the exit status of the first such error."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), QStringLiteral("PNG, JPEG, BMP, GIF or WebP files."),
                                 QStringLiteral("IMAGE..."));
    parser.addOption({QStringLiteral("expand"),
                      QStringLiteral("Print each account of a Google Authenticator transfer QR as an otpauth URI.")});
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("scan"), arguments, exitCode)) {
        return exitCode;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.isEmpty()) {
        return usageError(QStringLiteral("scan needs at least one IMAGE"));
    }
    const bool expand = parser.isSet(QStringLiteral("expand"));
    std::optional<int> firstFailure;
    const auto failed = [&firstFailure](const Error& error) {
        printError(error.detail);
        firstFailure = firstFailure.value_or(exitCodeFor(error));
    };
    QSet<QString> printed;
    migration::TransferBatches batches;
    for (const QString& path : paths) {
        Result<QList<qr::ScannedCode>> codes = qr::scanImageFile(path);
        if (!codes) {
            failed(codes.error());
            continue;
        }
        for (const qr::ScannedCode& code : std::as_const(*codes)) {
            if (!code.isOtp) {
                printNote(
                    QStringLiteral("%1: skipped a QR code that is not an OTP code: %2").arg(path, preview(code.text)));
                continue;
            }
            QStringList lines;
            if (const Status expanded = linesFor(path, code.text, expand, lines, batches); !expanded) {
                failed(expanded.error());
                continue;
            }
            for (const QString& line : std::as_const(lines)) {
                if (!printed.contains(line)) {
                    printed.insert(line);
                    printLine(line);
                } else {
                    printNote(QStringLiteral("%1: skipped a repeat of a line printed above").arg(path));
                }
            }
        }
    }
    printMissingBatches(batches.missing());
    if (firstFailure) {
        return *firstFailure;
    }
    if (printed.isEmpty()) {
        printNote(QStringLiteral("no OTP QR code found"));
        return kNothingFound;
    }
    return kSuccess;
}

int runQr(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Draw an account as a QR code: in the terminal, or into a new PNG or SVG file (mode 0600, "
                       "never replacing a file; needs --i-know-this-is-plaintext).\n"
                       "The QR holds the secret: whoever sees it can make the codes."));
    parser.addPositionalArgument(QStringLiteral("ACCOUNT"),
                                 QStringLiteral("Id or part of \"issuer:name\" in the vault."),
                                 QStringLiteral("[ACCOUNT]"));
    parser.addOptions({
        {QStringLiteral("uri"),
         QStringLiteral("An otpauth:// or otpauth-migration:// URI instead of an ACCOUNT") + stdinOptionHint() +
             QLatin1Char('.'),
         QStringLiteral("URI")},
        {QStringList{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("Write FILE.png or FILE.svg instead of drawing in the terminal."), QStringLiteral("FILE")},
        {QStringLiteral("light"), QStringLiteral("Draw for a terminal with dark text on a light background.")},
    });
    addPlaintextConsentOption(parser);
    addVaultOptions(parser);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("qr"), arguments, exitCode)) {
        return exitCode;
    }
    const QStringList positionals = parser.positionalArguments();
    const bool haveUri = parser.isSet(QStringLiteral("uri"));
    if (haveUri == (positionals.size() == 1) || positionals.size() > 1) {
        return usageError(QStringLiteral("qr needs either --uri URI or one ACCOUNT"));
    }
    const bool toFile = parser.isSet(QStringLiteral("output"));
    const QString output = parser.value(QStringLiteral("output"));
    if (toFile) {
        const Status writable = requirePlaintextConsent(parser, QStringLiteral("a QR code file"));
        if (!writable) {
            return fail(writable.error());
        }
        if (const Status fresh = checkNewOutput(output); !fresh) {
            return fail(fresh.error());
        }
    }
    Result<QString> given = haveUri ? optionValue(parser, QStringLiteral("uri")) : Result<QString>(QString());
    if (!given) {
        return fail(given.error());
    }
    Result<QString> uri = haveUri ? checkedUri(*given) : uriFromVault(parser, positionals.first());
    if (!uri) {
        return fail(uri.error());
    }
    if (toFile) {
        const Status saved = qr::saveQr(*uri, output);
        return saved ? kSuccess : fail(saved.error());
    }
    Result<QString> drawing = qr::encodeQrTerminal(*uri, parser.isSet(QStringLiteral("light")));
    if (!drawing) {
        return fail(drawing.error());
    }
    const QByteArray bytes = drawing->toUtf8();
    writeOut(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
    return kSuccess;
}

} // namespace twostep::cli
