// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "ui/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
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

// lupdate over today's sources into a copy of `tsFile`: a string missing from it shows up unfinished.
// -I: ui headers are included by their folder, and a class lupdate cannot find loses its namespace.
QStringList untranslatedAfterUpdate(const QString& tsFile, const QStringList& options)
{
    QTemporaryDir dir;
    const QString copy = dir.filePath(QStringLiteral("copy.ts"));
    REQUIRE(QFile::copy(tsFile, copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const twostep::test::ProcessResult updated = twostep::test::runProcess(
        QStringLiteral(TWOSTEP_LUPDATE),
        options + QStringList{QStringLiteral("-I"), QStringLiteral(TWOSTEP_UI_SOURCE_DIR "/.."),
                              QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                              QStringLiteral(TWOSTEP_UI_SOURCE_DIR), QStringLiteral("-ts"), copy});
    REQUIRE(updated.exitCode == 0);
    int messages = 0;
    return untranslated(copy, messages);
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
    CHECK(untranslatedAfterUpdate(QStringLiteral(TWOSTEP_TS_FILE), {}).join(QLatin1Char('\n')) == QString());
}

TEST_CASE("Every %n string of ui/ has its English singular and plural", "[ui][i18n]")
{
    // English needs a .ts only for plurals ("1 account", "2 accounts").
    CHECK(untranslatedAfterUpdate(QStringLiteral(TWOSTEP_EN_TS_FILE), {QStringLiteral("-pluralonly")})
              .join(QLatin1Char('\n')) == QString());
}

TEST_CASE("The compiled Korean translation is built in and used", "[ui][i18n]")
{
    CHECK(twostep::ui::installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("Unlock"));
    CHECK(twostep::ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("잠금 해제"));
    CHECK(QCoreApplication::translate("twostep::ui::EnrollmentDialog", "MFA code 1") == QStringLiteral("MFA 코드 1"));
}
