// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"
#include "TestSupport.h"

#include <QSet>

using namespace twostep;

namespace {
const ErrorCode kEveryCode[] = {
    ErrorCode::InvalidInput, ErrorCode::NotFound,           ErrorCode::Ambiguous, ErrorCode::WrongPassword,
    ErrorCode::CorruptFile,  ErrorCode::UnsupportedVersion, ErrorCode::Locked,    ErrorCode::IoError,
    ErrorCode::Unsupported,  ErrorCode::CounterExhausted,   ErrorCode::StaleLock, ErrorCode::LimitExceeded,
};
} // namespace

TEST_CASE("every error code has a title of its own, a whole sentence", "[ui][errors]")
{
    QSet<QString> titles;
    for (const ErrorCode code : kEveryCode) {
        const QString title = ui::errorTitle(code);
        INFO(title.toStdString());
        CHECK_FALSE(title.isEmpty());
        CHECK(title.endsWith(QLatin1Char('.')));
        titles.insert(title);
    }
    CHECK(titles.size() == static_cast<qsizetype>(std::size(kEveryCode)));
    CHECK(ui::errorTitle(ErrorCode::WrongPassword) == QStringLiteral("Wrong password."));
    CHECK(ui::errorTitle(ErrorCode::CorruptFile) == QStringLiteral("The file is damaged."));
}

TEST_CASE("the error text is the code's title, then the core's detail on its own line", "[ui][errors]")
{
    const Error damaged =
        makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: authentication failed"));
    CHECK(ui::errorText(damaged) ==
          QStringLiteral("The file is damaged.\nvault file is damaged: authentication failed"));
    CHECK(ui::errorText(makeError(ErrorCode::NotFound, {})) == QStringLiteral("Nothing was found."));
    CHECK(ui::errorCause(makeError(ErrorCode::InvalidInput, QStringLiteral("digits must be between 6 and 10")))
              .isEmpty());
}
