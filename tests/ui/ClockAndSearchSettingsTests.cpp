// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace twostep;
using test::child;

TEST_CASE("The settings dialog keeps the search keyword and the opt-in clock check", "[ui][clock][search]")
{
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    CHECK(settings.searchKeyword().isEmpty());
    CHECK_FALSE(settings.measureClock());
    {
        ui::SettingsDialog dialog(settings);
        dialog.show();
        auto* measure = child<QCheckBox>(dialog, "measureClockCheckBox");
        auto* server = child<QLineEdit>(dialog, "ntpServerLineEdit");
        CHECK_FALSE(measure->isChecked());
        CHECK_FALSE(server->isEnabled());
        QTest::keyClicks(child<QLineEdit>(dialog, "searchKeywordLineEdit"), QStringLiteral(" 2fa "));
        measure->setChecked(true);
        CHECK(server->isEnabled());
        QTest::keyClicks(server, QStringLiteral("time.example.org:1123"));
        dialog.accept();
    }
    CHECK(settings.searchKeyword() == QStringLiteral("2fa"));
    CHECK(settings.measureClock());
    CHECK(settings.ntpServer() == QStringLiteral("time.example.org:1123"));

    ui::SettingsDialog reopened(settings);
    CHECK(child<QLineEdit>(reopened, "searchKeywordLineEdit")->text() == QStringLiteral("2fa"));
    CHECK(child<QCheckBox>(reopened, "measureClockCheckBox")->isChecked());
}
