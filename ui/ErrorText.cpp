// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ErrorText.h"

#include <QCoreApplication>

namespace twostep::ui {

QString errorTitle(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate("ErrorText", "The input is not valid.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate("ErrorText", "Nothing was found.");
    case ErrorCode::Ambiguous:
        return QCoreApplication::translate("ErrorText", "More than one account matches.");
    case ErrorCode::WrongPassword:
        return QCoreApplication::translate("ErrorText", "Wrong password.");
    case ErrorCode::CorruptFile:
        return QCoreApplication::translate("ErrorText", "The file is damaged.");
    case ErrorCode::UnsupportedVersion:
        return QCoreApplication::translate("ErrorText", "This file's format or version is not supported.");
    case ErrorCode::Locked:
        return QCoreApplication::translate("ErrorText", "The vault is in use by another Twostep process.");
    case ErrorCode::StaleLock:
        return QCoreApplication::translate("ErrorText", "A stale lock owned by another user blocks the vault.");
    case ErrorCode::IoError:
        return QCoreApplication::translate("ErrorText", "The file could not be read or written.");
    case ErrorCode::Unsupported:
        return QCoreApplication::translate("ErrorText", "This is not supported.");
    case ErrorCode::CounterExhausted:
        return QCoreApplication::translate(
            "ErrorText", "This HOTP account has used its last counter value: another code would repeat an old one.");
    case ErrorCode::LimitExceeded:
        return QCoreApplication::translate("ErrorText", "The file is over Twostep's limits.");
    }
    return {};
}

namespace {

// The English source of each cause's sentence; errorCause() gives it in the user's language.
const char* causeSource(ErrorCause cause)
{
    switch (cause) {
    case ErrorCause::None:
    case ErrorCause::KeyringUnavailable: // KeyringStore::errorText says these in a sentence of its own
    case ErrorCause::KeyringHasNoKey:
    case ErrorCause::RefusedInWindow: // only the command line meets it
        return nullptr;
    case ErrorCause::NotFound:
        return QT_TRANSLATE_NOOP("ErrorText", "the file or folder does not exist");
    case ErrorCause::NotRegularFile:
        return QT_TRANSLATE_NOOP("ErrorText", "it is not a regular file");
    case ErrorCause::PermissionDenied:
        return QT_TRANSLATE_NOOP("ErrorText", "permission was denied");
    case ErrorCause::FolderNotWritable:
        return QT_TRANSLATE_NOOP("ErrorText", "the folder is not writable");
    case ErrorCause::ReadOnlyFileSystem:
        return QT_TRANSLATE_NOOP("ErrorText", "the file system is read-only");
    case ErrorCause::DiskFull:
        return QT_TRANSLATE_NOOP("ErrorText", "the disk is full");
    case ErrorCause::QuotaExceeded:
        return QT_TRANSLATE_NOOP("ErrorText", "the disk quota is used up");
    case ErrorCause::FileTooLarge:
        return QT_TRANSLATE_NOOP("ErrorText", "the file is larger than this process's file size limit");
    }
    return nullptr;
}

} // namespace

QString errorCause(const Error& error)
{
    const char* source = causeSource(error.cause);
    return source != nullptr ? QCoreApplication::translate("ErrorText", source) : QString();
}

QString errorDetail(const Error& error)
{
    const char* source = causeSource(error.cause);
    const QString cause = errorCause(error);
    // An untranslated cause is English, which the core's detail already says in its own words.
    if (cause.isEmpty() || cause == QLatin1String(source)) {
        return error.detail;
    }
    return QCoreApplication::translate("ErrorText", "%1 (%2)").arg(cause, error.detail);
}

QString errorText(const Error& error)
{
    QString title = errorTitle(error.code);
    if (error.detail.isEmpty()) {
        return title;
    }
    return title + QLatin1Char('\n') + errorDetail(error);
}

namespace {

QString batchNumbers(const migration::MissingBatches& missing)
{
    QStringList numbers;
    for (const int number : missing.numbers) {
        numbers.append(QString::number(number));
    }
    if (missing.count > numbers.size()) {
        return QCoreApplication::translate("ErrorText", "%1, … (%2 in all)")
            .arg(numbers.join(QStringLiteral(", ")))
            .arg(missing.count);
    }
    if (numbers.size() > 1) {
        const QString last = numbers.takeLast();
        return QCoreApplication::translate("ErrorText", "%1 and %2").arg(numbers.join(QStringLiteral(", ")), last);
    }
    return numbers.value(0);
}

} // namespace

QString missingBatchesText(const QList<migration::MissingBatches>& missing)
{
    QStringList lines;
    for (const migration::MissingBatches& gap : missing) {
        lines.append(QCoreApplication::translate("ErrorText",
                                                 "Batch(es) %1 of %2 of a Google Authenticator transfer export are "
                                                 "missing: scan those QR codes too to get their accounts.",
                                                 nullptr, gap.count)
                         .arg(batchNumbers(gap))
                         .arg(gap.batchSize));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace twostep::ui
