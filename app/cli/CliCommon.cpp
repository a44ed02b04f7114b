// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliCommon.h"

#include "common/FileIo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

namespace twostep::cli {

namespace {

int exitCodeForCode(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
        return kNothingFound;
    case ErrorCode::WrongPassword:
        return kWrongPassword;
    case ErrorCode::CorruptFile:
    case ErrorCode::UnsupportedVersion:
    case ErrorCode::Unsupported:
    case ErrorCode::LimitExceeded:
        return kCorruptFile;
    case ErrorCode::Locked:
    case ErrorCode::StaleLock:
        return kVaultLocked;
    case ErrorCode::IoError:
        return kFileUnavailable;
    case ErrorCode::InvalidInput:
    case ErrorCode::Ambiguous:
    case ErrorCode::CounterExhausted:
        return kUsageError;
    }
    return kUsageError;
}

} // namespace

int exitCodeFor(const Error& error)
{
    switch (error.cause) {
    case ErrorCause::None:
    case ErrorCause::KeyringUnavailable:
    case ErrorCause::KeyringHasNoKey:
        return exitCodeForCode(error.code);
    case ErrorCause::NotFound:
    case ErrorCause::NotRegularFile:
    case ErrorCause::PermissionDenied:
    case ErrorCause::FolderNotWritable:
    case ErrorCause::ReadOnlyFileSystem:
    case ErrorCause::DiskFull:
    case ErrorCause::QuotaExceeded:
    case ErrorCause::FileTooLarge:
        return kFileUnavailable;
    case ErrorCause::RefusedInWindow:
        return kRefusedInWindow;
    }
    return exitCodeForCode(error.code);
}

void writeOut(std::string_view bytes)
{
    std::fwrite(bytes.data(), 1, bytes.size(), stdout);
}

void printLine(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    writeOut(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

void printNotes(const QString& prefix, const QStringList& lines, qsizetype omitted)
{
    for (qsizetype i = 0; i < lines.size() && i < kMaxPrintedNotes; ++i) {
        printNote(prefix + lines.at(i));
    }
    const qsizetype rest = std::max<qsizetype>(0, lines.size() - kMaxPrintedNotes) + omitted;
    if (rest > 0) {
        printNote(QStringLiteral("%1... and %2 more").arg(prefix).arg(rest));
    }
}

void printError(const QString& message)
{
    std::fprintf(stderr, "twostep-cli: %s\n", message.toUtf8().constData());
}

void printNote(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toUtf8().constData());
}

int fail(const Error& error)
{
    printError(error.detail);
    return exitCodeFor(error);
}

int usageError(const QString& message)
{
    printError(message);
    std::fprintf(stderr, "Try 'twostep-cli --help' for more information.\n");
    return kUsageError;
}

void addPlaintextConsentOption(QCommandLineParser& parser)
{
    parser.addOption({QString(kPlaintextConsent), QStringLiteral("Allow writing the secrets unencrypted.")});
}

Status requirePlaintextConsent(const QCommandLineParser& parser, const QString& what)
{
    if (parser.isSet(QString(kPlaintextConsent))) {
        return {};
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 holds the secret in plain text; add --%2 if that is what you want")
                         .arg(what, kPlaintextConsent));
}

Status checkNewOutput(const QString& path, bool folderAllowed)
{
    // lstat: a dangling symlink is an entry too, and a symlink is never followed, not even to a folder.
    const QFileInfo info(path);
    if (folderAllowed && info.isDir() && !info.isSymLink()) {
        return {};
    }
    return files::checkNoEntry(path);
}

bool parseOrExit(QCommandLineParser& parser, const QString& command, const QStringList& arguments, int& exitCode)
{
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    QStringList argv = arguments;
    argv.prepend(QStringLiteral("twostep-cli ") + command);
    if (!parser.parse(argv)) {
        exitCode = usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the binary's path; users type "twostep-cli COMMAND".
        QString text = parser.helpText();
        text.replace(QStringLiteral("Usage: ") + QCoreApplication::arguments().value(0),
                     QStringLiteral("Usage: twostep-cli ") + command);
        writeOut(text.toStdString());
        exitCode = kSuccess;
        return false;
    }
    return true;
}

bool parseCommand(QCommandLineParser& parser, const QString& command, const QStringList& arguments,
                  qsizetype positionals, int& exitCode)
{
    if (!parseOrExit(parser, command, arguments, exitCode)) {
        return false;
    }
    if (parser.positionalArguments().size() != positionals) {
        exitCode = usageError(positionals == 0 ? QStringLiteral("%1 takes no ACCOUNT argument").arg(command)
                                               : QStringLiteral("%1 needs exactly one ACCOUNT").arg(command));
        return false;
    }
    return true;
}

QString describeMissingBatches(const migration::MissingBatches& missing)
{
    QStringList numbers;
    for (const int number : missing.numbers) {
        numbers.append(QString::number(number));
    }
    QString list;
    if (missing.count > numbers.size()) {
        list = numbers.join(QStringLiteral(", ")) + QStringLiteral(", … (%1 in all)").arg(missing.count);
    } else if (numbers.size() > 1) {
        const QString last = numbers.takeLast();
        list = numbers.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    } else {
        list = numbers.value(0);
    }
    return QStringLiteral("%1 %2 of %3 of a Google Authenticator transfer export %4 missing: scan %5 too to get "
                          "the accounts %6")
        .arg(missing.count == 1 ? QStringLiteral("batch") : QStringLiteral("batches"), list)
        .arg(missing.batchSize)
        .arg(missing.count == 1 ? QStringLiteral("is") : QStringLiteral("are"),
             missing.count == 1 ? QStringLiteral("that QR code") : QStringLiteral("those QR codes"),
             missing.count == 1 ? QStringLiteral("it holds") : QStringLiteral("they hold"));
}

void printMissingBatches(const QList<migration::MissingBatches>& missing)
{
    for (const migration::MissingBatches& gap : missing) {
        printNote(QStringLiteral("note: ") + describeMissingBatches(gap));
    }
}

} // namespace twostep::cli
