// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ErrorText.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

// Entries of a .ts file that are unfinished, or empty without being plural forms.
QStringList untranslated(const QString& path, int& messages)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    messages = 0;
    QStringList problems;
    QString context;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            const bool plural = xml.attributes().value(QLatin1String("numerus")).isEmpty() == false;
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Obsolete ("vanished") entries are left over from old sources and do not ship.
            if (type == QLatin1String("unfinished") || (text.trimmed().isEmpty() && !plural)) {
                problems << context + QStringLiteral(": ") + source;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return problems;
}

} // namespace

TEST_CASE("The Korean translation has no unfinished or empty entry", "[ui][i18n]")
{
    int messages = 0;
    const QStringList problems = untranslated(QStringLiteral(TWOSTEP_TS_FILE), messages);
    CHECK(messages > 100);
    CHECK(problems.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("Every tr() string of ui/ is in the Korean translation", "[ui][i18n]")
{
    // lupdate over today's sources into a copy: a string missing from the .ts shows up unfinished.
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("twostep_ko.ts"));
    REQUIRE(QFile::copy(QStringLiteral(TWOSTEP_TS_FILE), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const twostep::test::ProcessResult updated =
        twostep::test::runProcess(QStringLiteral(TWOSTEP_LUPDATE),
                                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                   QStringLiteral(TWOSTEP_UI_SOURCE_DIR), QStringLiteral("-ts"), copy});
    REQUIRE(updated.exitCode == 0);
    int messages = 0;
    CHECK(untranslated(copy, messages).join(QLatin1Char('\n')) == QString());
}

TEST_CASE("The compiled Korean translation is built in and used", "[ui][i18n]")
{
    CHECK(twostep::ui::installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("Unlock"));
    CHECK(twostep::ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("잠금 해제"));
    CHECK(QCoreApplication::translate("twostep::ui::EnrollmentDialog", "MFA code 1") == QStringLiteral("MFA 코드 1"));
}

TEST_CASE("A known cause inside the core's English detail leads it in the user's language", "[ui][i18n]")
{
    using twostep::Error;
    using twostep::ErrorCode;
    const Error full{ErrorCode::IoError, QStringLiteral("cannot write /v/vault.twostep: the disk is full")};
    const Error readOnly{ErrorCode::IoError,
                         QStringLiteral("cannot lock /v/vault.twostep: cannot create vault.twostep.lock (the folder is "
                                        "not writable)")};
    const Error errnoText{ErrorCode::IoError, QStringLiteral("cannot write /v/x.json: Read-only file system")};
    const Error other{ErrorCode::CorruptFile, QStringLiteral("vault file is damaged: the payload is too short")};

    // Back to English: installTranslations() only adds translators, so take the earlier ones out.
    const auto removeTranslators = [] {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
        }
    };
    removeTranslators();
    REQUIRE(twostep::ui::installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(twostep::ui::errorDetail(full) == full.detail); // English says it once
    CHECK(twostep::ui::errorCause(errnoText) == QStringLiteral("the file system is read-only"));
    CHECK(twostep::ui::errorText(full) == QStringLiteral("The file could not be read or written.\n") + full.detail);

    REQUIRE(twostep::ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    CHECK(twostep::ui::errorDetail(full) ==
          QStringLiteral("디스크가 가득 찼습니다 (") + full.detail + QLatin1Char(')'));
    CHECK(twostep::ui::errorDetail(readOnly).startsWith(QStringLiteral("폴더에 쓸 수 없습니다 (cannot lock ")));
    CHECK(twostep::ui::errorDetail(errnoText).startsWith(QStringLiteral("파일 시스템이 읽기 전용입니다 (")));
    CHECK(twostep::ui::errorCause(other).isEmpty());
    CHECK(twostep::ui::errorDetail(other) == other.detail);
    removeTranslators();
}
