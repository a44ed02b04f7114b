// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
// ui/ErrorText maps an Error's typed cause, never the words of its English detail: a reworded
// detail keeps its Korean cause, and real kernel errors (a full or read-only tmpfs) carry it.
#include "FileSystemFaults.h"
#include "TestSupport.h"
#include "common/FileIo.h"
#include "ui/ErrorText.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

using namespace twostep;

namespace {

const ErrorCode kEveryCode[] = {
    ErrorCode::InvalidInput, ErrorCode::NotFound,           ErrorCode::Ambiguous, ErrorCode::WrongPassword,
    ErrorCode::CorruptFile,  ErrorCode::UnsupportedVersion, ErrorCode::Locked,    ErrorCode::IoError,
    ErrorCode::Unsupported,  ErrorCode::CounterExhausted,   ErrorCode::StaleLock, ErrorCode::LimitExceeded,
};

// installTranslations() only adds translators: take the earlier ones out before choosing.
void useLanguage(const QString& language)
{
    for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(translator);
    }
    REQUIRE(ui::installTranslations(language) == language);
}

} // namespace

TEST_CASE("every error code has a title of its own, a whole sentence", "[ui][errors]")
{
    useLanguage(QStringLiteral("en"));
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
    useLanguage(QStringLiteral("en"));
    const Error damaged =
        makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: authentication failed"));
    CHECK(ui::errorText(damaged) ==
          QStringLiteral("The file is damaged.\nvault file is damaged: authentication failed"));
    CHECK(ui::errorText(makeError(ErrorCode::NotFound, {})) == QStringLiteral("Nothing was found."));
    CHECK(ui::errorCause(makeError(ErrorCode::InvalidInput, QStringLiteral("digits must be between 6 and 10")))
              .isEmpty());
}

TEST_CASE("A reworded detail whose cause is DiskFull still shows the Korean cause", "[ui][i18n][errors]")
{
    const Error full =
        makeError(ErrorCode::IoError, QStringLiteral("saving went wrong: out of room"), ErrorCause::DiskFull);
    const Error noWordOfIt = makeError(ErrorCode::IoError, QStringLiteral("the disk is full"));

    useLanguage(QStringLiteral("ko"));
    CHECK(ui::errorCause(full) == QStringLiteral("디스크가 가득 찼습니다"));
    CHECK(ui::errorDetail(full) == QStringLiteral("디스크가 가득 찼습니다 (saving went wrong: out of room)"));
    CHECK(ui::errorText(full) == ui::errorTitle(ErrorCode::IoError) +
                                     QStringLiteral("\n디스크가 가득 찼습니다 (saving went wrong: out of room)"));
    // The English words alone no longer make a cause.
    CHECK(ui::errorCause(noWordOfIt).isEmpty());
    CHECK(ui::errorDetail(noWordOfIt) == noWordOfIt.detail);

    // English says the detail once: the core's sentence already names the cause.
    useLanguage(QStringLiteral("en"));
    CHECK(ui::errorCause(full) == QStringLiteral("the disk is full"));
    CHECK(ui::errorDetail(full) == full.detail);
    CHECK(ui::errorText(full) == QStringLiteral("The file could not be read or written.\n") + full.detail);
}

TEST_CASE("Every file-system cause has its own Korean phrase, keyring causes and None have none", "[ui][i18n][errors]")
{
    useLanguage(QStringLiteral("ko"));
    const auto causeOf = [](ErrorCause cause) {
        return ui::errorCause(makeError(ErrorCode::IoError, QStringLiteral("x"), cause));
    };
    CHECK(causeOf(ErrorCause::ReadOnlyFileSystem) == QStringLiteral("파일 시스템이 읽기 전용입니다"));
    CHECK(causeOf(ErrorCause::FolderNotWritable) == QStringLiteral("폴더에 쓸 수 없습니다"));
    CHECK(causeOf(ErrorCause::PermissionDenied) == QStringLiteral("권한이 거부되었습니다"));
    CHECK(causeOf(ErrorCause::NotRegularFile) == QStringLiteral("일반 파일이 아닙니다"));
    CHECK(causeOf(ErrorCause::FileTooLarge) == QStringLiteral("파일이 이 프로세스의 파일 크기 제한보다 큽니다"));
    CHECK(causeOf(ErrorCause::NotFound) == QStringLiteral("파일 또는 폴더가 없습니다"));
    CHECK(causeOf(ErrorCause::QuotaExceeded) == QStringLiteral("디스크 할당량을 모두 사용했습니다"));
    CHECK(causeOf(ErrorCause::None).isEmpty());
    CHECK(causeOf(ErrorCause::KeyringUnavailable).isEmpty());
    CHECK(causeOf(ErrorCause::KeyringHasNoKey).isEmpty());
    const Error corrupt = makeError(ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: too short"));
    CHECK(ui::errorDetail(corrupt) == corrupt.detail);
}

TEST_CASE("A write onto a full and onto a read-only tmpfs carries the cause the Korean text shows",
          "[ui][i18n][errors][faults]")
{
    QTemporaryDir dir;
    test::SmallFileSystem fs(dir.filePath(QStringLiteral("fs")));
    if (!fs.mounted()) {
        TWOSTEP_SKIP("cannot mount a tmpfs here (not root?)");
    }
    useLanguage(QStringLiteral("ko"));
    const QString path = fs.path() + QStringLiteral("/state.json");
    const QByteArray bytes(3 * test::SmallFileSystem::kPage, 'x');

    REQUIRE(fs.fill(0));
    const Status full = files::writeFileAtomically(path, bytes);
    REQUIRE_FALSE(full);
    CHECK(full.error().cause == ErrorCause::DiskFull);
    CHECK(ui::errorDetail(full.error()).startsWith(QStringLiteral("디스크가 가득 찼습니다 (cannot write ")));
    fs.unfill();

    REQUIRE(fs.remountReadOnly(true));
    const Status readOnly = files::writeFileAtomically(path, bytes);
    REQUIRE_FALSE(readOnly);
    CHECK(readOnly.error().cause == ErrorCause::ReadOnlyFileSystem);
    CHECK(ui::errorDetail(readOnly.error()).startsWith(QStringLiteral("파일 시스템이 읽기 전용입니다 (")));
    REQUIRE(fs.remountReadOnly(false));
}
