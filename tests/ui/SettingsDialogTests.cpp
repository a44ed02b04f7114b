// SPDX-FileCopyrightText: 2026 Twostep developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "WidgetTestSupport.h"
#include "ui/Settings.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

using namespace twostep;
using test::child;

TEST_CASE("Without a system tray the tray options are off and say why", "[ui][settings]")
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        TWOSTEP_SKIP("this desktop has a system tray");
    }
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::SettingsDialog dialog(settings);
    auto* closeToTray = child<QCheckBox>(dialog, "closeToTrayCheckBox");
    auto* startInTray = child<QCheckBox>(dialog, "startWithSessionCheckBox");
    CHECK_FALSE(closeToTray->isEnabled());
    CHECK_FALSE(startInTray->isEnabled());
    const QString why = child<QLabel>(dialog, "noTrayLabel")->text();
    CHECK(why.contains(QStringLiteral("no tray icons")));
    CHECK(closeToTray->toolTip() == why);
    CHECK(startInTray->accessibleDescription() == why);
}

TEST_CASE("Without a system tray a tray option already on stays editable so it can be turned off", "[ui][settings]")
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        TWOSTEP_SKIP("this desktop has a system tray");
    }
    QTemporaryDir dir;
    ui::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings.setCloseToTray(true);
    ui::SettingsDialog dialog(settings);
    auto* closeToTray = child<QCheckBox>(dialog, "closeToTrayCheckBox");
    CHECK(closeToTray->isEnabled());
    closeToTray->setChecked(false);
    dialog.accept();
    CHECK_FALSE(settings.closeToTray());
}
