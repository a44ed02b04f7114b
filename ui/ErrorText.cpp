// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"

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

QString errorCause(const Error& error)
{
    // The core's details are English; these causes are what a user can act on, in their language.
    struct Cause
    {
        QLatin1String phrase;
        const char* text;
    };
    static const Cause causes[] = {
        {QLatin1String("the disk is full"), QT_TRANSLATE_NOOP("ErrorText", "the disk is full")},
        {QLatin1String("No space left on device"), QT_TRANSLATE_NOOP("ErrorText", "the disk is full")},
        {QLatin1String("the file system is read-only"), QT_TRANSLATE_NOOP("ErrorText", "the file system is read-only")},
        {QLatin1String("Read-only file system"), QT_TRANSLATE_NOOP("ErrorText", "the file system is read-only")},
        {QLatin1String("the folder is not writable"), QT_TRANSLATE_NOOP("ErrorText", "the folder is not writable")},
        {QLatin1String("Permission denied"), QT_TRANSLATE_NOOP("ErrorText", "permission was denied")},
        {QLatin1String("file too large for this process's file size limit"),
         QT_TRANSLATE_NOOP("ErrorText", "the file is larger than this process's file size limit")},
        {QLatin1String("not a regular file"), QT_TRANSLATE_NOOP("ErrorText", "it is not a regular file")},
    };
    for (const Cause& cause : causes) {
        if (error.detail.contains(cause.phrase, Qt::CaseInsensitive)) {
            return QCoreApplication::translate("ErrorText", cause.text);
        }
    }
    return {};
}

QString errorDetail(const Error& error)
{
    const QString cause = errorCause(error);
    if (cause.isEmpty() || error.detail.contains(cause, Qt::CaseInsensitive)) {
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
