// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

TEST_CASE("The Korean translation has no unfinished or empty entry", "[ui][i18n]")
{
    QFile file(QStringLiteral(TWOSTEP_TS_FILE));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    int messages = 0;
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
    CHECK(messages > 100);
    CHECK(problems.join(QLatin1Char('\n')) == QString());
}

TEST_CASE("The compiled Korean translation is built in and used", "[ui][i18n]")
{
    CHECK(twostep::ui::installTranslations(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("Unlock"));
    CHECK(twostep::ui::installTranslations(QStringLiteral("ko")) == QStringLiteral("ko"));
    CHECK(QCoreApplication::translate("twostep::ui::UnlockPage", "Unlock") == QStringLiteral("잠금 해제"));
    CHECK(QCoreApplication::translate("twostep::ui::EnrollmentDialog", "MFA code 1") == QStringLiteral("MFA 코드 1"));
}
