// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"
#include "Commands.h"
#include "PasswordReader.h"
#include "VaultAccess.h"
#include "common/FileIo.h"
#include "common/SecretBytes.h"
#include "formats/Exporters.h"
#include "formats/FormatRegistry.h"
#include "formats/ImportPlan.h"
#include "formats/Intake.h"
#include "migration/Migration.h"
#include "otp/OtpauthUri.h"
#include "qr/QrEncoder.h"
#include "vault/AwsMfaArnEdit.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>

#include <algorithm>

namespace twostep::cli {

namespace {

using formats::PlannedAccount;
using vault::Vault;

// The source file's password: the first line of --source-password-file, else the next line of
// stdin (--password-stdin, after the vault's), else a prompt.
Result<SecretBytes> sourcePassword(const QCommandLineParser& parser, const QString& file, PasswordReader& reader)
{
    const QString passwordFile = parser.value(QStringLiteral("source-password-file"));
    if (passwordFile.isEmpty()) {
        return reader.read(QStringLiteral("Password of %1").arg(QDir::toNativeSeparators(file)));
    }
    constexpr qint64 kMaxPasswordFile = qint64{64} * 1024;
    Result<QByteArray> content = files::readRegularFile(passwordFile, kMaxPasswordFile);
    if (!content) {
        return makeError(ErrorCode::IoError,
                         QStringLiteral("cannot read the password file: %1").arg(content.error().detail),
                         content.error().cause);
    }
    SecretBytes whole = SecretBytes::takeFrom(*content);
    const std::span<const std::uint8_t> bytes = whole.bytes();
    std::size_t length =
        static_cast<std::size_t>(std::find(bytes.begin(), bytes.end(), std::uint8_t{'\n'}) - bytes.begin());
    while (length > 0 && (bytes[length - 1] == '\r')) {
        --length;
    }
    return SecretBytes(bytes.first(length));
}

QString describePlanned(const PlannedAccount& item)
{
    switch (item.status) {
    case PlannedAccount::Status::New:
        return QStringLiteral("add\t%1").arg(item.account.label());
    case PlannedAccount::Status::Duplicate:
    case PlannedAccount::Status::DuplicateInFile:
        return QStringLiteral("skip\t%1\t(%2)").arg(item.account.label(), formats::reasonText(item));
    }
    return {};
}

constexpr qsizetype kMaxQrFileStem = 80;

// One PNG per text in `dir` (created 0700 if missing), named by number so the order is kept.
// Either every file is written or none stays: a failure removes the ones written before it.
Status saveQrSeries(const QString& dir, const QStringList& texts, const QStringList& names)
{
    if (Status made = files::makePrivateFolders(dir); !made) {
        return made;
    }
    QStringList written;
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString name = names.at(i);
        name.replace(QRegularExpression(QStringLiteral("[^\\w.@-]+")), QStringLiteral("_"));
        name.truncate(kMaxQrFileStem); // a long label still fits a QR code, but not a file name (255 bytes)
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(i + 1, 3, 10, QLatin1Char('0')).arg(name));
        Status saved =
            files::entryExists(path)
                ? Status(makeError(
                      ErrorCode::InvalidInput,
                      QStringLiteral("%1 already exists; choose another folder").arg(QDir::toNativeSeparators(path))))
                : qr::saveQr(texts.at(i), path);
        if (!saved) {
            for (const QString& done : written) {
                QFile::remove(done);
            }
            return saved;
        }
        written.append(path);
    }
    return {};
}

// The texts a QR code can hold; each account whose text cannot be one is left out with a note.
void keepQrFitting(const QList<otp::Account>& accounts, QStringList& uris, QStringList& names)
{
    for (const otp::Account& account : accounts) {
        QString uri = otp::formatOtpauthUri(account);
        if (const Result<QImage> probe = qr::encodeQr(uri, 1); !probe) {
            printNote(QStringLiteral("%1: left out, %2").arg(account.label(), probe.error().detail));
            wipeText(uri);
            continue;
        }
        uris.append(uri);
        names.append(account.label());
    }
}

} // namespace

