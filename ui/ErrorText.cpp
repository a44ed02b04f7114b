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
    case ErrorCode::IoError:
        return QCoreApplication::translate("ErrorText", "The file could not be read or written.");
    case ErrorCode::Unsupported:
        return QCoreApplication::translate("ErrorText", "This is not supported.");
    }
    return {};
}

QString errorText(const Error& error)
{
    const QString title = errorTitle(error.code);
    if (error.detail.isEmpty()) {
        return title;
    }
    return title + QLatin1Char('\n') + error.detail;
}

} // namespace twostep::ui