int runImport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral(
            "Import the accounts of another authenticator's export (the format is detected from the "
            "content). Prints one line per account: add, or skip for duplicates (same secret and type). On stderr, "
            "'skipped: ' lines name the entries that cannot be imported (the others still are) and "
            "'note: ' lines remark on imported ones.\n"
            "Formats: %1.")
            .arg(formats::importerNames().join(QStringLiteral(", "))));
    addVaultOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("Read FILE as this format instead of detecting it."),
         QStringLiteral("NAME")},
        {QStringLiteral("source-password-file"),
         QStringLiteral("Read the export's password from the first line of this file (else, with --password-stdin, "
                        "from the line after the vault's)."),
         QStringLiteral("F")},
        {QStringLiteral("dry-run"), QStringLiteral("Show what would be imported; change nothing.")},
    });
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The export file."));
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("import"), arguments, exitCode)) {
        return exitCode;
    }
    if (parser.positionalArguments().size() != 1) {
        return usageError(QStringLiteral("import needs exactly one FILE"));
    }
    const QString file = parser.positionalArguments().first();
    const QString formatName = parser.value(QStringLiteral("format"));

    Result<QByteArray> data = formats::readImportFile(file);
    if (!data) {
        return fail(data.error());
    }
    const formats::Importer* importer = nullptr;
    if (formatName.isEmpty()) {
        auto detected = formats::detectFormat(*data);
        if (!detected) {
            return fail(detected.error());
        }
        importer = *detected;
    } else {
        importer = formats::importerByName(formatName);
        if (!importer) {
            return usageError(QStringLiteral("unknown format '%1' (known: %2)")
                                  .arg(formatName, formats::importerNames().join(QStringLiteral(", "))));
        }
    }
    printNote(QStringLiteral("%1: %2 export").arg(QDir::toNativeSeparators(file), importer->displayName()));

    // The vault's password comes first on stdin, as for every vault command.
    PasswordReader vaultReader(parser.isSet(QStringLiteral("password-stdin")));
    Result<Vault> opened = openVault(parser, vaultReader);
    if (!opened) {
        return fail(opened.error());
    }
    std::optional<SecretBytes> password;
    if (importer->needsPassword(*data)) {
        Result<SecretBytes> read = sourcePassword(parser, file, vaultReader);
        if (!read) {
            return fail(read.error());
        }
        password = std::move(read).value();
    }
    Result<formats::ImportResult> imported = importer->read(*data, password ? &*password : nullptr);
    if (!imported) {
        return fail(imported.error());
    }

    QList<otp::Account> existing;
    for (const vault::VaultEntry& entry : opened->entries()) {
        existing.append(entry.account);
    }
    const formats::ImportPlan plan = formats::planImport(std::move(*imported), existing);
    for (const PlannedAccount& item : plan.items) {
        printLine(describePlanned(item));
    }
    printNotes(QStringLiteral("skipped: "), plan.skipped, plan.omittedSkipped);
    printNotes(QStringLiteral("note: "), plan.notes);
    printMissingBatches(plan.missingBatches);
    QList<otp::Account> selected = plan.selectedAccounts();
    QStringList arnNotes;
    for (const vault::TakenAwsMfaArn& taken : vault::dropTakenAwsMfaArns(selected, opened->entries())) {
        arnNotes.append(QStringLiteral("%1: MFA device ARN %2 is already %3's; added without it")
                            .arg(taken.label, taken.arn, taken.owner));
    }
    printNotes(QStringLiteral("note: "), arnNotes);
    // Duplicates and the entries the file held but Twostep could not read are both skipped.
    const qsizetype skipped = plan.items.size() - selected.size() + plan.skipped.size() + plan.omittedSkipped;
    if (parser.isSet(QStringLiteral("dry-run"))) {
        printNote(QStringLiteral("dry run: %1 would be added, %2 skipped; the vault is unchanged")
                      .arg(selected.size())
                      .arg(skipped));
        return kSuccess;
    }
    qsizetype addedCount = 0;
    if (!selected.isEmpty()) {
        auto added = opened->addAccounts(selected);
        if (!added) {
            return fail(added.error());
        }
        addedCount = added->size();
    }
    printNote(QStringLiteral("imported %1 accounts, skipped %2").arg(addedCount).arg(skipped));
    return kSuccess;
}

int runExport(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Export every account. twostep: an encrypted backup with its own password (asked twice, or the next line "
        "of stdin). aegis-json, uri, qr (one PNG per account) and migration-qr (Google Authenticator transfer "
        "PNGs) write the secrets in plain text and need --i-know-this-is-plaintext. "
        "Files are created with mode 0600 and never replace an existing file or follow a symlink there. An account "
        "a format cannot carry is left out with a 'NAME: left out, WHY' line on stderr.\n"
        "Formats: twostep, aegis-json, uri, qr, migration-qr."));
    addVaultOptions(parser);
    parser.addOptions({
        {QStringLiteral("format"), QStringLiteral("twostep, aegis-json, uri, qr or migration-qr."),
         QStringLiteral("FORMAT")},
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("The file to write (a folder for qr and migration-qr)."),
         QStringLiteral("FILE|DIR")},
    });
    addPlaintextConsentOption(parser);
    int exitCode = kSuccess;
    if (!parseOrExit(parser, QStringLiteral("export"), arguments, exitCode)) {
        return exitCode;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QString output = parser.value(QStringLiteral("output"));
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(QStringLiteral("export takes no positional arguments"));
    }
    if (output.isEmpty()) {
        return usageError(QStringLiteral("export needs -o FILE"));
    }
    const QStringList known = {QStringLiteral("twostep"), QStringLiteral("aegis-json"), QStringLiteral("uri"),
                               QStringLiteral("qr"), QStringLiteral("migration-qr")};
    if (!known.contains(format)) {
        return usageError(
            QStringLiteral("--format must be one of %1, not '%2'").arg(known.join(QStringLiteral(", ")), format));
    }
    const bool plaintext = format != QLatin1String("twostep");
    if (plaintext && !parser.isSet(QString(kPlaintextConsent))) {
        return usageError(QStringLiteral("a %1 export holds every secret in plain text; add --%2 if that is what "
                                         "you want, or export --format twostep for an encrypted backup")
                              .arg(format, kPlaintextConsent));
    }

    const bool toFolder = format == QLatin1String("qr") || format == QLatin1String("migration-qr");
    if (const Status fresh = checkNewOutput(output, toFolder); !fresh) {
        return fail(fresh.error());
    }

    PasswordReader reader(parser.isSet(QStringLiteral("password-stdin")));
    Result<Vault> opened = openVault(parser, reader);
    if (!opened) {
        return fail(opened.error());
    }
    QList<otp::Account> accounts;
    for (const vault::VaultEntry& entry : opened->entries()) {
        accounts.append(entry.account);
    }

    Status written;
    qsizetype exported = accounts.size(); // what the file holds; migration-qr may leave some out
    if (format == QLatin1String("twostep")) {
        Result<SecretBytes> password = reader.readNew(QStringLiteral("Backup password"));
        if (!password) {
            return fail(password.error());
        }
        written = vault::writeVaultCopy(output, opened->entries(), *password);
    } else if (format == QLatin1String("qr")) {
        QStringList uris;
        QStringList names;
        keepQrFitting(accounts, uris, names);
        exported = uris.size();
        written = saveQrSeries(output, uris, names);
    } else if (format == QLatin1String("migration-qr")) {
        const migration::MigrationExport batches = migration::buildMigrationUris(accounts);
        printNotes(QString(), batches.warnings); // "NAME: left out, WHY"
        exported = batches.accountCount;
        QStringList names;
        for (qsizetype i = 0; i < batches.uris.size(); ++i) {
            names.append(QStringLiteral("transfer-%1-of-%2").arg(i + 1).arg(batches.uris.size()));
        }
        written = saveQrSeries(output, batches.uris, names);
    } else if (format == QLatin1String("aegis-json")) {
        QStringList leftOut;
        const SecretBytes json = formats::exportAegisJson(accounts, &leftOut);
        for (const QString& reason : leftOut) {
            printNote(reason); // "NAME: left out, WHY"
        }
        exported = accounts.size() - leftOut.size();
        written = formats::writeExportFile(output, json);
    } else {
        written = formats::writeExportFile(output, formats::exportUriList(accounts));
    }
    if (!written) {
        return fail(written.error());
    }
    printNote(QStringLiteral("exported %1 accounts to %2").arg(exported).arg(QDir::toNativeSeparators(output)));
    return kSuccess;
}

} // namespace twostep::cli
